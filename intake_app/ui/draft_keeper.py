"""Keeps what the editor holds in the vault: every few seconds after a change, and on demand.

The editor never decides how a draft is stored: it hands its fields to the `save` callable
(the session's `save_draft`, which encrypts into the vault and accepts unfinished drafts). A
killed app therefore loses at most the typing of the last `AUTOSAVE_SECONDS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTime, QTimer, Signal

#: The most typing a crash or a kill can lose, in seconds.
AUTOSAVE_SECONDS = 3
#: How long an autosave waits for another program holding the store (seconds). It runs on the
#: GUI thread: with the connection's 10 s, each autosave froze the window 10 s while a back-up
#: tool or a second intake-app held the store (review r12ac-3). It tries again a few seconds
#: later. A lock waits no longer either (review r12ad R1: 20 s with the story on screen); it
#: holds what it could not save sealed for the next unlock (ui/kept_at_lock.py). A quit and
#: Save wait the full time, as they must keep the words.
AUTOSAVE_WAIT_S = 0.02

SaveFn = Callable[..., str]  # (fields, draft_id, *, wait_s=None) -> draft_id


class DraftKeeper(QObject):
    """Saves `fields()` through `save(fields, draft_id) -> draft_id` when they changed.

    `changed()` arms a single-shot timer, so a burst of typing is written once, at most
    AUTOSAVE_SECONDS after its first key. `saved` carries the draft id; `failed` the exception
    (the editor shows it; the text stays in the editor). `wants_draft()`: whether a new draft
    must be written although still blank (files were added to it); `kept_at`: the time of the
    last save that succeeded (None before the first).
    """

    saved = Signal(str)
    failed = Signal(object)
    # After a save the timer made (not one asked for on closing): the draft id. The files added
    # in the editor are stored then (ui/attachment_keeper.py).
    autosaved = Signal(str)

    def __init__(
        self,
        save: SaveFn,
        fields: Callable[[], dict[str, Any]],
        draft_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._fields = fields
        self.draft_id = draft_id
        # A new draft starts as the blank form: nothing reaches the vault until something is
        # typed or chosen, so an editor opened and closed (or locked, or killed) untouched
        # leaves no empty draft behind (review r12u F8).
        self._last_saved: dict[str, Any] = fields()
        self.saved_anything = False  # whether this editor wrote to the vault at all
        self.error: Exception | None = None  # why the last save failed, until one succeeds
        self.wants_draft: Callable[[], bool] = lambda: False
        self.kept_at: QTime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_SECONDS * 1000)
        self._timer.timeout.connect(self._autosave)

    @property
    def last_saved(self) -> dict[str, Any]:
        """The fields as the vault has them: last saved, or as the editor opened them."""
        return dict(self._last_saved)

    def changed(self) -> None:
        """Something in the form changed: save within AUTOSAVE_SECONDS."""
        if not self._timer.isActive():
            self._timer.start()

    def _autosave(self) -> None:
        if self.save_now(force=self.wants_draft(), quick=True) and self.draft_id is not None:
            self.autosaved.emit(self.draft_id)

    def save_now(self, *, force: bool = False, quick: bool = False) -> bool:
        """Write the form into the vault if it changed (with `force`, also a new draft that is
        still blank: files were chosen for it); False if saving failed (see `failed`: the timer
        tries again). `quick` (the timer's): wait at most AUTOSAVE_WAIT_S for the store."""
        self._timer.stop()
        fields = self._fields()
        if fields == self._last_saved and not (force and self.draft_id is None):
            return True
        try:
            wait = {"wait_s": AUTOSAVE_WAIT_S} if quick else {}
            self.draft_id = self._save(fields, self.draft_id, **wait)
        except Exception as exc:  # shown by the editor; the text stays where it is
            self.error = exc
            self.failed.emit(exc)
            # Again in a few seconds, whether or not more is typed, and after a Save that
            # failed too: with no timer, words on screen for a minute with the store free again
            # were lost to a kill (review r12ad R4).
            self._timer.start()
            return False
        self.error = None
        self.kept_at = QTime.currentTime()
        self._last_saved = fields
        self.saved_anything = True
        self.saved.emit(self.draft_id)
        return True

    def stop(self) -> None:
        self._timer.stop()
