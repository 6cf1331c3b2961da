"""Review r7, F1–F3: store.db edited on the powered-off laptop so that an INDEX lies about its
table (every row and the schema text byte for byte as before, `quick_check` passes), or so that
two identical rows sit beside a primary key. Recovery at unlock asks SQLite which items are
gone, which drafts and attachments exist; answered from such an index it would unlink a held
signal's sealed file or a draft's attachment. Each attack must end in a clear refusal at the
next unlock with the right passphrase, with every file still there: never a silent loss.

The edits are tests/store_index_attacks.py's, as the review wrote them. Both vault modes
(passphrase only, and the device secret in a real private gnome-keyring) where the review
tried both.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli, sealed_file, signal_fields
from store_index_attacks import (
    hidden_attachment,
    hide_from_index,
    insert_pair,
    items_rows,
    quick_check,
    stale_draft_key,
    stale_status_index,
)

from intake_app.crypto import keycard
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store import schema
from intake_app.store.errors import StoreCorrupt
from intake_app.vault import KdfParams


@pytest.fixture(params=["passphrase-only", "keyring"])
def mode(request) -> str:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
    return request.param


def new_session(tmp_path: Path, mode: str) -> LiaisonSession:
    card = make_office(tmp_path / "office").parsed
    session = LiaisonSession.initialise(tmp_path / "profile", PASSPHRASE, card, card.fingerprint,
                                        use_keyring=mode == "keyring",
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    assert session.vault_status().keyring == {"passphrase-only": "passphrase-only",
                                              "keyring": "secret-service"}[mode]
    return session


def refused_at_unlock(profile: Path) -> None:
    with pytest.raises(StoreCorrupt):
        LiaisonSession.unlock(profile, PASSPHRASE).lock()


def test_an_items_index_that_disagrees_with_its_table_is_refused_and_unlinks_nothing(
        tmp_path: Path, mode: str) -> None:
    session = new_session(tmp_path, mode)
    held = session.seal(session.record(signal_fields(description="held"))).id
    other = session.seal(session.record(signal_fields(description="other"))).id
    session.lock()
    profile, db = tmp_path / "profile", tmp_path / "profile" / "store.db"
    rows = items_rows(db)

    stale_status_index(db, held)
    assert items_rows(db) == rows  # no row changed: only the index lies
    assert quick_check(db) == "ok"

    refused_at_unlock(profile)
    assert sealed_file(profile, held).exists()
    assert sealed_file(profile, other).exists()


def test_the_command_line_refuses_a_lying_items_index_with_the_damaged_store_sentence(
        tmp_path: Path) -> None:
    session = new_session(tmp_path, "passphrase-only")
    held = session.seal(session.record(signal_fields())).id
    session.lock()
    profile = tmp_path / "profile"
    stale_status_index(profile / "store.db", held)
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")

    result = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passphrase)],
                     cwd=tmp_path)
    assert result.returncode not in (0, 70), result.stderr
    assert sentence("store.corrupt", "en") in result.stderr
    assert "Something went wrong" not in result.stderr
    assert sealed_file(profile, held).exists()


def test_a_draft_key_index_naming_a_sealed_item_is_refused_and_its_file_stays(
        tmp_path: Path, mode: str) -> None:
    session = new_session(tmp_path, mode)
    held = session.seal(session.record(signal_fields(description="held"))).id
    session.record(signal_fields(description="a draft"))
    session.lock()
    profile = tmp_path / "profile"

    stale_draft_key(profile / "store.db", held)
    assert quick_check(profile / "store.db") == "ok"

    refused_at_unlock(profile)
    assert sealed_file(profile, held).exists()


def test_an_attachment_key_index_without_the_attachment_is_refused_and_its_blob_stays(
        tmp_path: Path) -> None:
    session = new_session(tmp_path, "passphrase-only")
    draft = session.record(signal_fields(description="draft with evidence"))
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"evidence " * 100)
    session.attach(draft, evidence)
    evidence.unlink()
    [attachment] = session.stored_attachments(draft)
    session.lock()
    profile = tmp_path / "profile"
    blob = profile / "blobs" / f"{attachment.id}.blob"
    assert blob.exists()

    hidden_attachment(profile / "store.db", attachment.id)
    assert quick_check(profile / "store.db") == "ok"

    refused_at_unlock(profile)
    assert blob.exists()


def test_two_identical_deleted_rows_beside_a_sealed_item_are_refused_and_its_file_stays(
        tmp_path: Path, mode: str) -> None:
    session = new_session(tmp_path, mode)
    held = session.seal(session.record(signal_fields(description="held"))).id
    other = session.seal(session.record(signal_fields(description="other"))).id
    row = session.item(held)
    session.lock()
    profile = tmp_path / "profile"

    insert_pair(profile / "store.db", "items", {
        "id": held, "size": row.size, "sha256": row.sha256, "sealed_at": row.sealed_at,
        "status": "deleted", "status_at": row.status_at, "warnings": "[]", "bundle_id": None})
    assert quick_check(profile / "store.db") == "ok"

    refused_at_unlock(profile)
    assert sealed_file(profile, held).exists()
    assert sealed_file(profile, other).exists()


def test_a_duplicated_export_journal_pair_never_marks_a_held_signal_exported(
        tmp_path: Path, mode: str) -> None:
    """F3: a planted journal intent, as two identical rows, naming a real bundle left in the
    folder and a held signal B that was never in it."""
    session = new_session(tmp_path, mode)
    exported = session.seal(session.record(signal_fields(description="A"))).id
    held = session.seal(session.record(signal_fields(description="B, not exported"))).id
    usb = tmp_path / "usb"
    usb.mkdir()
    result = session.export(usb, [exported])
    session.lock()
    profile = tmp_path / "profile"
    [part] = result.paths
    info = os.stat(usb)
    intent = {"bundle_id": secrets.token_hex(16), "set_id": part.name[:-len(".zip")],
              "counter": 1, "item_ids": [held], "target": str(usb), "device": info.st_dev,
              "inode": info.st_ino, "finals": [part.name], "temps": []}

    insert_pair(profile / "store.db", "settings",
                {"name": "export_journal", "value": json.dumps([intent], sort_keys=True)})
    assert quick_check(profile / "store.db") == "ok"

    try:
        opened = LiaisonSession.unlock(profile, PASSPHRASE)
    except StoreCorrupt:
        assert part.exists()
        return
    try:  # were it opened, B must still be held and never in a bundle
        assert opened.item(held).status.value == "sealed"
        assert opened.item(held).bundle_id is None
    finally:
        opened.lock()


def test_a_store_without_any_attack_still_passes_the_full_check(tmp_path: Path) -> None:
    """The refusals above come from the attack, not from the check itself: a profile with
    drafts, attachments, sealed, exported and deleted items opens as it is."""
    session = new_session(tmp_path, "passphrase-only")
    draft = session.record(signal_fields())
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"evidence " * 10)
    session.attach(draft, evidence)
    ids = [session.seal(session.record(signal_fields())).id for _ in range(3)]
    usb = tmp_path / "usb"
    usb.mkdir()
    session.export(usb, ids[:1])
    session.delete(ids[2])
    session.lock()

    opened = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    try:
        assert {opened.item(i).status.value for i in ids} == {"sealed", "exported", "deleted"}
        assert keycard.parse_card(opened.office_card())
    finally:
        opened.lock()


# ----- every index of the schema, not only the three the review used --------------------------

KEYS = {"settings": "name", "drafts": "id", "attachments": "id", "items": "id",
        "exports": "bundle_id"}
INDEXES = sorted(o[1] for o in schema.expected_objects(schema.CURRENT_VERSION)
                 if o[0] == "index")


@pytest.fixture(scope="module")
def every_kind_of_row(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A locked profile with a row in every table: a draft with an attachment, a sealed and an
    exported item (its ledger entry); and, per table, the key of the row to hide."""
    root = tmp_path_factory.mktemp("every-row")
    session = new_session(root, "passphrase-only")
    draft = session.record(signal_fields(description="draft with evidence"))
    evidence = root / "evidence.bin"
    evidence.write_bytes(b"evidence " * 10)
    session.attach(draft, evidence)
    [attachment] = session.stored_attachments(draft)
    held = session.seal(session.record(signal_fields(description="held"))).id
    sent = session.seal(session.record(signal_fields(description="sent"))).id
    usb = root / "usb"
    usb.mkdir()
    bundle = session.export(usb, [sent]).bundle_id
    session.lock()
    return root / "profile", {"settings": "profile_state", "drafts": draft,
                              "attachments": attachment.id, "items": held, "exports": bundle}


@pytest.mark.parametrize("index", INDEXES)
def test_any_index_made_to_hide_a_row_is_refused_before_anything_is_read(
        tmp_path: Path, every_kind_of_row: tuple[Path, dict[str, str]], index: str) -> None:
    """items_by_status hiding a sealed item from export, the ledger's key hiding an entry,
    the settings key hiding the profile state, ...: each index of the schema in turn."""
    reference, keys = every_kind_of_row
    profile = tmp_path / "profile"
    shutil.copytree(reference, profile)
    files = sorted(p.relative_to(profile) for p in profile.rglob("*") if p.is_file())
    conn = sqlite3.connect(profile / "store.db")
    table = conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?",
                         (index,)).fetchone()[0]
    conn.close()

    hide_from_index(profile / "store.db", index, KEYS[table], keys[table])
    assert quick_check(profile / "store.db") == "ok"

    refused_at_unlock(profile)
    assert all((profile / name).exists() for name in files if name.suffix in (".age", ".blob"))
