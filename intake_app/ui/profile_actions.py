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


def save_my_card(page: WorkspacePage) -> None:
    """Save the liaison's public key card in a folder the person chooses; say where."""
    folder = page.dialogs.choose_card_folder(page)
    if folder is None:
        return
    target = folder / page.session.liaison_card_file_name()
    try:
        page.session.save_liaison_card(target)
    except Exception as exc:  # shown, never fatal
        page.show_message(describe_error(exc), error=True)
        return
    page.show_message(
        QCoreApplication.translate(
            "WorkspacePage",
            "Your key card was saved in the folder %1 as %2. Give it to the office and read "
            "them your fingerprint: %3"
        )
        .replace("%1", str(folder))
        .replace("%2", target.name)
        .replace("%3", page.session.status().liaison_fingerprint)
    )
