"""Golden files, kept forever: today's readers open what Seinpost 0.1.0 wrote.

`tests/golden/seinpost-0.1.0/` was written once by `scripts/make_golden.py` (see its docstring
for the file list). These tests never call a writer: they copy the files into a temporary
folder (opening a store or a database may migrate it in place), read them with today's code
and compare with `expected.json` (written by the script from the inputs it chose) and with the
values stated here. A later version that changes a format must keep these tests passing
through a migration, and adds its own folder next to this one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import pytest
from liaison_fixtures import draft_ids, sealed_items
from tools import require_tool

from intake_app.bundle.check import check_bundles
from intake_app.bundle.manifest import parse_manifest, verify_manifest
from intake_app.bundle.receipt import parse_receipt
from intake_app.crypto import age, keycard
from intake_app.office import analyst_export, database, ingest, registry
from intake_app.services.liaison import LiaisonSession
from intake_app.store import schema
from intake_app.store.blobs import BlobReader, associated_data
from intake_app.store.integrity_errors import StoreRolledBack, StoreTampered

GOLDEN = Path(__file__).resolve().parent / "golden" / "seinpost-0.1.0"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def copied(tmp_path: Path, name: str) -> Path:
    source = GOLDEN / name
    target = tmp_path / name
    if source.is_dir():
        shutil.copytree(source, target)
        # Private, as Seinpost makes a profile folder: an existing folder open to others is
        # refused, never tightened (vault/profile.py).
        os.chmod(target, 0o700)
    else:
        shutil.copyfile(source, target)
    return target


def identity() -> list:
    return age.parse_identities((GOLDEN / "office-identity-1.txt").read_text())


def card(name: str) -> keycard.KeyCard:
    return keycard.parse_card((GOLDEN / name).read_bytes())


def untar(plain: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def test_the_golden_files_are_unchanged_since_they_were_written() -> None:
    listed = {}
    for line in (GOLDEN / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    present = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    assert present - {"SHA256SUMS"} == set(listed)
    assert {name: sha256((GOLDEN / name).read_bytes()) for name in listed} == listed


def test_a_golden_sealed_item_opens_as_a_tar_with_signal_json_first() -> None:
    plain = io.BytesIO()
    with open(GOLDEN / "sealed-item.age-v1.age", "rb") as src:
        age.decrypt(src, plain, identities=identity())
    with tarfile.open(fileobj=io.BytesIO(plain.getvalue())) as tar:
        names = tar.getnames()
    members = untar(plain.getvalue())
    assert names[0] == "signal.json"
    assert [n for n in names[1:] if not n.startswith("attachments/")] == []
    signal = json.loads(members["signal.json"])
    expected = EXPECTED["sealed_item"]
    assert signal["description"] == "Golden signal 2: a call at night."
    for name, value in expected["fields"].items():
        assert signal[name] == value, name
    [attachment] = signal["attachments"]
    data = members[attachment["file"]]
    assert (len(data), sha256(data)) == (expected["attachment_size"],
                                         expected["attachment_sha256"])
    assert attachment["sha256"] == expected["attachment_sha256"]


def test_the_age_command_opens_the_golden_sealed_item() -> None:
    age_command = require_tool("age")
    plain = subprocess.run([age_command, "-d", "-i", str(GOLDEN / "office-identity-1.txt"),
                            str(GOLDEN / "sealed-item.age-v1.age")],
                           capture_output=True, check=True).stdout
    signal = json.loads(untar(plain)["signal.json"])
    assert signal["description"] == "Golden signal 2: a call at night."


def test_a_courier_checks_both_golden_bundles_without_keys() -> None:
    paths = sorted((GOLDEN / "bundle-single.manifest-1").iterdir())
    paths += sorted((GOLDEN / "bundle-split.manifest-1").iterdir())
    results = check_bundles(paths)
    assert len(results) == 4  # three files, then the split bundle as a whole
    assert all(result.ok for result in results), results
    assert results[3].message.endswith("all 2 parts intact")


def _office(tmp_path: Path) -> tuple[sqlite3.Connection, Path, ingest.OfficeKeys]:
    keys = ingest.load_office_keys(copied(tmp_path, "office-keys-1"),
                                   EXPECTED["office_passphrase"])
    db_path = tmp_path / "office" / "office.db"
    conn = database.connect(db_path)
    registry.add_liaison(conn, (GOLDEN / "keycard-liaison-1.card").read_bytes())
    return conn, db_path, keys


@pytest.mark.parametrize("bundle", ["bundle_single", "bundle_split"])
def test_the_office_opens_a_golden_bundle_with_its_rotated_keys(tmp_path: Path,
                                                                bundle: str) -> None:
    expected = EXPECTED[bundle]
    folder = GOLDEN / f"{bundle.replace('_', '-')}.manifest-1"
    paths = [folder / name for name in reversed(expected["files"])]  # parts in any order
    conn, db_path, keys = _office(tmp_path)
    summary = ingest.open_bundle(paths, conn, db_path, keys, receipts_dir=tmp_path / "receipts")
    assert summary.bundle_id == expected["bundle_id"]
    assert sorted(summary.stored) == sorted(expected["items"])
    assert summary.liaison_name == EXPECTED["liaison_name"]
    descriptions = {row[0]: json.loads(row[1])["description"] for row in conn.execute(
        "SELECT item_id, signal_json FROM signals")}
    assert descriptions == {item: f"Golden signal {number}: a call at night."
                            for item, number in zip(expected["items"], expected["numbers"],
                                                    strict=True)}


def test_the_golden_manifest_is_signed_by_the_liaison_and_lists_the_single_bundle() -> None:
    plain = io.BytesIO()
    age.decrypt(io.BytesIO((GOLDEN / "manifest-1.age").read_bytes()), plain,
                identities=identity())
    data = (GOLDEN / "manifest-1.json").read_bytes()
    assert plain.getvalue() == data
    liaison = card("keycard-liaison-1.card")
    verify_manifest(data, liaison.verify_key)
    manifest = parse_manifest(data)
    assert manifest.bundle_id == EXPECTED["bundle_single"]["bundle_id"]
    assert manifest.liaison_key_id == EXPECTED["liaison_card"]["key_id"]
    assert (manifest.counter, manifest.parts) == (1, 1)
    listed = sorted(item.item_id for item in manifest.items)
    assert listed == sorted(EXPECTED["bundle_single"]["items"])
    assert json.loads(data)["format"] == "seinpost-manifest/1"


def test_the_golden_receipt_verifies_with_the_first_office_card() -> None:
    office = card("keycard-office-1.card")
    receipt = parse_receipt((GOLDEN / "receipt-1.json").read_bytes(), [office.verify_key])
    expected = EXPECTED["receipt"]
    assert receipt.bundle_id == expected["bundle_id"]
    assert sorted(receipt.item_ids) == expected["items"]
    assert receipt.office_key_id == expected["office_key_id"] == office.key_id
    assert receipt.liaison_key_id == EXPECTED["liaison_card"]["key_id"]


def test_the_golden_key_cards_parse_with_their_fingerprints() -> None:
    office, liaison = card("keycard-office-1.card"), card("keycard-liaison-1.card")
    endorsed = card("keycard-office-endorsed-1.card")
    assert (office.role, office.name, office.endorsement) == ("office", "Centraal Meldpunt", None)
    assert (office.fingerprint, office.key_id) == (EXPECTED["office_card"]["fingerprint"],
                                                   EXPECTED["office_card"]["key_id"])
    assert list(office.recipients) == EXPECTED["office_card"]["recipients"]
    assert (liaison.role, liaison.name) == ("liaison", "Golden Liaison")
    assert liaison.fingerprint == EXPECTED["liaison_card"]["fingerprint"]
    assert endorsed.fingerprint == EXPECTED["office_card_endorsed"]["fingerprint"]
    assert endorsed.endorsement is not None
    assert endorsed.endorsement.key_id == EXPECTED["office_card_endorsed"]["endorsed_by"]
    keycard.verify_rotation(office, endorsed)
    with pytest.raises(keycard.KeyCardError):
        keycard.verify_rotation(endorsed, office)


def test_the_golden_attachment_blob_decrypts_to_its_bytes() -> None:
    blob = EXPECTED["attachment_blob"]
    reader = BlobReader(GOLDEN / "attachment-blob-2.bin", bytes.fromhex(blob["key"]),
                        associated_data(blob["draft_id"], blob["attachment_id"]))
    with reader:
        data = reader.read()
    assert (len(data), sha256(data)) == (blob["size"], blob["sha256"])
    assert data.startswith(b"Golden attachment 1\n")


BLOB_3 = Path(__file__).resolve().parent / "golden" / "blob-3"


def test_the_golden_format_3_blob_is_unchanged_and_decrypts_to_its_bytes() -> None:
    """Blob format 3 (AES-256-GCM) came after 0.1.0: its own golden file, written once by
    scripts/make_golden_blob.py, kept forever beside 0.1.0's format 2 above."""
    blob = json.loads((BLOB_3 / "expected.json").read_text())
    for line in (BLOB_3 / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert sha256((BLOB_3 / name).read_bytes()) == digest, name
    path = BLOB_3 / blob["file"]
    assert path.read_bytes().startswith(b"SPBLOB3\n") and blob["magic"] == "SPBLOB3\n"
    with BlobReader(path, bytes.fromhex(blob["key"]),
                    associated_data(blob["draft_id"], blob["attachment_id"])) as reader:
        data = reader.read()
    assert (len(data), sha256(data)) == (blob["size"], blob["sha256"])
    assert data.startswith(b"Golden attachment of blob format 3\n")


def _store_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("store_version", [1, 2])
def test_a_golden_profile_unlocks_with_its_drafts_attachments_and_items(
        tmp_path: Path, store_version: int) -> None:
    profile = copied(tmp_path, f"liaison-profile.vault-1.store-{store_version}")
    assert json.loads((profile / "vault.json").read_text())["version"] == 1
    assert _store_version(profile / "store.db") == store_version
    session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
    try:
        # A store that named no vault.json yet (review r7e) takes the one it meets, unsaid.
        assert not session.undone_notice
        draft = EXPECTED["draft"]
        fields = session.read_draft(draft["id"])
        for name, value in draft["fields"].items():
            assert fields[name] == value, name
        [attachment] = session.stored_attachments(draft["id"])
        with session.open_attachment(draft["id"], attachment.id) as handle:
            data = handle.read()
        assert sha256(data) == EXPECTED["attachment_blob"]["sha256"]
        assert attachment.name == "note-1.txt"
        statuses = {item.id: item.status for item in sealed_items(session)}
        assert statuses == EXPECTED["profile"]["items"]
        assert sorted(statuses.values()) == ["delivered", "delivered", "exported", "sealed"]
        assert draft_ids(session) == EXPECTED["profile"]["draft_ids"]
        assert keycard.parse_card(session.office_card()).fingerprint == \
            EXPECTED["office_card"]["fingerprint"]
    finally:
        session.lock()
    assert _store_version(profile / "store.db") == schema.CURRENT_VERSION
    session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
    assert not session.undone_notice  # and from then on names it: no notice the next time
    session.lock()


def test_the_golden_office_database_holds_both_bundles_and_exports(tmp_path: Path) -> None:
    folder = copied(tmp_path, "office-db-1")
    conn = database.connect(folder / "office.db")
    expected = EXPECTED["office_db"]
    bundles = sorted(row[0] for row in conn.execute("SELECT bundle_id FROM bundles"))
    assert bundles == sorted(expected["bundles"])
    rows = dict(conn.execute("SELECT item_id, signal_json FROM signals").fetchall())
    assert {item: json.loads(text)["description"] for item, text in rows.items()} == {
        item: f"Golden signal {number}: a call at night."
        for item, number in expected["signals"].items()}
    store = database.attachments_dir(folder / "office.db")
    files = sorted(store.iterdir())
    assert len(files) == 3
    assert all(sha256(path.read_bytes()) == path.name for path in files)
    out = tmp_path / "signals.csv"
    assert analyst_export.export_signals(conn, "csv", out) == 3
    assert "Golden signal 5: a call at night." in out.read_text()
    # Its places were stored as names (before the CBS code): the analyst reads the official
    # name and the province the report counts them under.
    with open(out, newline="", encoding="utf-8") as handle:
        places_read = {(row["place_value"], row["place_name"], row["region"])
                       for row in csv.DictReader(handle)}
    assert places_read == {("Den Haag", "'s-Gravenhage", "nl-zh")}
    conn.close()


# ----- the store of the XOR row digest (before review r7), kept as written --------------------

XOR_GOLDEN = Path(__file__).resolve().parent / "golden" / "seinpost-0.1.0-xor-digest"
XOR_EXPECTED = json.loads((XOR_GOLDEN / "expected.json").read_text())
XOR_PROFILE = "liaison-profile.vault-2.store-4"


def _xor_profile(tmp_path: Path) -> Path:
    target = tmp_path / XOR_PROFILE
    shutil.copytree(XOR_GOLDEN / XOR_PROFILE, target)
    os.chmod(target, 0o700)
    return target


def _state(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return json.loads(conn.execute(
            "SELECT value FROM settings WHERE name = 'profile_state'").fetchone()[0])
    finally:
        conn.close()


def test_the_xor_digest_golden_files_are_unchanged_since_they_were_written() -> None:
    listed = dict(reversed(line.split("  ", 1))
                  for line in (XOR_GOLDEN / "SHA256SUMS").read_text().splitlines())
    present = {p.relative_to(XOR_GOLDEN).as_posix() for p in XOR_GOLDEN.rglob("*")
               if p.is_file()}
    assert present - {"SHA256SUMS"} == set(listed)
    assert {name: sha256((XOR_GOLDEN / name).read_bytes()) for name in listed} == listed


def test_a_golden_store_of_the_xor_digest_opens_once_under_it_then_holds_the_sum(
        tmp_path: Path) -> None:
    profile = _xor_profile(tmp_path)
    assert set(_state(profile / "store.db")) >= {"contents"}  # rule 1, as written
    older = (profile / "store.db").read_bytes()

    session = LiaisonSession.unlock(profile, XOR_EXPECTED["liaison_passphrase"])
    try:
        draft = XOR_EXPECTED["draft"]
        fields = session.read_draft(draft["id"])
        for name, value in draft["fields"].items():
            assert fields[name] == value, name
        [attachment] = session.stored_attachments(draft["id"])
        with session.open_attachment(draft["id"], attachment.id) as handle:
            assert sha256(handle.read()) == XOR_EXPECTED["attachment"]["sha256"]
        assert {item.id: item.status for item in sealed_items(session)} == \
            XOR_EXPECTED["profile"]["items"]
        assert keycard.parse_card(session.office_card()).fingerprint == \
            XOR_EXPECTED["office_card"]["fingerprint"]
    finally:
        session.lock()
    state = _state(profile / "store.db")
    assert "contents" not in state and {"rows", "counts"} <= set(state)
    assert state["counts"]["items"] == len(XOR_EXPECTED["profile"]["items"])

    again = LiaisonSession.unlock(profile, XOR_EXPECTED["liaison_passphrase"])  # and again
    assert not again.undone_notice
    again.lock()

    for name in ("store.db-wal", "store.db-shm"):
        (profile / name).unlink(missing_ok=True)
    (profile / "store.db").write_bytes(older)  # the old-rule store put back: once was enough
    with pytest.raises(StoreRolledBack):
        LiaisonSession.unlock(profile, XOR_EXPECTED["liaison_passphrase"])


def test_a_golden_store_of_the_xor_digest_with_a_changed_row_is_refused_at_its_upgrade(
        tmp_path: Path) -> None:
    profile = _xor_profile(tmp_path)
    sealed = next(i for i, s in XOR_EXPECTED["profile"]["items"].items() if s == "sealed")
    conn = sqlite3.connect(profile / "store.db")
    conn.execute("UPDATE items SET status = 'deleted' WHERE id = ?", (sealed,))
    conn.commit()
    conn.close()

    with pytest.raises(StoreTampered):
        LiaisonSession.unlock(profile, XOR_EXPECTED["liaison_passphrase"])
    assert (profile / "sealed" / f"{sealed}.age").exists()
    assert "contents" in _state(profile / "store.db")  # nothing moved


@pytest.mark.parametrize("store_version", [1, 2])
def test_a_golden_draft_with_a_format_2_blob_seals_with_its_attachment(
        tmp_path: Path, store_version: int) -> None:
    """Blob format 3 changed the cipher; a draft attached by 0.1.0 (format 2) still seals."""
    profile = copied(tmp_path, f"liaison-profile.vault-1.store-{store_version}")
    blob = EXPECTED["attachment_blob"]
    [blob_file] = (profile / "blobs").iterdir()
    assert blob_file.read_bytes().startswith(b"SPBLOB2\n")
    session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
    try:
        item = session.seal(EXPECTED["draft"]["id"])
        session.wait_for_cleanup()
        sealed = profile / "sealed" / f"{item.id}.age"
        plain = io.BytesIO()
        with open(sealed, "rb") as src:
            age.decrypt(src, plain, identities=identity())
    finally:
        session.lock()
    members = untar(plain.getvalue())
    [entry] = json.loads(members["signal.json"])["attachments"]
    data = members[entry["file"]]
    assert (len(data), sha256(data), entry["sha256"]) == (blob["size"], blob["sha256"],
                                                         blob["sha256"])
    assert not blob_file.exists()
