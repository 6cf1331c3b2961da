"""Attachments of a draft: chosen by drag-and-drop or a file picker, each saying its fate.

A file waits in this list until the next autosave (ui/attachment_keeper.py) or the draft's
save cleans it (unless kept as original evidence) and stores it in the vault. Each line says,
as soon as the file is chosen, whether it will be cleaned (the engine's forecast,
`media.forecast`, from the file's first bytes) and under which name it is stored when that
differs (the extension follows the content). Stored ones show what cleaning did. The forecast
is made on a worker (the first one loads the cleaners): meanwhile the line says "checking…".
Every file that is not or will not be cleaned is a warning: its line is marked and coloured,
and a warning under the list names it, so nothing is cut off or told by colour alone. The
names are the liaison's own, shown only on this laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.attachment_drops import as_copy, refusal
from intake_app.ui.code_widgets import label_language
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.fit import cut_to_fit
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain, shown_name, tooltip_text
from intake_app.ui.tasks import TaskRunner

PENDING_ROLE = Qt.UserRole
KEEP_ROLE = Qt.UserRole + 1
STORED_ROLE = Qt.UserRole + 2
# True on a line whose file is not, or will not be, cleaned.
WARNING_ROLE = Qt.UserRole + 3
# The name the file has (or will have) in the vault.
NAME_ROLE = Qt.UserRole + 4
# True while the file's forecast is being made (on a worker).
CHECKING_ROLE = Qt.UserRole + 5
# The number of the line's latest forecast: an older one that comes in later is dropped.
TOKEN_ROLE = Qt.UserRole + 6
# The file a line stored by this editor's autosave came from (ui/attachment_keeper.py).
SOURCE_ROLE = Qt.UserRole + 7
# The warning colours of the style sheet's QLabel#warning (resources/styles/seinpost.qss).
WARNING_BACKGROUND = QColor("#fff4ce")
WARNING_TEXT = QColor("#4a3b00")


def _outcome_line(outcome) -> str:
    """The engine's sentences for one `AttachmentOutcome`, a warning sign unless clean."""
    text = " ".join(outcome.sentences(label_language()))
    return text if outcome.is_clean else "\u26a0 " + text


def forecast_for(path: Path, keep_original: bool):
    """The engine's forecast for the file at `path` (`media.forecast`, through the session's
    module); OutsideFileError and the like when it cannot be read. Reads only its first
    bytes. The editor exists only after unlocking, when the services are loaded already."""
    from intake_app.services.liaison import forecast_attachment

    return forecast_attachment(path, keep_original=keep_original)


