"""The period of a signal in the editor's form: a day, or from a day until a later one, or a
month; empty until chosen (ui/optional_date.py). Mixed into `EditorForm`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from intake_app.domain.signal_errors import FieldError
from intake_app.ui.date_edits import locale_date_format, show_dates_as
from intake_app.ui.eliding_combo import ElidingComboBox
from intake_app.ui.optional_date import OptionalDateEdit
from intake_app.ui.texts import field_error_text


class PeriodRow:
    """The period's widgets (`period_kind`, `period_start`, `period_has_end`, `period_end`)
    and their checks, for a form with `_errors` (field name -> its error label). Its words are
the form's (translation context "EditorForm")."""

    _errors: dict[str, QLabel]

    def _build_period(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_kind = ElidingComboBox()
        self.period_kind.set_type_ahead(False)
        self.period_kind.setAccessibleName(
            QCoreApplication.translate("EditorForm", "Kind of period"))
        # As wide as its longest choice: a combo box cuts a wider text without an ellipsis (in
        # a right-to-left window the start went missing). Both choices fit a 1024 px screen.
        self.period_kind.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.period_kind.addItem(
            QCoreApplication.translate("EditorForm", "On a day or between days"), "date")
        self.period_kind.addItem(
            QCoreApplication.translate("EditorForm", "Some time in a month"), "month")
        today = QDate.currentDate()
        # Empty until a day is typed or chosen: today was assumed and counted as filled, and
        # sealed for incidents weeks old (review r12v F2). Sealing asks for it; saving not.
        self.period_start = OptionalDateEdit(
            QCoreApplication.translate("EditorForm", "Choose a day…"))
        self.period_start.setAccessibleName(QCoreApplication.translate("EditorForm", "First day"))
        self.period_start.setMaximumDate(today)
        show_dates_as(self.period_start, locale_date_format())
        self.period_has_end = QCheckBox(QCoreApplication.translate("EditorForm", "until"))
        self.period_has_end.setAccessibleName(
            QCoreApplication.translate("EditorForm", "Until a later day"))
        self.period_end = OptionalDateEdit(
            QCoreApplication.translate("EditorForm", "Choose a day…"))
        self.period_end.setAccessibleName(QCoreApplication.translate("EditorForm", "Last day"))
        self.period_end.setMaximumDate(today)
        show_dates_as(self.period_end, locale_date_format())
        self.period_end.setEnabled(False)
        self.period_has_end.toggled.connect(self.period_end.setEnabled)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        for signal in (self.period_start.dateChanged, self.period_end.dateChanged,
                       self.period_has_end.toggled, self.period_kind.currentIndexChanged):
            signal.connect(self._check_period_order)
        for widget in (self.period_kind, self.period_start, self.period_has_end, self.period_end):
            row.addWidget(widget)
        row.addStretch(1)
        # Alt+P leads to the first day, where a date is typed; Shift+Tab reaches the kind.
        box.setFocusProxy(self.period_start)
        box.setAccessibleName(QCoreApplication.translate("EditorForm", "Period"))
        return box

    def _period_kind_changed(self) -> None:
        by_month = self.period_kind.currentData() == "month"
        show_dates_as(self.period_start, "MMMM yyyy" if by_month else locale_date_format())
        self.period_start.setAccessibleName(
            QCoreApplication.translate("EditorForm", "Month") if by_month
            else QCoreApplication.translate("EditorForm", "First day"))
        self.period_has_end.setVisible(not by_month)
        self.period_end.setVisible(not by_month)

    def _check_period_order(self, *_args: object) -> None:
        """Say at once when the last day lies before the first, and stop saying it once fixed
        (review r12x X3: it showed only when sealing, as "1 field must be filled")."""
        first, last = self.period_start.chosen(), self.period_end.chosen()
        error = self._errors.get("period")
        if error is None:  # still being built
            return
        text = "\u26a0 " + field_error_text(FieldError("period.end", "end_before_start", ""))
        if (self.period_kind.currentData() == "date" and self.period_has_end.isChecked()
                and first is not None and last is not None and last < first):
            error.setText(text)
            error.show()
        elif error.text() == text:
            error.hide()

    def clear_period(self) -> None:
        """Back to a new form's period: a day, none chosen, no end."""
        self.period_kind.setCurrentIndex(0)
        self.period_start.clear_date()
        self.period_has_end.setChecked(False)
        self.period_end.clear_date()
