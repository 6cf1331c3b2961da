"""Open bundles at the office: verify everything, then store all of a bundle or nothing.

Order of checks (see `intake_app.bundle` for the format): every part scanned without keys
(structure, CRC-32, index); parts grouped and complete; the manifest decrypted with any office
identity (current or retired) and parsed strictly; its liaison registered and not revoked; its
signature verified; one recipient fingerprint ours; the entries exactly those of the manifest
with matching sizes and SHA-256, all before any item is decrypted; the counter not used before.
Those checks live in `bundle_checks`; this module runs them and stores. Then each new item is
decrypted as a stream and its tar read by `unseal`, attachments staged next to the database.
Finally ONE transaction stores the bundle row (with its receipt), the signals and the
attachment rows; only after the COMMIT are the staged files moved to their content address.
Any failure before the commit leaves the database and the store unchanged and removes the
staged files; a crash after it is finished by the next `database.connect`.

`open_bundles` opens each bundle on its own: whatever goes wrong with one (a refusal, a full
disk, a locked database) is that bundle's outcome and never hides the bundles around it.
"""

from __future__ import annotations

import errno
import io
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing

from intake_app.bundle.errors import BundleError, BundleRejectedError, DamagedBundleError
from intake_app.bundle.manifest import Manifest, verify_manifest
from intake_app.bundle.parts import open_item
from intake_app.bundle.reader import ScannedPart, group_parts, scan_part
from intake_app.bundle.receipt import make_receipt, receipt_file_name
from intake_app.crypto import age
from intake_app.crypto.keycard import KeyCard, load_card
from intake_app.errors import Worded, classify, os_reason
from intake_app.fs.atomic import write_atomic
from intake_app.fs.private import make_private_dirs
from intake_app.office import bundle_checks
from intake_app.office.database import attachments_dir, describe_error, rollback
from intake_app.office.store_signals import StagingFolder, insert_signal, move_staged
from intake_app.office.unseal import UnsealedItem, UnsealError, read_sealed_item
from intake_app.sentences import sentence


def describe_failure(exc: Exception, db_path: Path | None = None, lang: str = "en") -> str:
    """One line for a bundle that failed, in `lang` ("nl" or "en"); never content.

    A refusal is the bundle check's own sentence (`BundleError.reason`: its English text as
    raised); anything else is a sentence of the one table, never a class name: a full disk or
    a database error is said of `db_path`'s folder (`database.describe_error`), another file
    error by its reason, a defect by the "internal" sentence."""
    if isinstance(exc, BundleError):
        return exc.reason(lang)
    code, params = failure_sentence(exc, db_path)
    return sentence(code, lang, **params)


def failure_sentence(exc: Exception, db_path: Path | None = None
                     ) -> tuple[str, dict[str, object]]:
    """The sentence code and params of a failed bundle (see `describe_failure`)."""
    if db_path is not None and (isinstance(exc, sqlite3.Error) or (
            isinstance(exc, OSError) and exc.errno == errno.ENOSPC)):
        explained = describe_error(Path(db_path), exc)
        if explained.code == "office.database" and isinstance(exc, sqlite3.Error):
            # Mid-open the file is an office database: say SQLite's condition ("database is
            # locked"); its messages never hold bound values.
            return "office.db_unreadable", {"path": str(db_path), "reason": str(exc)}
        exc = explained
    return classify(exc, show_path=False)


@dataclass
class OpenSummary:
    """What opening one bundle did: its ids and counter, the item ids stored now and before,
    warnings, and the receipt written (bytes and path) or why it could not be written. Each
    warning and the receipt's error is a `bundle_checks.Said`: English as a string, and said
    in any language of the one table (`in_language`); never content."""

    bundle_id: str
    liaison_key_id: str
    liaison_name: str
    counter: int
    stored: list[str] = field(default_factory=list)  # item ids stored now
    already_had: list[str] = field(default_factory=list)  # item ids stored by an earlier bundle
    warnings: list[str] = field(default_factory=list)
    already_opened: bool = False
    receipt: bytes = b""
    receipt_path: Path | None = None
    receipt_error: str | None = None  # the bundle is stored but its receipt file is not written
    sealed_to: str | None = None  # key id of the office card the items were sealed to


