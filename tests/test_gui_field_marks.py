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
