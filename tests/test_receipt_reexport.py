"""Review r7h, R7H-1 (issue 7, scenario 3 with one more step): `export --all` puts every
undelivered signal into each new bundle, and the ledger entry of the earlier bundle keeps
listing it. A receipt by a retired office key for a bundle exported before the rotation must
not erase a signal that has been exported again since under the newer key; the office's
current key still answers the earlier bundle."""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest
from liaison_fixtures import sealed_file
from transfer_kit import seal_signals, set_up, statuses

from intake_app.bundle.receipt import make_receipt
from intake_app.crypto import age, keycard
from intake_app.services.transfer_errors import ReceiptRejected


def _exported_twice_across_a_rotation(tmp_path: Path):
    """Two signals in bundle A (old key), the office key rotated, the same two in bundle B."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    first = tmp_path / "usb1"
    first.mkdir()
    before = session.export(first, ids)  # bundle A under the old key; never reaches the office
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    card = tmp_path / "new.card"
    card.write_bytes(keycard.create_card(new_key, "office", "Centraal Meldpunt",
                                         [new_recipient], endorse_with=office.signing_key))
    session.update_office_card(card)
    second = tmp_path / "usb2"
    second.mkdir()
    session.export(second, ids)  # the same signals again, bundle B under the new key
    me = keycard.parse_card(session.liaison_card()).key_id
    return office, new_key, session, ids, before, me


def test_retired_key_cannot_erase_what_was_exported_again_after_the_rotation(
        tmp_path: Path) -> None:
    office, _new_key, session, ids, before, me = _exported_twice_across_a_rotation(tmp_path)
    by_retired = tmp_path / "retired.json"
    by_retired.write_bytes(make_receipt(office.signing_key, before.bundle_id, me, ids))
    with pytest.raises(ReceiptRejected) as refused:
        session.import_receipt(by_retired)
    assert refused.value.reason == "bad_signature"
    assert statuses(session, ids) == ["exported", "exported"]
    assert all(sealed_file(session.profile_dir, i).exists() for i in ids)
    session.lock()


def test_the_current_key_still_answers_the_earlier_bundle_of_signals_exported_again(
        tmp_path: Path) -> None:
    _office, new_key, session, ids, before, me = _exported_twice_across_a_rotation(tmp_path)
    by_current = tmp_path / "current.json"
    by_current.write_bytes(make_receipt(new_key, before.bundle_id, me, ids))
    assert sorted(session.import_receipt(by_current).delivered) == sorted(ids)
    assert statuses(session, ids) == ["delivered", "delivered"]
    assert not any(sealed_file(session.profile_dir, i).exists() for i in ids)
    session.lock()
