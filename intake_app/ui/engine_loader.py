"""The engines, loaded once after the first screen, and the one way to wait for them.

The first screen imports no engine (start-up time); they load on a worker while the person types
(`load_engines`). Everything that needs them (unlocking, creating a profile, the vault's notes)
asks `EngineLoader.when_ready`, so:

- **no engine module is ever imported by two threads at once.** Before, an Unlock click while
  the engines loaded imported the same modules on a second worker, and a circular import met
  half-way by two threads ends in Python's import-deadlock error or a "partially initialized
  module";
- **a failure is seen.** A load that raised had no handler: nothing on screen said so, and the
  unlock then failed in its own way or not at all. It is now the `app.engines_not_loaded`
  sentence on the page, and the next click tries again;
- **a slow load shows progress** (`slow`: after SLOW_LOAD_MS, or at once when the person is
  waiting for it), and one still not done after STALLED_MS says so (`app.engines_slow`) while
  it goes on;
- **a lost answer cannot leave it waiting for ever.** The worker's last word (`finished`) comes
  after its result, to the same receiver: a load that finished without a result (a lost signal,
  an exception that is not an `Exception`) counts as failed.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from intake_app.errors import SeinpostError
from intake_app.ui.code_widgets import label_language
from intake_app.ui.tasks import Progress, TaskRunner

#: After this long a load still running shows its progress even if nobody waits for it yet.
SLOW_LOAD_MS = 1500
#: After this long a load still running is named as a problem (it goes on, and may still end).
STALLED_MS = 60_000


class EnginesNotLoaded(SeinpostError):
    """The engines (vault, store, services, the workspace's modules) did not load after the first
    screen: `app.engines_not_loaded` when the load failed, `app.engines_slow` while it has run
    STALLED_MS without ending. Carries no detail of the failure (its text could be anything)."""

    code = "app.engines_not_loaded"
    codes = ("app.engines_not_loaded", "app.engines_slow")


def _import_vault() -> None:
    from intake_app.vault import Vault  # noqa: F401  (the name loads the vault's modules)


def _import_services() -> None:
    import intake_app.services.liaison  # noqa: F401


def _read_component_versions() -> None:
    from intake_app.services.component_versions import warm

    warm()


def _load_country_names() -> None:
    from intake_app.domain.taxonomy import LANGUAGES
    from intake_app.ui.country_names import load_names

    # The other language too: the editor's language button loaded its names on the GUI
    # thread, 50-80 ms of the first switch (benchmarks/ui_responsiveness.py, issue 12 "Quick").
    for language in sorted(LANGUAGES, key=lambda code: code != label_language()):
        load_names(language)


#: What unlocking and the workspace need and a worker may load, in the order they load (one
#: progress step each): the vault and the keyring library, the services, and the country names
#: (CLDR; unpickling them holds the GIL for tens of milliseconds, felt as a stall if it happened
#: while a seal runs after unlocking), and the versions the About box shows (package metadata:
#: 61-65 ms on the GUI thread, review r12ab R1). Plain Python only: nothing here may name a Qt class
#: (WINDOW_MODULES says why).
LOAD_STEPS: tuple[Callable[[], None], ...] = (
    _import_vault, _import_services, _load_country_names, _read_component_versions,
)

#: The window's modules the workspace needs, each after the ones it imports: imported on the
#: GUI thread once the worker's steps are done, one per turn of the event loop (a few ms each,
#: where the whole workspace at once held the window 30-80 ms). Not on a worker: PySide makes
#: each Qt class when it is first named, and two threads naming classes at once crash it (a
#: worker importing these while the GUI thread ran Python crashed about one start in ten under
#: load, issue 12). A module left off this list still loads, with the one that imports it.
WINDOW_MODULES: tuple[str, ...] = tuple(f"intake_app.ui.{name}" for name in (
    "outside_text", "texts", "signal_rows", "signal_table", "summary_reader", "seal_question",
    "task_progress", "delivery_actions", "alt_letters",
    "attachment_drops", "attachment_panel", "draft_keeper", "attachment_keeper", "date_edits",
    "editor_help", "form_focus", "security_fields", "close_question",
    "optional_date", "period_row", "editor_form", "scrolling_form", "editor_parts",
    "identifier_marks", "signal_editor", "editor_reuse", "editor_handover", "draft_deletion",
    "draft_actions",
    "message_bar", "profile_actions", "strength_meter", "security_dialog", "workspace_page",
))


def _sort_country_names() -> None:
    from intake_app.ui.code_widgets import warm_up

    warm_up()  # the names are in (LOAD_STEPS): sorting them with Qt's collator, a few ms


def _sort_other_country_names() -> None:
    from intake_app.domain.taxonomy import LANGUAGES
    from intake_app.ui.code_widgets import warm_up

    for language in LANGUAGES:
        if language != label_language():
            warm_up(language)  # for the editor's language button


#: The GUI thread's part, one step per turn of the event loop after the worker's.
WINDOW_STEPS: tuple[Callable[[], None], ...] = (
    *(partial(importlib.import_module, name) for name in WINDOW_MODULES), _sort_country_names,
    _sort_other_country_names,
)


def load_engines(progress: Progress) -> None:
    """Import what unlocking and the workspace need, off the GUI thread (imported on the GUI
    thread they would hold the window still for about half a second), reporting one step of
    `progress(done, len(LOAD_STEPS))` each. Names no Qt class (WINDOW_MODULES)."""
    progress(0, len(LOAD_STEPS))
    for done, step in enumerate(LOAD_STEPS, start=1):
        step()
        progress(done, len(LOAD_STEPS))


_frozen = False


def freeze_long_lived() -> None:
    """Once per process, after the engines are in: put every object alive now (modules,
    classes, the country names) out of the garbage collector's reach. A full collection
    otherwise walks them all, holding the GIL for 15-100 ms, whichever thread set it off, and a
    seal's worker sets one off now and then: the window stalled that long. No collection runs
    first: it would hold the GIL just as long, at a moment nobody chose (an unlock or a seal may
    be running). The price: what is garbage at this moment stays, once."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


class EngineLoader(QObject):
    """Loads the engines once on `runner`, then the window's modules on the GUI thread
    (`window_steps`, one per turn of the event loop), and runs what waits for them when they
    are in; then freezes what is alive (`freeze_long_lived`).

    States: "idle" (not started), "loading", "ready", "failed" (`error` says why; `start` or a
    `when_ready` tries again). Signals, all on the GUI thread: `progress(done, total)` (the
    worker's steps and the window's),
    `slow()` (a load has run SLOW_LOAD_MS), `stalled(error)` (STALLED_MS), `ready()`,
    `failed(error)`.
    """

    progress = Signal(int, int)
    slow = Signal()
    stalled = Signal(object)  # EnginesNotLoaded("app.engines_slow")
    ready = Signal()
    failed = Signal(object)  # EnginesNotLoaded

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *,
                 load: Callable[[Progress], Any] = load_engines,
                 window_steps: tuple[Callable[[], None], ...] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._load = load
        self._window_steps = WINDOW_STEPS if window_steps is None else window_steps
        self._window_next: list[Callable[[], None]] = []
        self._answered = False  # the worker's result (or failure) has come
        self.state = "idle"
        self.error: EnginesNotLoaded | None = None
        self.done, self.total = 0, len(LOAD_STEPS) + len(self._window_steps)
        self._waiting: list[tuple[QObject, Callable[[], None]]] = []
        self._slow_timer = self._timer(SLOW_LOAD_MS, self.slow.emit)
        self._stalled_timer = self._timer(STALLED_MS, self._stalled)

    def _timer(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    @property
    def is_ready(self) -> bool:
        return self.state == "ready"

    @property
    def is_loading(self) -> bool:
        return self.state == "loading"

    def start(self) -> None:
        """Start loading, unless a load runs or is done (again after a failure)."""
        if self.state in ("loading", "ready"):
            return
        self.state, self.error, self.done = "loading", None, 0
        self._answered = False
        # Every answer to a bound method of this object: Qt delivers them in the order sent,
        # so `finished` always comes after the result (module docstring).
        self._runner.start(self._load, on_progress=self._progressed,
                           on_success=self._succeeded, on_failure=self._failed,
                           on_finished=self._finished)
        self._slow_timer.start()
        self._stalled_timer.start()

    def when_ready(self, owner: QObject, on_ready: Callable[[], None]) -> None:
        """Run `on_ready()` once the engines are in: now if they are, else when the load ends
        (starting it if it has not started, or failed before), unless `owner` (the widget that
        asked) is gone by then. A failed load drops what waited: the pages show `failed`."""
        if self.state == "ready":
            on_ready()
            return
        self._waiting.append((owner, on_ready))
        self.start()

    def _progressed(self, done: int, total: int) -> None:
        self.done, self.total = done, total + len(self._window_steps)
        self.progress.emit(self.done, self.total)

    def _stalled(self) -> None:
        if self.state == "loading":
            self.stalled.emit(EnginesNotLoaded(code="app.engines_slow"))

    def _succeeded(self, _result: object) -> None:
        if self.state != "loading" or self._answered:
            return
        self._answered = True
        self._window_next = list(self._window_steps)
        QTimer.singleShot(0, self, self._window_step)

    def _window_step(self) -> None:
        """One of the window's steps, then the next in a later turn; ready after the last."""
        if self.state != "loading":
            return
        if self._window_next:
            try:
                self._window_next.pop(0)()
            except Exception:  # a damaged install: said as the worker's failures are
                self._give_up()
                return
            self.done += 1
            self.progress.emit(self.done, self.total)
            QTimer.singleShot(0, self, self._window_step)
            return
        freeze_long_lived()
        self.state = "ready"
        self._stop_timers()
        self.ready.emit()
        waiting, self._waiting = self._waiting, []
        for owner, on_ready in waiting:
            if isValid(owner):  # a page rebuilt meanwhile (a language switch) is gone
                on_ready()

    def _failed(self, _exc: object) -> None:
        if self.state == "loading" and not self._answered:
            self._give_up()

    def _give_up(self) -> None:
        self._answered = True
        self.state = "failed"
        self.error = EnginesNotLoaded()
        self._stop_timers()
        self._waiting.clear()
        self.failed.emit(self.error)

    def _finished(self) -> None:
        self._failed(None)  # ended without a result: a no-op after `_succeeded`/`_failed`

    def _stop_timers(self) -> None:
        self._slow_timer.stop()
        self._stalled_timer.stop()
