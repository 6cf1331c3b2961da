"""Sealed items, crash recovery, vault generations and the identity kept in the store."""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import nacl.signing
import pytest

from intake_app.crypto import age, keycard
from intake_app.sentences import SENTENCES
from intake_app.store.errors import ItemNotFound, UnknownItemStatus
from intake_app.store.integrity_errors import StoreKeyMismatch, StoreTampered
from intake_app.store.local_store import LocalStore


def _card() -> bytes:
    _, recipient = age.generate_x25519()
    return keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Centraal Meldpunt",
                               [recipient])


OFFICE_CARD = _card()



def office_card(signing_key: nacl.signing.SigningKey, endorse_with=None) -> bytes:
    _, recipient = age.generate_x25519()
    return keycard.create_card(signing_key, "office", "Centraal Meldpunt", [recipient],
                               endorse_with=endorse_with)


@pytest.fixture
def store(tmp_path: Path):
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path / "profile", key, OFFICE_CARD, "Liaison") as opened:
        opened.test_key = key  # type: ignore[attr-defined]
        yield opened


def draft_with_blob(store: LocalStore) -> str:
    draft_id = store.create_draft({"description": "d"})
    store.add_attachment(draft_id, io.BytesIO(b"a" * 100), name="a", media_type="x",
                         cleaning="not-cleanable", warnings=["type_not_cleanable"])
    return draft_id


def fake_seal(store: LocalStore, draft_id: str) -> None:
    store.item_path(draft_id).write_bytes(b"age ciphertext stand-in")
    store.commit_seal(draft_id, 23, "00" * 32, ["type_not_cleanable"])


def test_commit_seal_turns_the_draft_into_an_item(store: LocalStore) -> None:
    draft_id = draft_with_blob(store)
    fake_seal(store, draft_id)
    assert store.list_drafts() == []
    store.wait_for_cleanup()  # the blob's key died in the commit; the file goes after it
    assert list(store.blob_dir.iterdir()) == []
    item = store.get_item(draft_id)
    assert (item.id, item.size, item.status, item.warnings) == (
        draft_id, 23, "sealed", ("type_not_cleanable",))
    assert [i.id for i in store.list_items("sealed")] == [draft_id]


def test_export_deliver_and_delete(store: LocalStore) -> None:
    first, second, third = (draft_with_blob(store) for _ in range(3))
    for draft_id in (first, second, third):
        fake_seal(store, draft_id)
    bundle = "b" * 32
    office_key_id = keycard.parse_card(OFFICE_CARD).key_id
    assert store.commit_export([first, second, "f" * 32], bundle, office_key_id) == [
        first, second]
    assert store.get_item(first).bundle_id == bundle
    entry = store.export_entry(bundle)
    assert entry is not None and entry.office_key_id == office_key_id
    assert set(entry.item_ids) >= {first, second}
    assert store.mark_delivered_and_purge([first]) == [first]
    assert not store.item_path(first).exists()
    assert store.get_item(first).status == "delivered"
    # A delivered tombstone cannot be delivered, exported or deleted again.
    assert store.mark_delivered_and_purge([first]) == []
    store.delete_item(third)
    assert not store.item_path(third).exists()
    assert store.get_item(third).status == "deleted"
    with pytest.raises(ItemNotFound):
        store.delete_item(third)
    assert [i.id for i in store.list_items("exported")] == [second]
    assert store.counts() == {"drafts": 0, "sealed": 0, "exported": 1, "delivered": 1,
                              "deleted": 1}


