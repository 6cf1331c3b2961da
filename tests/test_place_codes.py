"""A municipality is stored as its CBS code and shown by its name; drafts and signals that hold
a name still open, seal and count (review r12y R14: the office's JSON said "Rotterdam", and
names change with mergers while the codes are what CBS tables join on)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from liaison_fixtures import fast_session, make_office, signal_fields
from test_gui_delivery import Answers, unlocked_window
from transfer_kit import open_at_office, set_up

from intake_app.domain.places import region_of_place
from intake_app.domain.signal import SignalRecord, signal_from_json, signal_to_json

ROTTERDAM = {"kind": "municipality", "value": "GM0599"}


def test_a_form_with_a_name_or_a_code_becomes_a_record_with_the_code() -> None:
    for value in ("Rotterdam", "GM0599", "rotterdam "):
        record = SignalRecord.from_form(
            signal_fields(place={"kind": "municipality", "value": value}), today=date(2026, 11, 30))
        assert record.place.to_dict() == ROTTERDAM, value
    assert "place.value" not in record.free_text()  # a code is no typed text to check


def test_a_sealed_record_of_before_with_a_name_still_reads_and_counts() -> None:
    record = SignalRecord.from_form(signal_fields(place={"kind": "municipality",
                                                         "value": "Rotterdam"}))
    old = signal_to_json(record).replace(b'"GM0599"', b'"Rotterdam"')  # as sealed before
    assert signal_from_json(old).place.value == "Rotterdam"
    assert region_of_place("municipality", "Rotterdam") == "nl-zh"
    assert region_of_place("municipality", "GM0599") == "nl-zh"


def test_the_editor_stores_the_code_and_shows_the_name_and_an_old_draft_opens(
        qtbot, tmp_path: Path, english_ui) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    old = session.save_draft(signal_fields(place={"kind": "municipality",
                                                  "value": "'s-Gravenhage"}))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    names = [page.table.item(row, 3).text() for row in range(page.table.rowCount())]
    assert names == ["'s-Gravenhage"]
    page.table.selectRow(0)
    page.drafts.edit_selected()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor.form.municipality.text() == "'s-Gravenhage"  # a name, as drafts held
    editor.form.municipality.setText("Rotterdam")
    editor.form.municipality.editingFinished.emit()
    assert editor.form.fields()["place"] == ROTTERDAM
    editor.try_accept()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert window.session.read_draft(old)["place"] == ROTTERDAM
    assert page.table.item(0, 3).text() == "Rotterdam"
    assert window.session.draft_problems(old) == []
    window.lock()


def test_a_draft_with_a_name_reaches_the_office_as_its_code(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    draft = session.save_draft(signal_fields(place={"kind": "municipality",
                                                    "value": "Den Haag"}))
    item = session.seal(draft).id
    usb = tmp_path / "usb"
    usb.mkdir()
    open_at_office(office, session.export(usb).paths)
    row = office.conn.execute("SELECT place_kind, place_value, signal_json FROM signals "
                              "WHERE item_id = ?", (item,)).fetchone()
    assert row[:2] == ("municipality", "GM0518")  # 's-Gravenhage
    assert '"GM0518"' in row[2] and "Den Haag" not in row[2]
    session.lock()