class AttachmentPanel(QWidget):
    """A list of files with Add and Remove; accepts files dropped on it."""

    def __init__(
        self, dialogs: FileDialogs, parent: QWidget | None = None, *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._runner = runner or TaskRunner(self)  # the forecasts run here, off the GUI thread
        self._waiting: dict[int, tuple[QListWidgetItem, Path, str]] = {}
        self._next_token = 0
        # Set by the editor when the draft is in the vault: removes one stored attachment by id.
        self.remove_stored = None
        self.remove_question: QMessageBox | None = None  # asked before removing several
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        # Lines wrap inside the form's width: a warning cut off at the right edge is not read.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setMaximumHeight(170)
        self.list.setSelectionMode(QListWidget.ExtendedSelection)
        self.warning = plain(QLabel())  # names files: never markup (review r12ae-7)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        # What a drop brought that is not a file here (a folder, a web link): said, not ignored.
        self.refused = plain(QLabel())
        self.refused.setObjectName("error")
        self.refused.setWordWrap(True)
        self.refused.hide()
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.add_button.setAccessibleName(self.tr("Add file"))
        self.add_button.clicked.connect(self.add_from_picker)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen attachment"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.keep_original = QCheckBox(self.tr("Keep the original, do not clean"))
        self.keep_original.setAccessibleName(self.tr("Keep the original, do not clean"))
        self.keep_original.setToolTip(
            self.tr("Only for evidence that must stay untouched: hidden data stays in the file. "
                    "It applies to the chosen files in the list and to files you add next.")
        )
        self.keep_original.toggled.connect(self._keep_changed)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.keep_original)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(self.warning)
        column.addWidget(self.refused)
        column.addLayout(row)
        self.setFocusProxy(self.add_button)

    # ----- adding and removing --------------------------------------------------------------

    def add_from_picker(self) -> None:
        self.refused.hide()  # about an earlier drop
        paths = self._dialogs.open_attachments(self)
        for path in paths:
            self.add_pending(Path(path))
        if paths:
            self.show_last()

    def show_last(self) -> None:
        """Make the last line current and give the list the focus, so the form scrolls to it
        (review r12w F7: the focus went back to the description, the form scrolled up, and
        the new file was out of sight, which invited adding it again)."""
        last = self.list.item(self.list.count() - 1)
        # Only the new line chosen: the ones chosen before no longer are (review r12y R4: both
        # stayed chosen, and Remove then dropped both).
        self.list.setCurrentItem(last, QItemSelectionModel.ClearAndSelect)
        self.list.scrollToItem(last)
        self.list.setFocus(Qt.OtherFocusReason)

    def add_pending(self, path: Path) -> None:
        """List `path` to be cleaned (or kept as original) and stored when the draft is saved;
        its line says "checking…" until the forecast, made on a worker, says whether it will be
        cleaned and under which name it is stored."""
        keep = self.keep_original.isChecked()
        item = self._pending_item(path)
        if item is None:
            item = self._line(path.name, "", False)
            item.setData(PENDING_ROLE, str(path))
            item.setData(NAME_ROLE, path.name)
        # The same file again is the line already there, with the choice made now (review
        # r12x X6: a second line of the same name, one "cleaned", one "not cleaned").
        self._forecast(item, path, keep)

    def _pending_item(self, path: Path) -> QListWidgetItem | None:
        """The line of `path` if it is listed and not yet stored."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PENDING_ROLE) == str(path):
                return item
        return None

    def _keep_changed(self, keep: bool) -> None:
        """The box applies to the chosen files not yet stored, at once, and to files added
        next (review r12x X6: ticking it changed nothing on the line of the file chosen). A
        file the autosave stored in this editor goes out of the vault and is stored anew."""
        for item in self.list.selectedItems():
            source = item.data(SOURCE_ROLE)
            if (source is not None and bool(item.data(KEEP_ROLE)) != keep
                    and self.remove_stored is not None):
                self.remove_stored(item.data(STORED_ROLE))
                item.setData(STORED_ROLE, None)
                item.setData(SOURCE_ROLE, None)
                item.setData(PENDING_ROLE, source)
                item.setData(NAME_ROLE, Path(source).name)
            pending = item.data(PENDING_ROLE)
            if pending is not None and bool(item.data(KEEP_ROLE)) != keep:
                self._forecast(item, Path(pending), keep)

    def _forecast(self, item: QListWidgetItem, path: Path, keep: bool) -> None:
        """Mark `item` to be kept as original or cleaned, and make its forecast anew."""
        item.setData(KEEP_ROLE, keep)
        item.setData(CHECKING_ROLE, True)
        self.style_line(item, path.name, self.tr("checking whether it can be cleaned…"), False)
        self._show_warning()
        # The first forecast loads the image and Office cleaners (about half a second under
        # load): never on the GUI thread (ui/tasks.py).
        self._next_token += 1
        token = self._next_token
        item.setData(TOKEN_ROLE, token)
        self._waiting[token] = (item, path, label_language())

        def work(_progress) -> tuple[int, object]:
            try:
                return token, forecast_for(path, keep)
            except Exception as exc:  # unreadable now: said on its line
                return token, exc

        # A bound method: Qt drops the connection if this panel is gone before the answer.
        self._runner.start(work, on_success=self._forecast_done)

    def checking(self) -> int:
        """How many listed files still wait for their forecast."""
        return sum(1 for i in range(self.list.count()) if self.list.item(i).data(CHECKING_ROLE))

    def _forecast_done(self, outcome: tuple[int, object]) -> None:
        """Show what the forecast (or the failure to read the file) says on its file's line."""
        token, forecast = outcome
        waiting = self._waiting.pop(token, None)
        if waiting is None:
            return
        item, path, language = waiting
        if self.list.row(item) < 0 or item.data(TOKEN_ROLE) != token:
            return  # removed while it was being checked, or asked again since
        if isinstance(forecast, Exception):  # unreadable now: saving will say so again
            text, warn = "\u26a0 " + describe_error(forecast), True
        else:
            text = " ".join(forecast.sentences(language))
            warn = not forecast.will_be_cleaned
            if forecast.stored_name != path.name:
                text += " " + self.tr(
                    "It is stored as %1: the name that fits what the file holds."
                ).replace("%1", forecast.stored_name)
            if warn:
                text = "\u26a0 " + text
        item.setData(CHECKING_ROLE, False)
        self.style_line(item, path.name, text, warn)
        self._show_warning()

    def _line(self, name: str, text: str, warn: bool) -> QListWidgetItem:
        item = QListWidgetItem(self.list)
        self.style_line(item, name, text, warn)
        return item

    @staticmethod
    def style_line(item: QListWidgetItem, name: str, text: str, warn: bool) -> None:
        """Show `name — text` on `item`, marked and coloured as a warning when `warn`."""
        item.setText(f"{shown_name(name)} \u2014 {text}")
        item.setToolTip(tooltip_text(text))
        item.setData(WARNING_ROLE, warn)
        # Set both ways: a line forecast again may go from a warning to clean.
        item.setBackground(QBrush(WARNING_BACKGROUND) if warn else QBrush())
        item.setForeground(QBrush(WARNING_TEXT) if warn else QBrush())

    def show_stored(self, stored: list, outcomes: list | None = None) -> None:
        """List attachments already in the vault (`StoredAttachment`s or plain names), each
        saying what cleaning did. `outcomes`: the session's `attachment_outcomes` in the same
        order: then each line says why (the engine's sentences, as the command line prints
        them), and one that is not clean is marked as a warning, not by colour alone."""
        outcomes = list(outcomes or [])
        for index, entry in enumerate(stored):
            name = getattr(entry, "name", entry)
            outcome = outcomes[index] if index < len(outcomes) else None
            text = self.outcome_text(entry) if outcome is None else _outcome_line(outcome)
            if outcome is not None:
                warn = not outcome.is_clean
            else:
                warn = getattr(entry, "cleaning", None) in ("original-kept", "not-cleanable")
            item = self._line(name, text, warn)
            item.setData(PENDING_ROLE, None)
            item.setData(STORED_ROLE, getattr(entry, "id", None))
            item.setData(NAME_ROLE, name)
        self._show_warning()

    def mark_stored(self, item: QListWidgetItem, attachment_id: str, name: str,
                    outcome) -> None:
        """The pending line `item` is now in the vault as `name` (`attachment_id`): it says
        what cleaning did (`outcome`, an `AttachmentOutcome`), and remembers its file."""
        item.setData(SOURCE_ROLE, item.data(PENDING_ROLE))
        item.setData(PENDING_ROLE, None)
        item.setData(STORED_ROLE, attachment_id)
        item.setData(NAME_ROLE, name)
        self.style_line(item, name, _outcome_line(outcome), not outcome.is_clean)
        self._show_warning()

    def outcome_text(self, entry) -> str:
        cleaning = getattr(entry, "cleaning", None)
        if cleaning == "cleaned":
            return self.tr("cleaned of hidden data, in the vault")
        if cleaning == "partly-cleaned":
            return "\u26a0 " + self.tr(
                "partly cleaned: what may still identify you is named in its warnings"
            )
        if cleaning == "original-kept":
            return self.tr("original kept as evidence: hidden data stays in it")
        if cleaning == "not-cleanable":
            return "\u26a0 " + self.tr(
                "could not be cleaned: hidden data (location, author) may stay in it"
            )
        return self.tr("in the vault")

    def not_cleaned_names(self) -> list[str]:
        """The names of the listed files that are not, or will not be, cleaned."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(NAME_ROLE) for item in items if item.data(WARNING_ROLE)]

    def _show_warning(self) -> None:
        names = self.not_cleaned_names()
        self.warning.setVisible(bool(names))
        if names:
            self.warning.setText("\u26a0 " + self.tr(
                "Not cleaned: %1. Hidden data (names, devices, places) may stay in these files "
                "and reach the office as it is. Remove a file if that could put someone at risk."
            ).replace("%1", ", ".join(shown_name(name) for name in names)))

    def remove_selected(self) -> None:
        """Remove the chosen files: pending ones from the list, stored ones from the vault. More
        than one asks first, naming them (`remove_question`; review r12y R4: no word, no undo)."""
        chosen = self.list.selectedItems()
        if len(chosen) <= 1:
            self._remove(chosen)
            return
        names = [shown_name(item.data(NAME_ROLE)) for item in chosen]
        asked = self.tr("Remove these %n attachment(s)? %1", "", len(chosen))
        self.remove_question = question = QMessageBox(
            QMessageBox.Question, self.tr("Remove attachments"),
            asked.replace("%1", ", ".join(names)), QMessageBox.NoButton, self)
        plain(question)  # the names are the files' own (review r12ae-7)
        remove = question.addButton(self.tr("&Remove them"), QMessageBox.DestructiveRole)
        question.setDefaultButton(question.addButton(self.tr("&Keep them"),
                                                     QMessageBox.RejectRole))
        question.buttonClicked.connect(
            lambda button: self._remove(chosen) if button is remove else None)
        question.open()
        cut_to_fit(question, names, lambda shown: asked.replace("%1", ", ".join(shown)))

    def _remove(self, chosen: list[QListWidgetItem]) -> None:
        for item in chosen:
            if self.list.row(item) < 0:
                continue  # gone meanwhile
            stored_id = item.data(STORED_ROLE)
            if item.data(PENDING_ROLE) is None and stored_id and self.remove_stored is not None:
                self.remove_stored(stored_id)
            elif item.data(PENDING_ROLE) is None:
                continue
            self.list.takeItem(self.list.row(item))
        self._show_warning()

    def clear(self) -> None:
        """No file listed, none being checked, nothing said, the box unticked: as built (the
        editor shows the next draft; ui/editor_reuse.py). A forecast still being made for a
        file of the last draft is dropped when it comes in."""
        if self.remove_question is not None:
            self.remove_question.close()
            self.remove_question = None
        self.list.clear()
        self._waiting.clear()
        self.remove_stored = None
        self.keep_original.setChecked(False)
        self.warning.hide()
        self.refused.hide()

    def pending(self) -> list[tuple[Path, bool]]:
        """(path, keep_original) for each file chosen but not yet stored."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            (Path(item.data(PENDING_ROLE)), bool(item.data(KEEP_ROLE)))
            for item in items
            if item.data(PENDING_ROLE) is not None
        ]

    # ----- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            as_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Each dropped file is listed; what is not a file on this laptop is named below the
        list with why (it was ignored without a word: a dropped folder seemed to do nothing).
        Always a copy: a source that honours a move would remove the original (r12z R14)."""
        self.take_urls(event.mimeData().urls())
        as_copy(event)

    def take_urls(self, urls: list[QUrl]) -> None:
        """List each of `urls` that is a file on this laptop; say why for the others."""
        refused = []
        for url in urls:
            path = Path(url.toLocalFile()) if url.isLocalFile() else None
            if path is not None and path.is_file():
                self.add_pending(path)
            else:
                refused.append(refusal(url, path))
        self.refused.setText("\n".join("\u26a0 " + text for text in refused))
        self.refused.setVisible(bool(refused))
