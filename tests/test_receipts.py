"""Receipt import: only a receipt from the office, for this liaison, naming signals this laptop
exported, purges anything; every other receipt is refused whole and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import nacl.signing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from liaison_fixtures import PASSPHRASE, engine_store, run_cli, sealed_file
from transfer_kit import cli_common, open_at_office, seal_signals, set_up, statuses

from intake_app.bundle.receipt import make_receipt
from intake_app.crypto import age, keycard, signing
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import ReceiptRejected
from intake_app.store.integrity_errors import StoreTampered


def our_key_id(session) -> str:
    return keycard.parse_card(session.liaison_card()).key_id


@pytest.fixture
def exported(tmp_path: Path):
    """Two signals exported and opened at the office, one sealed but never exported."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = session.export(usb, ids[:2])
    summary = open_at_office(office, bundle.paths)
    yield office, session, ids, bundle, summary.receipt_path
    session.lock()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def assert_nothing_purged(session, ids: list[str]) -> None:
    assert statuses(session, ids) == ["exported", "exported", "sealed"]
    assert all(sealed_file(session.profile_dir, i).exists() for i in ids)


def test_receipt_purges_the_delivered_signals_and_twice_is_harmless(exported) -> None:
    _, session, ids, bundle, receipt = exported
    result = session.import_receipt(receipt)
    assert result.bundle_id == bundle.bundle_id
    assert sorted(result.delivered) == sorted(ids[:2]) and result.already_delivered == []
    assert statuses(session, ids) == ["delivered", "delivered", "sealed"]
    assert [p.stem for p in (session.profile_dir / "sealed").iterdir()] == [ids[2]]
    again = session.import_receipt(receipt)
    assert again.delivered == [] and sorted(again.already_delivered) == sorted(ids[:2])
    assert [item.id for item in session.exportable_items()] == [ids[2]]


def test_receipt_signed_by_another_key_or_altered_is_refused(exported, tmp_path: Path) -> None:
    _, session, ids, bundle, receipt = exported
    forger = nacl.signing.SigningKey.generate()
    forged = write(tmp_path / "forged.json",
                   make_receipt(forger, bundle.bundle_id, our_key_id(session), ids[:2]))
    altered = write(tmp_path / "altered.json",
                    receipt.read_bytes().replace(ids[0].encode(), ids[0][:-1].encode() + (
                        b"0" if ids[0][-1] != "0" else b"1")))
    # A key the office record lacks may be the office's newer card (R7J-1): said so, not forged.
    for path, reason in ((forged, "unknown_key"), (altered, "bad_signature")):
        with pytest.raises(ReceiptRejected) as refused:
            session.import_receipt(path)
        assert refused.value.reason == reason
    assert_nothing_purged(session, ids)


def test_receipt_signed_by_the_offices_new_key_asks_for_the_new_card_then_is_taken(
        exported, tmp_path: Path) -> None:
    """Review r7j R7J-1: the office rotated and signed the receipt with its new key before the
    liaison took the new card; the refusal says to take the card first, never that it is forged,
    and after the card the same receipt is accepted."""
    office, session, ids, bundle, _ = exported
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    new_card = write(tmp_path / "new.card", keycard.create_card(
        new_key, "office", "Centraal Meldpunt", [new_recipient], endorse_with=office.signing_key))
    receipt = write(tmp_path / "by-new-key.json", make_receipt(
        new_key, bundle.bundle_id, our_key_id(session), ids[:2]))
    with pytest.raises(ReceiptRejected) as refused:
        session.import_receipt(receipt)
    assert refused.value.reason == "unknown_key"
    assert "does not know yet" in sentence(refused.value.code, "en")
    assert "office-card update" in sentence(refused.value.code, "nl")
    assert_nothing_purged(session, ids)
    session.update_office_card(new_card)
    assert sorted(session.import_receipt(receipt).delivered) == sorted(ids[:2])


def test_receipt_naming_items_never_exported_is_refused_whole(exported, tmp_path: Path) -> None:
    office, session, ids, bundle, _ = exported
    for extra in (ids[2], "f" * 32):  # sealed but never exported; never on this laptop
        path = write(tmp_path / "r.json", make_receipt(
            office.signing_key, bundle.bundle_id, our_key_id(session), [ids[0], extra]))
        with pytest.raises(ReceiptRejected, match="did not export") as refused:
            session.import_receipt(path)
        assert refused.value.reason == "unknown_items"
    assert_nothing_purged(session, ids)


