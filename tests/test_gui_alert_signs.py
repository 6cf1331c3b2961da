"""Every error and warning of every screen starts with the warning sign, not only with its red or
yellow box (review r12z R12: the lock page's wrong passphrase, and the editor's "N fields must be
filled" summary and its "may identify someone" hint, were told by colour alone; the issue:
nothing is told by colour alone)."""

from __future__ import annotations

from pathlib import Path

from gui_screens import screens
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from intake_app.ui.message_bar import WARNING_SIGN


def unsigned_alerts(top: QWidget) -> list[str]:
    """Visible error- or warning-styled labels of `top` whose text lacks the sign."""
    return [label.text() for label in top.findChildren(QLabel)
            if label.objectName() in ("error", "warning") and label.isVisibleTo(top)
            and label.text() and not label.text().startswith(WARNING_SIGN)]


def test_no_screen_tells_an_error_or_a_warning_by_colour_alone(qtbot, tmp_path: Path,
                                                              english_ui) -> None:
    problems, alerts_seen = [], 0
    for name, top in screens(qtbot, tmp_path):
        if name == "editor":  # an identifier in the story, and the fields still to fill
            qtbot.keyClicks(top.form.description, "Bel hem op 06-12345678.")
            qtbot.waitUntil(lambda t=top: t.form.identifier_hint.isVisible(), timeout=10000)
            top.show_errors(top.problems())
            QApplication.processEvents()
        alerts_seen += sum(1 for label in top.findChildren(QLabel)
                           if label.objectName() in ("error", "warning")
                           and label.isVisibleTo(top) and label.text())
        problems += [f"{name}: {text!r}" for text in unsigned_alerts(top)]
    assert alerts_seen >= 3  # the editor's hint and summary, the unlock page's keyring note
    assert problems == [], "\n".join(problems)
