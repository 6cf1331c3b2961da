"""Review r14m R14m-2: a purged signal re-delivered in a new bundle came back. The office knew
an item only through its live `signals` row, so after a purge the same sealed item in the
next bundle (the laptop re-exports held items by design until a receipt reaches it) was
decrypted and stored again, content and attachments, and counted a second time, in today's
quarter. The kept receipts name every item id the office received: such an item is "already
had", answered with the new bundle's receipt, never stored again.
"""

from __future__ import annotations

from pathlib import Path

from bundle_kit import Liaison, Office, seal_item

from intake_app.bundle.receipt import parse_receipt
from intake_app.crypto import signing
from intake_app.office import database, retention
from intake_app.office.ingest import open_bundle
from intake_app.office.report.periods import Quarter


def test_a_purged_item_in_a_new_bundle_is_already_had_and_never_stored_again(
        office: Office, liaison: Liaison, tmp_path: Path) -> None:
    old = seal_item(tmp_path / "old.age", 1, [office.recipient],
                    [("attachments/01-attachment-1.bin", b"Bijlagereplaycanary " * 40)])
    first = liaison.write([("item-0001", old)], tmp_path / "usb1", [office.recipient])
    assert open_bundle(list(first.paths), office.conn, office.db_path,
                       office.keys).stored == ["item-0001"]
    # Received in 2026-Q1; the office's retention has come for it since.
    office.conn.execute("UPDATE signals SET received = '2026-02-10T10:00:00Z'")
    assert retention.purge(office.conn, office.db_path, Quarter(2026, 3)).signals == 1
    assert office.count("signals") == 0
    counted = office.conn.execute("SELECT * FROM period_counts ORDER BY 1, 2, 3").fetchall()

    # The liaison never got the first receipt: the held item goes out again, with a new one.
    new = seal_item(tmp_path / "new.age", 2, [office.recipient])
    second = liaison.write([("item-0001", old), ("item-0002", new)], tmp_path / "usb2",
                           [office.recipient])
    summary = open_bundle(list(second.paths), office.conn, office.db_path, office.keys)

    assert summary.already_had == ["item-0001"] and summary.stored == ["item-0002"]
    assert [r[0] for r in office.conn.execute("SELECT item_id FROM signals")] == ["item-0002"]
    assert office.count("attachments") == 0
    assert list(database.attachments_dir(office.db_path).iterdir()) == []
    stored = office.conn.execute("SELECT signal_json FROM signals").fetchone()[0]
    assert "Melding nummer 2." in str(stored)
    assert office.conn.execute("SELECT * FROM period_counts ORDER BY 1, 2, 3"
                               ).fetchall() == counted
    office_key = signing.verify_key_bytes(office.signing_key)
    receipt = parse_receipt(summary.receipt, [office_key])
    assert set(receipt.item_ids) == {"item-0001", "item-0002"}  # the laptop may let both go
