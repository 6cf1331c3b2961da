"""A passphrase strength meter that judges exactly as the vault's rule does (zxcvbn).

The score comes from `intake_app.vault.passphrase.strength`, and "good enough" is the same
`MIN_SCORE` the vault enforces, so the meter never says "fine" to a passphrase the vault refuses.
Meaning is in words as well as in the bar's length, never in colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from intake_app.ui.message_bar import restyle


def _rule() -> tuple[int, object]:
    """(MIN_SCORE, strength) of the vault's rule; loaded at the first keystroke, not at start."""
    try:
        from intake_app.vault import MIN_SCORE, strength
    except ImportError:  # until the vault's zxcvbn rule lands (issue 7): the 10-character rule
        return 3, lambda text, _inputs=(): 3 if len(text) >= 10 else min(len(text) // 4, 2)
    return MIN_SCORE, strength

MAX_SCORE = 4


class StrengthMeter(QWidget):
    """Follows a passphrase field: a bar (0..4) and a word; `acceptable()` is the vault's rule."""

    def __init__(self, field: QLineEdit,
                 user_inputs: Callable[[], Sequence[str]] = lambda: (),
                 parent: QWidget | None = None) -> None:
        """`user_inputs`: what an attacker of this profile knows (names), read at each
        judgement; a passphrase built from them is weak."""
        super().__init__(parent)
        self._field = field
        self._user_inputs = user_inputs
        self.bar = QProgressBar()
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.verdict, 2)
        field.textChanged.connect(self._update)
        self._update()

    def score(self) -> int:
        if not self._field.text():
            return 0
        return _rule()[1](self._field.text(), self._user_inputs())

    def refresh(self) -> None:
        """Judge again (what `user_inputs` gives changed)."""
        self._update()

    def acceptable(self) -> bool:
        return self.score() >= _rule()[0]

    def advice(self) -> str:
        return self.tr(
            "This passphrase is too easy to guess. Choose a longer one: several unrelated words, "
            "or a sentence only you would think of."
        )

    def _update(self) -> None:
        score = self.score()
        self.bar.setValue(score)
        words = {
            0: self.tr("Very weak"),
            1: self.tr("Weak"),
            2: self.tr("Not strong enough yet"),
            3: self.tr("Strong enough"),
            4: self.tr("Very strong"),
        }
        text = "" if not self._field.text() else words[score]
        self.verdict.setText(text)
        self.bar.setAccessibleDescription(text)
        self.bar.setProperty("good", bool(self._field.text()) and score >= _rule()[0])
        restyle(self.bar)
