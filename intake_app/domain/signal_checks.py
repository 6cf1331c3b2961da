"""Every rule a signal record must meet, checked field by field with a machine code per problem.

One checker serves two kinds of input. Editor input (`strict=False`) may use Python dates and any
collection, and may leave out the fields the program fills in. A parsed `signal.json`
(`strict=True`) must be exactly what `signal_to_json` writes: every field present, JSON types only,
sets as sorted lists without duplicates. Dates are checked against `today` for editor input and
against the record's own creation time for parsed documents, so parsing is deterministic.

Messages are English, name the field and never contain its value (hostile or confidential).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from intake_app.domain import taxonomy
from intake_app.domain.municipalities import municipality_name_problem
from intake_app.domain.places import find_municipality, municipality_by_code
from intake_app.domain.signal_errors import FIELD_NAMES, FieldError, field_error

SCHEMA_VERSION = 1
MAX_SIGNAL_JSON = 1 << 20
MAX_DESCRIPTION_CHARS = 20_000
MAX_IMPACT_NOTES_CHARS = 5_000
MAX_ATTACHMENTS = 99  # the sealed item names them attachments/NN-name
MAX_ATTACHMENT_NAME_BYTES = 100  # UTF-8 bytes of the name after attachments/NN-
MAX_ATTACHMENT_BYTES = 1 << 40
MAX_WARNINGS = 16
MAX_SET_ITEMS = 64
EARLIEST_DATE = date(1950, 1, 1)
CLOCK_SLACK = timedelta(days=1)  # time zones and a laptop clock that is a little off
ATTACHMENT_KEYS = frozenset({"file", "sha256", "size", "media_type", "cleaning", "warnings"})

# ASCII digits only: "\d" would also take Arabic-Indic digits, which do not round-trip.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MEDIA_NAME = r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}"  # RFC 6838, lowercase
_MEDIA_TYPE = re.compile(_MEDIA_NAME + "/" + _MEDIA_NAME)
_WARNING = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_ATTACHMENT_FILE = re.compile(r"attachments/[0-9]{2}-(.+)", re.DOTALL)
_MISSING: Any = object()

_FORM_DEFAULTS = {"schema_version": SCHEMA_VERSION, "impact_notes": "", "attachments": ()}


class _Checker:
    def __init__(self, *, strict: bool, reference: date) -> None:
        self.strict = strict
        self.reference = reference  # the latest date a period may have
        self.errors: list[FieldError] = []

    def fail(self, path: str, code: str, limit: int | None = None) -> None:
        self.errors.append(field_error(path, code, limit))

    def keys(self, path: str, value: Mapping[str, Any], allowed: frozenset[str]) -> None:
        if any(not isinstance(key, str) or key not in allowed for key in value):
            self.fail(path, "unknown_field")

    def code(self, path: str, list_name: str, value: Any) -> str | None:
        if value is None or value is _MISSING or value == "":
            return self.fail(path, "required")
        if not isinstance(value, str):
            return self.fail(path, "wrong_type")
        if not taxonomy.is_code(list_name, value):
            return self.fail(path, "unknown_code")
        return value

    def code_set(self, path: str, list_name: str, value: Any) -> frozenset[str] | None:
        if value is None or value is _MISSING:
            return self.fail(path, "required")
        kinds = (list,) if self.strict else (list, tuple, set, frozenset)
        if not isinstance(value, kinds):
            return self.fail(path, "wrong_type")
        if len(value) > MAX_SET_ITEMS:
            return self.fail(path, "too_many", MAX_SET_ITEMS)
        if not all(isinstance(item, str) for item in value):
            return self.fail(path, "wrong_type")
        if not all(taxonomy.is_code(list_name, item) for item in value):
            return self.fail(path, "unknown_code")
        if self.strict and value != sorted(set(value)):
            return self.fail(path, "not_canonical")
        result = frozenset(value)
        if not result:
            return self.fail(path, "required")
        exclusive = taxonomy.EXCLUSIVE_CODES.get(list_name)
        beside = taxonomy.BESIDE_EXCLUSIVE.get(list_name, frozenset())
        if exclusive in result and len(result - beside) > 1:
            return self.fail(path, "exclusive_code")
        return result

    def text(self, path: str, value: Any, limit: int, *, required: bool) -> str | None:
        if value is None or value is _MISSING:
            if required or self.strict:
                return self.fail(path, "required")
            return ""
        if not isinstance(value, str):
            return self.fail(path, "wrong_type")
        if len(value) > limit:
            return self.fail(path, "too_long", limit)
        if not _clean_text(value):
            return self.fail(path, "invalid_characters")
        if required and not value.strip():
            return self.fail(path, "required")
        return value

    def day(self, path: str, value: Any) -> date | None:
        if value is None or value is _MISSING or value == "":
            return self.fail(path, "required")
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                return self.fail(path, "invalid_date")
        elif not self.strict and type(value) is date:
            parsed = value
        elif isinstance(value, str):
            return self.fail(path, "invalid_date")
        else:
            return self.fail(path, "wrong_type")
        return self.in_range(path, parsed)

    def in_range(self, path: str, day: date) -> date | None:
        if day < EARLIEST_DATE:
            return self.fail(path, "too_early")
        if day > self.reference:
            return self.fail(path, "in_future")
        return day

    def period(self, value: Any) -> dict[str, Any] | None:
        if value is None or value is _MISSING:
            return self.fail("period", "required")
        if not isinstance(value, Mapping):
            return self.fail("period", "wrong_type")
        kind = value.get("kind", _MISSING)
        if kind == "month":
            self.keys("period", value, frozenset({"kind", "month"}))
            month = value.get("month", _MISSING)
            if month is _MISSING or month is None or month == "":
                return self.fail("period.month", "required")
            first_day = _first_of_month(month)
            if first_day is None:
                return self.fail("period.month", "invalid_date")
            start = self.in_range("period.month", first_day)
            return None if start is None else {"start": start, "end": None, "month_only": True}
        if kind in (None, _MISSING, ""):
            return self.fail("period.kind", "required")
        if kind != "date":
            return self.fail("period.kind", "unknown_code")
        self.keys("period", value, frozenset({"kind", "start", "end"}))
        start = self.day("period.start", value.get("start", _MISSING))
        end_value = value.get("end", _MISSING)
        if self.strict and end_value is _MISSING:
            return self.fail("period.end", "required")
        # signal.json writes no end as null; "" is only a blank form field in a lenient draft.
        no_end = (None, _MISSING) if self.strict else (None, _MISSING, "")
        end = None if end_value in no_end else self.day("period.end", end_value)
        if start is not None and end is not None and end < start:
            return self.fail("period.end", "end_before_start")
        return {"start": start, "end": end, "month_only": False}

    def place(self, value: Any) -> dict[str, Any] | None:
        if value is None or value is _MISSING:
            return self.fail("place", "required")
        if not isinstance(value, Mapping):
            return self.fail("place", "wrong_type")
        self.keys("place", value, frozenset({"kind", "value"}))
        kind = self.code("place.kind", "place_kind", value.get("kind", _MISSING))
        given = value.get("value", _MISSING)
        if self.strict and given is _MISSING:
            return self.fail("place.value", "required")
        empty = given in (None, _MISSING, "")
        if kind == "municipality":
            if not isinstance(given, str) and not empty:
                return self.fail("place.value", "wrong_type")
            if not empty and municipality_by_code(given) is not None:
                return {"kind": kind, "value": given}  # the CBS code (review r12y R14)
            # A name: what drafts and signals before the code held. Read as it is; an editor
            # form's (not strict) becomes its code when the official list knows it.
            known = None if self.strict or empty else find_municipality(given)
            if known is not None:
                return {"kind": kind, "value": known.code}
            problem = municipality_name_problem("" if empty else given)
            if problem is None and self.strict and given != given.strip():
                problem = "invalid_format"
            if problem is not None:
                return self.fail("place.value", problem, 40)
            return {"kind": kind, "value": given.strip()}
        if kind == "province":
            province = self.code("place.value", "province", None if empty else given)
            return None if province is None else {"kind": kind, "value": province}
        if kind == "abroad" and not empty:
            country = self.code("place.value", "country", given)
            if country == "NL":
                return self.fail("place.value", "not_abroad")
            return None if country is None else {"kind": kind, "value": country}
        if kind is not None and not empty:
            return self.fail("place.value", "not_allowed")
        if self.strict and given is not None:
            return self.fail("place.value", "not_canonical")
        return None if kind is None else {"kind": kind, "value": None}

    def attachments(self, value: Any) -> list[dict[str, Any]] | None:
        if value is None or value is _MISSING:
            return self.fail("attachments", "required")
        if not isinstance(value, list if self.strict else (list, tuple)):
            return self.fail("attachments", "wrong_type")
        if len(value) > MAX_ATTACHMENTS:
            return self.fail("attachments", "too_many", MAX_ATTACHMENTS)
        entries: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index, item in enumerate(value):
            if not self.strict and hasattr(item, "to_dict") and callable(item.to_dict):
                item = item.to_dict()
            entry = self.attachment(f"attachments.{index}", item)
            if entry is None:
                continue
            if entry["file"] in seen:
                self.fail(f"attachments.{index}.file", "duplicate")
            seen.add(entry["file"])
            entries.append(entry)
        return entries if len(entries) == len(value) else None

    def attachment(self, path: str, item: Any) -> dict[str, Any] | None:
        if not isinstance(item, Mapping):
            return self.fail(path, "wrong_type")
        before = len(self.errors)
        self.keys(path, item, ATTACHMENT_KEYS)
        for key in sorted(ATTACHMENT_KEYS):
            if key not in item:
                self.fail(f"{path}.{key}", "required")
            else:
                self.attachment_field(f"{path}.{key}", key, item[key])
        if len(self.errors) > before:
            return None
        return {key: item[key] for key in ATTACHMENT_KEYS} | {"warnings": tuple(item["warnings"])}

    def attachment_field(self, path: str, key: str, value: Any) -> None:
        if key == "cleaning":
            self.code(path, "cleaning", value)
        elif key == "size":
            if type(value) is not int:
                self.fail(path, "wrong_type")
            elif not 0 <= value <= MAX_ATTACHMENT_BYTES:
                self.fail(path, "too_large")
        elif key == "warnings":
            if not isinstance(value, list if self.strict else (list, tuple)):
                self.fail(path, "wrong_type")
            elif len(value) > MAX_WARNINGS:
                self.fail(path, "too_many", MAX_WARNINGS)
            elif not all(isinstance(w, str) and _WARNING.fullmatch(w) for w in value):
                self.fail(path, "invalid_format")
        elif not isinstance(value, str):
            self.fail(path, "wrong_type")
        elif not _ATTACHMENT_PATTERNS[key](value):
            self.fail(path, "invalid_format")

    def created(self, value: Any, today: date | None) -> datetime | None:
        if not self.strict and (value is None or value is _MISSING):
            return datetime.now(UTC).replace(microsecond=0)
        if isinstance(value, str) and _CREATED.fullmatch(value):
            try:
                parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            except ValueError:
                return self.fail("created", "invalid_date")
        elif not self.strict and isinstance(value, datetime) and value.utcoffset() is not None:
            parsed = value.astimezone(UTC).replace(microsecond=0)
        elif value is None or value is _MISSING:
            return self.fail("created", "required")
        else:
            return self.fail("created", "invalid_format")
        if today is not None and parsed.date() > _with_slack(today):
            return self.fail("created", "in_future")
        return parsed

    def schema_version(self, value: Any) -> int | None:
        if value is _MISSING or value is None:
            return self.fail("schema_version", "required")
        if type(value) is not int:
            return self.fail("schema_version", "wrong_type")
        if value != SCHEMA_VERSION:
            return self.fail("schema_version", "unsupported_version")
        return value


def _first_of_month(month: Any) -> date | None:
    match = _ISO_MONTH.fullmatch(month) if isinstance(month, str) else None
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:  # month 13, year 0
        return None


def _with_slack(day: date) -> date:
    return day + CLOCK_SLACK if day < date.max - CLOCK_SLACK else date.max


def _clean_text(value: str) -> bool:
    """Encodable as UTF-8, and no control characters other than tab and line breaks."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return all(ch in "\t\n\r" or unicodedata.category(ch) != "Cc" for ch in value if ch < "\xa0")


