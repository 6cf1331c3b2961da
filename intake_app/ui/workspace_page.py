"""The unlocked vault: drafts and sealed items, and the actions on them.

After sealing, a signal shows only its id, size, date and status: its content is gone from
this laptop (DESIGN.md §2).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.states import DELETABLE, HELD
from intake_app.services.liaison import LiaisonSession, ListEntry
from intake_app.ui.action_row import ActionRow
from intake_app.ui.code_widgets import label_language, warm_up
from intake_app.ui.country_names import load_names
from intake_app.ui.delivery_actions import DeliveryActions
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.draft_actions import DraftActions
from intake_app.ui.editor_reuse import EditorShelf
from intake_app.ui.fit import fit_message_box
from intake_app.ui.message_bar import MessageBar
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain, shown_name
from intake_app.ui.profile_actions import show_my_card, update_office_card
from intake_app.ui.security_dialog import SecurityDialog
from intake_app.ui.signal_editor import SignalEditor
from intake_app.ui.signal_table import SignalTable, StateTabs
from intake_app.ui.summary_reader import SummaryReader
from intake_app.ui.task_progress import run_with_progress
from intake_app.ui.tasks import Progress, TaskRunner


class WorkspacePage(QWidget):
    lock_requested = Signal()
    language_requested = Signal(str)  # the editor's button: for that form only
    editor_closed = Signal()  # the editor closed (not handed over to one in another language)
    auto_lock_changed = Signal(int)  # minutes

    def __init__(
        self,
        session: LiaisonSession,
        dialogs: FileDialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        editor_factory: Callable[..., SignalEditor] | None = None,
        editors: EditorShelf | None = None,  # the window's editors (ui/editor_reuse.py)
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs
        self._runner = runner
        self.runner = runner  # the editor's attachment forecasts run here too
        self.busy = False  # a background task runs: the actions wait
        self.retired = False  # the window locked: its session is closed (retire)
        self.editor: SignalEditor | None = None
        self.confirm: QMessageBox | None = None
        self.outcome: QMessageBox | None = None  # the last export's result, in a box
        self.security: SecurityDialog | None = None
        self.drafts = DraftActions(self, editor_factory, editors)
        self.delivery = DeliveryActions(self)
        self.summaries = SummaryReader(self)  # the drafts' summaries, read off the GUI thread

        title = QLabel(self.tr("Your signals"))
        title.setObjectName("title")
        self.office_label = plain(QLabel())  # the office card's name
        self.office_label.setWordWrap(True)
        self.keyring_missing = False  # only the passphrase protects the vault (show_profile)
        self.message_bar = MessageBar()  # above the list (review r12w F3)
        self.message = self.message_bar.label
        self.message_close = self.message_bar.close_button

        self.tabs = StateTabs()
        self.tabs.changed.connect(self.refresh)
        self.tabs.changed.connect(self.clear_message)  # it was about what the tab showed
        self.table = SignalTable()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.clear_button = QPushButton(self.tr("Clear &finished from the list"))
        self.clear_button.setToolTip(
            self.tr("Delivered and deleted signals leave this list; nothing else changes")
        )
        self.clear_button.clicked.connect(self.ask_clear_finished)
        self.table.doubleClicked.connect(lambda _index: self.drafts.edit_selected())
        self.table.open_requested.connect(self.drafts.edit_selected)

        self.new_button = QPushButton(self.tr("&New signal…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.drafts.new_signal)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.clicked.connect(self.drafts.edit_selected)
        self.delete_button = QPushButton(self.tr("Dele&te…"))
        self.delete_button.clicked.connect(self.drafts.delete_selected)
        self.seal_button = QPushButton(self.tr("&Seal selected"))
        self.seal_button.clicked.connect(self.delivery.seal_selected)
        self.seal_all_button = QPushButton(self.tr("Seal &all drafts"))
        self.seal_all_button.clicked.connect(self.delivery.seal_all)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Write the sealed signals to a USB stick or folder as one signed bundle")
        )
        self.export_button.clicked.connect(self.delivery.export_bundle)
        self.receipt_button = QPushButton(self.tr("Import &receipt…"))
        self.receipt_button.clicked.connect(self.delivery.import_receipt)
        # Alt+K in both languages, a key nothing else of the window has in either: English
        # Alt+O (office) was Dutch Alt+O (Ontvangstbewijs, the receipt), so a bilingual liaison
        # read a receipt as an office card (review r12x X7), and with no key at all it was
        # the one action the keyboard could not reach (review r12z R9).
        self.office_card_button = QPushButton(self.tr("New office &key card…"))
        self.office_card_button.setToolTip(
            self.tr("Accept the office's new card; only a card signed by the current one is taken")
        )
        self.office_card_button.clicked.connect(lambda: update_office_card(self))
        self.my_card_button = QPushButton(self.tr("&My key card…"))
        self.my_card_button.setToolTip(
            self.tr("Your fingerprint and its QR code, and your key card to save for the office")
        )
        self.my_card = None  # the dialog, while open
        self.my_card_button.clicked.connect(lambda: show_my_card(self))
        self.security_button = QPushButton(self.tr("Se&curity…"))
        self.security_button.clicked.connect(self.open_security)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+N"), self, self.drafts.new_signal)

        # One row in order of use; what the width has no room for goes into "More" (review
        # r12w F2: four wrapped rows at 1.5× scale pushed the list below the screen's bottom).
        self.action_row = ActionRow(self.tr("More act&ions"))
        self.action_row.more.setToolTip(self.tr("The actions there is no room for in this row"))
        for button in (self.new_button, self.edit_button, self.seal_button, self.export_button,
                       self.receipt_button, self.clear_button, self.delete_button,
                       self.seal_all_button, self.lock_button, self.security_button,
                       self.my_card_button, self.office_card_button):
            self.action_row.add(button)

        content = QWidget()
        layout = QVBoxLayout(content)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.office_label, 1)
        layout.addLayout(header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.action_row)
        # The tabs alone on their line: the clear button beside them made them scroll at 1.5×
        # scale (review r12w F12); it is one of the actions now.
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        # A very short screen still scrolls the page rather than press the rows together; the
        # list keeps room for a few rows.
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(
            header_height + 3 * self.table.verticalHeader().defaultSectionSize())
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Your signals"))
        scroll.setFocusPolicy(Qt.NoFocus)  # a Tab stop that showed nothing, did nothing
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Tab goes from the list to the actions, then the tabs (review r12w F5: the list was
        # the tenth stop).
        chain = [self.table, *self.action_row.buttons(), self.action_row.more, self.tabs,
                 self.message_close]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.show_profile()
        self.refresh()
        # Country names load off the GUI thread, sorted on it (Qt's collator), not at a draft.
        language = label_language()
        runner.start(lambda _progress: load_names(language), on_success=self._names_loaded)

    def _names_loaded(self, _none: None) -> None:
        """Sort the country lists; then build the editor ahead, in slices (editor_reuse.py)."""
        warm_up(label_language())
        if not self.retired:
            self.drafts.prepare_editor()

    # ----- what is shown --------------------------------------------------------------------

    def show_profile(self) -> None:
        """The office the signals are sealed for, and the keyring warning: read at the start
        and after a new office card, not at every refresh of the list (parsing both cards
        costs the GUI thread several milliseconds)."""
        status = self.session.status()
        self.office_label.setText(self.tr("Sealed for: %1 — fingerprint %2").replace(
            "%1", shown_name(status.office_name)).replace("%2", status.office_fingerprint))
        self.keyring_missing = bool(status.vault.warning)

    def tell_keyring_note(self) -> None:
        """Say once, above the list, that no system keyring protects the vault (after set-up;
        the Security settings say it for good). Before, the note stood above every list view
        for as long as the vault was used (review r12v F15)."""
        if self.keyring_missing:
            self.show_message(self.tr(
                "No system keyring was available: this vault is protected by your passphrase "
                "only. Choose a long passphrase. Security… shows this note again."),
                warning=True)

    def refresh(self) -> None:
        """The list, its tabs and the buttons, from the session (ids, states, draft summaries)."""
        everything = self.session.list_entries(hide_cleared=True)
        self.tabs.set_counts(everything)
        shown = [e for e in everything if self.tabs.shows(e)]
        summaries = self.summaries.summaries_for(shown)  # the rest follow (summary_reader.py)
        self.table.show_entries(shown, summaries)
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.empty.setText(self._empty_text(bool(everything)))
        self.action_row.set_wanted(
            self.clear_button, any(e.status in ("delivered", "deleted") for e in everything))
        self._update_buttons()

    def _empty_text(self, anything: bool) -> str:
        """What to do next when the list (or the chosen tab) is empty."""
        if anything:
            return self.tr("Nothing here. Choose another tab above to see your other signals.")
        return self.tr(
            "No signals yet. When someone tells you what happened, press New signal (Ctrl+N) "
            "and write it down; it is kept encrypted on this laptop until you seal it."
        )

    def ask_clear_finished(self) -> None:
        """Ask first (Yes/No, No the default): the rows cannot be brought back to the list
        (review r12u F7: one click cleared them without a word)."""
        finished = sum(
            1 for e in self.session.list_entries(hide_cleared=True)
            if e.status in ("delivered", "deleted")
        )
        if self.busy or not finished:
            return
        self.ask(
            QMessageBox.Question,
            self.tr("Clear finished"),
            self.tr(
                "Take %n delivered or deleted signal(s) off the list? They cannot be shown "
                "again; nothing else changes.", "", finished),
            lambda: self.clear_finished(finished),
        )

    def clear_finished(self, count: int) -> None:
        """Take delivered and deleted rows off the list (their tombstones stay in the store)."""
        try:
            self.session.clear_finished()
        except Exception as exc:  # shown, never fatal
            self.show_message(describe_error(exc), error=True)
        else:
            self.show_message(self.tr("%n finished signal(s) taken off the list.", "", count))
        self.refresh()

    def retire(self) -> None:
        """The window locks: outcomes of work running arrive after the session closed, in vain."""
        self.retired = True

    def entries(self) -> list[ListEntry]:
        return self.table.entries()

    def selected_entries(self) -> list[ListEntry]:
        return self.table.selected_entries()

    def _update_buttons(self) -> None:
        selected = self.selected_entries()
        drafts_selected = [e for e in selected if e.kind == "draft"]
        self.edit_button.setEnabled(not self.busy and len(selected) == len(drafts_selected) == 1)
        deletable = [e for e in selected if e.status in DELETABLE]
        self.delete_button.setEnabled(not self.busy and bool(deletable))
        any_drafts = any(e.kind == "draft" for e in self.entries())
        self.seal_button.setEnabled(not self.busy and bool(drafts_selected))
        self.seal_all_button.setEnabled(not self.busy and any_drafts)
        self.new_button.setEnabled(not self.busy)
        exportable = any(e.status in HELD for e in self.entries())
        self.export_button.setEnabled(not self.busy and exportable)
        self.receipt_button.setEnabled(not self.busy)
        self.office_card_button.setEnabled(not self.busy)
        self.security_button.setEnabled(not self.busy)

    def show_message(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        """Show `text` above the list (empty: hide it): a notice, a warning (the work was done,
        but check something) or an error (ui/message_bar.py)."""
        self.message_bar.say(text, "error" if error else "warning" if warning else "notice")
        if text:
            self.scroll.ensureWidgetVisible(self.message_bar)

    def clear_message(self) -> None:
        """Hide the message: the person went on to something else (ui/message_bar.py)."""
        self.message_bar.say("")

    def take_message(self, other: WorkspacePage) -> None:
        """Show what `other` (the page this one replaces) was showing above its list."""
        self.message_bar.take(other.message_bar)

    def focus_list(self) -> None:
        """The list takes the keyboard, its top row current and selected, so Enter opens it
        (review r12w F5: after unlocking the focus was nowhere to be seen); an empty list
        leaves it to New signal."""
        if self.table.isVisible() and self.table.rowCount():
            self.table.setFocus(Qt.OtherFocusReason)
            if not self.table.selectedIndexes():
                self.table.selectRow(0)
        else:
            self.new_button.setFocus(Qt.OtherFocusReason)

    # ----- long work ------------------------------------------------------------------------

    def run_task(self, title: str, fn: Callable[[Progress], Any], done: Callable[[Any], None]):
        """Run `fn` in the background with a cancellable progress dialog."""
        self.busy = True
        self.clear_message()  # about the work before; this work says its own outcome
        self._update_buttons()

        def finished(then: Callable[..., None]) -> Callable[..., None]:
            def run(*args: Any) -> None:
                if self.retired:  # locked while it ran: the outcome has no session to show
                    return
                self.busy = False
                self.refresh()
                then(*args)

            return run

        return run_with_progress(
            self,
            self._runner,
            title,
            fn,
            on_success=finished(done),
            on_failure=finished(lambda exc: self.show_message(describe_error(exc), error=True)),
            on_cancel=finished(lambda: self.show_message(self.tr("Cancelled. Nothing was lost."))),
        )

    # ----- actions --------------------------------------------------------------------------

    def ask(self, icon, title: str, text: str, on_yes: Callable[[], object]) -> None:
        """Ask Yes/No (No is the default) without a nested event loop; Yes runs `on_yes`."""
        self.confirm = confirm = QMessageBox(
            icon, title, text, QMessageBox.Yes | QMessageBox.No, self
        )
        confirm.setDefaultButton(QMessageBox.No)
        confirm.buttonClicked.connect(
            lambda button: confirm.standardButton(button) == QMessageBox.Yes and on_yes()
        )
        confirm.open()
        fit_message_box(confirm)  # its title bar on the screen (review r12z R3)

    def tell(self, title: str, text: str, *, warning: bool = False) -> None:
        """Say `text` in a box over the window (OK closes it), without a nested event loop."""
        self.outcome = box = QMessageBox(
            QMessageBox.Warning if warning else QMessageBox.Information, title,
            ("\u26a0 " + text) if warning else text, QMessageBox.Ok, self)
        plain(box).setObjectName("outcome")  # it names paths and files (review r12ae-7)
        box.open()

    # ----- what the main window and tests call (the actions live in drafts and delivery) -----

    def new_signal(self) -> None:
        self.drafts.new_signal()

    def open_editor(
        self, draft_id: str | None, pending: list[tuple[Path, bool]] = (), *, resume: bool = False,
        focus: tuple[str, int] | None = None,
    ) -> None:
        self.drafts.open_editor(draft_id, pending, resume=resume, focus=focus)

    def keep_editor_for_lock(self) -> tuple[str, list[tuple[Path, bool]], tuple | None] | None:
        return self.drafts.keep_editor_for_lock()

    def import_receipt(self) -> None:
        self.delivery.import_receipt()

    # ----- settings (the office card and the liaison's card: profile_actions.py) -------------

    def open_security(self) -> None:
        if self.busy:
            return
        self.security = SecurityDialog(self.session, self._runner, self)
        self.security.auto_lock_changed.connect(self.auto_lock_changed)
        self.security.open()