def test_receipt_for_another_liaison_is_refused(exported, tmp_path: Path) -> None:
    office, session, ids, bundle, _ = exported
    other = signing.key_id(signing.verify_key_bytes(nacl.signing.SigningKey.generate()))
    path = write(tmp_path / "r.json",
                 make_receipt(office.signing_key, bundle.bundle_id, other, ids[:2]))
    with pytest.raises(ReceiptRejected, match="another liaison") as refused:
        session.import_receipt(path)
    assert refused.value.reason == "other_liaison"
    assert_nothing_purged(session, ids)


def test_receipt_signed_by_the_previous_office_key_after_a_rotation(exported,
                                                                    tmp_path: Path) -> None:
    office, session, ids, _bundle, receipt = exported
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    card = write(tmp_path / "new.card", keycard.create_card(
        new_key, "office", "Centraal Meldpunt", [new_recipient], endorse_with=office.signing_key))
    session.update_office_card(card)
    assert keycard.parse_card(session.office_card()).verify_key == bytes(new_key.verify_key)
    result = session.import_receipt(receipt)  # signed by the old key, before the rotation
    assert sorted(result.delivered) == sorted(ids[:2])


def test_tampered_office_record_is_not_trusted(exported, tmp_path: Path) -> None:
    office, session, ids, _, receipt = exported
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    session.update_office_card(write(tmp_path / "new.card", keycard.create_card(
        new_key, "office", "Centraal", [new_recipient], endorse_with=office.signing_key)))
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        record = store.office_record()
    assert record.version == 2 and len(record.cards) == 2
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    with sqlite3.connect(tmp_path / "profile" / "store.db") as conn:
        conn.execute("UPDATE settings SET value = CAST(replace(CAST(value AS TEXT), "
                     "'\"version\":2', '\"version\":3') AS BLOB) WHERE name = 'office_record'")
    with pytest.raises(StoreTampered):
        session.import_receipt(receipt)
    assert_nothing_purged(session, ids)
    session.lock()


def test_receipt_for_a_bundle_never_exported_is_refused_even_for_exported_items(
        exported, tmp_path: Path) -> None:
    """Issue 7, scenario 3: a receipt naming another bundle id, listing exported items."""
    office, session, ids, _, _ = exported
    path = write(tmp_path / "r.json", make_receipt(
        office.signing_key, "ab" * 16, our_key_id(session), ids[:2]))
    with pytest.raises(ReceiptRejected, match="never exported") as refused:
        session.import_receipt(path)
    assert refused.value.reason == "unknown_items"
    assert_nothing_purged(session, ids)


def test_receipt_naming_items_of_another_bundle_is_refused(exported, tmp_path: Path) -> None:
    office, session, ids, bundle, _ = exported
    usb = tmp_path / "usb2"
    usb.mkdir()
    session.export(usb, [ids[2]])
    path = write(tmp_path / "r.json", make_receipt(
        office.signing_key, bundle.bundle_id, our_key_id(session), [ids[0], ids[2]]))
    with pytest.raises(ReceiptRejected, match="in that bundle") as refused:
        session.import_receipt(path)
    assert refused.value.reason == "unknown_items"
    assert statuses(session, ids) == ["exported", "exported", "exported"]


def test_retired_office_key_cannot_erase_what_was_exported_after_the_rotation(
        exported, tmp_path: Path) -> None:
    """Issue 7, scenario 3: whoever holds a rotated-out key cannot erase newer bundles."""
    office, session, ids, _, receipt = exported
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    session.update_office_card(write(tmp_path / "new.card", keycard.create_card(
        new_key, "office", "Centraal Meldpunt", [new_recipient], endorse_with=office.signing_key)))
    usb = tmp_path / "usb2"
    usb.mkdir()
    later = session.export(usb, [ids[2]])
    by_retired = write(tmp_path / "retired.json", make_receipt(
        office.signing_key, later.bundle_id, our_key_id(session), [ids[2]]))
    with pytest.raises(ReceiptRejected) as refused:
        session.import_receipt(by_retired)
    assert refused.value.reason == "bad_signature"
    assert statuses(session, ids) == ["exported", "exported", "exported"]
    assert sealed_file(tmp_path / "profile", ids[2]).exists()
    # The new key may answer the later bundle, and the old one still its own bundle.
    by_new = write(tmp_path / "new.json", make_receipt(
        new_key, later.bundle_id, our_key_id(session), [ids[2]]))
    assert session.import_receipt(by_new).delivered == [ids[2]]
    assert sorted(session.import_receipt(receipt).delivered) == sorted(ids[:2])