def _attachment_name_ok(name: str) -> bool:
    match = _ATTACHMENT_FILE.fullmatch(name)
    if match is None:
        return False
    base = match.group(1)
    if "/" in base or "\\" in base or not _clean_text(base):
        return False
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in base):
        return False
    return len(base.encode("utf-8")) <= MAX_ATTACHMENT_NAME_BYTES


_ATTACHMENT_PATTERNS: dict[str, Callable[[str], object]] = {
    "file": _attachment_name_ok,
    "sha256": _SHA256.fullmatch,
    "media_type": _MEDIA_TYPE.fullmatch,
}


def check_signal(
    data: Any, *, strict: bool, today: date | None = None
) -> tuple[list[FieldError], dict[str, Any]]:
    """Check a whole record; returns the problems and, when there are none, the clean values.

    With `strict`, dates are checked against the record's own `created` (plus a day of slack);
    otherwise against `today` (plus nothing: the editor knows its own date).
    """
    probe = _Checker(strict=strict, reference=date.max)
    if not isinstance(data, Mapping):
        probe.fail("record", "wrong_type")
        return probe.errors, {}
    probe.keys("record", data, frozenset(FIELD_NAMES))

    def get(key: str) -> Any:
        value = data.get(key, _MISSING)
        if value is _MISSING and not strict:
            return _FORM_DEFAULTS.get(key, _MISSING)
        return value

    created = probe.created(get("created"), None if strict else today)
    if strict:
        probe.reference = _with_slack(created.date()) if created is not None else date.max
    else:
        probe.reference = today or date.today()
    return _check_fields(probe, get, created)


