"""The duress passphrase's fields are labelled and as wide as the passphrase ones, and "Remove
it" works only when a duress passphrase may be set (review r12aa A6: at 1024×600 they were two
~90 px boxes named by a placeholder only, cut off once typing started, beside an enabled
"Remove it" while the dialog said none was set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from test_gui_security_refusals import DURESS, open_security

pytestmark = pytest.mark.usefixtures("english_ui")


def _label_of(field: QWidget) -> QLabel | None:
    """The label a form layout shows beside `field` (None: it has none)."""
    layout = field.parentWidget().layout()
    for form in [layout, *layout.findChildren(QFormLayout)]:
        if isinstance(form, QFormLayout) and isinstance(form.labelForField(field), QLabel):
            return form.labelForField(field)
    return None


def _right(field: QWidget) -> int:
    return field.mapToGlobal(field.rect().topRight()).x()


def test_the_duress_fields_are_labelled_and_as_wide_as_the_passphrase_fields(
        qtbot, tmp_path: Path) -> None:
    window, dialog = open_security(qtbot, tmp_path)  # on the tests' 1024×600 screen
    for field, label in ((dialog.duress, "Duress passphrase"),
                         (dialog.duress_repeat, "Repeat it"),
                         (dialog.duress_name, "Name the emptied profile shows")):
        shown = _label_of(field)
        assert shown is not None and shown.isVisible(), label
        assert shown.text().replace("&", "") == label and shown.buddy() is field
        assert field.accessibleName() or shown.buddy() is field
        # Out to the right edge, as the new passphrase's field is.
        assert abs(_right(field) - _right(dialog.new)) <= 2, (label, _right(field))
        assert field.width() >= 300, (label, field.width())
    dialog.close()
    window.lock()


def test_remove_is_disabled_while_no_duress_passphrase_is_set(qtbot, tmp_path: Path) -> None:
    window, dialog = open_security(qtbot, tmp_path)
    assert dialog.duress_state.text() == "No duress passphrase is set."
    assert not dialog.remove_duress_button.isEnabled()
    # A change that fails (wrong current passphrase) does not enable it either.
    dialog.current.setText("not my passphrase")
    dialog.new.setText("another long passphrase")
    dialog.repeat.setText("another long passphrase")
    qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.objectName() == "error"
                    and bool(dialog.result.text()), timeout=20000)
    assert not dialog.remove_duress_button.isEnabled()

    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText(DURESS)
    dialog.duress_repeat.setText(DURESS)
    dialog.duress_name.setText("Bo Jansen")
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "was set" in dialog.result.text(), timeout=20000)
    assert dialog.remove_duress_button.isEnabled()

    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.remove_duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "any more" in dialog.result.text(), timeout=20000)
    assert dialog.duress_state.text() == "No duress passphrase is set."
    assert not dialog.remove_duress_button.isEnabled()
    dialog.close()
    window.lock()
