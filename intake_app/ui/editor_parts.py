"""Parts of the signal editor (ui/signal_editor.py): its row of buttons (the marks on what may
identify someone in the story: ui/identifier_marks.py). Their words are the editor's
(translation context "SignalEditor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox

from intake_app.ui.code_widgets import label_language
from intake_app.ui.window_menus import LANGUAGES

if TYPE_CHECKING:
    from intake_app.ui.signal_editor import SignalEditor


def editor_buttons(editor: SignalEditor) -> QDialogButtonBox:
    """Save and close, Cancel and the other language's button (`editor.save_button`,
    `editor.language_button`), wired to `editor`; Ctrl+S saves and stays."""
    buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
    # Our own button, not the box's standard Save: the box gives a standard button its
    # own text again on a language change ("Opslaan"), and a new text drops the shortcut
    # (review r12v F7). Ctrl+S is a shortcut of the whole editor, whatever has the focus.
    editor.save_button = buttons.addButton(
        QCoreApplication.translate("SignalEditor", "Sav&e and close"), QDialogButtonBox.AcceptRole)
    editor.save_button.setAccessibleName(
        QCoreApplication.translate("SignalEditor", "Save and close"))
    # Ctrl+S saves and leaves the editor open (review r12w F11: it closed the editor while
    # the person was still talking); only the button closes.
    save_key = QShortcut(QKeySequence.Save, editor)
    save_key.activated.connect(editor.save_and_stay)
    editor.save_button.setToolTip(
        QCoreApplication.translate("SignalEditor",
                                   "Ctrl+S keeps what is typed and leaves this open"))
    buttons.button(QDialogButtonBox.Cancel).setAccessibleName(
        QCoreApplication.translate("SignalEditor", "Cancel"))
    buttons.accepted.connect(editor.try_accept)
    buttons.rejected.connect(editor.reject)
    # The window's menu cannot be reached while the editor is open: the other language is
    # offered here, by its own name (review r12u F14). What is typed is kept (draft_actions).
    # It is for showing the form to the person in front of the liaison (DESIGN.md §1: signals
    # are taken down in conversation): for this form only, not remembered, and the window
    # speaks the liaison's own language again when the form closes (review r12w F8; the
    # app's setting is the menu's Seinpost > Language). Its words say so: "English" alone read
    # as the app's language, and a liaison expected the window to follow (review r12aa A8).
    # The whole window does not: rebuilding its pages with the editor open held the GUI
    # thread 70-83 ms of its own time (measured, load 8 on 2 cores; the form alone 19 ms).
    code, name = next((c, n) for c, n in LANGUAGES if c != label_language())
    editor.language_button = button = buttons.addButton(form_in(code),
                                                        QDialogButtonBox.ResetRole)
    button.setAutoDefault(False)
    button.setAccessibleName(QCoreApplication.translate(
        "SignalEditor",
        "Show this form in %1, for the person in front of you, until it closes. What you "
        "typed stays.").replace("%1", name))
    button.setToolTip(button.accessibleName())
    button.clicked.connect(lambda: editor.language_requested.emit(code))
    return buttons


def form_in(code: str) -> str:
    """The language button's words for showing the form in `code` ("nl" or "en"), in the
    language spoken now: what it does, and that it is for this form."""
    if code == "nl":
        return QCoreApplication.translate("SignalEditor", "This form in Dutch")
    return QCoreApplication.translate("SignalEditor", "This form in English")
