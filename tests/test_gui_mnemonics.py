"""Every Alt shortcut of every screen and dialog reaches one control, in Dutch and English.

Review r12u F6/F7: Alt+S for "Save my key card" opened the Seinpost menu and Alt+H for "Clear
finished" the Help menu, because the menu bar's titles claim those keys too. The walk covers the
set-up pages (the last one, with the key card, included), the unlock page, the list, the editor
and the dialogs (tests/gui_screens.py), and the file choosers the buttons open (the office's new
card, a receipt, the export folder, the key card's folder: Qt's own dialog with our catalogue);
tests/mnemonics.py collects the keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_screens import screens
from mnemonics import duplicates, mnemonic, window_mnemonics
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import set_ui_language


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_window_has_a_duplicate_or_dead_alt_shortcut(qtbot, tmp_path: Path,
                                                        language: str) -> None:
    set_ui_language(language)
    problems: list[str] = []
    seen: list[str] = []

    def check(name, top) -> None:
        seen.append(name)
        QApplication.processEvents()
        for key, texts in duplicates(top).items():
            problems.append(f"{name}: Alt+{key} for {texts}")
        for text in window_mnemonics(top)[1]:
            problems.append(f"{name}: label {text!r} has a mnemonic but no buddy")

    try:
        for name, top in screens(qtbot, tmp_path):
            check(name, top)
            if name == "set-up: passphrase":
                top.setup_page.go_to(3)  # the last step: save my key card, go to my signals
                check("set-up: done", top)
    finally:
        set_ui_language("en")
    assert "set-up: done" in seen and "editor" in seen and "workspace" in seen
    assert problems == [], "\n".join(problems)


def test_the_editor_names_every_form_row_with_an_alt_shortcut_in_dutch(qtbot,
                                                                       tmp_path: Path) -> None:
    """Review r12u F6: "Bijlagen" had no mnemonic in Dutch; every row label has one."""
    set_ui_language("nl")
    without: list[str] = []
    try:
        for name, top in screens(qtbot, tmp_path):
            if name == "editor":
                without = [label.text() for label in top.form.labels.values()
                           if mnemonic(label.text()) is None]
    finally:
        set_ui_language("en")
    assert without == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_file_choosers_have_no_duplicate_or_dead_alt_shortcut(qtbot, language: str) -> None:
    """The choosers behind "New office card…", "Import receipt…", "Export…" and "My key
    card…", opened for real by the window's FileDialogs and walked while they are up."""
    set_ui_language(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = FileDialogs()
    problems: list[str] = []
    walked: list[str] = []

    def walk_when_up(name: str) -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QFileDialog) and w.isVisible()]
        if not shown:  # not up yet: look again in a moment
            QTimer.singleShot(10, lambda: walk_when_up(name))
            return
        (dialog,) = shown
        walked.append(name)
        keys, no_buddy = window_mnemonics(dialog)
        problems.extend(f"{name}: Alt+{key} for {texts}"
                        for key, texts in duplicates(dialog).items())
        problems.extend(f"{name}: label {text!r} has a mnemonic but no buddy"
                        for text in no_buddy)
        if len(keys) < 2:
            problems.append(f"{name}: only {keys} (the walk did not see the dialog's keys)")
        dialog.reject()

    try:
        for name, choose in (
            ("office card", dialogs.open_card),
            ("receipt", dialogs.open_receipt),
            ("export folder", dialogs.choose_export_folder),
            ("key card", lambda p: dialogs.save_card_as(p, "liaison-0123abcd.card")),
        ):
            QTimer.singleShot(0, lambda n=name: walk_when_up(n))
            assert choose(parent) is None  # cancelled by the walk
    finally:
        set_ui_language("en")
    assert walked == ["office card", "receipt", "export folder", "key card"]
    assert problems == [], "\n".join(problems)
