"""The fields of a signal as a form: codes in, codes out, one help line and one error per field.

Order follows a conversation in a hurry: urgency first (acute danger shows what to do at once),
then what, who, how, when, where, the story, its impact, and the reporter's wishes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain import places
from intake_app.domain.signal_errors import FieldError
from intake_app.ui.code_widgets import CodeChecklist, CodeCombo
from intake_app.ui.content_direction import LayoutAlignedLabel, set_placeholder
from intake_app.ui.editor_help import field_help
from intake_app.ui.form_focus import FormFocus
from intake_app.ui.period_row import PeriodRow
from intake_app.ui.texts import field_error_text

#: The key beside a place's kind and value that keeps a municipality typed but not on the list.
TYPED_PLACE = "typed"


class EditorForm(FormFocus, PeriodRow, QWidget):
    """Every field of a signal. `changed` fires on any edit; `fields()` reads the form."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: only the empty form now; its rows come with each step of `steps` (one
        row a step, the caller runs them between turns of the event loop: ui/editor_reuse.py)."""
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.steps: Iterator[None] = self._rows()
        if not sliced:
            for _step in self.steps:
                pass

    def _rows(self) -> Iterator[None]:
        choose = self.tr("Choose…")

        self.urgency = self._add(
            "urgency", self.tr("&Urgency"),
            CodeCombo("urgency", placeholder=choose, type_ahead=False),
        )
        yield
        self.category = self._add(
            "category", self.tr("&Category"), CodeCombo("category", placeholder=choose)
        )
        yield
        self.actor = self._add("actor", self.tr("Suspected &state actor"), CodeCombo("actor"))
        yield
        self.targets = self._add("targets", self.tr("&Targets"), CodeChecklist("target"))
        yield
        self.channel = self._add(
            "channel", self.tr("C&hannel"), CodeCombo("channel", placeholder=choose)
        )
        yield
        self._add("period", self.tr("&Period"), self._build_period())
        yield
        self._add("place", self.tr("P&lace"), self._build_place())
        yield
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        set_placeholder(  # in the text's own direction (review r12v F19)
            self.description,
            self.tr("What happened, in the reporter's words. No names or addresses."),
        )
        self._add("description", self.tr("&Description"), self.description)
        self.identifier_hint = LayoutAlignedLabel()
        self.identifier_hint.setObjectName("warning")
        self.identifier_hint.setWordWrap(True)
        self.identifier_hint.hide()
        self._form.addRow("", self.identifier_hint)
        yield
        self.impact = self._add("impact", self.tr("&Impact"), CodeChecklist("impact"))
        yield
        self.impact_notes = self._add("impact_notes", self.tr("Impact &notes"), QLineEdit())
        self.anonymity = self._add(
            "anonymity", self.tr("&Anonymity"), CodeCombo("anonymity", placeholder=choose)
        )
        yield
        self.consent = self._add("consent", self.tr("C&onsent to share"), CodeChecklist("consent"))
        yield
        self.reported = self._add(
            "reported_elsewhere",
            self.tr("Already &reported"),
            CodeCombo("reported_elsewhere", placeholder=choose),
        )
        yield
        self.reliability = self._add(
            "source_reliability",
            self.tr("Source reliabilit&y"),
            CodeCombo("source_reliability", placeholder=choose),
        )
        yield
        self.credibility = self._add(
            "information_credibility",
            self.tr("Information credi&bility"),
            CodeCombo("information_credibility", placeholder=choose),
        )
        self._connect_changes()

    # ----- building -------------------------------------------------------------------------

    def add_row(self, field: str, text: str, widget: QWidget) -> QWidget:
        """Add a labelled field with its help line and its (hidden) error line."""
        return self._add(field, text, widget)

    def _add(self, field: str, text: str, widget: Any) -> Any:
        label = QLabel(text)
        # A container is not focusable itself: its first input takes the focus (Alt+letter).
        target = widget.focusProxy() or widget
        label.setBuddy(target)
        name = text.replace("&", "")
        help_text = field_help(field)
        if not widget.accessibleName():
            widget.setAccessibleName(name)
        widget.setAccessibleDescription(help_text)
        error = LayoutAlignedLabel()  # on the field's side in a mirrored form too
        error.setObjectName("error")
        error.setWordWrap(True)
        error.hide()
        self._errors[field] = error
        self._inputs[field] = widget
        self.labels[field] = label
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            help_label = LayoutAlignedLabel(help_text)
            help_label.setObjectName("help")
            help_label.setWordWrap(True)
            column.addWidget(help_label)
        column.addWidget(error)
        self._form.addRow(label, holder)
        return widget

    def _build_place(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.place_kind = CodeCombo("place_kind")
        self.place_kind.set_type_ahead(False)
        self.place_kind.setAccessibleName(self.tr("Kind of place"))
        self.place_value = QStackedWidget()
        self.municipality = QLineEdit()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        set_placeholder(self.municipality, self.tr("Type and choose a municipality"))
        # Only names from the official list (CBS): a typo is corrected or refused, never kept.
        completer = QCompleter(sorted(m.name for m in places.MUNICIPALITIES), self.municipality)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.municipality.setCompleter(completer)
        self.municipality.editingFinished.connect(self._check_municipality)
        self.province = CodeCombo("province")
        self.province.setAccessibleName(self.tr("Province"))
        self.abroad_country = CodeCombo("country", placeholder=self.tr("Country (optional)"))
        self.abroad_country.setAccessibleName(self.tr("Country"))
        for widget in (self.municipality, self.province, QWidget(), self.abroad_country):
            self.place_value.addWidget(widget)
        self.place_kind.currentIndexChanged.connect(self.place_value.setCurrentIndex)
        self.place_kind.currentIndexChanged.connect(self._place_kind_changed)
        row.addWidget(self.place_kind)
        row.addWidget(self.place_value, 1)
        self._place_box = box
        # Alt+L ("Place") leads to where the place is typed or chosen, not to its kind: the
        # letters of a name went into the kind's drop-down (review r12v F1). Shift+Tab reaches
        # the kind.
        box.setFocusProxy(self.municipality)
        box.setAccessibleName(self.tr("Place"))
        return box

    def _place_input(self) -> QWidget:
        """The input of the place's value for the chosen kind (the kind itself for "online")."""
        shown = self.place_value.currentWidget()
        return shown if shown.focusPolicy() != Qt.NoFocus else self.place_kind

    def _place_kind_changed(self) -> None:
        target = self._place_input()
        self._place_box.setFocusProxy(target)
        label = self.labels.get("place")
        if label is not None:
            label.setBuddy(target)

    def official_municipality(self) -> str | None:
        """The official name for what is typed ("Den Haag" -> "'s-Gravenhage"), else None."""
        found = places.find_municipality(self.municipality.text())
        return None if found is None else found.name

    def municipality_code(self) -> str | None:
        """The CBS code of the municipality typed ("GM0518" for "Den Haag"), else None."""
        found = places.find_municipality(self.municipality.text())
        return None if found is None else found.code

    def _check_municipality(self) -> None:
        """On leaving the field: put the official name in, or say that it is not one."""
        text = self.municipality.text().strip()
        official = self.official_municipality()
        error = self._errors["place"]
        if official is not None:
            if official != self.municipality.text():
                self.municipality.setText(official)
            error.hide()
        elif text:
            text = self.tr("Not a municipality on the official list: choose one from the list.")
            error.setText("\u26a0 " + text)
            error.show()

    def _connect_changes(self) -> None:
        def emit(*_args: object) -> None:
            self.changed.emit()

        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(emit)
        for checklist in self.findChildren(QListWidget):
            checklist.itemChanged.connect(emit)
        for line in self.findChildren(QLineEdit):
            if not isinstance(line.parent(), QComboBox | QDateEdit):
                line.textChanged.connect(emit)
        for date_edit in (self.period_start, self.period_end):
            date_edit.dateChanged.connect(emit)
        self.period_has_end.toggled.connect(emit)
        self.description.textChanged.connect(emit)

    # ----- reading and writing --------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The form as the domain's editor input (codes, ISO dates); may be incomplete."""
        chosen = self.period_start.chosen()
        start = None if chosen is None else chosen.toPython()
        if self.period_kind.currentData() == "month":
            month = None if start is None else start.strftime("%Y-%m")
            period: dict[str, Any] = {"kind": "month", "month": month}
        else:
            last = self.period_end.chosen() if self.period_has_end.isChecked() else None
            period = {
                "kind": "date",
                "start": None if start is None else start.isoformat(),
                "end": None if last is None else last.toPython().isoformat(),
            }
        kind = self.place_kind.code()
        value: str | None = {
            "municipality": self.municipality_code(),  # the name is shown (review r12y R14)
            "province": self.province.code(),
            "abroad": self.abroad_country.code(),
        }.get(kind or "")
        place = {"kind": kind, "value": value}
        typed = self.municipality.text().strip()
        if kind == "municipality" and value is None and typed:
            # A name not on the official list is kept as typed, in the vault like every draft
            # field, beside the place and never as it: the domain refuses the extra key, so
            # the draft cannot be sealed until a name from the list is chosen. After a lock
            # it is back in the field, marked (review r12u F9: it was gone without a word).
            place[TYPED_PLACE] = typed
        return {
            "category": self.category.code(),
            "actor": self.actor.code(),
            "targets": self.targets.codes(),
            "channel": self.channel.code(),
            "period": period,
            "place": place,
            "description": self.description.toPlainText(),
            "impact": self.impact.codes(),
            "impact_notes": self.impact_notes.text(),
            "urgency": self.urgency.code(),
            "anonymity": self.anonymity.code(),
            "consent": self.consent.codes(),
            "reported_elsewhere": self.reported.code(),
            "source_reliability": self.reliability.code(),
            "information_credibility": self.credibility.code(),
        }

    def clear(self) -> None:
        """Back to the form as built: every choice, tick, date and text empty (their undo
        history too), no error or identifier mark, no current row; the editor is used again for
        the next draft (ui/editor_reuse.py), and nothing of one draft may show in the next."""
        for combo in self.findChildren(CodeCombo):
            combo.setCurrentIndex(0)
        for checklist in (self.targets, self.impact, self.consent):
            checklist.set_codes([])
            checklist.setCurrentRow(-1)
        self.description.setPlainText("")  # its undo history goes too
        self.impact_notes.setText("")
        self.municipality.setText("")
        self.clear_period()
        self.show_errors([])  # every error line hidden, the ones said while typing too
        self.identifier_hint.hide()

    def set_fields(self, fields: dict[str, Any]) -> None:
        """Show stored (possibly incomplete) fields."""
        for combo, name in (
            (self.category, "category"),
            (self.actor, "actor"),
            (self.channel, "channel"),
            (self.urgency, "urgency"),
            (self.anonymity, "anonymity"),
            (self.reported, "reported_elsewhere"),
            (self.reliability, "source_reliability"),
            (self.credibility, "information_credibility"),
        ):
            combo.set_code(fields.get(name))
        self.targets.set_codes(fields.get("targets") or [])
        self.impact.set_codes(fields.get("impact") or [])
        self.consent.set_codes(fields.get("consent") or [])
        self.description.setPlainText(fields.get("description") or "")
        self.impact_notes.setText(fields.get("impact_notes") or "")
        period = fields.get("period") or {}
        if period.get("kind") == "month" and period.get("month"):
            self.period_kind.setCurrentIndex(1)
            self.period_start.setDate(QDate.fromString(period["month"] + "-01", "yyyy-MM-dd"))
        elif period.get("start"):
            self.period_kind.setCurrentIndex(0)
            self.period_start.setDate(QDate.fromString(period["start"], "yyyy-MM-dd"))
            self.period_has_end.setChecked(bool(period.get("end")))
            if period.get("end"):
                self.period_end.setDate(QDate.fromString(period["end"], "yyyy-MM-dd"))
        place = fields.get("place") or {}
        self.place_kind.set_code(place.get("kind"))
        value = place.get("value")
        if place.get("kind") == "municipality":
            shown = places.municipality_name(value) if isinstance(value, str) else None
            self.municipality.setText(shown or place.get(TYPED_PLACE) or "")
            self._check_municipality()  # one not on the list is marked at once
        elif place.get("kind") == "province":
            self.province.set_code(value)
        elif place.get("kind") == "abroad":
            self.abroad_country.set_code(value)

    def show_errors(self, errors: list[FieldError]) -> QWidget | None:
        """Mark each field with its problem; return the first field's input (for the focus)."""
        for label in self._errors.values():
            label.hide()
        marked: set[str] = set()
        for error in errors:
            top = error.field.split(".")[0]
            label = self._errors.get(top)
            if label is None:
                continue
            text = field_error_text(error)
            if top == "place" and self.municipality.isVisible() and self.municipality.text():
                text = self.tr("Not a municipality on the official list: choose one from the list.")
            label.setText("\u26a0 " + text)  # a sign as well as a colour
            label.show()
            marked.add(top)
        # The first marked field in the order of the form, not of the error list.
        for field, widget in self._inputs.items():
            if field in marked:
                return widget.focusProxy() or widget
        return None

    def error_label(self, field: str) -> QLabel:
        return self._errors[field]
