"""The rows of the list of signals, as a model: a cell's text is made when the view asks for
it (the rows in sight), not for every row at every refresh.

The list made every cell of every row as a widget item on each refresh: 320–430 ms of one
event-loop turn for 400 signals (issue 12 "Quick", review r12y: 228 ms at 321 rows), on
unlock, after a save, a seal or a receipt. Sorting reads only the sort keys of one column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from intake_app.domain.taxonomy import UnknownCodeError
from intake_app.services.liaison import DraftSummary, ListEntry
from intake_app.ui.code_widgets import code_label, label_language
from intake_app.ui.texts import human_size, local_date, local_time, status_text

ENTRY_ROLE = Qt.UserRole
SORT_ROLE = Qt.UserRole + 1
COLUMNS = 6
_DISPLAY, _ENTRY, _SORT = int(Qt.DisplayRole), int(ENTRY_ROLE), int(SORT_ROLE)
_ROLES = frozenset((_DISPLAY, _ENTRY, _SORT))
_FLAGS, _NO_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable, Qt.NoItemFlags
ACUTE = "immediate_danger"  # the urgency whose drafts stand out in the list
SUMMARY_COLUMNS = (1, 2, 3)  # what a draft is about, its period and place: from its summary
UNREAD = "…"  # a draft's cell while its summary is read (ui/summary_reader.py)


class Cell:
    """One cell as `SignalTable.item(row, column)` gives it: its text and its data by role
    (ENTRY_ROLE: the row's ListEntry; SORT_ROLE: the key it sorts by)."""

    def __init__(self, model: SignalRows, row: int, column: int) -> None:
        self._index = model.index(row, column)

    def text(self) -> str:
        return self._index.data(Qt.DisplayRole) or ""

    def data(self, role: int):
        return self._index.data(role)


class SignalRows(QAbstractTableModel):
    """(entry, its draft summary or None) a row; cells as (text, sort key), made on demand and
    kept until the row changes. `order_keys`: id -> the time a row sorts by (the one it had
    when the list first showed it: an autosave does not move a row, review r12v F6)."""

    def __init__(self, headings: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headings = headings
        self.saved_tip = ""
        #: A draft's status: how many fields it still needs (the view's translation, with %n).
        self.draft_status: Callable[[int], str] = str
        self.rows: list[tuple[ListEntry, DraftSummary | None]] = []
        self.order_keys: dict[str, str] = {}
        self._cells: dict[int, list[tuple[str, str]]] = {}  # row -> its cells
        self._cells_language: tuple[str, str] = ("", "")  # what _cells were written in
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[tuple[ListEntry, DraftSummary | None]]) -> None:
        """Show `rows` (sorted as the view's header says, when sort() was called before)."""
        self.beginResetModel()
        for entry, _summary in rows:
            self.order_keys.setdefault(entry.id, entry.date)
        # A row shown as it was keeps its cells: remaking the thirty-odd rows in sight (a
        # date and a time each) was a third of a refresh's 40 ms at 400 rows (issue 12
        # "Quick"); a row that changed, or any row after a change of language, is made again.
        language = (label_language(), QLocale().name())
        kept = {self.rows[row][0].id: (self.rows[row], cells)
                for row, cells in self._cells.items()} if language == self._cells_language else {}
        self._cells_language = language
        self.rows = list(rows)
        self._cells.clear()
        if self._sorted_by is not None:
            self._sort(*self._sorted_by)
        if kept:
            for row, pair in enumerate(self.rows):
                old = kept.get(pair[0].id)
                if old is not None and old[0] == pair:
                    self._cells[row] = old[1]
        self.endResetModel()

    def replace(self, entry: ListEntry, summary: DraftSummary) -> bool:
        """Show the row of `entry.id` as `entry`, `summary` say; False when it has none."""
        for row, (old, _summary) in enumerate(self.rows):
            if old.id == entry.id:
                self.rows[row] = (entry, summary)
                self._cells.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
                return True
        return False

    def fill(self, summaries: dict[str, DraftSummary]) -> list[int] | None:
        """Give each draft row still without a summary its own from `summaries` (id ->
        summary, read by a worker: ui/summary_reader.py); a row that has one keeps it (an
        autosave's is newer). The rows that changed, in order; None when the rows were sorted
        again (the order depends on the summaries) and any may have moved."""
        changed = []
        for row, (entry, summary) in enumerate(self.rows):
            if summary is None and entry.kind == "draft" and entry.id in summaries:
                self.rows[row] = (entry, summaries[entry.id])
                self._cells.pop(row, None)
                changed.append(row)
        if not changed:
            return changed
        if self._sorted_by is not None and self._sorted_by[0] in SUMMARY_COLUMNS:
            self.sort(*self._sorted_by)
            changed = None
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))
        return changed

    def unread(self) -> bool:
        """Whether a draft row is still waiting for its summary (shown as UNREAD meanwhile)."""
        return any(summary is None and entry.kind == "draft" for entry, summary in self.rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's form
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        # Asked for about eight roles a cell each time a cell is measured or painted: the
        # ones not kept here are answered first (plain ints: Qt's enums compare slower).
        if role not in _ROLES:
            return None
        if role == _ENTRY:
            return self.rows[index.row()][0]
        text, key = self._row_cells(index.row())[index.column()]
        return text if role == _DISPLAY else key

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return self.headings[section]
        if role == Qt.ToolTipRole and section == COLUMNS - 1:
            return self.saved_tip
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Asked for every cell of a selection (each turn of select-all): the flags are made
        # once (an enum's | costs a few microseconds in Python).
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Rows by `column`'s sort key (ISO dates, zero-padded byte counts), stable; the
        selection and the current row follow their rows."""
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        self._sort(column, order)
        where = {id(pair): row for row, pair in enumerate(self.rows)}
        moved = [where[id(pair)] for pair in before]  # old row -> new row
        self._cells = {moved[row]: cells for row, cells in self._cells.items()}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved[index.row()], index.column()) for index in kept])
        self.layoutChanged.emit()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted_by = (column, order)
        keys = [self._key(entry, summary, column) for entry, summary in self.rows]
        ranked = sorted(range(len(self.rows)), key=keys.__getitem__,
                        reverse=order == Qt.DescendingOrder)
        self.rows = [self.rows[row] for row in ranked]

    def _key(self, entry: ListEntry, summary: DraftSummary | None, column: int) -> str:
        """The key `column` sorts the row by, made alone: a sort made every cell's text of
        every row (a date and a time each), 53-60 ms of one turn at 400 rows (review r12ab R1)."""
        if column == COLUMNS - 1:
            return self.order_keys.get(entry.id, entry.date)
        if column == 4:
            return f"{entry.size:020d}"
        if column == 0:
            unfinished = entry.kind == "draft" and summary is not None and summary.missing
            return "draft" if unfinished else entry.status
        if entry.kind != "draft" or summary is None:
            return ""  # sealed, or its summary is being read
        if column == 1:
            return category_text(summary)
        return period_key(summary) if column == 2 else place_text(summary)

    def cell_text(self, row: int, column: int) -> str:
        """The text the cell at `row`, `column` shows (its display role)."""
        return self._row_cells(row)[column][0]

    def _row_cells(self, row: int) -> list[tuple[str, str]]:
        if self._cells_language[0] != label_language():
            # Made while the editor's form spoke the other language (an autosave draws its row
            # then): kept, they stayed in it once the form closed (review r12ad R3).
            self._cells.clear()
            self._cells_language = (label_language(), QLocale().name())
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = self._cells_of(*self.rows[row])
        return cells

    def _cells_of(self, entry: ListEntry, summary: DraftSummary | None) -> list[tuple[str, str]]:
        texts = [status_text(entry.status)]
        if entry.kind == "draft" and summary is not None:
            if summary.missing:
                texts[0] = self.draft_status(summary.missing)
            texts += [about_text(summary), period_text(summary)[0], place_text(summary)]
        elif entry.kind == "draft":  # its summary is being read (ui/summary_reader.py)
            texts += [UNREAD, UNREAD, UNREAD]
        else:
            # Sealed: its content is gone from this laptop; only these are known.
            texts += ["—", "—", "—"]
        texts += [_left_to_right(human_size(entry.size)), _left_to_right(local_time(entry.date))]
        return [(text, self._key(entry, summary, column)) for column, text in enumerate(texts)]


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
    sign (not by colour alone), then the category. Never the description's words (review
    r12aa A3: anyone beside the screen read them); two drafts of one conversation are told
    apart by their date, place and time saved."""
    text = category_text(summary)
    if summary.urgency == ACUTE:
        text = "\u26a0 " + _label("urgency", ACUTE).upper() + " · " + text
    return text


def period_key(summary: DraftSummary) -> str:
    """The ISO day (or month) the draft's period sorts by; "" when it has none yet."""
    period = summary.period
    if period.get("kind") == "month" and period.get("month"):
        return period["month"]
    return period.get("start") or ""


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