def test_a_later_key_endorsed_from_the_export_key_may_answer_an_earlier_bundle(
        exported, tmp_path: Path) -> None:
    office, session, ids, bundle, _ = exported
    new_key = nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    session.update_office_card(write(tmp_path / "new.card", keycard.create_card(
        new_key, "office", "Centraal Meldpunt", [new_recipient], endorse_with=office.signing_key)))
    by_new = write(tmp_path / "new.json", make_receipt(
        new_key, bundle.bundle_id, our_key_id(session), ids[:2]))
    assert sorted(session.import_receipt(by_new).delivered) == sorted(ids[:2])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_any_other_file_is_refused_cleanly(exported, tmp_path: Path, data: bytes) -> None:
    _, session, ids, _, _ = exported
    with pytest.raises(ReceiptRejected) as refused:
        session.import_receipt(write(tmp_path / "junk", data))
    assert refused.value.reason in ("not_a_receipt", "bad_signature")
    assert statuses(session, ids)[:2] == ["exported", "exported"]


def test_command_line_import(exported, tmp_path: Path) -> None:
    _, session, _ids, _, receipt = exported
    session.lock()
    big = write(tmp_path / "big", b"{" * (2 << 20))
    refused = run_cli(["receipt", "import", str(big), *cli_common(tmp_path)], cwd=tmp_path)
    assert refused.returncode == 1 and "too large to be a receipt" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    done = run_cli(["receipt", "import", str(receipt), *cli_common(tmp_path)], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 signal(s) delivered and purged" in done.stdout
    listing = run_cli(["list", *cli_common(tmp_path)], cwd=tmp_path).stdout
    assert listing.count(" delivered") == 2 and listing.count(" sealed\n") == 1


def _signed_at(office, bundle_id: str, liaison_key_id: str, ids: list[str],
               received: str) -> bytes:
    """A receipt the office's own key signed, with `received` as given (make_receipt writes
    only real times)."""
    from intake_app.bundle import receipt as receipt_format
    from intake_app.crypto.canonical import canonical_json

    body = {"bundle_id": bundle_id, "format": receipt_format.FORMAT, "items": sorted(ids),
            "liaison_key_id": liaison_key_id,
            "office_key_id": signing.key_id(signing.verify_key_bytes(office.signing_key)),
            "received": received}
    signature = signing.sign(office.signing_key, receipt_format.CONTEXT, canonical_json(body))
    return canonical_json({**body, "signature": signature.hex()})


@pytest.mark.parametrize("received", [
    "9999-99-99T99:99:99Z",  # review r7d: the shape alone was checked
    "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-30T24:00:00Z",
    "2026-11-30T10:60:00Z", "2026-12-31T23:59:60Z", "0000-01-01T00:00:00Z",
])
def test_a_receipt_whose_time_is_not_a_real_utc_time_is_refused_and_erases_nothing(
        exported, tmp_path: Path, received: str) -> None:
    office, session, ids, bundle, _ = exported
    path = write(tmp_path / "r.json", _signed_at(office, bundle.bundle_id, our_key_id(session),
                                                 ids[:2], received))
    with pytest.raises(ReceiptRejected) as refused:
        session.import_receipt(path)
    assert refused.value.reason == "bad_time"
    assert refused.value.sentence("en") == ("The time in this receipt is not a real date and "
                                            "time. It was refused; nothing was erased.")
    assert_nothing_purged(session, ids)


def test_a_receipt_with_a_real_time_on_a_month_s_last_day_is_accepted(
        exported, tmp_path: Path) -> None:
    office, session, ids, bundle, _ = exported
    path = write(tmp_path / "r.json", _signed_at(office, bundle.bundle_id, our_key_id(session),
                                                 ids[:2], "2028-02-29T23:59:59Z"))
    assert sorted(session.import_receipt(path).delivered) == sorted(ids[:2])
