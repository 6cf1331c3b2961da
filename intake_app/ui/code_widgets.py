"""Widgets that show taxonomy labels in the UI language and hand back stable codes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from intake_app.domain import taxonomy
from intake_app.ui.eliding_combo import ElidingComboBox

_language = "en"


def set_label_language(code: str) -> None:
    """Taxonomy labels exist in English and Dutch; other UI languages show English."""
    global _language
    _language = code if code in taxonomy.LANGUAGES else "en"


def label_language() -> str:
    return _language


def code_label(list_name: str, code: str, language: str | None = None) -> str:
    """The label of `code` in `language` (default: the UI language); countries by their CLDR
    name (Babel)."""
    language = language or _language
    if list_name in COUNTRY_LISTS:
        name = _country_labels(language).get(code)
        if name:
            return name
    return taxonomy.label(list_name, code, language)


COUNTRY_LISTS = ("actor", "country")
#: Lists graded by their codes (the Admiralty scale: A–F, 1–6), shown with the code in front.
GRADED_LISTS = ("source_reliability", "information_credibility")


@cache
def _country_labels(language: str) -> dict[str, str]:
    """ISO code -> CLDR name in `language`, for the domain's country codes (once per language)."""
    from intake_app.ui.country_names import country_name

    names = {}
    for code in taxonomy.codes("country"):
        name = country_name(code, language)
        if name:
            names[code] = name
    return names


def warm_up(language: str | None = None) -> None:
    """Sort the country lists in `language` (default: the UI language) ahead of the first
    editor in it. On the GUI thread (Qt's collator): the CLDR names are loaded first on a
    worker (country_names.load_names), so this takes a few ms and opening a draft, or the
    form in the other language, does not stall the window while they load."""
    for list_name in COUNTRY_LISTS:
        _ordered_codes(list_name, language or _language)


def ordered_codes(list_name: str) -> list[str]:
    """The codes of a list in the order shown: countries by name as the UI language sorts
    them ("unknown" first), the suspected actor list with states only; others as defined."""
    return list(_ordered_codes(list_name, _language))


@cache
def _ordered_codes(list_name: str, language: str) -> tuple[str, ...]:
    codes = list(taxonomy.codes(list_name))
    if list_name not in COUNTRY_LISTS:
        return tuple(codes)
    from intake_app.domain.countries import DEPENDENT_TERRITORIES
    from intake_app.ui.country_names import sorted_by_name

    countries = set(taxonomy.codes("country"))
    listed = [c for c in codes if c in countries]
    if list_name == "actor":
        listed = [c for c in listed if c not in DEPENDENT_TERRITORIES]
    others = [c for c in codes if c not in countries]
    labels = {c: code_label(list_name, c, language) for c in listed}
    return tuple(others + sorted_by_name(listed, labels.__getitem__, language))


class CodeCombo(ElidingComboBox):
    """A drop-down of one code list; the first entry is an empty 'choose' line unless filled."""

    def __init__(self, list_name: str, parent: QWidget | None = None, *, placeholder: str = "",
                 type_ahead: bool = True):
        super().__init__(parent)
        self.list_name = list_name
        # False: typed letters choose nothing (the arrows, F4 and Alt+Down do). The urgency's
        # type-ahead turned "I was called…" into "Immediate danger", Dutch "Hij zei…" into
        # "Hoog", and it was sealed so (review r12x X2).
        self.type_ahead = type_ahead
        # Long labels (Dutch ones especially) must not widen the whole form: a label too long
        # for the field ends in "…", with the whole text as tooltip; the list shows all whole.
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        if placeholder:
            self.addItem(placeholder, None)
        for code in ordered_codes(list_name):
            label = code_label(list_name, code)
            if list_name in GRADED_LISTS:  # "A – Completely reliable": the help text's letters
                label = f"{code} – {label}"  # (review r12v F18)
            self.addItem(label, code)

    def keyPressEvent(self, event) -> None:
        typed = event.text()
        letters = typed and typed.isprintable() and not typed.isspace()
        if not self.type_ahead and letters and not event.modifiers() & ~Qt.ShiftModifier:
            event.accept()  # swallowed: neither a choice nor a letter anywhere else
            return
        super().keyPressEvent(event)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class CodeChecklist(QListWidget):
    """A list of checkable codes for set-valued fields (targets, impact, consent), every
    choice in view: the list is as tall as its rows and never scrolls itself (the editor's form
    scrolls). Cut to six rows it hid "Een journalist", "Een bedrijf" and "Anders" below its own
    scroll bar, and a draft reopened with "Anders" ticked showed six empty boxes (review r12x
    X13)."""

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        for code in taxonomy.codes(list_name):
            item = QListWidgetItem(code_label(list_name, code), self)
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.currentRowChanged.connect(self._show_current_row)

    def _show_current_row(self, row: int) -> None:
        """The arrow keys move through the rows: the form around scrolls to keep the current
        one in view (the list itself no longer scrolls)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None or parent.widget() is None or row < 0:
            return
        centre = self.visualItemRect(self.item(row)).center()
        place = self.viewport().mapTo(parent.widget(), centre)
        parent.ensureVisible(place.x(), place.y(), 0, self.sizeHintForRow(row))

    def full_height(self) -> int:
        """Pixels (logical) that show every row and the frame, in the current font."""
        rows = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(self.count()))
        return rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.full_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.full_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.updateGeometry()  # the rows' height follows the system font

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.UserRole) in codes
            item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
