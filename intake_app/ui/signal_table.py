"""The list of signals: a draft says what it is about; a sealed one only its date, size and state.

Tabs filter by state and show how many there are; columns sort (dates and sizes by value).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from intake_app.services.liaison import DraftSummary, ListEntry
from intake_app.ui.content_direction import ElidingCellDelegate
from intake_app.ui.signal_rows import (  # noqa: F401 - the list's texts, used by others too
    ACUTE,
    ENTRY_ROLE,
    SORT_ROLE,
    Cell,
    SignalRows,
    about_text,
    category_text,
    period_text,
    place_text,
)

STATUS, CATEGORY, SIZE, SAVED = 0, 1, 4, 5  # CATEGORY: what a draft is about
#: Columns read whole where the room allows: a draft's status is how many fields are empty,
#: and a sealed row has only its status, size and date (review r12z R13: at 1.5× on 1024×600
#: they read "Concept, n…" and "ard of verze"). Each at most WHOLE_SHARE of the row.
WHOLE = (STATUS, SIZE, SAVED)
WHOLE_SHARE = 0.25
CATEGORY_SHARE = 0.3  # of the row's width, at least, when not every column fits whole
#: (filter key, the statuses it shows); "" shows all.
FILTERS = (
    ("", ()),
    ("draft", ("draft",)),
    ("sealed", ("sealed", "exported")),
    ("delivered", ("delivered", "deleted")),
)


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
        by_status = Counter(entry.status for entry in entries)  # one pass over 400 rows

        def count(statuses: tuple[str, ...]) -> int:
            return sum(by_status[s] for s in statuses) if statuses else len(entries)

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


class SignalTable(QTableView):
    """The signals, one a row, from a model whose cells are made as they come into sight
    (signal_rows.py). Rows keep their order while the window is open (an autosave moved the
    draft being edited to the top, so the next double-click opened another one: review r12v
    F6), a refresh keeps the selection, and Enter opens the current row."""

    COLUMNS = 6
    #: How many rows, besides those in sight, set a column's natural width: every row's text
    #: made for that cost 180 ms of one turn at 400 rows (issue 12 "Quick").
    WIDTH_ROWS = 30
    #: Texts whose measured widths are kept at most (six columns of 400 rows fit).
    KEPT_WIDTHS = 4096
    #: What changes a text's width: its widths are measured again after one of these.
    _MEASURE_AGAIN = frozenset((QEvent.FontChange, QEvent.StyleChange, QEvent.LanguageChange,
                                QEvent.LayoutDirectionChange, QEvent.ScreenChangeInternal))
    #: Enter or Return on a row (the same as a double-click: open the draft).
    open_requested = Signal()
    #: The selection changed (QTableWidget's name for it, kept).
    itemSelectionChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._natural: list[int] | None = None  # each column's text width (_fit_columns)
        self._text_widths: dict[str, int] = {}  # the delegate's width hint of each text seen
        self.rows = SignalRows([
            self.tr("Status"),
            self.tr("Category"),
            self.tr("When"),
            self.tr("Place"),
            self.tr("Size"),
            self.tr("Saved"),
        ], self)
        self.rows.saved_tip = self.tr("When the draft was last saved, or the signal sealed")
        self.rows.draft_status = lambda missing: self.tr("Draft, %n to fill", "", missing)
        self.setModel(self.rows)
        self.selectionModel().selectionChanged.connect(
            lambda _new, _old: self.itemSelectionChanged.emit())
        self.setAccessibleName(self.tr("Your signals"))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        # Tab leaves the list for the buttons (it walked cell by cell through a row; review
        # r12w F5); the arrows move between rows.
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setResizeContentsPrecision(self.WIDTH_ROWS)
        self.horizontalHeader().setResizeContentsPrecision(self.WIDTH_ROWS)
        # The header asks whether each column is selected whole, to draw its sections: each
        # paint after a change of the selection asked every cell of the list for its flags
        # (2,400 calls into Python at 400 rows; review r12ab R1). Rows are selected, never a
        # column: the header gets a selection of its own, always empty (a click on it sorts).
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(self.rows, self))
        self.setWordWrap(False)  # a row is one line high: a long text ends in "…"
        self.setItemDelegate(ElidingCellDelegate(self))
        # The widths are set by _fit_columns, to the width there is: no column scrolls out of
        # sight, and the category keeps a good part of the row (review r12w F2: at 1.5× scale
        # the other columns, sized to their text, left it "…" and a horizontal scroll bar).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSortingEnabled(True)
        self.sortByColumn(SAVED, Qt.DescendingOrder)  # newest first

    def show_entries(
        self, entries: list[ListEntry], summaries: dict[str, DraftSummary] | None = None
    ) -> None:
        """Show `entries` (draft rows with their summary), sorted as the header says, the
        selection and the current row kept where their signals are still shown."""
        summaries = summaries or {}
        selected = [entry.id for entry in self.selected_entries()]
        current = self.currentRow()
        current_id = self.rows.rows[current][0].id if current >= 0 else None
        self.rows.set_rows([(entry, summaries.get(entry.id)) for entry in entries])
        self.select_ids(selected, current_id)
        self._fit_columns()

    def rowCount(self) -> int:
        return self.rows.rowCount()

    def columnCount(self) -> int:
        return self.COLUMNS

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def item(self, row: int, column: int) -> Cell:
        """The cell at `row`, `column`: its text() and data(role)."""
        return Cell(self.rows, row, column)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns(measure=False)  # the same texts: their widths are known

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._natural is None:
            self._fit_columns()

    def _fit_columns(self, *, measure: bool = True) -> None:
        """Every column as wide as its text where the width allows; where it does not, the
        WHOLE columns keep theirs (each up to WHOLE_SHARE of the row), the category gets at
        least CATEGORY_SHARE (or its whole text, if less), and the other columns give way
        widest first, their texts ending in "…" (tooltip: the whole).

        `measure`: the texts changed, measure them again (else the widths measured last). A
        hidden list is measured once shown: Qt measures every row of a hidden view, 400 rows
        made and measured in the unlock turn (issue 12 "Quick")."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        if measure or self._natural is None:
            if not self.isVisible():
                self._natural = None  # showEvent measures
                return
            self._natural = [
                max(self._width_hint(c), header.sectionSizeFromContents(c).width())
                for c in range(self.COLUMNS)]
        natural = self._natural
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

    def changeEvent(self, event) -> None:
        if event.type() in self._MEASURE_AGAIN:
            self._text_widths.clear()
        super().changeEvent(event)

    def _width_hint(self, column: int) -> int:
        """QTableView.sizeHintForColumn(column), in pixels, over the same rows (those in sight,
        then alternately below and above up to WIDTH_ROWS; qtableview.cpp), with each distinct
        text measured by the delegate once while font, style and language stay. Qt measured
        the same texts again at every rebuild: half of its 50 ms at 400 rows on CI's loaded
        cores (issue 12 "Quick"). A cell's width hint depends on its text alone here: the
        model answers no font, decoration or size role (signal_rows._ROLES)."""
        count = self.rowCount()
        hint = 0
        if count:
            if len(self._text_widths) > self.KEPT_WIDTHS:
                self._text_widths.clear()
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            delegate, model = self.itemDelegate(), self.model()
            for row in self._rows_measured(count):
                index = model.index(row, column)
                text = self.rows.cell_text(row, column)
                width = self._text_widths.get(text)
                if width is None:
                    width = self._text_widths[text] = delegate.sizeHint(option, index).width()
                hint = max(hint, width)
        return hint + 1 if self.showGrid() else hint

    def _rows_measured(self, count: int) -> list[int]:
        """The rows QTableView.sizeHintForColumn measures (no row is hidden or moved here)."""
        top = max(0, self.rowAt(0))
        bottom = self.rowAt(self.viewport().height())
        if not self.isVisible() or bottom == -1:
            bottom = count - 1
        rows = list(range(top, min(bottom, top + self.WIDTH_ROWS - 1) + 1))
        above, below = top, rows[-1]
        while len(rows) < self.WIDTH_ROWS and (above > 0 or below < count - 1):
            if (len(rows) % 2 and above > 0) or below == count - 1:
                above -= 1
                rows.append(above)
            else:
                below += 1
                rows.append(below)
        return rows

    def select_ids(self, ids: list[str], current_id: str | None = None) -> None:
        """Select the rows of `ids` (those still shown); the current row is `current_id`'s,
        else the first selected one."""
        wanted = set(ids)
        self.clearSelection()
        model, selection = self.selectionModel(), QItemSelection()
        first = None
        for row, (entry, _summary) in enumerate(self.rows.rows):
            entry_id = entry.id
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
        if self.rowCount() and not self.selectionModel().hasSelection():
            self.selectRow(max(self.currentRow(), 0))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers():
            if self.selectionModel().hasSelection():
                self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def update_draft(self, entry: ListEntry, summary: DraftSummary) -> bool:
        """Show a draft's row as just saved (an autosave while the editor is open): its summary,
        size and time as `entry` has them, without reading the whole list again. False when the
        draft has no row here (a new draft, or another tab)."""
        if not self.rows.replace(entry, summary):
            return False
        header = self.horizontalHeader()
        self.rows.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self._natural is None or not self.isVisible():
            self._fit_columns()
            return True
        # Only this row's texts changed: a column grows to fit them, the others are as they
        # were measured (measuring the rows in sight again was 5-8 ms at every autosave and
        # Save and close, issue 12 "Quick"; a column a shorter text leaves too wide is fitted
        # again at the next refresh).
        row = next(r for r, (e, _s) in enumerate(self.rows.rows) if e.id == entry.id)
        self._natural = [max(width, self.sizeHintForIndex(self.model().index(row, column))
                             .width()) for column, width in enumerate(self._natural)]
        self._fit_columns(measure=False)
        return True

    def fill_summaries(self, summaries: dict[str, DraftSummary]) -> bool:
        """Draft rows still without a summary get theirs from `summaries` (read by a worker,
        ui/summary_reader.py; SignalRows.fill); False when no row changed. The columns are
        measured again only when a row Qt measures changed."""
        changed = self.rows.fill(summaries)
        if changed == []:
            return False
        # Qt measures the rows in sight and WIDTH_ROWS more: rows filled further down change
        # no width (most of a long list's rows: 4-5 ms a chunk, issue 12 "Quick").
        last = self.rowAt(self.viewport().height() - 1)
        measured = (self.rowCount() if last < 0 else last) + self.WIDTH_ROWS
        self._fit_columns(measure=changed is None or changed[0] <= measured)
        return True

    def speak_again(self) -> None:
        """The liaison's language is back after the editor's form spoke the other one: the
        rows are sorted and fitted again by their texts in it (SignalRows makes them anew)."""
        header = self.horizontalHeader()
        self.rows.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        self.viewport().update()

    def entries(self) -> list[ListEntry]:
        return [entry for entry, _summary in self.rows.rows]

    def selected_entries(self) -> list[ListEntry]:
        """The entries of the selected rows, in the list's order: from the selection's ranges
        (rows are selected whole). Qt's selectedRows() asked every cell of the list for its
        flags, at every change of the selection: 50-100 ms for Ctrl+A and again for each
        question over 400 rows (review r12ab R1)."""
        rows: set[int] = set()
        for part in self.selectionModel().selection():
            if part.left() == 0 and part.right() == self.COLUMNS - 1:
                rows.update(range(part.top(), part.bottom() + 1))
        return [self.rows.rows[row][0] for row in sorted(rows)]


def _level(widths: list[int], room: int) -> int:
    """The largest cap such that `widths` (ascending), each cut to the cap, fit in `room`: the
    widest columns give way first, short ones (a size, a date) stay whole."""
    for index, width in enumerate(widths):
        rest = len(widths) - index
        if width * rest > room:
            return max(room // rest, 0)
        room -= width
    return widths[-1] if widths else 0
