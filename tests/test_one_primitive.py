"""One implementation of each primitive: the receipt file name pattern, the limits, the card
reader and the item states each exist once and every user goes through it."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from bundle_kit import Liaison, Office
from test_office_open import sealed

from intake_app.bundle.receipt import RECEIPT_GLOB, receipt_file_name
from intake_app.office.ingest import open_bundle


def test_the_office_writes_receipts_the_window_offers_to_import(
        tmp_path: Path, office: Office, liaison: Liaison, qapp) -> None:
    from intake_app.ui.dialogs import receipt_filter

    bundle = liaison.write(sealed(tmp_path, office, 1), tmp_path / "usb", [office.recipient])
    summary = open_bundle(bundle.paths, office.conn, office.db_path, office.keys,
                          receipts_dir=office.receipts)
    assert summary.receipt_path.name == receipt_file_name(liaison.key_id, bundle.bundle_id)
    assert fnmatch.fnmatch(summary.receipt_path.name, RECEIPT_GLOB)
    offered = receipt_filter().split(";;")[0]
    assert f"({RECEIPT_GLOB})" in offered


def test_every_card_reader_refuses_the_same_oversized_card(tmp_path: Path) -> None:
    import pytest

    from intake_app.cli.office import main as office_main
    from intake_app.crypto import keycard
    from intake_app.services.liaison import read_office_card

    big = tmp_path / "big.card"
    big.write_bytes(b"SEINPOST KEY CARD v1\n" + b"x" * keycard.MAX_CARD)
    for reader in (keycard.load_card, read_office_card):
        with pytest.raises(keycard.KeyCardError):
            reader(big)
    assert office_main(["liaison", "add", str(big), "--db", str(tmp_path / "o.db")]) == 1


def test_limits_and_states_are_stated_once() -> None:
    from intake_app.domain import signal_checks, states
    from intake_app.media import names
    from intake_app.store import attachments, items

    assert attachments.MAX_ATTACHMENTS is signal_checks.MAX_ATTACHMENTS
    assert names.MAX_NAME_BYTES <= signal_checks.MAX_ATTACHMENT_NAME_BYTES
    assert items.STATUSES == states.ITEM_STATES and items.HELD is states.HELD
