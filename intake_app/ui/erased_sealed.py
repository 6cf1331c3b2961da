"""Set-up over an erased profile that still holds sealed signals (review r7k R7K-11).

An erasure destroys the vault key, not the office's: the sealed signals not yet delivered are
age files only the office can open, and they can still reach it. Set-up used to remove them
without a word. Now it refuses (`store.sealed_after_erasure`, services/profile_setup.py), and
the set-up page asks: **Save them for the office…** (a folder chosen with the unlisted files'
chooser, every sealed file copied as it is, the person told the copies carry no signature,
then set-up runs again allowing their removal), **Remove them and set up**, or **Cancel**
(nothing changes; the sentence stays on the page). The copy runs off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from intake_app.ui.keyless_save import save_sealed_copies
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain

if TYPE_CHECKING:
    from intake_app.ui.setup_page import SetupPage

CODE = "store.sealed_after_erasure"


def offer(page: SetupPage, exc: BaseException) -> None:
    """When `exc` is set-up's refusal over an erased profile's sealed signals, ask what to do
    with them (the module docstring); nothing for any other error."""
    if getattr(exc, "code", None) != CODE:
        return
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("MainWindow", "Seinpost"),
                      describe_error(exc), QMessageBox.NoButton, page)
    plain(box).setObjectName("sealed_after_erasure")
    save = box.addButton(
        QCoreApplication.translate("ErasedSealed", "&Save them for the office…"),
        QMessageBox.AcceptRole)
    remove = box.addButton(
        QCoreApplication.translate("ErasedSealed", "&Remove them and set up"),
        QMessageBox.DestructiveRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(save)

    def answered(button: QAbstractButton) -> None:
        if button is save:
            _save_then_set_up(page)
        elif button is remove:
            set_up_removing(page)

    box.buttonClicked.connect(answered)
    page.sealed_question = box
    box.open()


def set_up_removing(page: SetupPage) -> None:
    """Run set-up again, this once allowing the erased profile's sealed files to go."""
    page.discard_sealed = True
    page.create_profile()


def _save_then_set_up(page: SetupPage) -> None:
    save_sealed_copies(page, page._dialogs, page._runner, page._profile_dir,
                       on_failure=lambda exc: page._show_error(describe_error(exc)),
                       then=lambda: set_up_removing(page))