_SINGLE_CODES = {
    "category": "category",
    "actor": "actor",
    "channel": "channel",
    "urgency": "urgency",
    "anonymity": "anonymity",
    "reported_elsewhere": "reported_elsewhere",
    "source_reliability": "source_reliability",
    "information_credibility": "information_credibility",
}
_CODE_SETS = {"targets": "target", "impact": "impact", "consent": "consent"}
_TEXT_LIMITS = {"description": MAX_DESCRIPTION_CHARS, "impact_notes": MAX_IMPACT_NOTES_CHARS}


def _check_fields(
    checker: _Checker, get: Callable[[str], Any], created: datetime | None
) -> tuple[list[FieldError], dict[str, Any]]:
    # In the order of FIELD_NAMES, which is the order of the editor, so errors read top-down.
    values: dict[str, Any] = {"created": created}
    for key in FIELD_NAMES:
        value = get(key)
        if key in _SINGLE_CODES:
            values[key] = checker.code(key, _SINGLE_CODES[key], value)
        elif key in _CODE_SETS:
            values[key] = checker.code_set(key, _CODE_SETS[key], value)
        elif key in _TEXT_LIMITS:
            required = key == "description"
            values[key] = checker.text(key, value, _TEXT_LIMITS[key], required=required)
        elif key == "period":
            values[key] = checker.period(value)
        elif key == "place":
            values[key] = checker.place(value)
        elif key == "attachments":
            values[key] = checker.attachments(value)
        elif key == "schema_version":
            values[key] = checker.schema_version(value)
    return checker.errors, ({} if checker.errors else values)