@dataclass(frozen=True)
class OpenOutcome:
    """One bundle (or one file that could not be grouped) from `open_bundles`: its summary, or
    why it failed: `error` in English and `code` with `params` (entry names, part numbers,
    counters, key ids; never content) for any other language (`reason`)."""

    paths: tuple[Path, ...]
    summary: OpenSummary | None
    error: str | None
    code: str | None = None
    params: dict[str, object] = field(default_factory=dict)

    @classmethod
    def failed(cls, paths: tuple[Path, ...], exc: Exception,
               db_path: Path | None = None) -> OpenOutcome:
        """The outcome of a bundle whose opening raised `exc` (see `describe_failure`)."""
        if isinstance(exc, BundleError):
            code, params = exc.code, dict(exc.params)
        else:
            code, params = failure_sentence(exc, db_path)
        return cls(paths, None, describe_failure(exc, db_path), code, params)

    def reason(self, lang: str) -> str:
        """Why the bundle was not opened, in `lang` ("nl" or "en"); "" if it was opened."""
        if lang == "en" or self.code is None:
            return self.error or ""
        return sentence(self.code, lang, **self.params)


@dataclass(frozen=True)
class OfficeKeys:
    """The office's unlocked keys: every age identity (current and retired) and the current
    Ed25519 signing key for receipts."""

    identities: tuple[str, ...]  # all office age identities, current and retired
    signing_key: nacl.signing.SigningKey  # the current office signing key, for receipts
    cards: tuple[KeyCard, ...] = ()  # the office's cards, current first (keys.generations)


Progress = Callable[[int, int], None]


class _Counted(io.RawIOBase):
    """Passes reads through and reports how many bytes went by."""

    def __init__(self, raw: io.BufferedReader, report: Callable[[int], None]) -> None:
        self._raw = raw
        self._report = report

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)
        if count:
            self._report(count)
        return count


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_bundles(paths: Sequence[Path], conn: sqlite3.Connection, db_path: Path,
                 keys: OfficeKeys, *, receipts_dir: Path | None = None,
                 progress: Progress | None = None) -> list[OpenOutcome]:
    """Open every bundle among `paths` (whole bundles and parts in any order).

    `progress(done, total)` counts the sealed bytes decrypted so far in the current bundle.
    """
    outcomes: list[OpenOutcome] = []
    scanned: list[ScannedPart] = []
    for path in paths:
        try:
            scanned.append(scan_part(Path(path)))
        except BundleError as exc:
            outcomes.append(OpenOutcome.failed((Path(path),), exc))
    by_set: dict[str, list[ScannedPart]] = {}
    for part in scanned:
        by_set.setdefault(part.set_id, []).append(part)
    for group in by_set.values():
        group_paths = tuple(p.path for p in sorted(group, key=lambda p: p.part))
        try:
            summary = open_scanned(group, conn, db_path, keys, receipts_dir=receipts_dir,
                                   progress=progress)
        except Exception as exc:  # this bundle's transaction was rolled back; go on
            outcomes.append(OpenOutcome.failed(group_paths, exc, db_path))
        else:
            outcomes.append(OpenOutcome(group_paths, summary, None))
    return outcomes


def open_bundle(paths: Sequence[Path], conn: sqlite3.Connection, db_path: Path,
                keys: OfficeKeys, *, receipts_dir: Path | None = None,
                progress: Progress | None = None) -> OpenSummary:
    """Open one bundle given as its file or all its parts; raise a BundleError on refusal."""
    parts = [scan_part(Path(p)) for p in paths]
    return open_scanned(parts, conn, db_path, keys, receipts_dir=receipts_dir,
                        progress=progress)


