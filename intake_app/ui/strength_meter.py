"""A passphrase strength meter that judges exactly as the vault's rule does (zxcvbn), off the GUI
thread.

The score comes from `intake_app.vault.passphrase.strength`, and "good enough" is the same
`MIN_SCORE` the vault enforces, so the meter never says "fine" to a passphrase the vault refuses.
Meaning is in words as well as in the bar's length, never in colour alone, and the bar shows
only beside its words: with the field empty, or its text being judged, an empty bar with no
word stood under the passphrase as an unlabelled box (review r12aa, Security settings at
1024×600). It keeps its place meanwhile, so the form does not jump at the first key.

Judging one passphrase takes 20 ms to 0.2 s (more on a busy laptop), at every keystroke, and
the window's event loop may not stall over 50 ms (issue 12, "Quick"). So the meter judges in a
worker of the window's TaskRunner, `DEBOUNCE_MS` after the last keystroke, one judgement at a
time; the latest text wins: a judgement of a text that has changed meanwhile is dropped, and the
latest is judged once the running one ends. The verdict shown always belongs to the text in the
field: a change empties it until that text is judged (`settled`).

"Create" and "Set" never act on the verdict shown: `check_then` judges the text at the click
with the same rule, in a worker, and acts on that. The text travels only in the worker's own
closure; signals carry the score, never the text (tasks.py logs only an exception's class).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget
from shiboken6 import isValid

from intake_app.ui.message_bar import restyle
from intake_app.ui.tasks import TaskRunner

MAX_SCORE = 4
#: How long after the last keystroke the meter judges (milliseconds): a person typing fast
#: starts one judgement per pause, not one per key.
DEBOUNCE_MS = 150


def judge(text: str, user_inputs: Sequence[str]) -> tuple[int, bool]:
    """(zxcvbn's score 0..4, whether the vault's rule takes it) for `text`, knowing
    `user_inputs` (the profile's names). Runs in a worker: seconds the first time in a process
    (the estimator's dictionaries load), then at most about 0.2 s (vault/passphrase.py)."""
    try:
        from intake_app.vault import MIN_SCORE, strength
    except ImportError:  # until the vault's zxcvbn rule lands (issue 7): the 10-character rule
        score = 3 if len(text) >= 10 else min(len(text) // 4, 2)
        return score, score >= 3
    score = strength(text, user_inputs) if text else 0
    return score, score >= MIN_SCORE


class StrengthMeter(QWidget):
    """Follows a passphrase field: a bar (0..4) and a word, judged in a worker of `runner`."""

    def __init__(self, field: QLineEdit,
                 user_inputs: Callable[[], Sequence[str]] = lambda: (),
                 parent: QWidget | None = None, *, runner: TaskRunner) -> None:
        """`user_inputs`: what an attacker of this profile knows (names), read on the GUI
        thread at each judgement; a passphrase built from them is weak."""
        super().__init__(parent)
        self._field = field
        self._user_inputs = user_inputs
        self._runner = runner
        self._text_number = 0  # counts the field's texts: which one a verdict belongs to
        self._shown: tuple[int, int, bool] | None = None  # (text number, score, acceptable)
        self._judging = False  # a judgement for the meter runs
        self._checking = False  # a check for "Create" / "Set" runs
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DEBOUNCE_MS)
        self._pause.timeout.connect(self._judge_latest)
        self.bar = QProgressBar()
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        keep_place = self.bar.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.bar.setSizePolicy(keep_place)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.verdict, 2)
        field.textChanged.connect(self.refresh)
        self.refresh()

    # ----- what is shown --------------------------------------------------------------------

    def settled(self) -> bool:
        """True when the verdict shown is that of the text in the field (none for no text)."""
        return self._shown is not None and self._shown[0] == self._text_number

    def score(self) -> int | None:
        """The score shown (0 for no text); None while the text in the field is judged."""
        return self._shown[1] if self.settled() else None

    def acceptable(self) -> bool:
        """True when the verdict shown, for the text in the field, is that the vault takes it;
        False while it is being judged. "Create" and "Set" use `check_then`, not this."""
        return self.settled() and self._shown[2]

    def advice(self) -> str:
        return self.tr(
            "This passphrase is too easy to guess. Choose a longer one: several unrelated words, "
            "or a sentence only you would think of."
        )

    def refresh(self) -> None:
        """Judge again, `DEBOUNCE_MS` from now (the text or what `user_inputs` gives changed);
        until then nothing is shown."""
        self._text_number += 1
        if not self._field.text():
            self._pause.stop()
            self._show(self._text_number, 0, False)
            return
        self._show(None, 0, False)
        self._pause.start()

    def _show(self, number: int | None, score: int, acceptable: bool) -> None:
        self._shown = None if number is None else (number, score, acceptable)
        words = {
            0: self.tr("Very weak"),
            1: self.tr("Weak"),
            2: self.tr("Not strong enough yet"),
            3: self.tr("Strong enough"),
            4: self.tr("Very strong"),
        }
        text = "" if number is None or not self._field.text() else words[score]
        self.bar.setValue(score)
        self.bar.setVisible(bool(text))  # never an empty box without its word
        self.verdict.setText(text)
        self.bar.setAccessibleDescription(text)
        self.bar.setProperty("good", bool(text) and acceptable)
        restyle(self.bar)

    # ----- judging in a worker ---------------------------------------------------------------

    def _judge_latest(self) -> None:
        if self._judging or self.settled() or not self._field.text():
            return  # the running judgement's end starts the next one
        number, text, inputs = self._text_number, self._field.text(), tuple(self._user_inputs())
        self._judging = True

        def judged(result: tuple[int, bool]) -> None:
            if isValid(self) and number == self._text_number:  # else a stale verdict: dropped
                self._show(number, *result)

        def ended() -> None:
            if not isValid(self):
                return
            self._judging = False
            if not self._pause.isActive():
                self._judge_latest()

        self._runner.start(lambda _progress: judge(text, inputs), on_success=judged,
                           on_failure=lambda _exc: judged((0, False)), on_finished=ended)

    def check_then(self, proceed: Callable[[str], None], refused: Callable[[], None]) -> None:
        """Judge the text in the field now, with the vault's rule, in a worker; then, on the GUI
        thread, `proceed(text)` if the rule takes it, `refused()` if not (a failure of the
        judgement itself counts as refused). Nothing happens if the field changed meanwhile (a
        person still typing clicks again), or for a second click while one check runs."""
        if self._checking:
            return
        number, text, inputs = self._text_number, self._field.text(), tuple(self._user_inputs())
        self._checking = True

        def judged(result: tuple[int, bool]) -> None:
            if not isValid(self):
                return
            self._checking = False
            if number != self._text_number:
                return
            if result[1]:
                proceed(text)
            else:
                refused()

        self._runner.start(lambda _progress: judge(text, inputs), on_success=judged,
                           on_failure=lambda _exc: judged((0, False)))
