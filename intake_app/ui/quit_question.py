"""Quitting with words the vault would not take, or while the files of a saved draft are still
being stored: asked first, never done silently (review r12y R10 and R16, issue 12: with the disk
full, Ctrl+Q and closing the window quit, and what was typed since the last save was gone
without a word; Ctrl+Q just after "Save and close" dropped the files). A lock does not ask (a
lock must happen at once, and the idle lock has nobody to ask): the lock page says what was lost
instead, and a draft whose files the lock stopped storing opens again with them after unlocking
(UnlockPage, MainWindow.lock).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.errors import classify
from intake_app.ui.draft_keeper import AUTOSAVE_WAIT_S
from intake_app.ui.messages import describe_error


def open_editor_kept(workspace) -> bool:
    """Put the open editor's changes into the vault now, or, when the store will not take
    them at once (another program holds it), sealed into the profile folder for the next
    unlock (store/lock_words.py), as a lock keeps them; False when neither worked or the
    save failed otherwise (a full disk: the editor says why, the words are then only in the
    window, and the quit asks). True with no
    editor open. Never waits more than AUTOSAVE_WAIT_S for the store: it waited SQLite's
    10 s on the GUI thread before the question came (task t12b)."""
    editor = None if workspace is None else workspace.editor
    if editor is None or not editor.isVisible() or not editor.has_changes():
        return True
    if editor.save_now(quick=True):
        return True
    if classify(editor.keeper.error)[0] != "database_busy":  # a full disk: asked
        return False
    try:  # the lock that follows the quit seals and writes them again, as they are then
        session = workspace.session
        session.keep_words_on_disk(session.seal_words_for_unlock(
            editor.draft_id, editor.fields(), editor.keeper.last_saved))
    except Exception:  # too large to seal, or no room for the file: asked
        return False
    return True


def quit_may_go_on(window, quit_anyway: Callable[[], None]) -> bool:
    """True when quitting `window` (the MainWindow) loses nothing: the open editor's changes
    are kept now, and the chosen files waiting to be stored (in the open editor, in a saved
    draft being stored) are kept in the vault for the next start, or there are none; else
    False, with the question open over the editor or the window (`ask_before_losing`)."""
    workspace = window.workspace
    if not open_editor_kept(workspace):
        editor = workspace.editor
        ask_before_losing(editor, editor.keeper.error, quit_anyway)
        return False
    files = _files_not_stored(window)
    if not files or _kept_for_next_start(window):
        return True
    # Reviews r12y R16 and r12z R15: Ctrl+Q just after Save and close, with a file added in
    # the editor, or on the lock page after a lock kept one, quit and the file was gone.
    editor = None if workspace is None else workspace.editor
    parent = editor if editor is not None and editor.isVisible() else window
    ask_before_losing(parent, None, quit_anyway, QuitQuestion().not_stored(files))
    return False


def _kept_for_next_start(window) -> bool:
    """Whether the files waiting to be stored (in the open editor, or a saved draft's being
    stored) are now kept in the vault with their draft, as a lock keeps them, so the next
    start opens the draft with them (issue 12: "Ctrl+Q quits the same way" as Ctrl+L; it
    asked instead). False when the vault would not take them (a full disk: then asked) or a
    lock kept some in memory only (the vault is closed: asked)."""
    workspace = window.workspace
    if workspace is None or window.kept.not_kept():
        return False
    editor = workspace.editor
    if editor is not None and editor.isVisible() and editor.attachments():
        draft_id, files = editor.draft_id, editor.attachments()
    else:
        storing = workspace.drafts.files_being_stored()
        draft_id, files = storing.draft_id, storing.remaining()
    try:  # the lock that follows writes them again, with the focus; a moment's wait only
        window.session.keep_files_for_unlock(draft_id, files, wait_s=AUTOSAVE_WAIT_S)
    except Exception:
        return False
    return draft_id is not None


def _files_not_stored(window) -> int:
    workspace, files = window.workspace, 0
    if workspace is not None:
        editor = workspace.editor
        if editor is not None and editor.isVisible():
            files += len(editor.attachments())
        storing = workspace.drafts.files_being_stored()
        files += 0 if storing is None else len(storing.remaining())
    # A lock closed the editor; its files wait for the unlock, in the vault unless writing
    # them there failed.
    return files + window.kept.not_kept()


class QuitQuestion(QObject):
    """The question's sentences that count something. PySide's lupdate records a plural
    (`numerus`) only from `tr()`, never from `QCoreApplication.translate`, so `make
    i18n-update` would flatten them there; the class name is the sentences' context."""

    def not_stored(self, files: int) -> str:
        """The question when `files` chosen files are not yet stored in the vault."""
        return self.tr("%n chosen file(s) are not yet stored in your vault. If you quit now, "
                       "they are not attached to the draft.", "", files)


def ask_before_losing(parent: QWidget, error: Exception | None,
                      quit_anyway: Callable[[], None], text: str = "") -> QMessageBox:
    """Ask whether to quit although the editor's last words (or `text`: what else) could not
    be kept; `quit_anyway()` runs only on "Quit and lose it". Opened (not exec'd); the
    question is returned."""
    question = QMessageBox(
        QMessageBox.Warning, QCoreApplication.translate("QuitQuestion", "Quit Seinpost"),
        text or QCoreApplication.translate(
            "QuitQuestion", "What you typed after the last save could not be kept in your "
            "vault. If you quit now, it is lost."),
        QMessageBox.Discard | QMessageBox.Cancel, parent)
    if error is not None:
        question.setInformativeText(describe_error(error))
    question.button(QMessageBox.Discard).setText(
        QCoreApplication.translate("QuitQuestion", "&Quit and lose it"))
    question.button(QMessageBox.Cancel).setText(
        QCoreApplication.translate("QuitQuestion", "&Go back"))
    question.setDefaultButton(QMessageBox.Cancel)
    question.setEscapeButton(QMessageBox.Cancel)
    question.buttonClicked.connect(
        lambda button: question.standardButton(button) == QMessageBox.Discard and quit_anyway())
    question.open()
    return question