def test_bundle_counter_is_monotonic_and_durable(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison") as store:
        assert [store.next_bundle_counter() for _ in range(3)] == [1, 2, 3]
    with LocalStore.open(tmp_path, key) as store:
        assert store.next_bundle_counter() == 4


def test_recovery_finishes_what_a_crash_interrupted(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison") as store:
        unsealed = draft_with_blob(store)
        delivered = draft_with_blob(store)
        fake_seal(store, delivered)
        store.mark_delivered_and_purge([delivered])
        unknown = "e" * 32
    # The crash leftovers: a sealed file written but never committed, a purge that never
    # unlinked, a blob with no row, half-written temp files, and a file we know nothing about.
    (store.sealed_dir / f"{unsealed}.age").write_bytes(b"x")
    (store.sealed_dir / f"{delivered}.age").write_bytes(b"x")
    (store.blob_dir / f"{'b' * 32}.blob").write_bytes(b"x")
    (store.sealed_dir / ".x.age.1234.partial").write_bytes(b"x")
    (store.blob_dir / ".y.blob.1234.partial").write_bytes(b"x")
    (store.sealed_dir / f"{unknown}.age").write_bytes(b"x")
    with LocalStore.open(tmp_path, key) as store:
        assert store.has_draft(unsealed)
        assert len(store.list_attachments(unsealed)) == 1
        remaining = sorted(p.name for p in store.sealed_dir.iterdir())
        # An unexplained sealed file may be someone's signal: it is left alone.
        assert remaining == [f"{unknown}.age"]
        assert len(list(store.blob_dir.iterdir())) == 1


def test_only_the_proven_duress_key_empties_the_store(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison Oost") as store:
        old_card = store.liaison_card()
        sealed = draft_with_blob(store)
        fake_seal(store, sealed)
        draft_with_blob(store)
        store.next_bundle_counter()
        duress_key = secrets.token_bytes(32)
        store.set_duress_key(duress_key)
    with pytest.raises(StoreKeyMismatch):  # any other key: refused, nothing removed
        LocalStore.open(tmp_path, secrets.token_bytes(32))
    assert len(list(store.sealed_dir.iterdir())) == 1
    with LocalStore.open(tmp_path, duress_key) as store:
        assert store.purged_on_open
        assert store.list_drafts() == [] and store.list_items() == []
        assert list(store.blob_dir.iterdir()) == [] and list(store.sealed_dir.iterdir()) == []
        # Fresh-looking: the proven office card, a new liaison key and default name, counter 0.
        assert store.office_card() == OFFICE_CARD
        assert store.liaison_card() != old_card
        assert keycard.parse_card(store.liaison_card()).name == "Liaison"
        store.liaison_signing_key()
        assert store.next_bundle_counter() == 1
    with LocalStore.open(tmp_path, duress_key) as store:
        assert not store.purged_on_open


def test_liaison_identity_round_trip(store: LocalStore) -> None:
    card = keycard.parse_card(store.liaison_card())
    signing_key = store.liaison_signing_key()
    assert signing_key.verify_key.encode() == card.verify_key
    assert card.role == "liaison" and card.name == "Liaison"


def test_a_liaison_card_swapped_in_the_file_is_never_handed_out(store: LocalStore) -> None:
    import sqlite3

    other = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Liaison", [])
    with sqlite3.connect(store.profile_dir / "store.db") as conn:
        conn.execute("UPDATE settings SET value = ? WHERE name = 'liaison_card'", (other,))
    with pytest.raises(StoreTampered):
        store.liaison_card()


def test_office_record_swapped_in_the_file_is_refused(store: LocalStore) -> None:
    import sqlite3

    with sqlite3.connect(store.profile_dir / "store.db") as conn:
        value = conn.execute("SELECT value FROM settings WHERE name = 'office_record'"
                             ).fetchone()[0]
        conn.execute("UPDATE settings SET value = ? WHERE name = 'office_record'",
                     (value.replace(b'"version":1', b'"version":1 '),))
    with pytest.raises(StoreTampered):
        store.office_card()


def test_office_card_rotation_needs_the_current_key(tmp_path: Path) -> None:
    current_key = nacl.signing.SigningKey.generate()
    current = office_card(current_key)
    with LocalStore.create(tmp_path, secrets.token_bytes(32), current, "Liaison") as store:
        stranger = office_card(nacl.signing.SigningKey.generate())
        with pytest.raises(keycard.KeyCardError):
            store.accept_rotated_office_card(stranger)
        with pytest.raises(keycard.KeyCardError):
            store.accept_rotated_office_card(b"not a card")
        rotated = office_card(nacl.signing.SigningKey.generate(), endorse_with=current_key)
        store.accept_rotated_office_card(rotated)
        assert store.office_card() == rotated
        assert store.office_record().cards == (current, rotated)
        assert store.office_record().version == 2


def test_an_unknown_status_is_refused_with_the_stores_own_error(store: LocalStore) -> None:
    fake_seal(store, draft_with_blob(store))
    with pytest.raises(UnknownItemStatus) as refused:
        store.list_items("shipped")
    assert not isinstance(refused.value, ValueError)
    assert refused.value.code in SENTENCES
    assert [item.status for item in store.list_items("sealed")] == ["sealed"]
