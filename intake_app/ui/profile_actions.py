"""The profile's own things on the list page: the office's new card and the liaison's card.

Their sentences keep the list page's translation context ("WorkspacePage"), where they were
first written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intake_app.ui.messages import describe_error

if TYPE_CHECKING:
    from intake_app.ui.workspace_page import WorkspacePage


def update_office_card(page: WorkspacePage) -> None:
    """Ask for the office's new card and take it if the current card signed it; the outcome
    (or the refusal's sentence) is shown on `page`."""
    if page.busy:
        return
    path = page.dialogs.open_card(page)
    if path is None:
        return
    try:
        card = page.session.update_office_card(path)
    except Exception as exc:  # every refusal is shown, none is fatal
        page.show_message(describe_error(exc), error=True)
        return
    page.show_profile()
    page.refresh()
    page.show_message(
        QCoreApplication.translate(
            "WorkspacePage",
            "New office card accepted. New signals are sealed for fingerprint %1.",
        ).replace("%1", card.fingerprint)
    )


def show_my_card(page: WorkspacePage) -> None:
    """Show the liaison's fingerprint and QR code, with the card to save for the office
    (ui/my_card_dialog.py); kept as `page.my_card` while it is open."""
    from intake_app.ui.my_card_dialog import MyCardDialog  # not needed for the first screen

    session = page.session
    page.my_card = MyCardDialog(
        page, fingerprint=session.status().liaison_fingerprint,
        file_name=session.liaison_card_file_name(), save=session.save_liaison_card,
        choose_folder=page.dialogs.choose_card_folder)
    page.my_card.open()