def open_scanned(parts: Sequence[ScannedPart], conn: sqlite3.Connection, db_path: Path,
                 keys: OfficeKeys, *, receipts_dir: Path | None = None,
                 progress: Progress | None = None) -> OpenSummary:
    """Open already scanned parts of one bundle into the office database (see `open_bundle`).

    Raises BundleError (incomplete, damaged, manifest, rejected) and OfficeDatabaseError."""
    groups = group_parts(parts)
    if len(groups) != 1:
        raise DamagedBundleError(code="bundle.damaged_many_bundles")
    ordered = next(iter(groups.values()))
    manifest, plain = bundle_checks.read_manifest(ordered, keys.identities)
    liaison = bundle_checks.check_liaison(conn, manifest)
    verify_manifest(plain, liaison.verify_key)
    bundle_checks.check_entries(ordered, manifest)
    warnings = bundle_checks.check_recipients(manifest, keys.identities)
    warnings += bundle_checks.check_retired(manifest, keys.cards, liaison.name)
    index = bundle_checks.sealed_to(manifest, keys.cards)
    summary = OpenSummary(manifest.bundle_id, manifest.liaison_key_id, liaison.name,
                          manifest.counter, warnings=warnings,
                          sealed_to=None if index is None else keys.cards[index].key_id)
    # Keyed by (liaison, bundle id): each laptop picks its bundle ids on its own, so another
    # liaison's bundle with the same id is a different bundle, never "already opened".
    previous = conn.execute("SELECT receipt FROM bundles WHERE liaison_key_id = ? AND "
                            "bundle_id = ?", (manifest.liaison_key_id,
                                              manifest.bundle_id)).fetchone()
    if previous is not None:
        summary.already_opened = True
        summary.already_had = [item.item_id for item in manifest.items]
        summary.receipt = bytes(previous[0])
        summary.warnings.append(bundle_checks.Said("office_out.opened_before"))
        _write_receipt(summary, receipts_dir)
        return summary
    summary.warnings += bundle_checks.check_counter(conn, manifest)
    _ingest(ordered, manifest, conn, db_path, keys, summary, progress)
    _write_receipt(summary, receipts_dir)
    return summary


def _decrypt_item(parts: list[ScannedPart], item, keys: OfficeKeys,
                  staging: Path, report: Callable[[int], None]) -> UnsealedItem:
    by_number = {p.part: p for p in parts}
    ranges = [(by_number[e.part].path, by_number[e.part].entries[e.name].data_offset, e.size,
               e.sha256) for e in item.entries]
    try:
        with open_item(ranges) as raw, age.open_decrypt(
            _Counted(raw, report), identities=list(keys.identities)
        ) as plain:
            return read_sealed_item(plain, max_plaintext=item.size, staging=staging)
    except age.NoIdentityMatchError:
        raise BundleRejectedError(code="bundle.rejected_item_not_ours",
                                  item_id=item.item_id) from None
    except age.AgeError:
        raise DamagedBundleError(code="bundle.damaged_item_undecryptable",
                                 item_id=item.item_id) from None
    except UnsealError as exc:
        raise BundleRejectedError(code="bundle.rejected_item_bad", item_id=item.item_id,
                                  reason=Worded.of_error(exc)) from None


