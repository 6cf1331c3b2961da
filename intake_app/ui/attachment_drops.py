"""Files dropped anywhere on the editor's form are attached, never typed into a field.

A file manager offers a dragged file as a link and as text: dropped on the story, the file's
path went into the testimony (its folders can name a person) and was saved, and the drop was
taken as a move, which a source may answer by removing the original (review r12z R14). Every
text field of the form hands such a drag to the attachment panel instead, always as a copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QWidget

from intake_app.ui.outside_text import shown_name

if TYPE_CHECKING:
    from intake_app.ui.attachment_panel import AttachmentPanel


def as_copy(event: QDropEvent | QDragEnterEvent) -> None:
    """Accept a drag or drop as a copy, whatever the source proposed."""
    event.setDropAction(Qt.CopyAction)
    event.accept()


def refusal(url: QUrl, path: Path | None) -> str:
    """Why a dropped `url` (its local `path`, None for a link elsewhere) is not listed, in the
    attachment panel's words."""
    translate = QCoreApplication.translate
    if path is None:
        shown = url.toDisplayString()
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        return translate("AttachmentPanel", "Not added: %1 is not a file on this laptop; save "
                         "it here first, then add it.").replace("%1", shown_name(shown))
    if path.is_dir():
        return translate("AttachmentPanel", "Not added: %1 is a folder; add the files in "
                         "it.").replace("%1", shown_name(path.name or path))
    return translate("AttachmentPanel", "Not added: %1 cannot be found or is not a "
                     "file.").replace("%1", shown_name(path.name or path))


def catch_drops_on(form: QWidget, panel: AttachmentPanel) -> QObject:
    """Make every line edit and text area of `form` hand a drag with files to `panel`
    (`AttachmentPanel.take_urls`); returns the filter (a child of `panel`)."""
    catcher = _DropsToAttachments(panel)
    for field in form.findChildren(QLineEdit) + form.findChildren(QAbstractScrollArea):
        target = field.viewport() if isinstance(field, QAbstractScrollArea) else field
        target.installEventFilter(catcher)
    return catcher


class _DropsToAttachments(QObject):
    _DRAG_EVENTS = (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop)

    def __init__(self, panel: AttachmentPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._DRAG_EVENTS or not event.mimeData().hasUrls():
            return False
        if event.type() == QEvent.Drop:
            self._panel.take_urls(event.mimeData().urls())
        as_copy(event)
        return True
