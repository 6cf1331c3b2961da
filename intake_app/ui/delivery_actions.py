"""Delivering signals: sealing drafts for the office, exporting a bundle, importing a receipt.

Each runs in the background with a progress dialog (WorkspacePage.run_task); what the engine
reports (identifier hits, the export's placement warnings, where the bundle went) is said in
the window as the command line says it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from intake_app.sentences import sentence
from intake_app.services.liaison import AttachmentDamaged
from intake_app.ui.code_widgets import label_language
from intake_app.ui.fit import cut_to_fit, fit_message_box, fits_on_screen
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import shown_name
from intake_app.ui.seal_question import SealCheck, check_drafts, draft_name, flagged_lines
from intake_app.ui.task_progress import run_with_progress
from intake_app.ui.tasks import Progress

if TYPE_CHECKING:
    from intake_app.ui.workspace_page import WorkspacePage

# Drafts the seal buttons check on the GUI thread, at most (about 0.5 ms each: a new
# liaison's question shows at once); more are checked by a worker (seal_now_asking).
SYNC_CHECKS = 8
# Lines of each list (drafts named, attachments) the seal question holds at most; all of
# them are under its details.
MOST_LINES = 30


class DeliveryActions(QObject):
    """Seal, export and receipt import for the workspace `page`."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self._page = page
        # The drafts the sealing running now was given, emptied by its worker as it ends: a
        # lock stops it, and the next unlock says which are still drafts (review r12ad R7:
        # after unlocking, nothing told that the sealing had stopped).
        self.sealing: list[str] = []

    def seal_selected(self) -> None:
        self.seal_now_asking([e.id for e in self._page.selected_entries() if e.kind == "draft"])

    def seal_all(self) -> None:
        self.seal_now_asking([e.id for e in self._page.entries() if e.kind == "draft"])

    def seal_now_asking(self, draft_ids: list[str]) -> None:
        """Check `draft_ids`, then ask before sealing them (what the Seal buttons do). Up to
        SYNC_CHECKS drafts are checked at once; more by a worker (progress and Cancel, the
        actions wait), the question shown after: each draft is decrypted and checked, and
        400 held the GUI thread 180-200 ms before the question showed (review r12ab R1)."""
        page = self._page
        if page.busy or not draft_ids:
            return
        if len(draft_ids) <= SYNC_CHECKS:
            try:
                check = check_drafts(page.session, draft_ids)
            except Exception as exc:  # a damaged draft is reported, never fatal
                page.show_message(describe_error(exc), error=True)
                return
            self.ask_to_seal(draft_ids, check)
            return
        page.busy = True
        page.clear_message()
        page._update_buttons()
        session = page.session

        def then(handler: Callable[..., None]) -> Callable[..., None]:
            def run(*args: Any) -> None:
                if page.retired:  # locked meanwhile: nothing to ask
                    return
                page.busy = False
                page._update_buttons()
                handler(*args)

            return run

        run_with_progress(
            page, page.runner, self.tr("Checking the drafts…"),
            lambda progress: check_drafts(session, draft_ids, progress),
            on_success=then(lambda check: self.ask_to_seal(draft_ids, check)),
            on_failure=then(lambda exc: page.show_message(describe_error(exc), error=True)),
            on_cancel=then(lambda: page.show_message(QCoreApplication.translate(
                "WorkspacePage", "Cancelled. Nothing was lost."))))

    def ask_to_seal(self, draft_ids: list[str], check: SealCheck) -> None:
        """Ask before sealing the ready drafts of `check` (made by check_drafts from
        `draft_ids`), naming what may identify someone; a single unfinished draft opens."""
        unfinished, ready = check.unfinished, check.ready
        if unfinished and len(draft_ids) == 1:
            self.open_unfinished(unfinished[0])
            return
        if not ready:
            self._page.show_message(
                self.tr("%n draft(s) are not complete yet; open them to fill the marked fields.",
                        "", len(unfinished)),
                error=True,
            )
            return
        # Which draft, and the words (review r12v F11): ui/seal_question.py.
        identifiers = flagged_lines(check)
        head = self.tr(
            "After sealing, only the central office can read these %n signal(s); you will "
            "no longer be able to open or change them. Seal now?",
            "",
            len(ready),
        )
        language = label_language()
        attachments = ["\u26a0 " + shown_name(name) + ": " + " ".join(outcome.sentences(language))
                       for name, outcome in check.not_clean]

        def question(listed: int | None) -> str:
            """The question naming at most `listed` lines of each list (None: all of them)."""
            text = head
            if identifiers:
                text += "\n\n" + "\n".join([self.tr(
                    "Careful: the text of %n signal(s) may identify someone:", "",
                    len(identifiers)), *self._first(identifiers, listed)])
            if attachments:
                text += "\n\n" + "\n".join([self.tr(
                    "Careful: %n attachment(s) will be sealed with hidden data that may "
                    "identify someone:", "", len(attachments)), *self._first(attachments, listed)])
            if unfinished:
                text += "\n\n" + self.tr(
                    "%n draft(s) are not complete and stay drafts.", "", len(unfinished)
                )
            return text

        # At most MOST_LINES of each list to start with: the question is cut one line at a
        # time until it fits, each cut laid out again (400 drafts named: 400 layouts).
        longest = max(len(identifiers), len(attachments))
        listed = min(longest, MOST_LINES)
        self._page.ask(QMessageBox.Question, self.tr("Seal"), question(listed),
                       lambda: self.seal_now(ready))
        confirm = self._page.confirm
        # The hits are the liaison's typed words: never read as rich text.
        confirm.setTextFormat(Qt.PlainText)
        # Many drafts named pushed Yes and No below a small screen (review r12y R15): the
        # lists are cut until the question fits, and all of it is under its details.
        # With its details shown, too (review r12z R3), and its title bar on the screen.
        if listed < longest or not fits_on_screen(confirm):
            confirm.setDetailedText(question(None))

        def shorter() -> bool:
            nonlocal listed
            if listed <= 0:
                return False
            listed -= 1
            confirm.setText(question(listed))
            return True

        fit_message_box(confirm, shorter)

    def _first(self, lines: list[str], listed: int | None) -> list[str]:
        """The first `listed` of `lines` (all for None), and a line saying how many more."""
        if listed is None or listed >= len(lines):
            return lines
        return [*lines[:listed], self.tr("…and %n more, listed in the details.", "",
                                         len(lines) - listed)]

    def open_unfinished(self, draft_id: str) -> None:
        """Open an unfinished draft with its missing fields marked, the first one focused."""
        self._page.drafts.open_editor(draft_id)
        if self._page.editor is not None:
            self._page.editor.show_errors(self._page.editor.problems())

    def seal_now(self, draft_ids: list[str]):
        session = self._page.session

        def work(progress: Progress) -> list[str]:
            try:
                return seal_each(progress)
            finally:
                self.sealing = []

        def seal_each(progress: Progress) -> list[str]:
            # Sizes first: a sealed draft is gone, and the bar should cover all of them.
            sizes = {d: session.plaintext_size(d) for d in draft_ids}
            total = sum(sizes.values()) or 1
            base = 0
            not_sealed = []
            for draft_id in draft_ids:
                try:
                    session.seal(draft_id, progress=lambda n, b=base: progress(b + n, total))
                except AttachmentDamaged:
                    # A blob deleted or changed outside Seinpost (review r7g L1): this draft
                    # stays as it was, the others are sealed, and `sealed` names it.
                    not_sealed.append(draft_id)
                base += sizes[draft_id]
                progress(base, total)
            return not_sealed

        self.sealing = list(draft_ids)
        return self._page.run_task(self.tr("Sealing…"), work,
                                   lambda not_sealed: self.sealed(draft_ids, not_sealed))

    def sealed(self, draft_ids: list[str], not_sealed: list[str]) -> None:
        """Say how many of `draft_ids` were sealed and name each of `not_sealed` as its row in
        the list names it (category, date), in the sentences of the command line."""
        done = len(draft_ids) - len(not_sealed)
        if not not_sealed:
            self._page.show_message(self.tr("%n signal(s) sealed for the office.", "", done))
            return
        language = label_language()
        names = [f"“{draft_name(self._page.session.read_draft(d))}”" for d in not_sealed]
        lines = [sentence("seal.draft_not_sealed", language, draft=name) for name in names]
        lines.append(sentence("seal.some_not_sealed", language, sealed=done,
                              total=len(draft_ids), drafts="; ".join(names)))
        self._page.show_message("\n".join(lines), error=True)

    def export_bundle(self) -> None:
        if self._page.busy:
            return
        folder = self._page.dialogs.choose_export_folder(self._page)
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path):
        session = self._page.session

        def work(progress: Progress):
            return session.export(folder, progress=progress)

        def exported(result) -> None:
            # The full path of every part, and the engine's placement warnings (a folder on
            # this laptop's own disk, a drive that is not removable), as the command line says.
            head = [sentence(code, label_language()) for code in result.warnings]
            left_out = [sentence(left.code, label_language(), position=left.position,
                                 sealed=left.sealed_when()) for left in result.left_out]
            tail = [self.tr(
                "%n signal(s) exported. They stay sealed here until the office's receipt is "
                "imported. The bundle was written to:", "", len(result.item_ids),
            ), *(shown_name(path, isolate=False) for path in result.paths)]
            warned = bool(result.warnings or result.left_out)
            self._page.show_message("\n".join(head + left_out + tail), warning=warned)
            # And in a box that waits to be read (review r12w F3: the result and "not on a
            # separate USB stick" stood below the list, off the screen at 1.5× scale); the
            # signals left out are cut to fit, the paths kept (review r12ae-6).
            self._page.tell(self.tr("Export"), "\n".join(head + left_out + tail), warning=warned)
            sign = "\u26a0 " if warned else ""
            cut_to_fit(self._page.outcome, left_out,
                       lambda shown: sign + "\n".join(head + shown + tail))

        return self._page.run_task(self.tr("Exporting the bundle…"), work, exported)

    def save_unlisted(self) -> None:
        """Ask for a folder and copy there, as they are, the sealed files this profile's store
        does not list (the unlock's notice offers it; store/unlisted.py)."""
        if self._page.busy:
            return
        folder = self._page.dialogs.choose_unlisted_folder(self._page)
        if folder is not None:
            self.save_unlisted_to(folder)

    def save_unlisted_to(self, folder: Path):
        session = self._page.session

        def saved(copies) -> None:
            language = label_language()
            lines = [self.tr("%n sealed file(s) saved for the office, as they are, in:", "",
                             len(copies.paths)),
                     *(shown_name(path, isolate=False) for path in copies.paths), "",
                     *([sentence("liaison_out.sealed_skipped", language, count=copies.skipped)]
                       if copies.skipped else []),  # planted there (review r7l R7L-3)
                     sentence("liaison_out.unlisted_unsigned", language)]
            self._page.show_message("\n".join(lines), warning=True)
            self._page.tell(self.tr("Save"), "\n".join(lines), warning=True)

        return self._page.run_task(self.tr("Saving the sealed files…"),
                                   lambda _p: session.save_unlisted(folder), saved)

    def import_receipt(self) -> None:
        if self._page.busy:
            return
        path = self._page.dialogs.open_receipt(self._page)
        if path is not None:
            self.import_receipt_from(path)

    def import_receipt_from(self, path: Path):
        session = self._page.session

        def delivered(result) -> None:
            if not result.delivered:  # imported before: "0 signals … erased" would mislead
                self._page.show_message(sentence("receipt.nothing_new", label_language()))
                return
            self._page.show_message(
                self.tr(
                    "The office confirmed %n signal(s); they were erased from this laptop.",
                    "",
                    len(result.delivered),
                )
            )

        return self._page.run_task(
            self.tr("Importing the receipt…"), lambda _p: session.import_receipt(path), delivered
        )
