"""The signal record: what a liaison writes down, as stable codes, and its strict JSON form.

`signal.json` inside a sealed item is `signal_to_json(record)`. The office reads it back with
`signal_from_json`, which treats the bytes as hostile: bounded size, canonical JSON only, no
unknown fields, exact types. Every check lives in `intake_app.domain.signal_checks`, used by the
form (`validate_signal`, `SignalRecord.from_form`), the parser and the record's own constructor,
so a `SignalRecord` that exists is always a valid one.

Nothing here puts the content of a field into an exception or a log line: errors name the field
and a machine code, never the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.domain.places import municipality_by_code
from intake_app.domain.signal_checks import MAX_SIGNAL_JSON, SCHEMA_VERSION, check_signal
from intake_app.domain.signal_errors import (
    FieldError,
    SignalError,
    SignalFormatError,
    SignalValidationError,
)

__all__ = [
    "MAX_SIGNAL_JSON",
    "SCHEMA_VERSION",
    "AttachmentEntry",
    "FieldError",
    "Period",
    "Place",
    "SignalError",
    "SignalFormatError",
    "SignalRecord",
    "SignalValidationError",
    "signal_from_json",
    "signal_to_json",
    "validate_signal",
]


@dataclass(frozen=True)
class Period:
    """When it happened: a day, a range of days, or a month (`month_only`: start is the 1st)."""

    start: date
    end: date | None = None
    month_only: bool = False

    def __post_init__(self) -> None:
        if self.month_only and (self.start.day != 1 or self.end is not None):
            error = FieldError("period", "invalid_format", "A month period starts on the 1st.")
            raise SignalValidationError([error])

    def to_dict(self) -> dict[str, Any]:
        """The period as in signal.json: its kind and ISO dates (a month as YYYY-MM)."""
        if self.month_only:
            return {"kind": "month", "month": f"{self.start.year:04d}-{self.start.month:02d}"}
        return {
            "kind": "date",
            "start": self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
        }


@dataclass(frozen=True)
class Place:
    """A coarse place: kind is a `place_kind` code; value is a municipality's CBS code
    ("GM0599"; a name in signals before review r12y R14), a province code, an ISO country
    code (abroad, optional) or None (online)."""

    kind: str
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The place as in signal.json: kind and, unless unknown or online, its value."""
        return {"kind": self.kind, "value": self.value}


@dataclass(frozen=True)
class AttachmentEntry:
    """One attachment as listed in signal.json (ARCHITECTURE.md, "The sealed item")."""

    file: str
    sha256: str
    size: int
    media_type: str
    cleaning: str
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The attachment entry as in signal.json (file, sha256 hex, size in bytes, media type,
        cleaning, warnings)."""
        return {
            "file": self.file,
            "sha256": self.sha256,
            "size": self.size,
            "media_type": self.media_type,
            "cleaning": self.cleaning,
            "warnings": list(self.warnings),
        }


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class SignalRecord:
    """A validated signal. Build it with `from_form` (from the editor) or `signal_from_json`."""

    category: str
    actor: str
    targets: frozenset[str]
    channel: str
    period: Period
    place: Place
    description: str
    impact: frozenset[str]
    urgency: str
    anonymity: str
    consent: frozenset[str]
    reported_elsewhere: str
    source_reliability: str
    information_credibility: str
    impact_notes: str = ""
    attachments: tuple[AttachmentEntry, ...] = ()
    created: datetime = field(default_factory=_utc_now)
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        # Accept any collection for the set and list fields, so dataclasses.replace() is easy.
        for name in ("targets", "impact", "consent"):
            value = getattr(self, name)
            if isinstance(value, (set, list, tuple)):
                object.__setattr__(self, name, frozenset(value))
        if isinstance(self.attachments, list):
            object.__setattr__(self, "attachments", tuple(self.attachments))
        try:
            as_dict = self.to_dict()
        except (AttributeError, TypeError, ValueError) as exc:
            raise SignalValidationError([_WRONG_TYPE]) from exc
        errors, _ = check_signal(as_dict, strict=True)
        if errors:
            raise SignalValidationError(errors)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: sets as sorted lists, dates as ISO strings."""
        created = self.created
        if not isinstance(created, datetime) or created.utcoffset() is None:
            raise SignalValidationError([_WRONG_TYPE])  # created must be an aware datetime
        return {
            "schema_version": self.schema_version,
            "category": self.category,
            "actor": self.actor,
            "targets": sorted(self.targets),
            "channel": self.channel,
            "period": self.period.to_dict(),
            "place": self.place.to_dict(),
            "description": self.description,
            "impact": sorted(self.impact),
            "impact_notes": self.impact_notes,
            "urgency": self.urgency,
            "anonymity": self.anonymity,
            "consent": sorted(self.consent),
            "reported_elsewhere": self.reported_elsewhere,
            "source_reliability": self.source_reliability,
            "information_credibility": self.information_credibility,
            "attachments": [entry.to_dict() for entry in self.attachments],
            "created": _format_created(created),
        }

    def free_text(self) -> dict[str, str]:
        """The fields a person typed freely, for the identifier check before sealing."""
        texts = {"description": self.description, "impact_notes": self.impact_notes}
        if (self.place.kind == "municipality" and self.place.value
                and municipality_by_code(self.place.value) is None):  # a code is no typed text
            texts["place.value"] = self.place.value
        return texts

    @classmethod
    def from_form(cls, data: Mapping[str, Any], *, today: date | None = None) -> SignalRecord:
        """Validate editor input and build the record; raises SignalValidationError."""
        errors, values = check_signal(data, strict=False, today=today or date.today())
        if errors:
            raise SignalValidationError(errors)
        return _build(values)


