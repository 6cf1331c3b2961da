"""The boxes the window opens right after an unlock, for what the person must know at once: the
unlock met a vault.json the store had not seen, so a security setting may have been undone
by someone (store/vault_seen.py), or sealed files lie in the profile that its store does not
list, so an older store.db may have been put back (store/unlisted.py), or files chosen for a
draft before the lock could not be stored, or the lock stopped a sealing (ui/kept_at_lock.py).
The strings keep MainWindow's translation context, but for the ones that count
(`UnlockNotices`). And a refusal found after the unlock (`refuse_later`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.ui.code_widgets import label_language
from intake_app.ui.outside_text import plain

if TYPE_CHECKING:
    from intake_app.services.liaison import LiaisonSession
    from intake_app.ui.main_window import MainWindow


def refuse_later(window: MainWindow, exc: Exception) -> None:
    """A draft the list's worker read after the unlock does not verify (ui/summary_reader.py):
    the window locks (the open draft kept) and the unlock page says why, as when the first
    screen read it (MainWindow.open_session)."""
    window.lock()
    window.unlock_page.show_refusal(exc)


class UnlockNotices(QObject):
    """The notices' sentences that count something (lupdate records a plural only from
    `tr()`; the class name is their context)."""

    def not_stored(self, files: Sequence[Path]) -> str:
        """The notice naming `files`, chosen for a draft and not stored in the vault."""
        return self.tr("%n file(s) chosen for the draft before Seinpost locked could not be "
                       "stored in your vault. Add them again:", "", len(files)) + "\n\n" + (
            "\n".join(str(path) for path in files))

    def sealing_stopped(self, drafts: int) -> str:
        """The notice when locking stopped a sealing and `drafts` of its drafts are still
        drafts (not sealed)."""
        return self.tr("Locking stopped the sealing: %n draft(s) were not sealed and are "
                       "still in your list as drafts. Seal them again.",
                       "", drafts)


def tell_not_stored(parent: QWidget, files: Sequence[Path]) -> QMessageBox:
    """Name `files`, chosen for a draft before a lock and no longer where they were chosen,
    each path on a line of its own, in a warning box on `parent` (`not_stored_notice`)."""
    return _open(parent, QCoreApplication.translate("MainWindow", "Seinpost"),
                 UnlockNotices().not_stored(files), "not_stored_notice")


def tell_sealing_stopped(parent: QWidget, drafts: int) -> QMessageBox:
    """Say in a warning box on `parent` (`sealing_stopped_notice`) that a lock stopped the
    sealing and `drafts` drafts were not sealed (review r12ad R7: it stopped silently)."""
    return _open(parent, QCoreApplication.translate("MainWindow", "Seinpost"),
                 UnlockNotices().sealing_stopped(drafts), "sealing_stopped_notice")


def tell_words_not_saved(parent: QWidget) -> QMessageBox:
    """Say in a warning box on `parent` (`words_not_saved_notice`) that the words the lock
    could not save are back in the draft but not yet in the vault, another program still
    holding the store: the editor's autosave keeps trying (task t12b)."""
    return _open(parent, QCoreApplication.translate("MainWindow", "Seinpost"),
                 QCoreApplication.translate(
                     "MainWindow", "The words typed before Seinpost locked are back in the "
                     "draft, but not yet saved: another program is using your vault's files. "
                     "Seinpost keeps trying every few seconds; keep the draft open."),
                 "words_not_saved_notice")


def tell_after_unlock(parent: QWidget, session: LiaisonSession,
                      save_unlisted: Callable[[], None] | None = None) -> None:
    """Open a warning box on `parent` for each notice the unlocked `session` holds (object
    names `undone_notice` and `unlisted_notice`, for the tests); nothing when none does. The
    sealed files the store does not list (store/unlisted.py) have a box with a Save… button
    that calls `save_unlisted`. An emptying is never told (console.py `tell_if_purged`)."""
    undone = session.undone_notice
    unlisted = len(session.unlisted_sealed)
    title = QCoreApplication.translate("MainWindow", "Seinpost")
    if undone:
        from intake_app.sentences import sentence  # the shared table, as the command line says

        _open(parent, title, sentence("vault.state_undone", label_language()), "undone_notice")
    if unlisted:
        from intake_app.sentences import sentence

        box = _open(parent, title, sentence(session.unlisted_notice, label_language(),
                                            count=unlisted), "unlisted_notice")
        save = box.addButton(QCoreApplication.translate("MainWindow", "&Save…"),
                             QMessageBox.AcceptRole)
        save.setObjectName("save_unlisted")
        if save_unlisted is not None:
            save.clicked.connect(save_unlisted)


def _open(parent: QWidget, title: str, text: str, name: str) -> QMessageBox:
    box = plain(QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, parent))
    box.setObjectName(name)
    box.open()
    return box
