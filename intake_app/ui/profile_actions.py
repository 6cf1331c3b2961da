"""The profile's own things on the list page: the office's new card and the liaison's card.

Their sentences keep the list page's translation context ("WorkspacePage"), where they were
first written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intake_app.sentences import sentence
from intake_app.ui.code_widgets import label_language
from intake_app.ui.messages import describe_error

if TYPE_CHECKING:
    from intake_app.ui.workspace_page import WorkspacePage


def update_office_card(page: WorkspacePage) -> None:
    """Ask for the office's new card, or several (the cards in between, or the office's chain
    file: one may choose many), and take those the current card's chain endorses
    (services/office_card.py); the outcome (or the refusal's sentence) is shown on `page`."""
    if page.busy:
        return
    paths = page.dialogs.open_office_cards(page)
    if not paths:
        return
    try:
        update = page.session.update_office_cards(paths)
    except Exception as exc:  # every refusal is shown, none is fatal
        page.show_message(describe_error(exc), error=True)
        return
    if not update.accepted:
        page.show_message(sentence("liaison_out.office_card_current", label_language()))
        return
    page.show_profile()
    page.refresh()
    said = QCoreApplication.translate(
        "WorkspacePage", "New office card accepted. New signals are sealed for fingerprint %1.",
    ).replace("%1", update.card.fingerprint)
    if update.missing_key_id is not None:  # the cards that linked were taken; say what is not
        said += " " + sentence("liaison_out.office_cards_left_out", label_language(),
                               key_id=update.missing_key_id)
    page.show_message(said, warning=update.missing_key_id is not None)


def show_my_card(page: WorkspacePage) -> None:
    """Show the liaison's fingerprint and QR code, with the card to save for the office
    (ui/my_card_dialog.py); kept as `page.my_card` while it is open."""
    from intake_app.ui.my_card_dialog import MyCardDialog  # not needed for the first screen

    session = page.session
    page.my_card = MyCardDialog(
        page, fingerprint=session.status().liaison_fingerprint,
        file_name=session.liaison_card_file_name(), save=session.save_liaison_card,
        save_as=page.dialogs.save_card_as)
    page.my_card.open()
