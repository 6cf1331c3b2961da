"""The list of signals: a draft says what it is about; a sealed one only its date, size and state.

Tabs filter by state and show how many there are; columns sort (dates and sizes by value).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from intake_app.domain.taxonomy import UnknownCodeError
from intake_app.services.liaison import DraftSummary, ListEntry
from intake_app.ui.code_widgets import code_label
from intake_app.ui.content_direction import ElidingCellDelegate
from intake_app.ui.texts import human_size, local_date, local_time, status_text

STATUS, CATEGORY, SIZE, SAVED = 0, 1, 4, 5  # CATEGORY: what a draft is about
#: Columns read whole where the room allows: a draft's status is how many fields are empty,
#: and a sealed row has only its status, size and date (review r12z R13: at 1.5× on 1024×600
#: they read "Concept, n…" and "ard of verze"). Each at most WHOLE_SHARE of the row.
WHOLE = (STATUS, SIZE, SAVED)
WHOLE_SHARE = 0.25
ACUTE = "immediate_danger"  # the urgency whose drafts stand out in the list
CATEGORY_SHARE = 0.3  # of the row's width, at least, when not every column fits whole
ENTRY_ROLE = Qt.UserRole
SORT_ROLE = Qt.UserRole + 1
#: (filter key, the statuses it shows); "" shows all.
FILTERS = (
    ("", ()),
    ("draft", ("draft",)),
    ("sealed", ("sealed", "exported")),
    ("delivered", ("delivered", "deleted")),
)


class _Item(QTableWidgetItem):
    """A cell that sorts by its sort key (ISO dates, byte counts), not by its shown text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return (self.data(SORT_ROLE) or "") < (other.data(SORT_ROLE) or "")


