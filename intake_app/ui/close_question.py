"""The editor's question on Esc, Cancel and the close button when something changed: keep it,
throw the changes away (saying what that undoes, kept parts too), or go on typing.

Its sentences keep the editor's context ("SignalEditor") in the translation files.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_close(editor: QWidget, opened_new: bool, opened_at: QTime,
                 answer: Callable[[QMessageBox.StandardButton], None]) -> QMessageBox:
    """Open (not exec) the question over `editor`; `answer(Save | Discard | Cancel)` follows
    the liaison's choice. `opened_new`, `opened_at`: what "throw away" goes back to."""
    translate = QCoreApplication.translate
    question = QMessageBox(
        QMessageBox.Question,
        translate("SignalEditor", "Close the signal"),
        translate("SignalEditor", "Keep what you typed in this signal?"),
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        editor,
    )
    # What "throw away" undoes, kept parts too (review r12y R3: two sentences the window
    # had said were kept went, with no word that they would).
    when = QLocale().toString(opened_at, QLocale.ShortFormat)
    # In the question's own text: as informative text the box cut its second line.
    question.setText(question.text() + "\n\n" + (translate(
        "SignalEditor",
        "“Throw away the changes” deletes this new signal, also what was kept of it since "
        "%1.") if opened_new else translate(
        "SignalEditor",
        "“Throw away the changes” puts this draft back as it was when you opened it at %1, "
        "also undoing what was kept since.")).replace("%1", when))
    question.button(QMessageBox.Save).setText(translate("SignalEditor", "&Keep it"))
    question.button(QMessageBox.Discard).setText(
        translate("SignalEditor", "&Throw away the changes"))
    question.button(QMessageBox.Cancel).setText(translate("SignalEditor", "&Go on typing"))
    question.setDefaultButton(QMessageBox.Save)
    question.setEscapeButton(QMessageBox.Cancel)
    question.buttonClicked.connect(lambda button: answer(question.standardButton(button)))
    question.typed_on = lambda key: _back_to_typing(question, editor, key)  # ui/alt_letters.py
    question.open()
    return question


def _back_to_typing(question: QMessageBox, editor: QWidget, key: QKeyEvent) -> None:
    """A key typed into the question: the liaison went on typing after a stray Esc. The
    question closes as "Go on typing" and the key goes where the caret was; the words typed
    after the Esc were dropped, and the first Enter closed the editor (review r12ad R5)."""
    caret = editor.focusWidget()  # the field that had the caret before the question
    question.button(QMessageBox.Cancel).click()
    if caret is not None:
        QCoreApplication.postEvent(caret, QKeyEvent(QEvent.KeyPress, key.key(), key.modifiers(),
                                                     key.text()))
