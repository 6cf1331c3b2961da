"""`intake-office open` under faults: a locked database, an unwritable receipt, a failing commit,
a killed open, and a manifest larger than its bundle can need.

Everything is real: real bundles and keys, a real SQLite database (locked by a second
connection, a COMMIT refused through SQLite's own authorizer), real folders and a real killed
process.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest
from bundle_kit import Liaison, Office, seal_item
from hypothesis import given, settings
from hypothesis import strategies as st
from test_tamper import entries_of, one_item_bundle, rebuild, refused

from intake_app.bundle.layout import MANIFEST_NAME
from intake_app.bundle.manifest import (
    MAX_SIZE,
    ItemEntry,
    ManifestItem,
    build_manifest,
    manifest_limit,
    sign_manifest,
)
from intake_app.bundle.receipt import receipt_file_name
from intake_app.cli.office import main as office_main
from intake_app.crypto import age
from intake_app.office import database
from intake_app.office.ingest import open_bundle, open_bundles
from intake_app.office.store_signals import STAGING_PREFIX
from intake_app.sentences import sentence

PHOTO = ("attachments/01-foto.jpg", b"\xff\xd8 not really a photo " * 40)



def bundle_with_photo(tmp_path: Path, office: Office, liaison: Liaison, name: str,
                      number: int, photo: tuple[str, bytes] = PHOTO) -> Path:
    item = seal_item(tmp_path / f"{name}.age", number, [office.recipient], [photo])
    return liaison.write([(name, item)], tmp_path / name, [office.recipient]).paths[0]


def store_files(office: Office) -> list[str]:
    return sorted(p.name for p in database.attachments_dir(office.db_path).iterdir())


# --- 1. one failing bundle never hides the others ----------------------------------------------

def test_a_database_locked_on_the_second_bundle_leaves_the_first_reported_and_stored(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    paths = [bundle_with_photo(tmp_path, office, liaison, f"it-{n}", n) for n in (1, 2, 3)]
    office.conn.execute("PRAGMA busy_timeout = 50")  # fail fast instead of waiting 30 s
    other = sqlite3.connect(office.db_path, isolation_level=None)
    seen = []

    def lock_before_the_second_bundle(statement: str) -> None:
        # Another office process takes the write lock right after bundle 1 was committed.
        if statement.startswith("SELECT receipt FROM bundles"):
            seen.append(statement)
            if len(seen) == 2:
                other.execute("BEGIN EXCLUSIVE")

    office.conn.set_trace_callback(lock_before_the_second_bundle)
    outcomes = open_bundles(paths, office.conn, office.db_path, office.keys,
                            receipts_dir=office.receipts)
    office.conn.set_trace_callback(None)
    other.execute("ROLLBACK")
    other.close()

    assert [o.paths for o in outcomes] == [(p,) for p in paths]  # every bundle has its line
    first, second, third = outcomes
    assert first.error is None and first.summary.stored == ["it-1"]
    assert first.summary.receipt_path.is_file()
    for failed in (second, third):
        assert failed.summary is None
        assert failed.error == sentence("office.db_unreadable", "en", path=str(office.db_path),
                                        reason="database is locked")
    assert office.count("signals") == 1  # bundles 2 and 3 rolled back ...
    assert len(store_files(office)) == 1  # ... and left no attachment behind
    retried = open_bundles(paths[1:], office.conn, office.db_path, office.keys)
    assert [o.summary.stored for o in retried] == [["it-2"], ["it-3"]]


def test_open_command_prints_every_bundle_and_fails_when_a_receipt_cannot_be_written(
        tmp_path: Path, liaison: Liaison, capsys: pytest.CaptureFixture[str]) -> None:
    from intake_app.office import keys

    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    keys_dir, db = tmp_path / "keys", tmp_path / "office" / "office.db"
    assert office_main(["keygen", "--out", str(keys_dir), "--name", "Meldpunt",
                        "--passphrase-file", str(secret)]) == 0
    recipients = list(keys.load_office_card(keys_dir).recipients)
    card_file = tmp_path / "amina.card"
    card_file.write_bytes(liaison.card)
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db),
                        "--fingerprint", liaison.fingerprint]) == 0
    bundles = [liaison.write([(f"it-{n}", seal_item(tmp_path / f"{n}.age", n, recipients))],
                             tmp_path / f"usb{n}", recipients) for n in (1, 2, 3)]
    receipts = tmp_path / "receipts"
    # A folder, not a file, where the second receipt goes.
    (receipts / receipt_file_name(liaison.key_id, bundles[1].bundle_id)).mkdir(parents=True)
    not_a_bundle = tmp_path / "notes.txt"
    not_a_bundle.write_text("hello")
    capsys.readouterr()
    status = office_main(["open", *(str(b.paths[0]) for b in bundles), str(not_a_bundle),
                          "--into", str(db), "--keys", str(keys_dir), "--receipts", str(receipts),
                          "--passphrase-file", str(secret)])
    out, err = capsys.readouterr()
    assert status == 1 and err == ""
    assert out.count("1 signal stored") == 3  # all three are in the database ...
    assert out.count("receipt: NOT WRITTEN") == 1  # ... one receipt could not be written
    assert f"intake-office receipt {bundles[1].bundle_id}" in out
    assert "notes.txt: NOT OPENED" in out
    assert "Traceback" not in out
    for n in (0, 2):
        assert (receipts / receipt_file_name(liaison.key_id, bundles[n].bundle_id)).is_file()


# --- 2. the unauthenticated manifest is bounded by the bundle's entries ------------------------

def test_a_manifest_far_larger_than_its_entries_need_is_refused_before_decrypting(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    path = one_item_bundle(tmp_path, office, liaison, "it-1")
    entries = dict(entries_of(path))
    entries[MANIFEST_NAME] = os.urandom(1 << 20)  # not even age: never decrypted
    forged = rebuild(path, list(entries.items()), tmp_path / "big.zip")
    refused(office, forged, "manifest is larger than a bundle of 1 item entries can need")


def test_a_sealed_manifest_just_over_the_limit_is_refused_before_parsing(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    path = one_item_bundle(tmp_path, office, liaison, "it-1")
    plain = b"{" + b" " * manifest_limit(1)  # fits the sealed bound, not the plaintext one
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(plain), sealed, recipients=[office.recipient])
    entries = dict(entries_of(path))
    entries[MANIFEST_NAME] = sealed.getvalue()
    forged = rebuild(path, list(entries.items()), tmp_path / "big.zip")
    message = refused(office, forged, "larger than a bundle of 1 item entries can need")
    assert "not readable" not in message  # the parser never saw it


@settings(max_examples=25, deadline=None)
@given(items=st.integers(1, 40), per_item=st.integers(1, 30), recipients=st.integers(1, 16))
def test_the_largest_honest_manifest_fits_the_limit_of_its_entry_count(
        items: int, per_item: int, recipients: int) -> None:
    """Every field at its longest: 64-character ids, 16-digit sizes, part 9999."""
    suffix = "age" if per_item == 1 else "part"
    made = [ManifestItem(f"{n:064d}", MAX_SIZE // per_item * per_item, "a" * 64, tuple(
        ItemEntry(f"items/{n:016x}{k:016x}.{suffix}", 9999, MAX_SIZE // per_item, "f" * 64)
        for k in range(per_item))) for n in range(items)]
    keys = [age.generate_x25519()[1] for _ in range(recipients)]
    manifest = build_manifest(bundle_id="0" * 32, set_id="1" * 32, liaison_key_id="2" * 32,
                              counter=1 << 53, created="2025-06-15T10:00:00Z", parts=9999,
                              recipients=keys, items=made)
    signed = sign_manifest(manifest, nacl.signing.SigningKey.generate())
    assert len(signed) <= manifest_limit(items * per_item)


# --- 3. staged attachments reach the store only after COMMIT; leftovers are swept --------------

def test_a_failing_commit_leaves_no_attachment_file_in_the_store(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    path = bundle_with_photo(tmp_path, office, liaison, "it-1", 1)

    def refuse_commit(action: int, arg1: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_TRANSACTION and arg1 == "COMMIT":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    office.conn.set_authorizer(refuse_commit)
    [outcome] = open_bundles([path], office.conn, office.db_path, office.keys)
    office.conn.set_authorizer(None)
    assert outcome.summary is None
    assert outcome.error == sentence("office.db_unreadable", "en", path=str(office.db_path),
                                     reason="not authorized")
    assert office.count("signals") == 0 and office.count("bundles") == 0
    assert store_files(office) == []  # no plaintext left behind, staged or stored
    summary = open_bundle([path], office.conn, office.db_path, office.keys)
    assert summary.stored == ["it-1"]
    assert store_files(office) == [hashlib.sha256(PHOTO[1]).hexdigest()]


def test_a_stale_staging_folder_is_gone_after_reconnecting(office: Office) -> None:
    store = database.attachments_dir(office.db_path)
    stale = store / f"{STAGING_PREFIX}0123456789abcdef"
    stale.mkdir()
    (stale / "4f1c.staged").write_bytes(b"plaintext of an interrupted open")
    (store / f"{STAGING_PREFIX}file").write_bytes(b"")  # a file where a folder should be
    database.connect(office.db_path).close()
    assert store_files(office) == []


_HOLD_STAGING = """
import sys
from pathlib import Path
from intake_app.office.store_signals import StagingFolder
folder = StagingFolder(Path(sys.argv[1]))
(folder.path / "x.staged").write_bytes(b"half an attachment")
print(folder.path.name, flush=True)
sys.stdin.readline()
"""


def test_a_live_open_keeps_its_staging_and_a_killed_one_loses_it_on_reconnect(
        office: Office) -> None:
    store = database.attachments_dir(office.db_path)
    child = subprocess.Popen([sys.executable, "-c", _HOLD_STAGING, str(store)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        name = child.stdout.readline().strip()
        assert name.startswith(STAGING_PREFIX)
        database.connect(office.db_path).close()
        assert (store / name / "x.staged").is_file()  # still in use: left alone
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stdin.close()
    assert (store / name).is_dir()  # the kill left it behind ...
    database.connect(office.db_path).close()
    assert store_files(office) == []  # ... and the next connect removed it


def test_attachments_committed_but_not_moved_are_put_in_place_on_reconnect(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    """The same state as a crash between COMMIT and the move, made with a real fault."""
    path = bundle_with_photo(tmp_path, office, liaison, "it-1", 1)
    digest = hashlib.sha256(PHOTO[1]).hexdigest()
    store = database.attachments_dir(office.db_path)
    (store / digest).mkdir()  # a folder where the attachment file must go
    summary = open_bundle([path], office.conn, office.db_path, office.keys)
    assert summary.stored == ["it-1"]
    assert any("next time the office database opens" in w for w in summary.warnings)
    (store / digest).rmdir()
    database.connect(office.db_path).close()
    assert store_files(office) == [digest]
    assert (store / digest).read_bytes() == PHOTO[1]
