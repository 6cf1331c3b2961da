"""Alt with a letter that names no field types nothing, in any window of the app.

Qt's text fields insert the letter of an Alt+letter that no shortcut took, so Alt+K (on the list
page "Nieuwe kaart…") typed "k" into the description and the autosave kept it: a person's words
changed without a sign (review r12w F1). Shortcuts and mnemonics are matched before a key press
is delivered, so a press that still carries Alt and a letter here is one nobody bound.

It held for the editor only: on the lock page Alt+I typed "i" into the passphrase, and in the
security settings Alt+Q and Alt+Z into "Your current passphrase" (review r12y R8); such a typed
letter makes a wrong unlock attempt, which counts toward wipe-after. So the filter watches every
window of the application (dialogs and Qt's own file chooser too) for as long as its owner
lives; the main window makes one.

A question box (QMessageBox) is the other way round: it clicks a button whose underlined letter
is pressed *without* Alt. The editor's close question, opened by an Esc pressed by mistake,
took the next letter typed ("w" in "wat", "t" in "the") as "Throw away the changes", and a new
signal was deleted without a word (review r12ac-6, high). So a plain letter (no Alt, Ctrl or
Meta) pressed in any question box does nothing; Alt+letter, Enter, Esc, Space and Tab still
answer it as before. A box that says where typing goes (`typed_on`, the editor's close
question) gets every printable key, Space too: the liaison went on typing after a stray Esc.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# Ctrl+Alt is AltGr on Windows: it types €, @ and [ on many layouts, so it passes.
_HELD_BACK = Qt.ControlModifier | Qt.MetaModifier


class UnboundAltLetters(QObject):
    """Swallows the key presses with Alt and a printable text that reach any widget of the
    application (an unbound Alt+letter), and plain letters that reach a question box (which
    would click the button they underline); arrows, Alt+Down and bound mnemonics are
    untouched. Lives as long as `window`, its parent."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (swallowed) for an unbound Alt+letter pressed in any window, or a plain letter
        reaching a question box; else False."""
        # The type test first: thousands of paint, layout and polish events pass while the
        # editor is built, and asking each for its type() makes a Python enum (about 10 ms of
        # the GUI thread per editor build, review r12y R7).
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.KeyPress \
                or not isinstance(watched, QWidget):
            return False
        key = event
        modifiers = key.modifiers()
        text = key.text()
        if not modifiers & Qt.AltModifier:
            # Reached the box itself: no button or field of it took the letter.
            if not isinstance(watched, QMessageBox) or modifiers & _HELD_BACK:
                return False
            typed_on = getattr(watched, "typed_on", None)  # the editor's close question
            if typed_on is not None and text and text.isprintable():
                typed_on(key)  # the words go back into the story (review r12ad R5)
                return True
            return text.isalnum()
        if modifiers & _HELD_BACK:
            return False
        if not text or not text.isprintable():
            return False
        return True
