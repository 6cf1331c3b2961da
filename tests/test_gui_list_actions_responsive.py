"""A busy liaison's 400 drafts: sorting, select all and the delete and seal questions over
every row leave the window responsive (issue 12 "Quick": no event-loop stall over 50 ms;
review r12ab R1: 53-60, 56-69, 62-68 and 180-200 ms of the GUI thread's own time).

Sorting made every cell's text of every row to read one column's key; each change of the
selection had Qt ask every cell of the list for its flags (selectedRows); the seal question
decrypted and checked every selected draft on the GUI thread, which a worker does now when
there are more than SYNC_CHECKS, the question shown after.
"""

from __future__ import annotations

import cProfile
import pstats
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window
from test_gui_long_list_responsive import _filled, _gap_meter, _reads_by_thread

from intake_app.ui.delivery_actions import SYNC_CHECKS
from intake_app.ui.i18n_loader import load_style_sheet, set_ui_language

DRAFTS = 400
GOAL_S = 0.050
SETTLE_S = 0.3  # measured on after the action shows its result (Qt paints it meanwhile)
CATEGORY = 1
CELLS_A_ROW = 6


@pytest.fixture(scope="module")
def busy_profile(tmp_path_factory) -> Path:
    """400 complete drafts (the actions only read them: their questions are answered No)."""
    root = tmp_path_factory.mktemp("busy")
    session = fast_session(root / "profile", make_office(root / "office"))
    for number in range(DRAFTS):
        session.save_draft(signal_fields(description=f"Call number {number} at night."))
    session.lock()
    return root / "profile"


@pytest.fixture
def busy_page(qtbot, qapp, busy_profile: Path):
    """The unlocked window's list of 400 drafts, every row read, in Dutch with the app's
    style sheet (as app.py sets it)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_style_sheet())
    set_ui_language("nl")
    window = unlocked_window(qtbot, busy_profile, Answers())
    window.resize(1024, 600)
    page = window.workspace
    qtbot.waitUntil(lambda: _filled(page), timeout=60000)
    assert page.table.rowCount() == DRAFTS
    qtbot.wait(300)
    try:
        yield page
    finally:
        window.lock()
        qapp.setStyleSheet(before)


def _own_gaps(qtbot, action: Callable[[], object], shown: Callable[[], bool],
              after: Callable[[], object]) -> list[tuple[float, float]]:
    """Two rounds of `action` until `shown()` holds and SETTLE_S more, `after()` between them:
    each round's longest event-loop gap less the GUI thread's wait for a processor, and the
    gap (seconds), as benchmarks/ui_responsiveness.py measures them."""
    meter, rounds = _gap_meter(), []
    for _round in range(2):
        since: list[float] = []

        def settled(since: list[float] = since) -> bool:
            if not since and shown():
                since.append(time.perf_counter())
            return bool(since) and time.perf_counter() - since[0] >= SETTLE_S

        meter.run_until(action, settled, timeout_s=60)
        rounds.append((meter.longest - meter.longest_runnable, meter.longest))
        after()
        qtbot.wait(300)
    return rounds


def _judge(rounds: list[tuple[float, float]]) -> None:
    """The better of two rounds under GOAL_S: one spike of the machine's load is not the
    window's."""
    own = min(rounds)[0]
    print("ROUNDS", rounds)
    assert own < GOAL_S, (f"longest gaps (own, wall clock) {rounds} s: the better one "
                          f"{own * 1000:.0f} ms less processor wait")