def _ingest(parts: list[ScannedPart], manifest: Manifest, conn: sqlite3.Connection,
            db_path: Path, keys: OfficeKeys, summary: OpenSummary,
            progress: Progress | None = None) -> None:
    store = attachments_dir(db_path)
    staging = StagingFolder(store)
    total = sum(item.size for item in manifest.items)
    done = [0]

    def report(count: int) -> None:
        done[0] += count
        if progress is not None:
            progress(min(done[0], total), total)

    try:
        unsealed: list[tuple[str, UnsealedItem]] = []
        receipted = received_before(conn, manifest.liaison_key_id)
        for item in manifest.items:
            known = item.item_id in receipted or conn.execute(
                "SELECT 1 FROM signals WHERE liaison_key_id = ? AND item_id = ?",
                (manifest.liaison_key_id, item.item_id)).fetchone()
            if known:
                summary.already_had.append(item.item_id)
                report(item.size)
                continue
            unsealed.append((item.item_id,
                             _decrypt_item(parts, item, keys, staging.path, report)))
        staged = staging.address([a for _, content in unsealed for a in content.attachments])
        receipt = make_receipt(keys.signing_key, manifest.bundle_id, manifest.liaison_key_id,
                               [item.item_id for item in manifest.items])
        received = _now()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT INTO bundles (bundle_id, liaison_key_id, counter, created, opened, "
                "items, receipt, sealed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (manifest.bundle_id, manifest.liaison_key_id, manifest.counter,
                 manifest.created, received, len(manifest.items), receipt, summary.sealed_to))
            for item_id, content in unsealed:
                insert_signal(conn, manifest.liaison_key_id, item_id, manifest.bundle_id,
                              received, content)
            conn.execute("COMMIT")
        except BaseException as exc:
            rollback(conn)  # SQLite may have rolled back already: the first error is raised
            if isinstance(exc, sqlite3.IntegrityError):
                raise BundleRejectedError(code="bundle.rejected_clash") from None
            raise
        summary.stored = [item_id for item_id, _ in unsealed]
        summary.receipt = receipt
        # Only now: a rollback above must not leave plaintext in the store.
        try:
            move_staged(staged, store)
        except OSError as exc:
            staging.keep = True  # the next database.connect moves them into place
            summary.warnings.append(bundle_checks.Said("office_out.attachments_pending",
                                                       reason=os_reason(exc)))
    finally:
        staging.close()


def received_before(conn: sqlite3.Connection, liaison_key_id: str) -> frozenset[str]:
    """Every item id the office has given this liaison a receipt for (the `items` of each kept
    bundle's receipt, canonical JSON the office wrote itself).

    The receipts outlive a purge: an item received before, whose signal was purged since, is
    "already had", never stored again nor counted in a second quarter (review r14m R14m-2: the
    laptop re-exports held items by design when a receipt did not reach it)."""
    ids: set[str] = set()
    for (receipt,) in conn.execute("SELECT b.receipt FROM bundles AS b WHERE "
                                   "b.liaison_key_id = ?", (liaison_key_id,)):
        ids.update(json.loads(bytes(receipt))["items"])
    return frozenset(ids)


def _write_receipt(summary: OpenSummary, receipts_dir: Path | None) -> None:
    """Write the receipt file; the bundle is stored already, so a failure is a warning."""
    if receipts_dir is None:
        return
    target = Path(receipts_dir) / receipt_file_name(summary.liaison_key_id, summary.bundle_id)
    try:
        make_private_dirs(Path(receipts_dir))  # never chmod a folder that exists
        write_atomic(target, summary.receipt)
    except OSError as exc:
        summary.receipt_error = bundle_checks.Said(
            "office_out.receipt_error", reason=os_reason(exc), bundle_id=summary.bundle_id,
            key_id=summary.liaison_key_id)
        return
    summary.receipt_path = target


def load_office_keys(keys_dir: Path, passphrase: str) -> OfficeKeys:
    """Unlock the office keys in `keys_dir` with `passphrase`.

    Raises OfficeKeyError (missing, damaged, wrong passphrase) or KeyCardError."""
    from intake_app.office import keys as office_keys

    return OfficeKeys(
        identities=tuple(office_keys.load_all_office_identities(keys_dir, passphrase)),
        signing_key=office_keys.load_office_signing_key(keys_dir, passphrase),
        cards=tuple(load_card(g.card) for g in office_keys.generations(keys_dir)),
    )