_WRONG_TYPE = FieldError("record", "wrong_type", "A field of the record has the wrong type.")


def _format_created(created: datetime) -> str:
    # Whole seconds in UTC only, so that the JSON form round-trips to an equal record.
    if created.microsecond or created.utcoffset() != timedelta(0):
        raise SignalValidationError([_WRONG_TYPE])  # created must be whole seconds in UTC
    return created.strftime("%Y-%m-%dT%H:%M:%SZ")


def _build(values: dict[str, Any]) -> SignalRecord:
    period = values["period"]
    place = values["place"]
    return SignalRecord(
        schema_version=values["schema_version"],
        category=values["category"],
        actor=values["actor"],
        targets=values["targets"],
        channel=values["channel"],
        period=Period(period["start"], period["end"], period["month_only"]),
        place=Place(place["kind"], place["value"]),
        description=values["description"],
        impact=values["impact"],
        impact_notes=values["impact_notes"],
        urgency=values["urgency"],
        anonymity=values["anonymity"],
        consent=values["consent"],
        reported_elsewhere=values["reported_elsewhere"],
        source_reliability=values["source_reliability"],
        information_credibility=values["information_credibility"],
        attachments=tuple(AttachmentEntry(**entry) for entry in values["attachments"]),
        created=values["created"],
    )


def validate_signal(data: Mapping[str, Any], *, today: date | None = None) -> list[FieldError]:
    """Every problem with editor input, one FieldError per field (empty when it can be saved).

    `data` has the shape of `SignalRecord.to_dict()`; as editor input it may also use `date`
    and `datetime` objects and any collection for the sets, and may leave out `schema_version`,
    `impact_notes`, `attachments` and `created`.
    """
    errors, _ = check_signal(data, strict=False, today=today or date.today())
    return errors


def signal_to_json(record: SignalRecord) -> bytes:
    """The canonical bytes of `signal.json`."""
    return canonical_json(record.to_dict())


def signal_from_json(data: bytes) -> SignalRecord:
    """Parse `signal.json` from an untrusted source.

    Raises SignalFormatError (not canonical JSON, too large) or SignalValidationError (unknown
    fields, wrong types, codes or values), both SignalError; never anything else.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise SignalFormatError("signal.json must be given as bytes")
    if len(data) > MAX_SIGNAL_JSON:
        raise SignalFormatError(f"signal.json is larger than {MAX_SIGNAL_JSON} bytes")
    try:
        document = parse_canonical(bytes(data), limit=MAX_SIGNAL_JSON)
    except (CanonicalError, ValueError, RecursionError) as exc:
        # Also the ValueError of over-long integers or lone surrogates.
        raise SignalFormatError("signal.json is not canonical JSON") from exc
    errors, values = check_signal(document, strict=True)
    if errors:
        raise SignalValidationError(errors)
    return _build(values)
