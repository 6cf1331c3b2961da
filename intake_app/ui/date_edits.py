"""Dates in the editor's date fields, in the locale's order in either layout direction.

Qt's date edit reverses the order of its sections when the application lays out right to left,
expecting the bidi algorithm to turn them back. It does not: digits and the separators between
them ("/", "-") form one left-to-right run, so an English "11/29/2026" read "2026/29/11" and a
Dutch "29-11-2026" read "2026-11-29". The format handed to the widget is therefore reversed
first in a right-to-left application, and Qt's own reversal restores the locale's order.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDateTimeEdit

#: One section of a date format (a run of one field letter) or the text between two of them.
_PARTS = re.compile(r"d+|M+|y+|[^dMy]+")


def locale_date_format() -> str:
    """The locale's short date format with a four-digit year (dd-MM-yyyy in Dutch, M/d/yyyy in
    English)."""
    pattern = QLocale().dateFormat(QLocale.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def reversed_sections(pattern: str) -> str:
    """`pattern` with its sections and separators in the opposite order ("M/d/yyyy" ->
    "yyyy/d/M"); quoted literal text is not expected (QLocale's short formats have none)."""
    return "".join(reversed(_PARTS.findall(pattern)))


def show_dates_as(edit: QDateTimeEdit, pattern: str) -> None:
    """Make `edit` show its date as `pattern` reads, in the application's layout direction as it
    is now (the window is built anew when the language, and so the direction, changes)."""
    edit.setDisplayFormat(reversed_sections(pattern) if QApplication.isRightToLeft() else pattern)
