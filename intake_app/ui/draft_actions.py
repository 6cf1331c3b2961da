"""The drafts in the workspace: new, edit, the editor's outcome (saved, discarded, kept at a
lock), attaching its files in the background, and deleting.

The editor saves as the person types (ui/draft_keeper.py); here the page acts on what the editor
leaves behind when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from intake_app.ui.code_widgets import label_language
from intake_app.ui.draft_deletion import DraftDeletion
from intake_app.ui.editor_handover import hand_over
from intake_app.ui.editor_reuse import EditorShelf, EditorStock
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import shown_name
from intake_app.ui.signal_editor import SignalEditor
from intake_app.ui.tasks import Progress

if TYPE_CHECKING:
    from intake_app.ui.workspace_page import WorkspacePage


@dataclass
class StoringFiles:
    """Files being stored into a saved draft in the background: (path, keep original) in
    `files`, the first `stored` of them in the vault; `ended` once the work ended in any way
    (done, failed, or cancelled by the person or by a lock)."""

    draft_id: str
    files: list[tuple[Path, bool]]
    stored: int = 0
    ended: bool = False

    def remaining(self) -> list[tuple[Path, bool]]:
        """The files not (yet) in the vault."""
        return self.files[self.stored:]


class DraftActions(QObject):
    """What the workspace does with drafts; `page` holds the session, the list and messages."""

    def __init__(
        self, page: WorkspacePage, editor_factory: Callable[..., SignalEditor] | None = None,
        editors: EditorShelf | None = None,
    ) -> None:
        """`editors`: the window's, kept across workspaces (else the page's own)."""
        super().__init__(page)
        self._page = page
        self.lost_at_lock: Exception | None = None  # keep_editor_for_lock
        self.words_at_lock: bytes | None = None  # the lost words, sealed (services/kept_files)
        # The files a saved draft is taking in the background: a lock or quit meanwhile must
        # not drop them without a word (review r12y R16).
        self.storing: StoringFiles | None = None
        self._editor_factory = editor_factory
        # One editor per language shown, built ahead in slices and used again for every draft
        # (ui/editor_reuse.py); the language the open draft is wanted in (show_editor_in).
        self._editors = editors or EditorShelf(
            lambda sliced: SignalEditor(page.dialogs, page, runner=page.runner, sliced=sliced),
            page)
        self._editors.desk = self
        self._wanted_language = ""
        self._deletion = DraftDeletion(page)

    @property
    def stock(self) -> EditorStock:
        """The editor of the language spoken now."""
        return self._editors.stock()

    def language_requested(self, code: str) -> None:
        """The editor's language button (EditorShelf passes it on)."""
        self._page.language_requested.emit(code)

    def _wire(self, editor: SignalEditor) -> SignalEditor:
        """Connect an editor of `editor_factory` to the workspace."""
        editor.language_requested.connect(self._page.language_requested)
        editor.finished.connect(lambda _result, e=editor: self.editor_closed(e))
        return editor

    def prepare_editor(self) -> None:
        """Start building the editor in slices, so the first draft opens without a stall."""
        if self._editor_factory is None:
            self.stock.prepare()

    def files_being_stored(self) -> StoringFiles | None:
        """The saved draft's files still being stored now, or None; read before a lock or a
        quit cancels the work, `remaining()` after it stopped."""
        storing = self.storing
        return storing if storing is not None and not storing.ended else None

    def new_signal(self) -> None:
        if self._page.busy:
            return
        self._page.clear_message()  # it was about an earlier draft or action
        self.open_editor(None)

    def edit_selected(self) -> None:
        selected = self._page.selected_entries()
        if self._page.busy or len(selected) != 1 or selected[0].kind != "draft":
            return
        self._page.clear_message()  # it was about an earlier draft or action
        self.open_editor(selected[0].id)

    def open_editor(
        self, draft_id: str | None, pending: list[tuple[Path, bool]] = (), *, resume: bool = False,
        focus: tuple[str, int] | None = None,
    ) -> None:
        """Open the editor on a new draft (None) or a stored one; `pending`: files to attach.

        `resume`: reopened after a lock, so the focus goes back to `focus` (the field that had
        it: EditorForm.focus_place), else to the end of the story. Always to the story, the
        next word typed after unlocking went into the testimony when the liaison had been in
        the place field (review r12x X4).
        """
        fields, stored, outcomes = None, [], []
        if draft_id is not None:
            try:
                fields = self._page.session.read_draft(draft_id)
                stored = self._page.session.stored_attachments(draft_id)
                outcomes = self._page.session.attachment_outcomes(draft_id)
            except Exception as exc:  # a damaged draft is reported, never fatal
                self._page.show_message(describe_error(exc), error=True)
                return
        # open(), not exec(): no nested event loop, and tests can fill the real dialog.
        opened = {"save": self._page.session.save_draft, "draft_id": draft_id, "fields": fields,
                  "stored_attachments": stored, "attachment_outcomes": outcomes}
        if self._editor_factory is not None:
            editor = self._wire(self._editor_factory(self._page, **opened))
        else:
            editor = self.stock.take()
            editor.load(**opened)
        self._page.editor = editor
        # Also on a new draft: the autosave stores its files (ui/attachment_keeper.py).
        editor.attachments_panel.remove_stored = (
            lambda attachment_id, e=editor: self._remove_attachment(e.draft_id, attachment_id)
        )
        if editor.keeper is not None:
            editor.store_files_with(self._page.session.attach, self._remove_attachment,
                                    self._page.runner)
        for path, keep in pending:
            editor.attachments_panel.keep_original.setChecked(keep)
            editor.attachments_panel.add_pending(path)
        editor.attachments_panel.keep_original.setChecked(False)
        if editor.keeper is not None:
            editor.keeper.saved.connect(lambda saved_id, e=editor: self._autosaved(e, saved_id))
        editor.open()
        if resume and not editor.form.restore_focus(focus):
            editor.form.description.moveCursor(QTextCursor.End)
            editor.form.description.setFocus()

    def show_editor_in(self, code: str) -> None:
        """The open draft in the editor of language `code` (spoken now: ui/form_language.py),
        as typed: at once if that editor is built, else once its slices are done (the open
        one stays in use meanwhile)."""
        self._wanted_language = code
        self.stock.when_ready(lambda: self._show_in(code))

    def _show_in(self, code: str) -> None:
        """In two turns of the event loop, each well under 50 ms (one was 50-70): the draft is
        kept and opened in this language's editor, over the open one; that one closes in the
        next turn. Not when the draft cannot be kept: its editor stays, saying why."""
        old = self._page.editor
        if self._page.retired or code != self._wanted_language or code != label_language():
            return  # locked meanwhile, or asked back before this editor was built
        if old is None or not old.isVisible() or (old.has_changes()
                                                  and not old.save_now(quick=True)):
            return
        if old.files is not None:  # the file being stored is settled: what is not, is pending
            old.files.settle()
        state = {**hand_over(old), "pending": old.attachments(), "draft_id": old.draft_id,
                 "saved_anything": old.keeper is not None and old.keeper.saved_anything}
        self._page.editor = None
        self.take_over_editor(state)
        QTimer.singleShot(0, old.keep_and_close)  # kept just now: nothing more is written

    def _remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        try:
            self._page.session.remove_attachment(draft_id, attachment_id)
        except Exception as exc:  # shown, never fatal
            self._page.show_message(describe_error(exc), error=True)

    def keep_editor_for_lock(self) -> tuple[str, list[tuple[Path, bool]], tuple | None] | None:
        """Save the open editor's draft and close it; what to reopen after unlocking (its id,
        the files still to attach, where the focus was), or None. `lost_at_lock`: why the
        words typed since the last save could not be kept, or None."""
        editor, self._page.editor = self._page.editor, None
        self.lost_at_lock = self.words_at_lock = None
        if editor is None or not editor.isVisible():
            return None
        focus = editor.form.focus_place()
        # A moment's wait for the store, no more: another program holding it froze the window
        # 10 s with the story on screen before the lock page came (review r12ad R1). What
        # could not be saved is sealed here and saved by the next unlock.
        if not editor.keep_and_close(quick=True):
            self.lost_at_lock = editor.keeper.error
            try:  # held in memory, sealed, for the next unlock of this vault (review r12ac-2)
                self.words_at_lock = self._page.session.seal_words_for_unlock(
                    editor.draft_id, editor.fields(), editor.keeper.last_saved)
            except Exception:  # too large to seal: lost, as the lock page says
                self.words_at_lock = None
        pending = editor.attachments()  # after closing: the file being stored is settled
        if editor.draft_id is None:
            return None
        return editor.draft_id, pending, focus

    def left_at_lock(self) -> tuple[Exception | None, bytes | None, StoringFiles | None,
                                    list[str]]:
        """After `keep_editor_for_lock`, before the lock stops the work running: why the words
        were not saved and them sealed (`lost_at_lock`, `words_at_lock`), the files being
        stored (`files_being_stored`) and the drafts a sealing running now was given."""
        return (self.lost_at_lock, self.words_at_lock, self.files_being_stored(),
                list(self._page.delivery.sealing))

    def hand_over_editor(self) -> dict | None:
        """Keep the open editor's draft and close it for a language switch; what the editor
        built anew in the other language needs (`take_over_editor`), or None."""
        editor, self._page.editor = self._page.editor, None
        if editor is None or not editor.isVisible():
            return None
        editor.keep_and_close()
        # Read after keeping: that save may be the first this editor made, and the file being
        # stored is settled then.
        saved = editor.keeper is not None and editor.keeper.saved_anything
        return {**hand_over(editor), "pending": editor.attachments(),
                "draft_id": editor.draft_id, "saved_anything": saved}

    def take_over_editor(self, state: dict) -> None:
        """Open the editor again, in the language now set, as `hand_over_editor` left it: the
        draft as typed (from the vault), the files still to attach, the focus; a new editor
        with nothing typed yet opens new again."""
        self.open_editor(state["draft_id"], state["pending"])
        if self._page.editor is not None:
            self._page.editor.carry_on(state)

    def _autosaved(self, editor: SignalEditor, draft_id: str) -> None:
        """The list behind the editor shows the draft as just saved (review r12u F16: its time
        stood still while the text autosaved; its size did until the next read of the list),
        from the editor's fields (`_show_row`)."""
        self._show_row(draft_id, editor.fields)

    def _show_row(self, draft_id: str, fields: Callable[[], dict] | None = None) -> None:
        """Redraw only the row of `draft_id`, as stored now: its size and time from the store's
        one row, its summary from `fields()` (else the draft read again; not at all when the
        row shows it as stored). The whole list is read again only for a draft not in it yet,
        or gone: every close of the editor did that, 13-20 ms of the GUI thread at 400 rows
        (issue 12 "Quick")."""
        from intake_app.services.liaison import summarise

        page = self._page
        if page.retired:
            return
        try:
            entry = page.session.draft_entry(draft_id)
            shown = next((e for e in page.table.entries() if e.id == draft_id), None)
            if entry is not None and shown is not None and fields is None and (
                    shown.date, shown.size) == (entry.date, entry.size):
                return  # as stored: the autosave drew it
            summary = None if entry is None else summarise(
                fields() if fields is not None else page.session.read_draft(draft_id))
        except Exception as exc:  # shown, never fatal; the draft itself was kept
            page.show_message(describe_error(exc), error=True)
            return
        if entry is not None and page.table.update_draft(entry, summary):
            return
        if page.tabs.key() in ("", "draft"):  # a tab without drafts has nothing to show
            page.refresh()

    def editor_closed(self, editor: SignalEditor) -> None:
        """What the page does once `editor` closed (EditorShelf passes it on)."""
        closed_for_good = self._page.editor is editor  # not handed over to a new one
        if closed_for_good:
            self._page.editor = None
            # First: the window speaks the liaison's language again before the list and its
            # message say what became of the draft (review r12y R6).
            self._page.editor_closed.emit()
        if editor.outcome == "saved" and editor.draft_id is None:
            self._page.show_message(self.tr("Nothing was typed, so no draft was kept."))
        elif editor.outcome == "saved":
            self._attach_pending(editor)
        elif editor.outcome == "discarded":
            self._restore(editor)
        if closed_for_good and editor.draft_id is not None:  # handed over: its row was
            self._show_row(editor.draft_id)  # redrawn as it was kept (_autosaved)
        if editor.draft_id is not None:  # the row just edited stays the chosen one
            self._page.table.select_ids([editor.draft_id])

    def _restore(self, editor: SignalEditor) -> None:
        """Throw away what this editor wrote: a new draft goes, an old one gets its fields back
        and loses the files the autosave stored since it opened (review r12z R1)."""
        keeper = editor.keeper
        here = set(editor.files.stored_here if editor.files is not None else ())
        if keeper is None or keeper.draft_id is None or not (keeper.saved_anything or here):
            return
        session = self._page.session
        try:
            if editor.opened_new:
                session.delete(keeper.draft_id)
                return
            if keeper.saved_anything:
                session.save_draft(editor.baseline(), keeper.draft_id)
            for attachment in session.stored_attachments(keeper.draft_id):
                if attachment.id in here:
                    session.remove_attachment(keeper.draft_id, attachment.id)
        except Exception as exc:  # shown, never fatal
            self._page.show_message(describe_error(exc), error=True)

    def _attach_pending(self, editor: SignalEditor) -> None:
        draft_id, attachments = editor.draft_id, editor.attachments()
        # Files the autosave stored are named too when they are not clean (review r12z R1).
        any_new = bool(attachments) or bool(editor.files is not None and editor.files.stored_here)
        missing = len(editor.problems())
        session = self._page.session
        storing = StoringFiles(draft_id, list(attachments))

        def work(progress: Progress) -> str:
            try:  # `ended` however it ends: a lock reads it before cancelling the work
                sizes = [path.stat().st_size for path, _keep in attachments]
                total, base = sum(sizes) or 1, 0
                for (path, keep_original), size in zip(attachments, sizes, strict=True):
                    session.attach(
                        draft_id,
                        path,
                        keep_original=keep_original,
                        progress=lambda done, b=base: progress(b + done, total),
                    )
                    storing.stored += 1
                    base += size
            finally:
                storing.ended = True
            return draft_id

        def saved(_id: str) -> None:
            text = self.tr("The draft was saved in your vault.")
            session = self._page.session
            outcomes = session.attachment_outcomes(draft_id) if any_new else []
            names = session.attachment_names(draft_id) if any_new else []
            # By name (the liaison's own, shown only here), each file that is not clean.
            uncleaned = [name for name, outcome in zip(names, outcomes, strict=False)
                         if not outcome.is_clean]
            if uncleaned:
                text += " " + self.tr(
                    "Careful: %n attachment(s) were not cleaned, or not fully: %1. Hidden data "
                    "(names, devices, places) may stay in them; open the draft to see why.",
                    "",
                    len(uncleaned),
                ).replace("%1", ", ".join(shown_name(name) for name in uncleaned))
            if missing:
                text += " " + self.tr(
                    "%n field(s) must still be filled before it can be sealed.", "", missing
                )
            self._page.show_message(text, warning=bool(uncleaned))

        if not attachments:
            saved(draft_id)
            return
        self.storing = storing
        self._page.run_task(self.tr("Saving the attachments…"), work, saved)

    def delete_selected(self) -> None:
        """The list's Delete… button (ui/draft_deletion.py: asks, then deletes in a worker)."""
        self._deletion.delete_selected()
