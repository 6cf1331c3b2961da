"""What can be wrong with a signal record: error classes, field names and English messages.

A message names the field and the rule, never the value: the value may be confidential (a
reporter's words) or hostile (a crafted signal.json), and messages end up in logs and dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.errors import SeinpostError

# In the order of the editor, so that errors read top-down.
FIELD_NAMES = {
    "schema_version": "Schema version",
    "category": "Category",
    "actor": "Suspected state actor",
    "targets": "Targets",
    "channel": "Channel",
    "period": "Period",
    "place": "Place",
    "description": "Description",
    "impact": "Impact",
    "impact_notes": "Impact notes",
    "urgency": "Urgency",
    "anonymity": "Anonymity of the reporter",
    "consent": "Consent to share",
    "reported_elsewhere": "Already reported elsewhere",
    "source_reliability": "Source reliability",
    "information_credibility": "Information credibility",
    "attachments": "Attachments",
    "created": "Creation time",
}

MESSAGES = {
    "required": "{name} is required.",
    "wrong_type": "{name} has the wrong type of value.",
    "unknown_code": "{name} is not one of the allowed choices.",
    "unknown_field": "{name} contains a field that a signal record does not have.",
    "too_long": "{name} is longer than the limit of {limit} characters.",
    "too_many": "{name} has more than {limit} entries.",
    "too_large": "{name} is larger than the limit.",
    "invalid_characters": "{name} contains characters that are not allowed.",
    "invalid_format": "{name} is not in the expected format.",
    "invalid_date": "{name} is not a valid date.",
    "in_future": "{name} lies in the future.",
    "too_early": "{name} lies before 1950.",
    "end_before_start": "The end of the period lies before its start.",
    "looks_like_address": (
        "{name} looks like an address or contains digits; give only the name of the "
        "municipality, never a street, postcode or house number."
    ),
    "exclusive_code": "{name}: this choice cannot be combined with other choices.",
    "not_canonical": "{name} is not sorted or has duplicates.",
    "duplicate": "{name} names the same file twice.",
    "not_abroad": "A place abroad cannot be in the Netherlands.",
    "not_allowed": "{name} must be empty for this kind of place.",
    "unsupported_version": "{name} is not a version this program can read.",
}


@dataclass(frozen=True)
class FieldError:
    """One problem: `field` is a path such as "period.end" or "attachments.2.sha256"."""

    field: str
    code: str
    message: str


class SignalError(SeinpostError):
    """Base of every error this room raises about a signal record."""

    code = "signal.invalid"


class SignalFormatError(SignalError):
    """The bytes are not a signal document at all (size, encoding, canonical form)."""

    code = "signal.format"


class SignalValidationError(SignalError):
    """The record breaks one or more rules; `errors` lists them per field."""

    code = "signal.validation"

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        shown = ", ".join(f"{e.field} ({e.code})" for e in self.errors[:10])
        more = f" and {len(self.errors) - 10} more" if len(self.errors) > 10 else ""
        super().__init__(f"signal record is not valid: {shown}{more}")


_NESTED_NAMES = {
    "period.kind": "The kind of period",
    "period.start": "The start of the period",
    "period.end": "The end of the period",
    "period.month": "The month of the period",
    "place.kind": "The kind of place",
    "place.value": "The place",
    "file": "file name",
    "sha256": "SHA-256 hash",
    "size": "size",
    "media_type": "media type",
    "cleaning": "cleaning status",
    "warnings": "warnings",
}


def _display_name(path: str) -> str:
    parts = path.split(".")
    if parts[0] == "attachments" and len(parts) >= 2 and parts[1].isdigit():
        detail = _NESTED_NAMES.get(parts[2], "entry") if len(parts) > 2 else ""
        return f"Attachment {int(parts[1]) + 1}" + (f": {detail}" if detail else "")
    if path in _NESTED_NAMES:
        return _NESTED_NAMES[path]
    return FIELD_NAMES.get(parts[0], "The record")


def field_error(path: str, code: str, limit: int | None = None) -> FieldError:
    """The FieldError for `code` at `path`, with its English message."""
    return FieldError(path, code, MESSAGES[code].format(name=_display_name(path), limit=limit))