def _all_selected(page) -> bool:
    model = page.table.selectionModel()
    return all(model.isRowSelected(row) for row in (0, DRAFTS // 2, DRAFTS - 1))


def _question_up(page) -> bool:
    return page.confirm is not None and page.confirm.isVisible()


def _ask(page, button) -> Callable[[], None]:
    def click() -> None:
        page.confirm = None
        button.click()

    return click


@pytest.mark.timing
def test_sorting_400_drafts_by_category_leaves_no_event_loop_gap_over_50_ms(
        qtbot, busy_page) -> None:
    table = busy_page.table
    rounds = _own_gaps(qtbot, lambda: table.sortByColumn(CATEGORY, Qt.AscendingOrder),
                       lambda: table.horizontalHeader().sortIndicatorSection() == CATEGORY,
                       lambda: table.sortByColumn(5, Qt.DescendingOrder))
    _judge(rounds)


@pytest.mark.timing
def test_ctrl_a_over_400_drafts_leaves_no_event_loop_gap_over_50_ms(qtbot, busy_page) -> None:
    table = busy_page.table
    table.setFocus()
    rounds = _own_gaps(qtbot, lambda: QTest.keyClick(table, Qt.Key_A, Qt.ControlModifier),
                       lambda: _all_selected(busy_page), table.clearSelection)
    assert len(busy_page.selected_entries()) == 0
    _judge(rounds)


def test_select_all_and_the_delete_question_read_the_selection_without_asking_every_cell(
        qtbot, busy_page) -> None:
    """Qt's selectedRows() asks each cell of the list for its flags (2,400 calls into Python
    at 400 rows, at each change of the selection and again for the question); the selection's
    ranges say which rows are selected; and the header, to draw its sections, asked whether
    each column was selected whole. Only the cells Qt paints are asked now."""
    profiler = cProfile.Profile()  # sees each call Qt makes into Python (a patch does not)
    profiler.enable()
    table = busy_page.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key_A, Qt.ControlModifier)
    busy_page.confirm = None
    busy_page.delete_button.click()
    qtbot.waitUntil(lambda: _question_up(busy_page), timeout=10000)
    qtbot.wait(100)  # painted
    assert len(busy_page.selected_entries()) == DRAFTS
    profiler.disable()
    asked = sum(calls for (path, _line, name), (calls, *_rest)
                in pstats.Stats(profiler).stats.items()  # type: ignore[attr-defined]
                if name == "flags" and path.endswith("signal_rows.py"))
    assert "400" in busy_page.confirm.text()
    # The cells in sight, painted a few times: fewer than one pass over the list's cells.
    assert 0 < asked < DRAFTS * CELLS_A_ROW, f"{asked} cells asked for their flags"
    busy_page.confirm.button(QMessageBox.No).click()


@pytest.mark.timing
def test_the_delete_question_over_400_selected_drafts_shows_with_no_gap_over_50_ms(
        qtbot, busy_page) -> None:
    busy_page.table.selectAll()
    rounds = _own_gaps(qtbot, _ask(busy_page, busy_page.delete_button),
                       lambda: _question_up(busy_page),
                       lambda: busy_page.confirm.button(QMessageBox.No).click())
    assert "400" in busy_page.confirm.text()
    _judge(rounds)


@pytest.mark.timing
def test_the_seal_question_over_400_selected_drafts_shows_with_no_gap_over_50_ms(
        qtbot, busy_page) -> None:
    busy_page.table.selectAll()
    rounds = _own_gaps(qtbot, _ask(busy_page, busy_page.seal_button),
                       lambda: _question_up(busy_page),
                       lambda: busy_page.confirm.button(QMessageBox.No).click())
    assert "400" in busy_page.confirm.text()
    _judge(rounds)


def test_the_seal_question_over_many_drafts_checks_them_off_the_gui_thread_and_says_all(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """More than SYNC_CHECKS drafts: none is decrypted on the GUI thread, and the question
    still names the draft whose text may identify someone and counts the unfinished ones."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    drafts = 3 * SYNC_CHECKS
    for number in range(drafts - 2):
        session.save_draft(signal_fields(description=f"Call number {number} at night."))
    session.save_draft(signal_fields(
        category="family_pressure", period={"kind": "date", "start": "2025-02-14", "end": None},
        description="He called from 06-12345678."))
    session.save_draft(signal_fields(category=None))  # not complete: stays a draft
    session.lock()
    set_ui_language("en")
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    try:
        qtbot.waitUntil(lambda: _filled(page), timeout=60000)
        on_gui = _reads_by_thread(monkeypatch)
        page.confirm = None
        qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: _question_up(page), timeout=30000)
        assert len(on_gui) >= drafts and not any(on_gui), "drafts decrypted on the GUI thread"
        assert threading.current_thread() is threading.main_thread()
        text = page.confirm.text().replace("\u2066", "").replace("\u2069", "")
        assert f"these {drafts - 1} signals" in text
        flagged = [line for line in text.splitlines() if line.startswith("\u26a0")]
        assert flagged == ["\u26a0 Pressure on family in the country of origin, 14/02/2025: "
                           "a phone number “06-12345678”"]
        assert "1 draft is not complete and stays a draft." in text
        assert not page.busy and page.seal_all_button.isEnabled()
        page.confirm.button(QMessageBox.No).click()
    finally:
        window.lock()
