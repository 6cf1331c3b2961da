"""Translated texts for the codes the core hands the UI (field errors, identifier kinds, states).

The core speaks in codes; this is where the UI gives them words in the user's language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from intake_app.domain.signal_errors import FieldError
from intake_app.sentences import identifier_kind


def _exclusive_text(field: str) -> str:
    """The conflict named: which choice excludes the others (review r12x X3: "This choice
    cannot be combined with the other choices" said neither which nor what to do)."""
    from intake_app.domain.taxonomy import EXCLUSIVE_CODES
    from intake_app.ui.code_widgets import code_label

    code = EXCLUSIVE_CODES.get(field.split(".")[0])
    if code is None:
        return QCoreApplication.translate(
            "Texts", "This choice cannot be combined with the other choices.")
    return QCoreApplication.translate(
        "Texts", "“%1” cannot be combined with other choices: untick it, or untick the others."
    ).replace("%1", code_label(field.split(".")[0], code))


def field_error_text(error: FieldError) -> str:
    texts = {
        "required": QCoreApplication.translate("Texts", "This field is required."),
        "unknown_code": QCoreApplication.translate("Texts", "Choose one of the options."),
        "too_long": QCoreApplication.translate("Texts", "This text is too long."),
        "too_many": QCoreApplication.translate("Texts", "Too many entries."),
        "invalid_characters": QCoreApplication.translate(
            "Texts", "This text contains characters that are not allowed."
        ),
        "invalid_format": QCoreApplication.translate(
            "Texts", "This is not in the expected format."
        ),
        "invalid_date": QCoreApplication.translate("Texts", "This is not a valid date."),
        "in_future": QCoreApplication.translate("Texts", "This date lies in the future."),
        "too_early": QCoreApplication.translate("Texts", "This date lies before 1950."),
        "end_before_start": QCoreApplication.translate(
            "Texts", "The end of the period lies before its start."
        ),
        "looks_like_address": QCoreApplication.translate(
            "Texts", "Give only the municipality's name, never a street, postcode or house number."
        ),
        "exclusive_code": _exclusive_text(error.field),
        "not_abroad": QCoreApplication.translate(
            "Texts", "A place abroad cannot be in the Netherlands."
        ),
    }
    return texts.get(error.code, QCoreApplication.translate("Texts", "This value is not accepted."))


def identifier_kind_text(kind: str) -> str:
    """The name of a kind of identifier in the UI language, from the one table of sentences
    (`sentences.identifier_kind`), as `intake-app record` and `seal` name it."""
    from intake_app.ui.code_widgets import label_language

    return identifier_kind(kind, label_language())


def status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("Texts", "Draft"),
        "sealed": QCoreApplication.translate("Texts", "Sealed"),
        "exported": QCoreApplication.translate("Texts", "Exported, awaiting receipt"),
        "delivered": QCoreApplication.translate("Texts", "Delivered"),
        "deleted": QCoreApplication.translate("Texts", "Deleted"),
    }
    return texts.get(status, status)


def human_size(size: int) -> str:
    """A byte count as the UI language writes it, in SI units: "10,4 kB" in Dutch, "10.4 kB"
    in English ("10.2 KB" with a decimal point in Dutch read wrong: review r12v F12)."""
    if size < 1000:
        return f"{size} B"
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeSIFormat)


def local_time(iso: str) -> str:
    """An ISO UTC timestamp from the store as local date and time in the locale's short format."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return local_moment(QDateTime(moment.replace(tzinfo=None)))


def local_moment(moment: QDateTime) -> str:
    """A local date and time in the short format of the UI's locale (QLocale(), set with the
    language: never the system's), with the full year: "30-11-2026 13:38", "30/11/2026 13:38"."""
    pattern = _four_digit_year(QLocale().dateTimeFormat(QLocale.ShortFormat))
    return QLocale().toString(moment, pattern)


def _four_digit_year(pattern: str) -> str:
    """A locale's short pattern with the full year: "25" could be any century."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_date(iso_day: str, *, month_only: bool = False) -> str:
    """An ISO day ("2025-03-07") in the locale's short format; with `month_only`, "maart 2025"."""
    day = QDate.fromString(iso_day, "yyyy-MM-dd")
    if not day.isValid():
        return iso_day
    if month_only:
        return QLocale().toString(day, "MMMM yyyy")
    return QLocale().toString(day, _four_digit_year(QLocale().dateFormat(QLocale.ShortFormat)))
