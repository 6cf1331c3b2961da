"""The list measures its columns as Qt would, each text once (signal_table._width_hint), and a
refresh keeps the cells of the rows it shows as they were (signal_rows.set_rows): both to keep
a refresh of 400 rows within issue 12's 50 ms. Their widths and texts must stay Qt's and the
draft's own: a row that changed, or any row after a change of language, is made again."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language

ROWS = 40
CATEGORIES = ("intimidation", "family_pressure", "diaspora_tax", "organisation_influence")


def _window(qtbot, tmp_path: Path):
    """A window at 1024×600 with ROWS drafts of varied categories; the last one saved (the top
    row, newest first) has the longest category, which no other row has, so which rows Qt
    measures decides the category column's width."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    ids = [session.save_draft(signal_fields(category=CATEGORIES[number % 3]))
           for number in range(ROWS - 1)]
    ids.append(session.save_draft(signal_fields(category=CATEGORIES[3])))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    window.resize(1024, 600)
    page = window.workspace
    qtbot.waitUntil(lambda: page.table.isVisible() and page.table.rowCount() == ROWS
                    and not page.table.rows.unread(), timeout=20000)
    QApplication.processEvents()
    return window, page, ids


def test_each_column_is_measured_as_wide_as_qt_measures_it_wherever_the_list_is_scrolled(
        qtbot, tmp_path: Path) -> None:
    set_ui_language("nl")
    _shown, page, _ids = _window(qtbot, tmp_path)
    table = page.table
    for row in (0, ROWS // 2, ROWS - 1, 0):
        table.scrollTo(table.model().index(row, 0))
        QApplication.processEvents()
        assert [table._width_hint(c) for c in range(table.COLUMNS)] == [
            table.sizeHintForColumn(c) for c in range(table.COLUMNS)], row
    # A larger font: every text is wider than it was measured.
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    QApplication.processEvents()
    assert [table._width_hint(c) for c in range(table.COLUMNS)] == [
        table.sizeHintForColumn(c) for c in range(table.COLUMNS)]
    # In English the texts are others, and so are their widths.
    set_ui_language("en")
    QApplication.processEvents()
    page.refresh()
    QApplication.processEvents()
    assert [table._width_hint(c) for c in range(table.COLUMNS)] == [
        table.sizeHintForColumn(c) for c in range(table.COLUMNS)]
    set_ui_language("en")


def test_a_refresh_shows_a_changed_row_anew_and_every_row_in_a_new_language(
        qtbot, tmp_path: Path) -> None:
    set_ui_language("nl")
    _shown, page, ids = _window(qtbot, tmp_path)
    table = page.table

    def category_of(draft_id: str) -> str:
        row = next(r for r, e in enumerate(table.entries()) if e.id == draft_id)
        return table.item(row, 1).text()

    assert category_of(ids[-1]).startswith("Beïnvloeding of financiering")
    assert category_of(ids[0]) == "Intimidatie of bedreiging"
    page.session.save_draft(signal_fields(category="consular_activity"), ids[-1])
    page.refresh()
    QApplication.processEvents()
    assert category_of(ids[-1]) == "Consulaire activiteiten zonder toestemming"
    assert category_of(ids[0]) == "Intimidatie of bedreiging"
    set_ui_language("en")
    QApplication.processEvents()
    page.refresh()
    QApplication.processEvents()
    assert category_of(ids[-1]) == "Consular activity without permission"
    assert category_of(ids[0]) == "Intimidation or threats"
    assert table.item(0, 0).text() == "Draft"
