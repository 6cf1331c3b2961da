"""The tamper suite's reference profile, its cases and the judge of each outcome (issue 7).

One real profile is built once (drafts with attachments, sealed, exported, delivered items, a
rotated office card, a duress passphrase, wipe-after), and a copy of it from earlier in its life
(the "older copy"). A case is a copy of the reference with one thing changed: a field of
vault.json, a column of a row of store.db, a row put back from the older copy or deleted, a file
under sealed/ or blobs/ replaced, put back or deleted. `use` then unlocks it with the real
passphrase and uses it the way a liaison does; `judge` says whether the outcome is allowed:
a clear refusal (a deliberate error), or a harmless run in which nothing was lost, every new
item was sealed to the real office only, and nothing was wiped.

The profile uses the libsodium-minimum Argon2id parameters, so the hundreds of unlocks cost
almost nothing; the parameters are a field of vault.json like any other and are tampered too.
"""

from __future__ import annotations

import contextlib
import io
import json
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import nacl.signing
from bundle_kit import Office
from liaison_fixtures import PASSPHRASE, sealed_file, sealed_items, signal_fields

from intake_app.bundle.errors import BundleError
from intake_app.crypto import age, keycard
from intake_app.crypto.keycard import KeyCardError
from intake_app.errors import SeinpostError
from intake_app.office import registry
from intake_app.office.ingest import open_bundle
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import TransferError
from intake_app.store.errors import StoreError
from intake_app.vault import KdfParams, VaultError, WrongPassphrase, device_secret, vault_file
from intake_app.vault.argon2id import stretch
from intake_app.vault.passphrase import passphrase_bytes
from intake_app.vault.slots import ROLE_DURESS, open_slot

# What a deliberate, clear refusal looks like: one of the product's own error families.
REFUSALS = (SeinpostError, VaultError, StoreError, TransferError, BundleError, KeyCardError)
TABLES = ("settings", "drafts", "attachments", "items", "exports")


# The reference's passphrases when its security settings change after the older copy
# (`build_reference(..., settings_after_copy=True)`, review r7e F1-F3).
LATER_PASSPHRASE = "violet tractor sings under seven bridges"
DURESS = "everything is fine"


@dataclass
class Reference:
    root: Path
    profile: Path
    older: Path
    office: Office
    identity: str  # the office's current age identity (after the rotation)
    drafts: dict[str, dict]  # id -> fields as read back
    attachments: dict[str, list[bytes]]  # draft id -> attachment contents in order
    items: dict[str, str]  # id -> status
    receipt: Path  # for the exported, not yet delivered bundle
    receipt_items: list[str]
    passphrase: str = PASSPHRASE  # the real passphrase now
    old_passphrase: str | None = None  # the one the older copy's vault.json knows, if another
    keyring: bool = False


def _attach(session: LiaisonSession, draft: str, folder: Path, data: bytes) -> None:
    path = folder / f"evidence-{secrets.token_hex(4)}.bin"
    path.write_bytes(data)
    session.attach(draft, path)
    path.unlink()


