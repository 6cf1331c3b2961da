"""Encrypted drafts in the real SQLite store: readable with the key, nothing readable without."""

from __future__ import annotations

import io
import secrets
import sqlite3
from pathlib import Path

import nacl.signing
import pytest

from intake_app.crypto import age, keycard
from intake_app.store.errors import DraftNotFound, RecordDamaged, RecordTooLarge
from intake_app.store.integrity_errors import StoreKeyMismatch
from intake_app.store.local_store import MAX_RECORD_BYTES, LocalStore

CANARY = "CANARY-draft-7f3a9c"

def _card() -> bytes:
    _, recipient = age.generate_x25519()
    return keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Centraal Meldpunt",
                               [recipient])


OFFICE_CARD = _card()



@pytest.fixture
def store(tmp_path: Path):
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path / "profile", key, OFFICE_CARD, "Liaison") as opened:
        opened.test_key = key  # type: ignore[attr-defined]
        yield opened


def profile_bytes(profile: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(profile.rglob("*")) if p.is_file())


def test_draft_round_trip_and_no_plaintext_on_disk(store: LocalStore) -> None:
    fields = {"description": f"{CANARY} description", "impact": f"{CANARY} impact"}
    draft_id = store.create_draft(fields)
    store.add_attachment(draft_id, io.BytesIO(CANARY.encode() * 1000), name="note.txt",
                         media_type="text/plain", cleaning="not-cleanable",
                         warnings=["type_not_cleanable"])
    assert store.read_draft(draft_id) == fields
    [attachment] = store.list_attachments(draft_id)
    with store.open_attachment(attachment) as stream:
        assert stream.read() == CANARY.encode() * 1000
    # The database, its WAL and the blob files hold no trace of the content or the file name.
    on_disk = profile_bytes(store.profile_dir)
    assert (store.profile_dir / "store.db-wal").exists()
    assert CANARY.encode() not in on_disk
    assert b"note.txt" not in on_disk
    assert CANARY.encode("utf-16-le") not in on_disk


def test_profile_files_are_private(store: LocalStore) -> None:
    store.create_draft({"description": "x"})
    for path in store.profile_dir.rglob("*"):
        mode = path.stat().st_mode & 0o777
        assert mode & 0o077 == 0, f"{path.name} is readable by others"


def test_a_draft_box_moved_to_another_row_does_not_open(store: LocalStore) -> None:
    first = store.create_draft({"description": "first"})
    second = store.create_draft({"description": "second"})
    conn = sqlite3.connect(store.profile_dir / "store.db")
    record = conn.execute("SELECT record FROM drafts WHERE id = ?", (first,)).fetchone()[0]
    conn.execute("UPDATE drafts SET record = ? WHERE id = ?", (record, second))
    conn.commit()
    conn.close()
    assert store.read_draft(first) == {"description": "first"}
    with pytest.raises(RecordDamaged):
        store.read_draft(second)


def test_another_vault_key_opens_nothing(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    with LocalStore.create(profile, secrets.token_bytes(32), OFFICE_CARD, "Liaison") as store:
        store.create_draft({"description": "secret"})
    before = (profile / "store.db").read_bytes()
    with pytest.raises(StoreKeyMismatch):
        LocalStore.open(profile, secrets.token_bytes(32))  # refused, never purged
    assert (profile / "store.db").read_bytes() == before


def test_update_list_and_delete(store: LocalStore) -> None:
    draft_id = store.create_draft({"description": "a"})
    store.update_draft(draft_id, {"description": "b"})
    assert store.read_draft(draft_id) == {"description": "b"}
    store.add_attachment(draft_id, io.BytesIO(b"x" * 10), name="a.bin",
                         media_type="application/octet-stream", cleaning="not-cleanable",
                         warnings=[])
    [info] = store.list_drafts()
    assert info.id == draft_id and info.attachments == 1 and info.size > 10
    store.delete_draft(draft_id)
    assert store.list_drafts() == []
    assert list(store.blob_dir.iterdir()) == []
    with pytest.raises(DraftNotFound):
        store.read_draft(draft_id)
    with pytest.raises(DraftNotFound):
        store.read_draft("../../etc/passwd")


def test_attachment_to_missing_draft_leaves_no_blob(store: LocalStore) -> None:
    with pytest.raises(DraftNotFound):
        store.add_attachment("0" * 32, io.BytesIO(b"data"), name="x", media_type="x",
                             cleaning="not-cleanable", warnings=[])
    assert list(store.blob_dir.iterdir()) == []


def test_a_draft_too_large_to_keep_is_refused_with_the_stores_own_error(
        store: LocalStore) -> None:
    draft = store.create_draft({"description": "short"})
    huge = {"description": "x" * MAX_RECORD_BYTES}
    for attempt in (lambda: store.create_draft(huge), lambda: store.update_draft(draft, huge)):
        with pytest.raises(RecordTooLarge) as refused:
            attempt()
        assert not isinstance(refused.value, ValueError)
        assert str(MAX_RECORD_BYTES) in refused.value.sentence("en")
    assert store.read_draft(draft) == {"description": "short"}  # nothing changed
    assert [d.id for d in store.list_drafts()] == [draft]
