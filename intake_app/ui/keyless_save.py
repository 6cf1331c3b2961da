"""The lock page's way to save the sealed files of a profile that cannot be opened (review r7j
R7J-7): after a refusal services/sealed_copies.py lists in STILL_DELIVERABLE (its keyring entry
or vault.json lost, its store refused or erased), the page offers "Save the sealed files for the
office…" when the profile holds any; they are copied as they are, without the key, and the
person is told they carry no signature (the sentence `liaison_out.unlisted_unsigned`). The
listing and the copy run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.sentences import sentence
from intake_app.ui.code_widgets import label_language
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain, shown_name

if TYPE_CHECKING:
    from intake_app.ui.unlock_page import UnlockPage


def offer_after(page: UnlockPage, exc: BaseException) -> None:
    """Show `page.save_sealed` when `exc` left sealed files deliverable and there are some;
    hide it otherwise."""
    page.save_sealed.hide()
    profile, code = page.profile_dir, getattr(exc, "code", None)

    def work(_progress) -> int:  # the engine module is imported by the worker only
        from intake_app.services.sealed_copies import STILL_DELIVERABLE, sealed_ids

        return len(sealed_ids(profile)) if code in STILL_DELIVERABLE else 0

    page.runner.start(work, on_success=lambda count: page.save_sealed.setVisible(count > 0),
                      on_failure=lambda _exc: None, owner=page)


def save(page: UnlockPage) -> None:
    """Ask for a folder (the unlisted files' chooser) and copy every sealed file there."""
    save_sealed_copies(page, page.dialogs, page.runner, page.profile_dir,
                       on_failure=lambda exc: page.error.setText(describe_error(exc)))


def save_sealed_copies(parent: QWidget, dialogs, runner, profile: Path, *,
                       on_failure: Callable[[BaseException], None],
                       then: Callable[[], None] = lambda: None) -> None:
    """Ask `dialogs` for a folder (the unlisted files' chooser; nothing happens without one)
    and copy every sealed file of `profile` there as it is, on `runner`'s worker; then a box
    on `parent` (`parent.saved_sealed`) lists the copies and says they carry no signature, and
    `then()` runs. A failure goes to `on_failure`. Also set-up's over an erased profile
    (ui/erased_sealed.py)."""
    folder = dialogs.choose_unlisted_folder(parent) if dialogs is not None else None
    if folder is None:
        return

    def work(_progress):
        from intake_app.services.sealed_copies import save_sealed_without_key

        return save_sealed_without_key(profile, folder)

    def saved(copies) -> None:
        language = label_language()
        skipped = ([sentence("liaison_out.sealed_skipped", language, count=copies.skipped)]
                   if copies.skipped else [])  # planted at a sealed name (review r7l R7L-3)
        text = "\n".join([sentence("liaison_out.keyless_saved", language,
                                   count=len(copies.paths)),
                          *(shown_name(path, isolate=False) for path in copies.paths), "", *skipped,
                          sentence("liaison_out.unlisted_unsigned", language)])
        parent.saved_sealed = box = QMessageBox(
            QMessageBox.Warning, QCoreApplication.translate("MainWindow", "Seinpost"), text,
            QMessageBox.Ok, parent)
        plain(box).setObjectName("sealed_saved")
        box.open()
        then()

    runner.start(work, on_success=saved, on_failure=on_failure, owner=parent)
