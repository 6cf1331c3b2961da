"""The signal editor: every field of a signal as codes, checked by the domain before saving."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.identifiers import find_identifiers
from intake_app.domain.signal import SignalRecord
from intake_app.domain.signal_errors import FieldError, SignalValidationError
from intake_app.ui.code_widgets import CodeChecklist, CodeCombo
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.texts import field_error_text, identifier_kind_text


class SignalEditor(QDialog):
    """Collects a signal; `fields()` are the form values and `attachments()` the chosen files."""

    def __init__(self, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New signal"))
        self.resize(720, 760)
        self._dialogs = dialogs
        self._errors: dict[str, QLabel] = {}
        self.identifier_hits: list = []
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        choose = self.tr("Choose…")

        self.category = self._add(
            "category", self.tr("&Category"), CodeCombo("category", placeholder=choose)
        )
        self.actor = self._add("actor", self.tr("Suspected &state actor"), CodeCombo("actor"))
        self.targets = self._add("targets", self.tr("&Targets"), CodeChecklist("target"))
        self.channel = self._add(
            "channel", self.tr("C&hannel"), CodeCombo("channel", placeholder=choose)
        )
        self._add("period", self.tr("&Period"), self._build_period())
        self._add("place", self.tr("P&lace"), self._build_place())
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("What happened, in the reporter's words. No names or addresses.")
        )
        self.description.textChanged.connect(self._check_identifiers)
        self._add("description", self.tr("&Description"), self.description)
        self.identifier_hint = QLabel()
        self.identifier_hint.setObjectName("warning")
        self.identifier_hint.setWordWrap(True)
        self.identifier_hint.hide()
        self._form.addRow("", self.identifier_hint)
        self.impact = self._add("impact", self.tr("&Impact"), CodeChecklist("impact"))
        self.impact_notes = QLineEdit()
        self._add("impact_notes", self.tr("Impact &notes"), self.impact_notes)
        self.urgency = self._add(
            "urgency", self.tr("&Urgency"), CodeCombo("urgency", placeholder=choose)
        )
        self.anonymity = self._add(
            "anonymity", self.tr("&Anonymity"), CodeCombo("anonymity", placeholder=choose)
        )
        self.consent = self._add("consent", self.tr("C&onsent to share"), CodeChecklist("consent"))
        self.reported = self._add(
            "reported_elsewhere",
            self.tr("Already &reported"),
            CodeCombo("reported_elsewhere", placeholder=choose),
        )
        self.reliability = self._add(
            "source_reliability",
            self.tr("Source reliabilit&y"),
            CodeCombo("source_reliability", placeholder=choose),
        )
        self.credibility = self._add(
            "information_credibility",
            self.tr("Information cr&edibility"),
            CodeCombo("information_credibility", placeholder=choose),
        )
        self._add("attachments", self.tr("Attach&ments"), self._build_attachments())

        body = QWidget()
        body.setLayout(self._form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.summary = QLabel()
        self.summary.setObjectName("error")
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Save draft"))
        buttons.button(QDialogButtonBox.Save).setShortcut(QKeySequence.Save)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.category.setFocus()

    # ----- building -------------------------------------------------------------------------

    def _add(self, field: str, text: str, widget: QWidget) -> Any:
        label = QLabel(text)
        label.setBuddy(widget)
        error = QLabel()
        error.setObjectName("error")
        error.setWordWrap(True)
        error.hide()
        self._errors[field] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self._form.addRow(label, holder)
        return widget

    def _build_period(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_kind = QComboBox()
        self.period_kind.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period_kind.setMinimumContentsLength(12)
        self.period_kind.addItem(self.tr("On a day or between days"), "date")
        self.period_kind.addItem(self.tr("Some time in a month"), "month")
        today = QDate.currentDate()
        self.period_start = QDateEdit(today)
        self.period_start.setCalendarPopup(True)
        self.period_start.setMaximumDate(today)
        self.period_has_end = QCheckBox(self.tr("until"))
        self.period_end = QDateEdit(today)
        self.period_end.setCalendarPopup(True)
        self.period_end.setMaximumDate(today)
        self.period_end.setEnabled(False)
        self.period_has_end.toggled.connect(self.period_end.setEnabled)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        for widget in (self.period_kind, self.period_start, self.period_has_end, self.period_end):
            row.addWidget(widget)
        return box

    def _period_kind_changed(self) -> None:
        by_month = self.period_kind.currentData() == "month"
        self.period_start.setDisplayFormat("MM-yyyy" if by_month else "dd-MM-yyyy")
        self.period_has_end.setVisible(not by_month)
        self.period_end.setVisible(not by_month)

    def _build_place(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.place_kind = CodeCombo("place_kind")
        self.place_value = QStackedWidget()
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("Municipality only, never an address"))
        self.province = CodeCombo("province")
        self.abroad_country = CodeCombo("country", placeholder=self.tr("Country (optional)"))
        for widget in (self.municipality, self.province, QWidget(), self.abroad_country):
            self.place_value.addWidget(widget)
        self.place_kind.currentIndexChanged.connect(self.place_value.setCurrentIndex)
        row.addWidget(self.place_kind)
        row.addWidget(self.place_value, 1)
        return box

    def _build_attachments(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(110)
        row = QHBoxLayout()
        self.add_file_button = add = QPushButton(self.tr("Add &file…"))
        add.clicked.connect(self.add_attachment)
        remove = QPushButton(self.tr("Remo&ve"))
        remove.clicked.connect(self._remove_attachment)
        hint = QLabel(
            self.tr(
                "Photos and documents are cleaned of hidden data (location, camera, author). "
                "Tick a file to keep its original as evidence instead."
            )
        )
        hint.setWordWrap(True)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addWidget(self.attachment_list)
        column.addLayout(row)
        column.addWidget(hint)
        return box

    # ----- behaviour ------------------------------------------------------------------------

    def add_attachment(self) -> None:
        for path in self._dialogs.open_attachments(self):
            item = QListWidgetItem(Path(path).name, self.attachment_list)
            item.setData(Qt.UserRole, str(path))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setToolTip(self.tr("Checked: keep the original file as evidence (not cleaned)"))

    def _remove_attachment(self) -> None:
        for item in self.attachment_list.selectedItems():
            self.attachment_list.takeItem(self.attachment_list.row(item))

    def _check_identifiers(self) -> None:
        """Mark what may identify someone in the text itself; the liaison decides what to do."""
        hits = find_identifiers(self.description.toPlainText())
        marks = []
        for hit in hits:
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor("#ffe08a"))
            mark.format.setUnderlineStyle(QTextCharFormat.SingleUnderline)
            mark.format.setToolTip(identifier_kind_text(hit.kind))
            cursor = QTextCursor(self.description.document())
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
        self.description.setExtraSelections(marks)
        self.identifier_hits = hits
        if not hits:
            self.identifier_hint.hide()
            return
        kinds = sorted({identifier_kind_text(hit.kind) for hit in hits})
        self.identifier_hint.setText(
            self.tr(
                "This text may identify someone: %1 (marked in yellow). Check it; nothing is "
                "removed for you."
            ).replace("%1", ", ".join(kinds))
        )
        self.identifier_hint.show()

    def fields(self) -> dict[str, Any]:
        """The form as the domain's editor input (codes, ISO dates)."""
        start = self.period_start.date().toPython()
        if self.period_kind.currentData() == "month":
            period: dict[str, Any] = {"kind": "month", "month": start.strftime("%Y-%m")}
        else:
            end = self.period_end.date().toPython() if self.period_has_end.isChecked() else None
            period = {
                "kind": "date",
                "start": start.isoformat(),
                "end": None if end is None else end.isoformat(),
            }
        kind = self.place_kind.code()
        value: str | None = {
            "municipality": self.municipality.text(),
            "province": self.province.code(),
            "abroad": self.abroad_country.code(),
        }.get(kind or "")
        return {
            "category": self.category.code(),
            "actor": self.actor.code(),
            "targets": self.targets.codes(),
            "channel": self.channel.code(),
            "period": period,
            "place": {"kind": kind, "value": value},
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

    def attachments(self) -> list[tuple[Path, bool]]:
        """(path, keep_original) for each newly chosen file (not those already in the vault)."""
        items = (self.attachment_list.item(i) for i in range(self.attachment_list.count()))
        return [
            (Path(item.data(Qt.UserRole)), item.checkState() == Qt.Checked)
            for item in items
            if item.data(Qt.UserRole) is not None
        ]

    def set_fields(self, fields: dict[str, Any], stored_attachments: list[str]) -> None:
        """Show a stored draft for editing; its attachments are listed as already in the vault."""
        self.setWindowTitle(self.tr("Edit draft"))
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
        self.targets.set_codes(fields.get("targets", []))
        self.impact.set_codes(fields.get("impact", []))
        self.consent.set_codes(fields.get("consent", []))
        self.description.setPlainText(fields.get("description", ""))
        self.impact_notes.setText(fields.get("impact_notes", ""))
        period = fields.get("period") or {}
        if period.get("kind") == "month":
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
            self.municipality.setText(value or "")
        elif place.get("kind") == "province":
            self.province.set_code(value)
        elif place.get("kind") == "abroad":
            self.abroad_country.set_code(value)
        for name in stored_attachments:
            stored = QListWidgetItem(self.tr("%1 (in the vault)").replace("%1", name))
            stored.setFlags(Qt.ItemIsEnabled)
            self.attachment_list.addItem(stored)

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            top = error.field.split(".")[0]
            label = self._errors.get(top)
            if label is not None:
                label.setText(field_error_text(error))
                label.show()
        self.summary.setText(
            self.tr("%n field(s) need attention before the draft can be saved.", "", len(errors))
        )
        self.summary.setVisible(bool(errors))

    def try_accept(self, *, today: date | None = None) -> None:
        try:
            SignalRecord.from_form({**self.fields(), "attachments": []}, today=today)
        except SignalValidationError as exc:
            self.show_errors(list(exc.errors))
            return
        self.show_errors([])
        self.accept()