def build_reference(root: Path, *, use_keyring: bool = False,
                    settings_after_copy: bool = False) -> Reference:
    """The reference profile and its older copy (module docstring). With
    `settings_after_copy` the older copy is taken with wipe-after 3, two wrong attempts counted
    and no duress passphrase, and after it the passphrase changes (to LATER_PASSPHRASE), the
    duress passphrase is set, wipe-after becomes 5 and one more wrong attempt is counted: an
    older vault.json then holds another passphrase, counter, duress slot and wipe-after than
    the current one (review r7e, F1-F3). Wipe-after is set in keyring mode only: a
    passphrase-only vault never erases (its cases write one in as an attacker would)."""
    office = Office(root / "office")
    card = keycard.parse_card(keycard.create_card(office.signing_key, "office",
                                                  "Centraal Meldpunt", [office.recipient]))
    profile = root / "profile"
    session = LiaisonSession.initialise(profile, PASSPHRASE, card, card.fingerprint,
                                        liaison_name="Amina Haddad", use_keyring=use_keyring,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    registry.add_liaison(office.conn, session.liaison_card())
    if use_keyring:
        session.set_wipe_after(PASSPHRASE, 3 if settings_after_copy else 5)
    if not settings_after_copy:
        session.set_duress_passphrase(PASSPHRASE, DURESS)
    kept = session.record(signal_fields(description="kept draft"))
    _attach(session, kept, root, b"first attachment " * 50)
    sealed = [session.seal(session.record(signal_fields())).id for _ in range(4)]
    usb = root / "usb"
    usb.mkdir()
    first = session.export(usb, sealed[:1])
    first_opened = open_bundle(first.paths, office.conn, office.db_path, office.keys,
                               receipts_dir=office.receipts)
    session.set_auto_lock_minutes(15)  # the preferences rows, tampered like every other row
    session.clear_finished()
    session.lock()
    passphrase = PASSPHRASE
    if settings_after_copy:
        for _ in range(2):  # an officer's guesses at the app, counted in the copy
            with contextlib.suppress(WrongPassphrase):
                LiaisonSession.unlock(profile, "a guess by the officer")
    older = root / "older"
    shutil.copytree(profile, older)

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    if settings_after_copy:
        passphrase = LATER_PASSPHRASE
        session.change_passphrase(PASSPHRASE, passphrase)
        session.set_duress_passphrase(passphrase, DURESS)
        if use_keyring:
            session.set_wipe_after(passphrase, 5)
    second = session.export(usb, sealed[1:3])
    second_opened = open_bundle(second.paths, office.conn, office.db_path, office.keys,
                                receipts_dir=office.receipts)
    session.import_receipt(second_opened.receipt_path)
    new_key = nacl.signing.SigningKey.generate()
    new_identity, new_recipient = age.generate_x25519()
    rotated = root / "rotated.card"
    rotated.write_bytes(keycard.create_card(new_key, "office", "Centraal Meldpunt",
                                            [new_recipient], endorse_with=office.signing_key))
    session.update_office_card(rotated)
    office.identities.insert(0, new_identity)
    office.signing_key = new_key
    session.set_auto_lock_minutes(30)  # differs from the older copy: "put back" cases
    session.clear_finished()
    session.update_draft(kept, signal_fields(description="kept draft, edited"))
    fresh = session.record(signal_fields(description="a later draft"))
    _attach(session, fresh, root, b"second attachment " * 40)
    drafts = {d: session.read_draft(d) for d in (kept, fresh)}
    attachments = {d: [_read_all(session, d, a.id) for a in session.stored_attachments(d)]
                   for d in (kept, fresh)}
    items = {i.id: i.status for i in sealed_items(session)}
    session.lock()
    if settings_after_copy:  # and a wrong attempt after the copy too
        with contextlib.suppress(WrongPassphrase):
            LiaisonSession.unlock(profile, "a typo")
    return Reference(root, profile, older, office, new_identity, drafts, attachments, items,
                     first_opened.receipt_path, sorted(sealed[:1]), passphrase,
                     PASSPHRASE if settings_after_copy else None, use_keyring)


def _read_all(session: LiaisonSession, draft_id: str, attachment_id: str) -> bytes:
    with session.open_attachment(draft_id, attachment_id) as stream:
        return stream.read()


# ----- the cases --------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    apply: Callable[[Path], None]


def _rows(db: Path, table: str) -> list[tuple[str, dict]]:
    """(key, row as a dict) of every row; the key is the first column."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [(str(row[0]), dict(row)) for row in conn.execute(f"SELECT * FROM {table}")]
    finally:
        conn.close()


def _attacker_value(value: object) -> object:
    if isinstance(value, bytes):
        return secrets.token_bytes(max(len(value), 1)) if len(value) < 64 else (
            value[:-17] + secrets.token_bytes(17))
    if isinstance(value, int):
        return value + 7
    if isinstance(value, str):
        if value in ("sealed", "exported", "delivered", "deleted"):
            return {"sealed": "deleted", "exported": "delivered"}.get(value, "sealed")
        return value[:-1] + ("0" if value[-1:] != "0" else "1") if value else "x"
    return "attacker"


def _update(profile: Path, table: str, key_column: str, key: str, values: dict) -> None:
    conn = sqlite3.connect(profile / "store.db")
    try:
        sets = ", ".join(f"{column} = ?" for column in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE {key_column} = ?",
                     (*values.values(), key))
        conn.commit()
    finally:
        conn.close()


def _delete(profile: Path, table: str, key_column: str, key: str) -> None:
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DELETE FROM {table} WHERE {key_column} = ?", (key,))
        conn.commit()
    finally:
        conn.close()


def _insert(profile: Path, table: str, row: dict) -> None:
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})",
                     tuple(row.values()))
        conn.commit()
    finally:
        conn.close()


def store_cases(ref: Reference) -> Iterator[Case]:
    db, older_db = ref.profile / "store.db", ref.older / "store.db"
    for table in TABLES:
        now = _rows(db, table)
        before = dict(_rows(older_db, table)) if table in _tables(older_db) else {}
        key_column = next(iter(now[0][1])) if now else None
        for key, row in now:
            for column, value in row.items():
                if column == key_column:
                    continue
                bad = _attacker_value(value)
                yield Case(f"store.db {table}[{key}].{column}: attacker value",
                           lambda p, t=table, k=key, c=column, v=bad, kc=key_column:
                           _update(p, t, kc, k, {c: v}))
            old = before.get(key)
            if old is not None and old != row:
                yield Case(f"store.db {table}[{key}]: row from the older copy",
                           lambda p, t=table, r=old: _insert(p, t, r))
            yield Case(f"store.db {table}[{key}]: deleted",
                       lambda p, t=table, k=key, kc=key_column: _delete(p, t, kc, k))
        current = {key for key, _ in now}
        for key, old in before.items():
            if key not in current:
                yield Case(f"store.db {table}[{key}]: put back from the older copy",
                           lambda p, t=table, r=old: _insert(p, t, r))


def _invalid_text(profile: Path, table: str, key_column: str, key: str, column: str) -> None:
    """The value of `column` in that row made TEXT that is not UTF-8 (its bytes and 0xFF)."""
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")  # as an attacker may
        conn.execute(f"UPDATE {table} SET {column} = CAST(CAST(coalesce({column}, '') AS BLOB) "
                     f"|| x'ff' AS TEXT) WHERE {key_column} = ?", (key,))
        conn.commit()
    finally:
        conn.close()


def _text_columns(db: Path, table: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                if row[2].upper() in ("TEXT", "ANY", "")}
    finally:
        conn.close()


def text_cases(ref: Reference) -> Iterator[Case]:
    """Every column of every table (the key column too) of one row each, and every settings
    row's value, given TEXT that is not UTF-8: SQLite keeps any bytes as TEXT, and reading
    them must be a clear refusal, never a crash."""
    db = ref.profile / "store.db"
    for table in TABLES:
        now = _rows(db, table)
        key_column = next(iter(now[0][1])) if now else None
        chosen = now if table == "settings" else now[:1]
        text = _text_columns(db, table)  # a STRICT table keeps TEXT out of other columns
        for key, row in chosen:
            columns = ["value"] if table == "settings" and key != chosen[0][0] else list(row)
            for column in (c for c in columns if c in text):
                yield Case(f"store.db {table}[{key}].{column}: not UTF-8",
                           lambda p, t=table, kc=key_column, k=key, c=column:
                           _invalid_text(p, t, kc, k, c))


def _tables(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _vault_fields(doc: dict) -> Iterator[tuple[tuple, object]]:
    for name, value in doc.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                yield (name, sub), inner
        elif isinstance(value, list):
            for index, slot in enumerate(value):
                for sub, inner in slot.items():
                    yield (name, index, sub), inner
        else:
            yield (name,), value


def _set_path(doc: dict, path: tuple, value: object, *, delete: bool = False) -> None:
    target = doc
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value


def _vault_attacker_value(path: tuple, value: object) -> object:
    if path in (("wipe_after",), ("failed_attempts",)):
        return 2  # with the other at 2 as well: the combination of scenario 2
    if isinstance(value, bool):
        return not value
    if value is None:
        return 2
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        import base64

        try:
            raw = base64.b64decode(value, validate=True)
            return base64.b64encode(secrets.token_bytes(len(raw))).decode()
        except Exception:
            return value[:-1] + ("0" if value[-1] != "0" else "1")
    return "attacker"


def _rewrite_vault(profile: Path, change: Callable[[dict], None]) -> None:
    path = profile / "vault.json"
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_bytes(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def vault_cases(ref: Reference) -> Iterator[Case]:
    doc = json.loads((ref.profile / "vault.json").read_bytes())
    older = json.loads((ref.older / "vault.json").read_bytes())
    for path, value in _vault_fields(doc):
        label = ".".join(str(p) for p in path)
        bad = _vault_attacker_value(path, value)
        yield Case(f"vault.json {label}: attacker value",
                   lambda p, path=path, v=bad: _rewrite_vault(
                       p, lambda d: _set_path(d, path, v)))
        try:
            old = older
            for step in path:
                old = old[step]
        except (KeyError, IndexError, TypeError):
            old = None
        if old is not None and old != value:
            yield Case(f"vault.json {label}: value from the older copy",
                       lambda p, path=path, v=old: _rewrite_vault(
                           p, lambda d: _set_path(d, path, v)))
        yield Case(f"vault.json {label}: deleted",
                   lambda p, path=path: _rewrite_vault(p, lambda d: _set_path(
                       d, path, None, delete=True)))
    yield Case("vault.json: counter at the limit and wipe-after 2 together",
               lambda p: _rewrite_vault(p, lambda d: d.update(failed_attempts=2, wipe_after=2)))
    yield Case("vault.json: the whole file from the older copy",
               lambda p: shutil.copy2(ref.older / "vault.json", p / "vault.json"))
    yield Case("vault.json: deleted", lambda p: (p / "vault.json").unlink())
    yield Case("store.db: the whole file from the older copy",
               lambda p: _copy_db(ref.older, p))
    yield Case("store.db: deleted", lambda p: (p / "store.db").unlink())


def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (target / f"store.db{suffix}").unlink(missing_ok=True)
    shutil.copy2(source / "store.db", target / "store.db")


def file_cases(ref: Reference) -> Iterator[Case]:
    for folder in ("sealed", "blobs"):
        now = {p.name for p in (ref.profile / folder).iterdir()}
        before = {p.name for p in (ref.older / folder).iterdir()}
        for name in sorted(now):
            yield Case(f"{folder}/{name}: attacker bytes",
                       lambda p, f=folder, n=name: _flip(p / f / n))
            yield Case(f"{folder}/{name}: deleted",
                       lambda p, f=folder, n=name: (p / f / n).unlink())
        for name in sorted(before):
            if name not in now or (ref.older / folder / name).read_bytes() != (
                    ref.profile / folder / name).read_bytes():
                yield Case(f"{folder}/{name}: put back from the older copy",
                           lambda p, f=folder, n=name: shutil.copy2(ref.older / f / n, p / f / n))


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))


# ----- using a tampered copy, and judging it -------------------------------------------------

@dataclass
class Outcome:
    refused: str | None = None  # the refusal's message, when refused
    problems: list[str] = field(default_factory=list)  # what must never happen


def use(ref: Reference, profile: Path) -> Outcome:
    """Unlock with the real passphrase and do what a liaison does; collect what went wrong."""
    outcome = Outcome()
    slots = _slots(profile)
    planted = _vault_bytes(profile)
    try:
        session = LiaisonSession.unlock(profile, ref.passphrase)
    except REFUSALS as exc:
        outcome.refused = str(exc)
        _check_not_wiped(ref, profile, slots, planted, outcome)
        return outcome
    except Exception as exc:
        outcome.problems.append(f"unlock crashed: {type(exc).__name__}: {exc}")
        return outcome
    try:
        _check_duress_answer(session, profile, outcome)
        _exercise(ref, session, profile, outcome)
    except REFUSALS as exc:
        outcome.refused = str(exc)
    except Exception as exc:
        outcome.problems.append(f"crashed: {type(exc).__name__}: {exc}")
    finally:
        session.lock()
    _check_not_wiped(ref, profile, slots, planted, outcome)
    return outcome


def old_passphrase_outcome(ref: Reference, profile: Path) -> Outcome:
    """The passphrase the older copy knew (review r7e, F1), tried on `profile`: it may be
    refused, or open only with the notice that vault.json is not the one the store saw (the
    limit of passphrase-only mode, docs/SECURITY.md); never silently."""
    outcome = Outcome()
    if ref.old_passphrase is None:
        return outcome
    try:
        session = LiaisonSession.unlock(profile, ref.old_passphrase)
    except REFUSALS as exc:
        outcome.refused = str(exc)
        return outcome
    except Exception as exc:
        outcome.problems.append(f"unlock crashed: {type(exc).__name__}: {exc}")
        return outcome
    try:
        if not session.undone_notice:
            outcome.problems.append("the passphrase changed since opened the profile silently")
    finally:
        session.lock()
    return outcome


def _vault_bytes(profile: Path) -> bytes:
    try:
        return (profile / "vault.json").read_bytes()
    except OSError:
        return b""


def slot_roles(vault_bytes: bytes, passphrase: str) -> set[int]:
    """The roles (slots.ROLE_REAL, ROLE_DURESS) of the slots of this vault.json that
    `passphrase` opens, checked offline (the device secret read from the keyring)."""
    try:
        file = vault_file.parse(vault_bytes)
        secret = (device_secret.load(file.profile_id)
                  if file.keyring_mode == vault_file.MODE_KEYRING else None)
    except VaultError:
        return set()
    stretched = stretch(passphrase_bytes(passphrase), file.kdf_salt, file.kdf)
    opened = (open_slot(slot, stretched, secret, file.aad()) for slot in file.slots)
    return {result[0] for result in opened if result is not None}


def _check_duress_answer(session: LiaisonSession, profile: Path, outcome: Outcome) -> None:
    """The security settings may say a duress passphrase is set only when vault.json holds it
    (review r7e, F3: an older vault.json put back switched it off while they said "set")."""
    if session.duress_passphrase_set() and ROLE_DURESS not in slot_roles(
            _vault_bytes(profile), DURESS):
        outcome.problems.append("the settings say a duress passphrase is set that vault.json "
                                "does not hold")


def _slots(profile: Path) -> object:
    try:
        return json.loads((profile / "vault.json").read_bytes()).get("slots")
    except (OSError, ValueError, AttributeError):
        return None


def _check_not_wiped(ref: Reference, profile: Path, before: object, planted: bytes,
                     outcome: Outcome) -> None:
    """A wipe overwrites the key slots: the right passphrase must never have done that, in
    either mode. A passphrase-only vault.json whose slots the passphrase does not open (one put
    back from before a passphrase change) used to be allowed to erase that file; a
    passphrase-only counter now never erases (docs/SECURITY.md, "the failed-attempt counter",
    3; review r7g H2 b), so no case may end wiped."""
    try:
        doc = json.loads((profile / "vault.json").read_bytes())
    except (OSError, ValueError):
        return
    if isinstance(doc, dict) and doc.get("wiped") is True and doc.get("slots") != before:
        outcome.problems.append("the right passphrase wiped the vault")


def _exercise(ref: Reference, session: LiaisonSession, profile: Path, outcome: Outcome) -> None:
    entries = {e.id: e.status for e in session.list_entries()}
    expected = {**{d: "draft" for d in ref.drafts}, **ref.items}
    for entry_id, status in expected.items():
        if entries.get(entry_id) != status:
            outcome.problems.append(f"silent loss or change: {entry_id} is "
                                    f"{entries.get(entry_id)}, was {status}")
    for draft, fields in ref.drafts.items():
        if session.read_draft(draft) != fields:
            outcome.problems.append(f"draft {draft} reads back different fields")
        contents = [_read_all(session, draft, a.id) for a in session.stored_attachments(draft)]
        if contents != ref.attachments[draft]:
            outcome.problems.append(f"draft {draft}'s attachments read back different")
    new = session.seal(next(iter(ref.drafts)))
    plain = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(sealed_file(session.profile_dir, new.id).read_bytes()), plain,
                    identities=[ref.identity])
    except age.AgeError:
        outcome.problems.append("a new signal was sealed to a key that is not the office's")
    usb = profile.parent / "usb-out"
    usb.mkdir(exist_ok=True)
    session.export(usb, [new.id, *[i for i, s in ref.items.items() if s == "sealed"]])
    result = session.import_receipt(ref.receipt)
    if sorted(result.delivered + result.already_delivered) != ref.receipt_items:
        outcome.problems.append("the receipt erased other items than its bundle's")
    left = {e.id: e.status for e in session.list_entries()}
    for item_id, status in ref.items.items():
        if item_id not in ref.receipt_items and left.get(item_id) not in (status, "exported"):
            outcome.problems.append(f"item {item_id} became {left.get(item_id)}")


def run_cases(ref: Reference, cases: list[Case], work: Path) -> tuple[int, list[str]]:
    """(number of cases tried, what went wrong, one line each)."""
    failures = []
    for number, case in enumerate(cases):
        folder = work / f"case-{number}"
        shutil.copytree(ref.profile, folder / "profile")
        case.apply(folder / "profile")
        if ref.old_passphrase is not None:
            shutil.copytree(folder / "profile", folder / "old-passphrase")
            failures += [f"{case.name}, old passphrase: {problem}" for problem in
                         old_passphrase_outcome(ref, folder / "old-passphrase").problems]
        outcome = use(ref, folder / "profile")
        failures += [f"{case.name}: {problem}" for problem in outcome.problems]
        shutil.rmtree(folder, ignore_errors=True)
    return len(cases), failures
