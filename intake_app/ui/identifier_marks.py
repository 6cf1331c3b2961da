"""The marks on what may identify someone in the story (phone numbers, e-mail addresses, …:
`domain.identifiers`), kept up to date as the liaison types.

Every key in the story ran `find_identifiers` over the whole text and made every mark anew on
the GUI thread: 5.5 ms a key at 19,000 characters of plain story, 15 ms with 161 phone numbers
in it, linear in its length (review r12ab R4; the draft may hold far more than the 20,000
characters sealing takes, and a pasted chat export of 100,000 cost about 75 ms a key). A story
of up to SYNC_CHARS characters is still scanned at once (about 3 ms at most); a longer one by a
worker, at most every PAUSE_MS while the liaison types, and its marks are set only if the text
did not change meanwhile (else it is scanned again). Until then the marks already made move
with the text (a QTextCursor follows the edits before it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from intake_app.domain.identifiers import IdentifierHit, find_identifiers
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.texts import identifier_kind_text

#: Characters a story may have for its marks to be found on the GUI thread at each change.
SYNC_CHARS = 4000
#: How long after a change a longer story is scanned (milliseconds; not put off by more keys).
PAUSE_MS = 250


class IdentifierMarks(QObject):
    """The marks of `description`'s identifiers; `shown(hits)` after each new set of marks
    (`hits`: domain IdentifierHit, ordered by position). `runner` scans long stories."""

    def __init__(self, description: QPlainTextEdit, runner: TaskRunner,
                 shown: Callable[[list[IdentifierHit]], None]) -> None:
        super().__init__(description)
        self._description = description
        self._runner = runner
        self._shown = shown
        self._scanning = False  # a worker scans the story now
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS, timeout=self._scan)
        description.textChanged.connect(self.changed)

    @property
    def settled(self) -> bool:
        """No scan waits or runs: the marks are those of the text as it is."""
        return not self._scanning and not self._pause.isActive()

    def changed(self) -> None:
        """The story changed: its marks now if it is short, else soon, by a worker."""
        # characterCount: no copy of a long text at every key (toPlainText is one).
        if self._description.document().characterCount() <= SYNC_CHARS + 1:
            self._pause.stop()
            self._show(find_identifiers(self._description.toPlainText()))
        elif not self._pause.isActive():
            self._pause.start()

    def _scan(self) -> None:
        if self._scanning:  # its outcome scans again: the text changed since it began
            return
        document = self._description.document()
        text, revision = self._description.toPlainText(), document.revision()
        self._scanning = True
        self._runner.start(lambda _progress: find_identifiers(text),
                           on_success=lambda hits: self._scanned(hits, revision),
                           on_failure=lambda _exc: self._scanned(None, revision),
                           on_cancel=lambda: self._scanned(None, revision))

    def _scanned(self, hits: list[IdentifierHit] | None, revision: int) -> None:
        if not isValid(self) or not isValid(self._description):
            return
        self._scanning = False
        if self._description.document().revision() != revision:
            self.changed()  # typed meanwhile: those positions are gone
        elif hits is not None:
            self._show(hits)

    def _show(self, hits: list[IdentifierHit]) -> None:
        """Mark (yellow, underlined, the kind as tooltip) each hit in the story."""
        description = self._description
        marks = []
        for hit in hits:
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor("#ffe08a"))
            mark.format.setUnderlineStyle(QTextCharFormat.SingleUnderline)
            mark.format.setToolTip(identifier_kind_text(hit.kind))
            cursor = QTextCursor(description.document())
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
        description.setExtraSelections(marks)
        self._shown(hits)
