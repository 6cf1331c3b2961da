"""Issue 7's nine scenarios, each written as the attack: someone who can write to the profile
(or carry a bundle) tries to redirect, erase or expose, and the product refuses or shrugs.

Only the public use cases are driven (LiaisonSession, the office's `open_bundle`, the real
`intake-app`), so each test means the same before and after the integrity work; the attacks on
files are made with sqlite3 and plain JSON, as the attacker would. Receipts from retired keys and
for wrong bundle ids are in tests/test_receipts.py (scenario 3).
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import sqlite3
from pathlib import Path

import pytest
from bundle_kit import Liaison, seal_item
from bundle_kit import Office as OfficeDb
from liaison_fixtures import (
    PASSPHRASE,
    fast_session,
    make_office,
    run_cli,
    sealed_file,
    signal_fields,
)
from transfer_kit import open_at_office, seal_signals

from intake_app.bundle import container
from intake_app.bundle.errors import BundleError
from intake_app.bundle.layout import INDEX_NAME, build_index
from intake_app.bundle.reader import scan_part
from intake_app.crypto import age, keycard
from intake_app.office import registry
from intake_app.office.ingest import open_bundle
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, WrongPassphrase

REFUSALS = (Exception,)  # a refusal is any clear error; what must never happen is asserted


def vault_doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def write_vault_doc(profile: Path, doc: dict) -> None:
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def unlock_or_refusal(profile: Path) -> LiaisonSession | Exception:
    try:
        return LiaisonSession.unlock(profile, PASSPHRASE)
    except REFUSALS as exc:
        return exc


# --- 1. office card swap with no passphrase ---------------------------------------------------

def test_1_swapping_the_office_card_in_store_db_never_redirects_sealing(tmp_path: Path) -> None:
    real = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", real)
    draft = session.record(signal_fields())
    session.lock()
    attacker = make_office(tmp_path / "attacker")
    db = tmp_path / "profile" / "store.db"
    with sqlite3.connect(db) as conn:
        for name, value in conn.execute("SELECT name, value FROM settings").fetchall():
            if not isinstance(value, bytes):
                continue
            swapped = value.replace(real.card, attacker.card).replace(
                _b64(real.card), _b64(attacker.card))
            if swapped != value:
                conn.execute("UPDATE settings SET value = ? WHERE name = ?", (swapped, name))
    doc = vault_doc(tmp_path / "profile")
    if "generation" in doc:
        doc["generation"] = secrets.token_hex(16)
    write_vault_doc(tmp_path / "profile", doc)

    opened = unlock_or_refusal(tmp_path / "profile")
    if isinstance(opened, Exception):
        assert "changed outside Seinpost" in str(opened)
        return
    # Not refused: then nothing was lost and what is sealed is for the real office only.
    assert [e.id for e in opened.list_entries()] == [draft]
    item = opened.seal(draft)
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(sealed_file(opened.profile_dir, item.id).read_bytes()), plain,
                identities=[real.identity])
    opened.lock()


def _b64(data: bytes) -> bytes:
    import base64

    return base64.b64encode(data)


# --- 2. the other unauthenticated vault.json fields -------------------------------------------

def test_2_a_counter_set_to_the_limit_never_makes_the_right_passphrase_erase(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft = session.record(signal_fields())
    session.lock()
    doc = vault_doc(tmp_path / "profile")
    doc["wipe_after"], doc["failed_attempts"] = 2, 2  # passphrase-only: written in, not set
    write_vault_doc(tmp_path / "profile", doc)

    opened = unlock_or_refusal(tmp_path / "profile")
    assert vault_doc(tmp_path / "profile")["wiped"] is False
    if isinstance(opened, Exception):
        assert "changed outside Seinpost" in str(opened)
        return
    assert [e.id for e in opened.list_entries()] == [draft]
    opened.lock()


def test_2_a_changed_generation_never_purges_silently(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft = session.record(signal_fields())
    sealed = session.seal(session.record(signal_fields())).id
    session.lock()
    doc = vault_doc(tmp_path / "profile")
    for field in ("generation", "mac"):
        if field in doc:
            doc[field] = secrets.token_hex(16) if field == "generation" else None
    write_vault_doc(tmp_path / "profile", doc)

    opened = unlock_or_refusal(tmp_path / "profile")
    if isinstance(opened, Exception):
        assert "changed outside Seinpost" in str(opened)
        return
    assert sorted(e.id for e in opened.list_entries()) == sorted([draft, sealed])
    assert sealed_file(opened.profile_dir, sealed).exists()
    opened.lock()


# --- 4. split bundles: one entry name in two parts ---------------------------------------------

def _rewrite_part(path: Path, extra: tuple[str, bytes]) -> None:
    """Add an entry to a part and fix its unsigned index, as a courier could."""
    scanned = scan_part(path)
    body = [(name, b"".join(scanned.read(name))) for name in scanned.entries
            if name != INDEX_NAME]
    body.append(extra)
    index = build_index(scanned.set_id, scanned.part, scanned.parts,
                        [(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in body])
    target = path.with_suffix(".new")
    with open(target, "wb") as out:
        writer = container.ContainerWriter(out)
        for name, data in [*body, (INDEX_NAME, index)]:
            writer.add(name, len(data), io.BytesIO(data).read1)
        writer.finish()
    target.replace(path)
    scan_part(path)  # the courier check still passes


def test_4_an_entry_name_in_two_parts_is_refused(tmp_path: Path) -> None:
    office = OfficeDb(tmp_path / "office")
    liaison = Liaison("Amina")
    office.register(liaison)
    big = [("attachments/01-video.bin", bytes(range(256)) * 12_000)]
    items = [("big", seal_item(tmp_path / "big.age", 1, [office.recipient], big))]
    bundle = liaison.write(items, tmp_path / "out", [office.recipient], max_part_size=1 << 20)
    assert len(bundle.paths) >= 2
    later = next(name for name in scan_part(bundle.paths[1]).entries if name != INDEX_NAME)
    _rewrite_part(bundle.paths[0], (later, b"smuggled " * 1000))

    before = office.snapshot()
    with pytest.raises(BundleError, match="more than one part"):
        open_bundle(bundle.paths, office.conn, office.db_path, office.keys)
    assert office.snapshot() == before


def test_4_the_courier_check_calls_an_entry_name_in_two_parts_damaged(tmp_path: Path) -> None:
    """Review r7h, R7H-7: the key-less check said "complete, all parts intact" for the bundle
    the office refuses in test_4 above."""
    from intake_app.bundle.check import DAMAGED, check_bundles

    office = OfficeDb(tmp_path / "office")
    liaison = Liaison("Amina")
    office.register(liaison)
    big = [("attachments/01-video.bin", bytes(range(256)) * 12_000)]
    items = [("big", seal_item(tmp_path / "big.age", 1, [office.recipient], big))]
    bundle = liaison.write(items, tmp_path / "out", [office.recipient], max_part_size=1 << 20)
    assert all(result.ok for result in check_bundles(bundle.paths))  # as written: intact
    later = next(name for name in scan_part(bundle.paths[1]).entries if name != INDEX_NAME)
    _rewrite_part(bundle.paths[0], (later, b"smuggled " * 1000))

    results = check_bundles(bundle.paths)
    assert all(result.ok for result in results[:-1])  # each part alone is still whole
    assert results[-1].path is None and results[-1].status == DAMAGED
    assert "more than one part" in results[-1].message


# --- 5. "already opened" is (liaison, bundle id) ------------------------------------------------

def test_5_another_liaison_reusing_a_bundle_id_gets_its_own_items_stored(tmp_path: Path) -> None:
    office = OfficeDb(tmp_path / "office")
    first, second = Liaison("Amina"), Liaison("Bram")
    office.register(first)
    office.register(second)
    one = first.write([("item-a", seal_item(tmp_path / "a.age", 1, [office.recipient]))],
                      tmp_path / "one", [office.recipient])
    opened_first = open_bundle(one.paths, office.conn, office.db_path, office.keys)
    # The second liaison's writer picks the same bundle id (ids are the laptop's own choice).
    import intake_app.bundle.writer as writer_module

    real_token = writer_module.secrets.token_hex
    writer_module.secrets.token_hex = lambda n=16: one.bundle_id if n == 16 else real_token(n)
    try:
        two = second.write([("item-b", seal_item(tmp_path / "b.age", 2, [office.recipient]))],
                           tmp_path / "two", [office.recipient])
    finally:
        writer_module.secrets.token_hex = real_token
    assert two.bundle_id == one.bundle_id

    summary = open_bundle(two.paths, office.conn, office.db_path, office.keys)
    assert not summary.already_opened
    assert summary.stored == ["item-b"]
    assert summary.receipt != opened_first.receipt
    assert office.conn.execute("SELECT COUNT(*) FROM signals WHERE liaison_key_id = ?",
                               (summary.liaison_key_id,)).fetchone()[0] == 1


# --- 6. after a duress unlock the profile looks fresh ----------------------------------------

def test_6_a_duress_unlock_leaves_no_counter_or_name_behind(tmp_path: Path) -> None:
    office = OfficeDb(tmp_path / "office")
    card = keycard.parse_card(keycard.create_card(office.signing_key, "office",
                                                  "Centraal Meldpunt", [office.recipient]))
    session = LiaisonSession.initialise(
        tmp_path / "profile", PASSPHRASE, card, card.fingerprint, liaison_name="Amina Haddad",
        use_keyring=False, kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    registry.add_liaison(office.conn, session.liaison_card())
    usb = tmp_path / "usb"
    usb.mkdir()
    for _ in range(2):
        session.export(usb, seal_signals(session, 1))
    session.set_duress_passphrase(PASSPHRASE, "everything is fine")
    session.lock()
    with pytest.raises(WrongPassphrase):  # a counter above zero, for the duress unlock to reset
        LiaisonSession.unlock(tmp_path / "profile", "not the passphrase")

    coerced = LiaisonSession.unlock(tmp_path / "profile", "everything is fine")
    assert coerced.list_entries() == []
    assert not coerced.undone_notice and not coerced.unlisted_sealed  # silent, watched
    assert keycard.parse_card(coerced.liaison_card()).name != "Amina Haddad"
    registry.add_liaison(office.conn, coerced.liaison_card())
    later = tmp_path / "later"
    later.mkdir()
    bundle = coerced.export(later, seal_signals(coerced, 1))
    assert open_at_office(office, bundle.paths).counter == 1  # as from a new profile
    coerced.lock()
    doc = vault_doc(tmp_path / "profile")
    assert doc["failed_attempts"] == 0 and doc["wipe_after"] is None
    for path in (tmp_path / "profile").rglob("*"):
        if path.is_file():
            assert b"Amina Haddad" not in path.read_bytes(), path.name


# --- 7. a passphrase file from Notepad ---------------------------------------------------------

def test_7_a_passphrase_file_with_bom_and_crlf_sets_up_and_opens_like_typed(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    bom_file = tmp_path / "pass.txt"
    bom_file.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    profile = tmp_path / "profile"
    init = run_cli(["init", "--name", "Yara Okonkwo",
                    "--profile", str(profile), "--passphrase-file", str(bom_file),
                    "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint], cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    typed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path, stdin=PASSPHRASE + "\n")
    assert typed.returncode == 0, typed.stderr
    for _ in range(3):  # passphrase-only: counted, never erased, so the count is checked
        again = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(bom_file)],
                        cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert vault_doc(profile)["failed_attempts"] == 0
    assert vault_doc(profile)["wiped"] is False


# --- 8. set-up is all or nothing -------------------------------------------------------------

def test_8_a_failed_set_up_leaves_nothing_and_can_be_run_again(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    (profile / "blobs").write_bytes(b"in the way")  # the store cannot make its folder
    with pytest.raises(REFUSALS):
        fast_session(profile, office)
    (profile / "blobs").unlink()
    assert sorted(p.name for p in profile.iterdir()) == []
    session = fast_session(profile, office)  # `init` again just works
    session.lock()
    LiaisonSession.unlock(profile, PASSPHRASE).lock()


# --- 9. one passphrase rule everywhere; `lock` does something or goes ------------------------

def test_9_the_command_lines_refuse_a_one_character_passphrase(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    weak = tmp_path / "weak"
    weak.write_text("x\n")
    profile = tmp_path / "profile"
    init = run_cli(["init", "--name", "Yara Okonkwo",
                    "--profile", str(profile), "--passphrase-file", str(weak),
                    "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint], cwd=tmp_path)
    assert init.returncode != 0 and "too easy to guess" in init.stderr
    assert not (profile / "vault.json").exists()

    strong = tmp_path / "strong"
    strong.write_text(PASSPHRASE + "\n")
    assert run_cli(["init", "--name", "Yara Okonkwo",
                    "--profile", str(profile), "--passphrase-file", str(strong),
                    "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint], cwd=tmp_path).returncode == 0
    change = run_cli(["settings", "--profile", str(profile), "--passphrase-file", str(strong),
                      "--new-passphrase-file", str(weak)], cwd=tmp_path)
    assert change.returncode != 0 and "too easy to guess" in change.stderr
    assert run_cli(["list", "--profile", str(profile), "--passphrase-file", str(strong)],
                   cwd=tmp_path).returncode == 0


def test_9_lock_on_the_command_line_does_not_pretend(tmp_path: Path) -> None:
    result = run_cli(["lock", "--profile", str(tmp_path / "profile")], cwd=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'lock'" in result.stderr


# --- the export journal (review B1): a row replayed at every unlock ----------------------------

def _forge_journal(profile: Path, target: Path, finals: list[str], item_ids: list[str]) -> None:
    info = target.stat()
    row = {"bundle_id": secrets.token_hex(16), "set_id": secrets.token_hex(16), "counter": 7,
           "item_ids": item_ids, "target": str(target), "device": info.st_dev,
           "inode": info.st_ino, "finals": finals, "temps": []}
    with sqlite3.connect(profile / "store.db") as conn:
        conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)",
                     ("export_journal", json.dumps([row], sort_keys=True)))


def test_a_forged_export_journal_deletes_nothing_at_a_correct_unlock(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    sealed = session.seal(session.record(signal_fields())).id
    session.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    user_file = tmp_path / "thesis.odt"
    user_file.write_bytes(b"a year of work")
    victim = sealed_file(tmp_path / "profile", sealed)
    _forge_journal(tmp_path / "profile", stick,
                   [f"../profile/sealed/{victim.name}", str(user_file)], [sealed])

    opened = unlock_or_refusal(tmp_path / "profile")
    assert victim.exists()
    assert user_file.read_bytes() == b"a year of work"
    if isinstance(opened, Exception):
        assert "changed outside Seinpost" in str(opened)
        return
    assert opened.item(sealed).status.value == "sealed"
    opened.lock()


def test_a_changed_export_journal_row_is_refused_and_acts_on_nothing(tmp_path: Path) -> None:
    """A journal the app wrote itself, then redirected: refused with the tamper sentence."""
    from intake_app.services import export_journal
    from intake_app.services.export_journal import ExportIntent

    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    sealed = session.seal(session.record(signal_fields())).id
    stick = tmp_path / "stick"
    stick.mkdir()
    info = stick.stat()
    set_id = secrets.token_hex(16)
    export_journal.record(session._store, ExportIntent(
        secrets.token_hex(16), set_id, 3, (sealed,), str(stick), info.st_dev, info.st_ino,
        (f"{set_id}.zip",), ()))
    session.lock()
    user_file = tmp_path / "thesis.odt"
    user_file.write_bytes(b"a year of work")
    _forge_journal(tmp_path / "profile", stick, [str(user_file)], [sealed])

    opened = unlock_or_refusal(tmp_path / "profile")
    assert user_file.exists()
    assert isinstance(opened, Exception)
    assert "changed outside Seinpost" in str(opened)


def test_a_cleared_time_set_far_ahead_is_refused_as_a_damaged_store(tmp_path: Path) -> None:
    """The 'cleared' time row is under the row digest: moving it to hide rows is refused
    (more cases in tests/test_laptop_attacks_preferences.py)."""
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    session.record(signal_fields())
    session.seal(session.record(signal_fields()))
    session.lock()
    with sqlite3.connect(tmp_path / "profile" / "store.db") as conn:
        conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)",
                     ("list_cleared_at", "9999-12-31T23:59:59Z"))

    opened = unlock_or_refusal(tmp_path / "profile")
    assert isinstance(opened, Exception)
    assert getattr(opened, "code", None) == "store.tampered"
