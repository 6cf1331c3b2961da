"""The editor's marks name a conflict and follow the person's edits (review r12x X3)."""

from __future__ import annotations

import pytest
from liaison_fixtures import signal_fields

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")


def test_a_consent_conflict_names_the_choice_and_its_mark_goes_once_it_is_fixed(qtbot) -> None:
    """Review r12x X3: "Central office only" and "Police" both ticked read "This choice cannot
    be combined with the other choices" (which one?), and after unticking Police the red mark
    and "1 field must be filled" stayed although the draft was complete."""
    editor = SignalEditor(FileDialogs(), fields=signal_fields(consent=["office_only", "police"]))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_errors(editor.problems())
    mark = editor.form.error_label("consent")
    assert mark.isVisible()
    assert "“Central office only” cannot be combined with other choices" in mark.text()
    assert "corrected" in editor.summary.text()
    editor.form.consent.set_codes(["office_only"])  # the person unticks Police
    assert editor.problems() == []
    assert not mark.isVisible() and not editor.summary.isVisible()


def test_a_last_day_before_the_first_is_said_at_once_and_the_mark_goes_once_fixed(qtbot) -> None:
    """Review r12x X3: a period whose end lies before its start showed no sign while editing,
    only "1 field must be filled" when sealing."""
    from PySide6.QtCore import QDate

    editor = SignalEditor(FileDialogs(), fields=signal_fields())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    form = editor.form
    mark = form.error_label("period")
    form.period_kind.setCurrentIndex(form.period_kind.findData("date"))
    form.period_start.setDate(QDate(2026, 5, 10))
    form.period_has_end.setChecked(True)
    form.period_end.setDate(QDate(2026, 5, 3))  # the person picks a day before the first
    assert mark.isVisible()
    assert "end of the period lies before its start" in mark.text()
    form.period_end.setDate(QDate(2026, 5, 12))
    assert not mark.isVisible()
    form.period_end.setDate(QDate(2026, 5, 3))
    assert mark.isVisible()
    form.period_has_end.setChecked(False)  # no last day: nothing to compare
    assert not mark.isVisible()