class StateTabs(QTabBar):
    """All / Drafts / Sealed / Delivered, each with its count."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Show signals"))
        for _key, _statuses in FILTERS:
            self.addTab("")
        self.set_counts([])
        self.currentChanged.connect(lambda _i: self.changed.emit())

    def set_counts(self, entries: list[ListEntry]) -> None:
        def count(statuses: tuple[str, ...]) -> int:
            return sum(1 for e in entries if not statuses or e.status in statuses)

        names = (
            self.tr("All (%1)"),
            self.tr("Drafts (%1)"),
            self.tr("Sealed, not delivered (%1)"),
            self.tr("Delivered or deleted (%1)"),
        )
        for index, ((_key, statuses), name) in enumerate(zip(FILTERS, names, strict=True)):
            self.setTabText(index, name.replace("%1", str(count(statuses))))

    def wheelEvent(self, event) -> None:
        # The wheel scrolls the page under the pointer, never flips the tab: passing over the
        # tabs landed a person on an empty "Delivered" tab as if the signals were gone
        # (review r12w F4).
        event.ignore()

    def shows(self, entry: ListEntry) -> bool:
        statuses = FILTERS[self.currentIndex()][1]
        return not statuses or entry.status in statuses

    def key(self) -> str:
        return FILTERS[self.currentIndex()][0]


class SignalTable(QTableWidget):
    """The signals, one a row. Rows keep their order while the window is open (an autosave
    moved the draft being edited to the top, so the next double-click opened another one:
    review r12v F6), a refresh keeps the selection, and Enter opens the current row."""

    COLUMNS = 6
    #: Enter or Return on a row (the same as a double-click: open the draft).
    open_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        # id -> the time it sorts by: the one it had when this list first showed it.
        self._order_keys: dict[str, str] = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Category"),
                self.tr("When"),
                self.tr("Place"),
                self.tr("Size"),
                self.tr("Saved"),
            ]
        )
        self.horizontalHeaderItem(SAVED).setToolTip(
            self.tr("When the draft was last saved, or the signal sealed"))
        self.setAccessibleName(self.tr("Your signals"))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        # Tab leaves the list for the buttons (it walked cell by cell through a row; review
        # r12w F5); the arrows move between rows.
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)  # a row is one line high: a long text ends in "…"
        self.setItemDelegate(ElidingCellDelegate(self))
        # The widths are set by _fit_columns, to the width there is: no column scrolls out of
        # sight, and the category keeps a good part of the row (review r12w F2: at 1.5× scale
        # the other columns, sized to their text, left it "…" and a horizontal scroll bar).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSortingEnabled(True)
        self.sortByColumn(5, Qt.DescendingOrder)  # newest first

    def show_entries(
        self, entries: list[ListEntry], summaries: dict[str, DraftSummary] | None = None
    ) -> None:
        summaries = summaries or {}
        selected = [entry.id for entry in self.selected_entries()]
        current = self.currentRow()
        current_id = self.item(current, 0).data(ENTRY_ROLE).id if current >= 0 else None
        self.setSortingEnabled(False)  # rows move while filled otherwise
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry, summaries.get(entry.id))
        self.setSortingEnabled(True)
        self.select_ids(selected, current_id)
        self._fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column as wide as its text where the width allows; where it does not, the
        WHOLE columns keep theirs (each up to WHOLE_SHARE of the row), the category gets at
        least CATEGORY_SHARE (or its whole text, if less), and the other columns give way
        widest first, their texts ending in "…" (tooltip: the whole)."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        natural = [max(self.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
                   for c in range(self.COLUMNS)]
        widths = list(natural)
        if sum(natural) <= room:
            widths[CATEGORY] += room - sum(natural)
        else:
            for column in WHOLE:
                widths[column] = min(natural[column], int(room * WHOLE_SHARE))
            left = max(room - sum(widths[c] for c in WHOLE), 0)
            widths[CATEGORY] = min(natural[CATEGORY], int(room * CATEGORY_SHARE), left)
            others = [c for c in range(self.COLUMNS) if c not in (CATEGORY, *WHOLE)]
            cap = _level(sorted(natural[c] for c in others), left - widths[CATEGORY])
            for column in others:
                widths[column] = min(natural[column], cap)
            widths[CATEGORY] = room - sum(w for c, w in enumerate(widths) if c != CATEGORY)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def select_ids(self, ids: list[str], current_id: str | None = None) -> None:
        """Select the rows of `ids` (those still shown); the current row is `current_id`'s,
        else the first selected one."""
        wanted = set(ids)
        self.clearSelection()
        model, selection = self.selectionModel(), QItemSelection()
        first = None
        for row in range(self.rowCount()):
            entry_id = self.item(row, 0).data(ENTRY_ROLE).id
            if entry_id in wanted:
                selection.select(self.model().index(row, 0),
                                 self.model().index(row, self.COLUMNS - 1))
                if first is None or entry_id == current_id:
                    first = row
        if first is not None:
            model.setCurrentIndex(self.model().index(first, 0), QItemSelectionModel.NoUpdate)
            model.select(selection, QItemSelectionModel.ClearAndSelect)
            self.scrollTo(self.model().index(first, 0))

    def focusInEvent(self, event) -> None:
        # Tab into the list makes a row the selected one, so Enter and the buttons act on it.
        super().focusInEvent(event)
        if self.rowCount() and not self.selectedIndexes():
            self.selectRow(max(self.currentRow(), 0))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers():
            if self.selectedIndexes():
                self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def update_draft(self, entry: ListEntry, summary: DraftSummary) -> bool:
        """Show a draft's row as just saved (an autosave while the editor is open): its summary,
        size and time as `entry` has them, without reading the whole list again. False when the
        draft has no row here (a new draft, or another tab)."""
        for row in range(self.rowCount()):
            if self.item(row, 0).data(ENTRY_ROLE).id == entry.id:
                self.setSortingEnabled(False)
                self._fill_row(row, entry, summary)
                self.setSortingEnabled(True)
                self._fit_columns()
                return True
        return False

    def _fill_row(self, row: int, entry: ListEntry, summary: DraftSummary | None) -> None:
        cells = [(status_text(entry.status), entry.status)]
        if entry.kind == "draft" and summary is not None:
            if summary.missing:
                cells[0] = (self.tr("Draft, %n to fill", "", summary.missing), "draft")
            cells += [
                (about_text(summary), category_text(summary)),
                period_text(summary),
                (place_text(summary), place_text(summary)),
            ]
        else:
            # Sealed: its content is gone from this laptop; only these are known.
            cells += [("—", ""), ("—", ""), ("—", "")]
        # Sorted by the time the row had when first shown: an autosave does not move it.
        order_key = self._order_keys.setdefault(entry.id, entry.date)
        cells += [
            (_left_to_right(human_size(entry.size)), f"{entry.size:020d}"),
            (_left_to_right(local_time(entry.date)), order_key),
        ]
        for column, (text, key) in enumerate(cells):
            item = _Item(text)
            item.setData(ENTRY_ROLE, entry)
            item.setData(SORT_ROLE, key)
            self.setItem(row, column, item)

    def entries(self) -> list[ListEntry]:
        return [self.item(row, 0).data(ENTRY_ROLE) for row in range(self.rowCount())]

    def selected_entries(self) -> list[ListEntry]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [self.item(row, 0).data(ENTRY_ROLE) for row in rows]


def _level(widths: list[int], room: int) -> int:
    """The largest cap such that `widths` (ascending), each cut to the cap, fit in `room`: the
    widest columns give way first, short ones (a size, a date) stay whole."""
    for index, width in enumerate(widths):
        rest = len(widths) - index
        if width * rest > room:
            return max(room // rest, 0)
        room -= width
    return widths[-1] if widths else 0


def _label(list_name: str, code: str) -> str:
    """A code's label; "…" for a code this version does not know (an unfinished draft may hold
    anything it was given)."""
    try:
        return code_label(list_name, code)
    except UnknownCodeError:  # an unknown code must not break the list
        return "…"


def category_text(summary: DraftSummary) -> str:
    """What the draft is about, as its row says it (its category's label)."""
    if summary.category:
        return _label("category", summary.category)
    # Said in words: rows of "…" all looked alike (review r12u F8).
    return QCoreApplication.translate("SignalTable", "No category yet")


def about_text(summary: DraftSummary) -> str:
    """The category cell of a draft's row: acute danger first, marked in words and with a
    sign (not by colour alone), then the category, then the description's first words, so two
    drafts of one conversation are told apart (review r12v F17)."""
    text = category_text(summary)
    if summary.opening:
        text += " — “" + summary.opening + "”"
    if summary.urgency == ACUTE:
        text = "\u26a0 " + _label("urgency", ACUTE).upper() + " · " + text
    return text


def period_text(summary: DraftSummary) -> tuple[str, str]:
    """The draft's period as its row says it, and the ISO day (or month) it sorts by."""
    period = summary.period
    if period.get("kind") == "month" and period.get("month"):
        return _left_to_right(local_date(period["month"] + "-01", month_only=True)), period["month"]
    start = period.get("start")
    if not start:  # a new draft's day is no longer assumed (review r12v F2): said in words
        return QCoreApplication.translate("SignalTable", "No date yet"), ""
    text = local_date(start)
    if period.get("end"):
        text += " – " + local_date(period["end"])
    return _left_to_right(text), start


def place_text(summary: DraftSummary) -> str:
    """The draft's place as its row says it."""
    kind, value = summary.place.get("kind"), summary.place.get("value")
    if kind == "municipality" and value:
        from intake_app.domain.places import municipality_name

        return municipality_name(str(value))  # a CBS code, or an older draft's name
    if kind == "province" and value:
        return _label("province", value)
    if kind == "abroad" and value:
        return _label("country", value)
    if kind in ("municipality", "province"):  # or none: the last line
        # The form's first kind is chosen by itself: "A municipality" without one named read
        # as a place (review r12u F8).
        return QCoreApplication.translate("SignalTable", "No place yet")
    if kind:
        return _label("place_kind", kind)
    return QCoreApplication.translate("SignalTable", "No place yet")


def _left_to_right(text: str) -> str:
    """Numbers, sizes and dates read left to right in every layout (a bidi isolate)."""
    return f"\u2066{text}\u2069"
