"""The draft list: right sizes and order, read from two small indexes without decrypting or
sorting anything, also in a store that was made before the list had its index (issue 13)."""

from __future__ import annotations

import io
import secrets
import sqlite3
from pathlib import Path

import nacl.signing

from intake_app.crypto import age, keycard
from intake_app.store import schema
from intake_app.store.database import DB_NAME
from intake_app.store.drafts import DRAFT_ROW
from intake_app.store.local_store import LIST_DRAFTS, LocalStore

_, _RECIPIENT = age.generate_x25519()
OFFICE_CARD = keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Centraal",
                                  [_RECIPIENT])


def add_attachment(store: LocalStore, draft_id: str, size: int) -> None:
    store.add_attachment(draft_id, io.BytesIO(b"x" * size), name="a.bin",
                         media_type="application/octet-stream", cleaning="not-cleanable",
                         warnings=[])


def boxed_sizes(profile: Path) -> dict[str, int]:
    """Each draft's encrypted record size as it is on disk (what the list must count)."""
    conn = sqlite3.connect(profile / DB_NAME)
    try:
        return dict(conn.execute("SELECT id, length(record) FROM drafts"))
    finally:
        conn.close()


def test_the_list_reads_two_covering_indexes_and_sorts_nothing(tmp_path: Path) -> None:
    with LocalStore.create(tmp_path, secrets.token_bytes(32), OFFICE_CARD, "Liaison") as store:
        with store.reading() as conn:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + LIST_DRAFTS)]
    assert "SCAN d USING COVERING INDEX drafts_listing" in plan
    assert "SCAN attachments USING COVERING INDEX attachments_sizes" in plan
    assert not [step for step in plan if "TEMP B-TREE" in step]  # no sort of 10,000 rows
    # Every table access goes through an index that holds all it needs.
    assert not [step for step in plan if step.startswith(("SCAN", "SEARCH"))
                and "COVERING INDEX" not in step]


def test_listed_sizes_count_the_boxed_record_and_the_attachments_in_order(
        tmp_path: Path) -> None:
    with LocalStore.create(tmp_path, secrets.token_bytes(32), OFFICE_CARD, "Liaison") as store:
        first = store.create_draft({"description": "first"})
        second = store.create_draft({"description": "second"})
        add_attachment(store, first, 1000)
        add_attachment(store, first, 234)
        store.update_draft(second, {"description": "second, now a good deal longer" * 20})
        listed = store.list_drafts()
        boxes = boxed_sizes(tmp_path)
    # Oldest change first: `second` changed after `first` got its attachments.
    assert [info.id for info in listed] == [first, second]
    assert [(info.size, info.attachments) for info in listed] == [
        (boxes[first] + 1234, 2), (boxes[second], 0)]
    assert boxes[second] > 600  # the update's longer box is what is counted


def downgrade_to_version_2(profile: Path) -> None:
    """Turn a store back into exactly what schema version 2 had (no listing column or index)."""
    conn = sqlite3.connect(profile / DB_NAME, isolation_level=None)
    conn.execute("DROP INDEX drafts_listing")
    conn.execute("DROP INDEX attachments_sizes")
    conn.execute("ALTER TABLE drafts DROP COLUMN record_size")
    conn.execute(schema.MIGRATION_2[0])
    conn.execute("DROP TABLE exports")  # migration 4 (the export ledger), empty here
    conn.execute("PRAGMA user_version = 2")
    conn.close()


def test_a_version_2_store_gets_its_list_sizes_and_index_on_upgrade(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison") as store:
        drafts = [store.create_draft({"description": f"draft {n}" * (n + 1)}) for n in range(3)]
        add_attachment(store, drafts[1], 4321)
        before = store.list_drafts()
    downgrade_to_version_2(tmp_path)
    with LocalStore.open(tmp_path, key) as store:
        assert store.list_drafts() == before
        with store.reading() as conn:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + LIST_DRAFTS)]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.CURRENT_VERSION
    assert "SCAN d USING COVERING INDEX drafts_listing" in plan


def test_one_drafts_row_is_its_row_of_the_list_read_by_index(tmp_path: Path) -> None:
    """What the window redraws after an autosave (store.draft_row) is what the list would say."""
    with LocalStore.create(tmp_path, secrets.token_bytes(32), OFFICE_CARD, "Liaison") as store:
        with_files = store.create_draft({"description": "first"})
        add_attachment(store, with_files, 1000)
        plain = store.create_draft({"description": "second"})
        drafts, _sealed = store.list_rows()
        rows = {draft_id: (at, size) for draft_id, at, size in drafts}
        assert store.draft_row(with_files) == rows[with_files]
        assert store.draft_row(plain) == rows[plain]
        assert store.draft_row("0" * 32) is None
        with store.reading() as conn:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + DRAFT_ROW, ("x",))]
    assert all("SEARCH" in step or "CORRELATED" in step for step in plan), plan
