"""What a lock keeps for the next unlock: the draft to open again, the files chosen for it and
not yet in the vault, and where the focus was.

The draft open at the lock is in the vault already (the lock saved it); which draft it was,
its files, if any, and where the focus was are written into the vault too, under the key the
lock is about to forget (services/kept_files.py). An app killed while locked, for hours
perhaps, therefore still opens the draft with them at the next unlock (with no file waiting,
it opened nothing: review r12ab R2), and a file gone from where it was chosen is named so the
liaison can add it again, never dropped without a word (review r12aa A7).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from intake_app.ui.draft_keeper import AUTOSAVE_WAIT_S
from intake_app.ui.unlock_notices import (
    tell_not_stored,
    tell_sealing_stopped,
    tell_words_not_saved,
)

if TYPE_CHECKING:
    from intake_app.services.liaison import LiaisonSession
    from intake_app.ui.draft_actions import StoringFiles
    from intake_app.ui.draft_keeper import DraftKeeper
    from intake_app.ui.workspace_page import WorkspacePage

#: (draft id, [(path, keep the original)], where the focus was or None).
Reopen = tuple[str, list[tuple[Path, bool]], "tuple | None"]
#: Words a lock kept that the unlock could not save yet: (their draft id or None, fields).
Unsaved = tuple["str | None", dict]


def reopen_after_unlock(page: WorkspacePage, reopen: Reopen | None, gone: list[Path],
                        not_sealed: int = 0, unsaved: Unsaved | None = None) -> None:
    """What `KeptAtLock.take` gave, on the new workspace `page`, in the next turn (the list
    alone held the window 30-40 ms, issue 12 "Quick"): the draft opened again, then the files
    `gone` named over it (over the window when no draft opens), and how many drafts the lock
    stopped sealing, `not_sealed`, told. `unsaved`: the words the lock could not save and this
    unlock could not save either (the store still held): put into the reopened draft (a new
    one when they had none) for its autosave to retry, their file removed once it saved, and
    said (task t12b: they were lost)."""
    def reopen_now() -> None:
        if page.retired:
            return
        if reopen is not None:
            page.open_editor(reopen[0], reopen[1], resume=True, focus=reopen[2])
        elif unsaved is not None:
            page.open_editor(None, resume=True)
        editor = page.editor
        if unsaved is not None and editor is not None and editor.keeper is not None:
            editor.form.set_fields(dict(unsaved[1]))
            keeper = editor.keeper
            keeper.saved.connect(lambda _id: _forget_file(page, keeper))
            keeper.changed()
        parent = editor if editor is not None and editor.isVisible() else page.window()
        if unsaved is not None:
            tell_words_not_saved(parent)
        if gone:
            tell_not_stored(parent, gone)
        if not_sealed:
            tell_sealing_stopped(parent, not_sealed)

    if reopen is not None or gone or not_sealed or unsaved is not None:
        QTimer.singleShot(0, page, reopen_now)


def _forget_file(page: WorkspacePage, keeper: DraftKeeper) -> None:
    """The editor saved the restored words: their file goes (once; a later unlock would save
    them again, never lose them, if it cannot)."""
    with contextlib.suppress(Exception):
        keeper.saved.disconnect()
    if page.session is not None:
        with contextlib.suppress(OSError):
            page.session.forget_words_on_disk()


class KeptAtLock:
    """The window's memory across a lock: `reopen` (or None), and `in_vault`, whether its
    files are kept in the vault too (then a quit while locked loses nothing)."""

    def __init__(self) -> None:
        self.reopen: Reopen | None = None
        self.in_vault = False
        self.words: bytes | None = None  # sealed words the lock could not save (kept_files)
        self.sealing: list[str] = []  # the drafts a sealing the lock stopped was given

    def keep(self, session: LiaisonSession, reopen: Reopen | None,
             storing: StoringFiles | None, *, quitting: bool,
             words: bytes | None = None, sealing: Sequence[str] = ()) -> Reopen | None:
        """At a lock, once its work stopped and before the keys go: `reopen` is the editor's
        draft (or None; then a saved draft's files `storing` stopped, if any). The draft, its
        files and the focus go into the vault; when quitting only a draft with files waiting;
        a failure to write them leaves them in memory only (`not_kept` counts the files then).
        `words`: the editor's words the lock could not save, sealed for the next unlock of
        this vault (`LiaisonSession.seal_words_for_unlock`), held here and, sealed, in the
        profile folder (`keep_words_on_disk`: a kill while locked lost them), quitting too.
        `sealing`: the ids of the drafts given to a sealing the lock stopped (ids only: the
        next unlock counts those still drafts, `take`)."""
        self.words = None if quitting else words
        if words is not None:  # on disk too: a kill while locked lost them (task t12b)
            # A full disk: held in memory only, as the lock page says.
            with contextlib.suppress(Exception):
                session.keep_words_on_disk(words)
        self.sealing = [] if quitting else list(sealing)
        waiting = storing.remaining() if storing is not None and reopen is None else []
        if waiting:  # the saved draft opens again with them, to save (review r12y R16)
            reopen = (storing.draft_id, waiting, None)
        self.reopen, self.in_vault = reopen, False
        # A quit keeps the draft only for the files it waits for (quit_question.py checked the
        # vault takes them): the next start opens it with them, as after a lock and a kill.
        kept = reopen if not quitting or (reopen is not None and reopen[1]) else None
        files = [] if kept is None else kept[1]
        try:  # a moment's wait for another program holding the store (review r12ad R1)
            if kept is None:
                session.keep_files_for_unlock(None, [], wait_s=AUTOSAVE_WAIT_S)
            else:
                session.keep_files_for_unlock(kept[0], files, kept[2], wait_s=AUTOSAVE_WAIT_S)
        except Exception:  # a full disk, a held store: kept in memory, and a quit asks
            return reopen
        self.in_vault = bool(files)
        return reopen

    def not_kept(self) -> int:
        """How many files the lock kept in memory only (a quit now would lose them)."""
        return 0 if self.reopen is None or self.in_vault else len(self.reopen[1])

    def forget(self) -> None:
        """A quit: nothing to reopen in this process (what the vault keeps stays there)."""
        self.reopen, self.in_vault, self.words, self.sealing = None, False, None, []

    def take(self, session: LiaisonSession
             ) -> tuple[Reopen | None, list[Path], int, Unsaved | None]:
        """At an unlock: what to reopen (kept in this process, else in the vault by a lock
        before a kill), with only the files still where they were chosen, the paths of those
        no longer there, how many drafts the lock stopped sealing are drafts of this vault
        still (none under a duress passphrase, which must not hint at another vault: its
        drafts have other ids), and the words the lock kept that cannot be saved now (another
        program holds the store), or None. What the vault kept is forgotten there at once.
        Every write waits only AUTOSAVE_WAIT_S: this runs on the GUI thread (task t12b)."""
        try:
            kept = session.take_kept_files(wait_s=AUTOSAVE_WAIT_S)
        except Exception:  # held: the vault keeps it for the next unlock
            kept = None
        reopen, self.reopen, self.in_vault = self.reopen, None, False
        sealing, self.sealing = self.sealing, []
        not_sealed = sum(1 for draft_id in sealing if _has_draft(session, draft_id))
        restored, unsaved = self._restore_words(session)
        if restored is not None and reopen is None:
            reopen = (restored, [], None)
        if unsaved is not None and (reopen is None or reopen[0] != unsaved[0]):
            # The words go back into their own draft (None: a new one), before anything else.
            reopen = None if unsaved[0] is None else (unsaved[0], [], None)
        elif reopen is None and kept is not None:
            reopen = kept
        if reopen is None:
            return None, [], not_sealed, unsaved
        draft_id, files, focus = reopen
        if not _has_draft(session, draft_id):
            return None, [path for path, _keep in files], not_sealed, unsaved
        there = [(path, keep) for path, keep in files if path.is_file()]
        return ((draft_id, there, focus), [path for path, _keep in files if not path.is_file()],
                not_sealed, unsaved)

    def _restore_words(self, session: LiaisonSession) -> tuple[str | None, Unsaved | None]:
        """Save the words the last lock could not save (held here, else written into the
        profile folder by a lock before a kill) into their draft (a new one when it had none
        yet or it is gone), waiting only AUTOSAVE_WAIT_S, then remove their file. Returns
        (the draft's id, None) once saved; (None, (draft id or None, fields)) when the store is
        still held (the file stays until the editor's autosave saved them); (None, None) when
        there were none or they do not open under this vault (left as they are)."""
        words, self.words = self.words, None
        try:
            if words is None:
                words = session.words_on_disk()
        except OSError:  # unreadable now: the file stays for the next unlock
            return None, None
        opened = None if words is None else session.open_words_from_lock(words)
        if opened is None:  # not this vault's: left as it is, nothing to tell from it
            return None, None
        draft_id, fields = opened
        known = draft_id is not None and _has_draft(session, draft_id)
        try:
            saved = session.save_draft(fields, draft_id if known else None,
                                       wait_s=AUTOSAVE_WAIT_S)
        except Exception:  # held still (or a full disk): the editor's autosave retries
            return None, (draft_id if known else None, fields)
        # Not removable now: a later unlock saves the same words again, nothing lost.
        with contextlib.suppress(OSError):
            session.forget_words_on_disk()
        return saved, None


def _has_draft(session: LiaisonSession, draft_id: str) -> bool:
    """Whether `draft_id` is a draft of `session`'s vault (False when the store cannot say)."""
    try:
        return session.has_draft(draft_id)
    except Exception:  # the store's own error shows with the next action
        return False
