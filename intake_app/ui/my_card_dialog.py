"""The liaison's own key card, at any time after set-up: the fingerprint, its QR code, and the
card to save for the office (review r12z R10: after set-up "My key card…" went straight to a
folder chooser and put the fingerprint in the message bar; the office reads the fingerprint
back later, when it registers the card, and the QR code was gone).

Only public things are shown: the card is public by design (DESIGN.md §3). A card of the same
name in the chosen folder is this liaison's (the name carries the key id); saving over it is
said, not done silently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.fit import FittedDialog, fit_to_screen
from intake_app.ui.message_bar import alert_text, restyle
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain, shown_name
from intake_app.ui.qr import qr_pixmap

#: What the QR code holds: this prefix and the fingerprint's 40 digits (as set-up shows it).
QR_PREFIX = "SEINPOST-FP:"


class MyCardDialog(FittedDialog):
    """Fingerprint, QR code, "Save my key card…" and Close; `fingerprint` as the vault gives it
    (8 groups of 5 digits), `file_name` the card's (liaison-<key id>.card), `save` writes the
    card to a path (raises what the store raises, atomically), `save_as(parent, file_name)` asks
    where, suggesting `file_name` (None: cancelled)."""

    def __init__(self, parent: QWidget | None, *, fingerprint: str, file_name: str,
                 save: Callable[[Path], None],
                 save_as: Callable[[QWidget, str], Path | None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your key card"))
        self._file_name = file_name
        self._save = save
        self._save_as = save_as
        intro = QLabel(self.tr(
            "Give your key card to the office (save it on a USB stick) and read them this "
            "fingerprint, or let them scan the code. The office accepts your bundles only "
            "once it has checked the fingerprint."))
        intro.setWordWrap(True)
        self.fingerprint = QLabel(self.tr("Your fingerprint: %1").replace("%1", fingerprint))
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(QR_PREFIX + fingerprint.replace(" ", "")))
        self.qr.setAccessibleName(self.tr("Your fingerprint as a QR code"))
        self.result = plain(QLabel())  # names a folder (review r12ae-7)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.result.hide()

        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (intro, self.fingerprint, self.qr, self.result):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Your key card"))

        self.save_button = QPushButton(self.tr("&Save my key card…"))
        self.save_button.clicked.connect(self.save_card)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)  # at 1.5x on 1024x600 it scrolls; the buttons stay
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)
        self.save_button.setFocus()

    def save_card(self) -> None:
        """Ask where (the card's own name suggested) and save it there; say where, or why
        not."""
        target = self._save_as(self, self._file_name)
        if target is None:
            return
        replaced = target.exists()
        try:
            self._save(target)
        except Exception as exc:  # shown, never fatal
            self._say(describe_error(exc), "error")
            return
        said = self.tr("Your key card was saved in the folder %1 as %2.") if not replaced else \
            self.tr("Your key card was saved in the folder %1 as %2, in place of the file of "
                    "that name that was there.")
        self._say(said.replace("%1", shown_name(target.parent))
                  .replace("%2", shown_name(target.name)), "notice")

    def _say(self, text: str, kind: str) -> None:
        restyle(self.result, kind)
        self.result.setText(alert_text(kind, text))
        self.result.show()
