"""Pieces of the Security settings (security_dialog.py): its passphrase fields, and the names
the strength rule knows for this profile."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from intake_app.services.liaison import LiaisonSession


def password_field() -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


def profile_names(session: LiaisonSession) -> list[str]:
    """The liaison's and the office's names from their cards, and the profile folder's: words
    an attacker of this laptop tries first (as set-up's meter knows them)."""
    from intake_app.crypto import keycard
    from intake_app.errors import SeinpostError

    names = []
    for card in (session.liaison_card, session.office_card):
        try:
            names.append(keycard.parse_card(card()).name)
        except SeinpostError:  # a card that does not read only weakens this judgement
            names.append("")
    return [*names, session.profile_dir.name]
