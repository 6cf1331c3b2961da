"""Opening the signal editor without holding up the window (issue 12, "Quick": no stall of
the event loop over 50 ms; review r12y R7 and r12z R8: building the editor took 150-300 ms of
the GUI thread at every open, a draft's or a new one's).

The window keeps one editor per language shown (`EditorShelf`, an `EditorStock` each): built
once, hidden, a few widgets at a time (`SlicedBuild`: at most about `SLICE_MS` of the GUI
thread before the event loop turns again), soon after the list shows; every draft is then only
loaded into it (`SignalEditor.load`, which empties it first: nothing of one draft shows in the
next). Asked for before its build is done, the rest is built at once, as every open did
before. It outlives a lock (emptied) and a language switch, so neither builds one again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from intake_app.ui.code_widgets import label_language
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor
from intake_app.ui.tasks import TaskRunner

#: The longest run of building steps between two turns of the event loop, in milliseconds.
SLICE_MS = 12


class SlicedBuild(QObject):
    """Runs the steps of `steps` (a generator: the work between two `yield`s is one step) on
    the GUI thread, as many per turn of the event loop as fit in `SLICE_MS`, until none is
    left (`done`) or one raises (`failed`, the exception printed as Qt prints a slot's);
    `ended` is emitted either way."""

    ended = Signal()

    def __init__(self, steps: Iterator[None], parent: QObject) -> None:
        super().__init__(parent)
        self._steps = steps
        self.done = False
        self.failed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._timer.start()

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        try:
            for _step in self._steps:
                if time.perf_counter() >= deadline:
                    self._timer.start()
                    return
        except Exception:
            self.failed = True
            self.ended.emit()
            raise
        self.done = True
        self.ended.emit()

    def finish_now(self) -> None:
        """Run the steps left at once (the caller needs the result now)."""
        self._timer.stop()
        if not self.done and not self.failed:
            self._slice_all()

    def _slice_all(self) -> None:
        try:
            for _step in self._steps:
                pass
        except Exception:
            self.failed = True
            self.ended.emit()
            raise
        self.done = True
        self.ended.emit()


class EditorStock(QObject):
    """The workspace's one editor: `prepare()` starts building it in slices, `take()` gives
    it built. `make(sliced)` makes an editor (with `sliced`, its `steps` still to run) and
    wires it to the workspace once."""

    def __init__(self, make: Callable[[bool], SignalEditor], parent: QObject) -> None:
        super().__init__(parent)
        self._make = make
        self.editor: SignalEditor | None = None
        self._build: SlicedBuild | None = None

    def prepare(self) -> None:
        """Start building the editor, unless it is built or being built."""
        if self.editor is None:
            self.editor = self._make(True)
            self._build = SlicedBuild(self.editor.steps, self)

    def when_ready(self, then: Callable[[], None]) -> None:
        """Call `then` once the editor is built: now if it is, else after its last slice (its
        build started now if need be)."""
        if self.ready:
            then()
            return
        self.prepare()
        self._build.ended.connect(then, Qt.SingleShotConnection)

    @property
    def ready(self) -> bool:
        """Whether the editor is built and waits, hidden, for a draft."""
        return self._build is not None and self._build.done

    def take(self) -> SignalEditor:
        """The editor, built (what was left of its build is done now), to `load` a draft
        into; while it is open (in use), a new one of its own, built at once."""
        if self.editor is not None and self.editor.isVisible():
            return self._make(False)
        self.prepare()
        try:
            self._build.finish_now()
        except Exception:
            self._build.failed = True
        if self._build.failed:  # half built: start again, at once
            self.editor.deleteLater()
            self.editor = self._make(False)
            self._build = SlicedBuild(iter(()), self)
            self._build.finish_now()
        return self.editor


class EditorShelf(QObject):
    """The window's editors, one per language shown (an `EditorStock` each), kept from one
    workspace to the next: across a lock (emptied first, `empty`: nothing of a draft stays in
    a hidden editor behind the lock page) and a language switch from the menu, so neither the
    unlock that opens the draft again nor the switch builds one anew (that held the window
    110-140 ms). An editor's signals go to the workspace open now (`desk`, its DraftActions:
    `editor_closed(editor)`, `language_requested(code)`); made by `make(sliced)`."""

    def __init__(self, make: Callable[[bool], SignalEditor], parent: QObject) -> None:
        super().__init__(parent)
        self._make = make
        self._stocks: dict[str, EditorStock] = {}
        self.desk = None

    @classmethod
    def of_window(cls, window: QWidget, dialogs: FileDialogs, runner: TaskRunner) -> EditorShelf:
        """The shelf of `window` (its editors' parent), its file dialogs and its task runner."""
        return cls(lambda sliced: SignalEditor(dialogs, window, runner=runner, sliced=sliced),
                   window)

    def stock(self) -> EditorStock:
        """The editor of the language spoken now (built in it: its words are set once)."""
        language = label_language()
        if language not in self._stocks:
            self._stocks[language] = EditorStock(self._wired, self)
        return self._stocks[language]

    def _wired(self, sliced: bool) -> SignalEditor:
        editor = self._make(sliced)
        editor.language_requested.connect(self._language_requested)
        editor.finished.connect(lambda _result, e=editor: self._closed(e))
        return editor

    def _language_requested(self, code: str) -> None:
        if self.desk is not None:
            self.desk.language_requested(code)

    def _closed(self, editor: SignalEditor) -> None:
        if self.desk is not None:
            self.desk.editor_closed(editor)
        if all(stock.editor is not editor for stock in self._stocks.values()):
            editor.deleteLater()  # one made while the kept one was in use: not kept

    def empty(self) -> None:
        """The window locks: no workspace takes the signals, and every hidden editor shows
        nothing (no words, choices, files, marks or lines of the last draft)."""
        self.desk = None
        for stock in self._stocks.values():
            if stock.ready and not stock.editor.isVisible():
                stock.editor.load()
