"""The signal record: every validation rule, the JSON round trip, and the strict parser."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.crypto.canonical import canonical_json
from intake_app.domain.signal import (
    MAX_SIGNAL_JSON,
    AttachmentEntry,
    Period,
    Place,
    SignalError,
    SignalFormatError,
    SignalRecord,
    SignalValidationError,
    signal_from_json,
    signal_to_json,
    validate_signal,
)

TODAY = date(2025, 6, 15)
CANARY = "CANARY-7f3a-secret"
SHA = "ab" * 32


def form(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "category": "diaspora_tax",
        "actor": "ER",
        "targets": ["individual", "family"],
        "channel": "in_person",
        "period": {"kind": "date", "start": "2025-03-01", "end": "2025-03-04"},
        "place": {"kind": "municipality", "value": "Den Haag"},
        "description": "Een man van het consulaat eiste twee procent van het inkomen.",
        "impact": ["fear_for_family"],
        "impact_notes": "Durft niet meer naar de vereniging.",
        "urgency": "high",
        "anonymity": "known_to_liaison",
        "consent": ["office_only"],
        "reported_elsewhere": "no",
        "source_reliability": "B",
        "information_credibility": "2",
        "created": "2025-06-14T09:30:00Z",
        "attachments": [
            {
                "file": "attachments/01-brief.jpg",
                "sha256": SHA,
                "size": 2048,
                "media_type": "image/jpeg",
                "cleaning": "cleaned",
                "warnings": [],
            }
        ],
    }
    data.update(changes)
    return data


def problems(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_signal(data, today=TODAY)}


def valid_record() -> SignalRecord:
    return SignalRecord.from_form(form(), today=TODAY)


def test_a_complete_form_is_valid_and_becomes_a_record() -> None:
    assert validate_signal(form(), today=TODAY) == []
    record = valid_record()
    assert record.category == "diaspora_tax"
    assert record.targets == frozenset({"individual", "family"})
    assert record.period == Period(date(2025, 3, 1), date(2025, 3, 4))
    assert record.place == Place("municipality", "GM0518")  # its CBS code (review r12y R14)
    assert record.created == datetime(2025, 6, 14, 9, 30, tzinfo=UTC)
    assert record.attachments[0].size == 2048
    assert record.schema_version == 1


def test_editor_input_may_use_python_types_and_leave_out_program_fields() -> None:
    data = form(
        targets={"individual"},
        period={"kind": "date", "start": date(2025, 3, 1)},
        created=datetime(2025, 6, 14, 11, 30, tzinfo=timezone(timedelta(hours=2))),
    )
    del data["attachments"], data["impact_notes"]
    record = SignalRecord.from_form(data, today=TODAY)
    assert record.period.end is None
    assert record.created == datetime(2025, 6, 14, 9, 30, tzinfo=UTC)
    assert record.attachments == () and record.impact_notes == ""


def test_created_defaults_to_now_in_whole_utc_seconds() -> None:
    data = form()
    del data["created"]
    record = SignalRecord.from_form(data)
    assert record.created.tzinfo is UTC and record.created.microsecond == 0
    assert abs(datetime.now(UTC) - record.created) < timedelta(minutes=1)


def test_a_month_only_period() -> None:
    record = SignalRecord.from_form(form(period={"kind": "month", "month": "2025-02"}), today=TODAY)
    assert record.period == Period(date(2025, 2, 1), None, month_only=True)
    assert record.to_dict()["period"] == {"kind": "month", "month": "2025-02"}


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"category": None}, "category", "required"),
        ({"category": "Intimidatie"}, "category", "unknown_code"),
        ({"actor": "XX"}, "actor", "unknown_code"),
        ({"actor": "er"}, "actor", "unknown_code"),
        ({"targets": []}, "targets", "required"),
        ({"targets": ["neighbour"]}, "targets", "unknown_code"),
        ({"targets": "individual"}, "targets", "wrong_type"),
        ({"channel": "pigeon"}, "channel", "unknown_code"),
        ({"period": None}, "period", "required"),
        ({"period": {"kind": "week"}}, "period.kind", "unknown_code"),
        ({"period": {"kind": "date", "start": "2025-07-01"}}, "period.start", "in_future"),
        ({"period": {"kind": "date", "start": "2025-02-30"}}, "period.start", "invalid_date"),
        ({"period": {"kind": "date", "start": "1/3/2025"}}, "period.start", "invalid_date"),
        ({"period": {"kind": "date", "start": "1949-12-31"}}, "period.start", "too_early"),
        ({"period": {"kind": "date", "start": ""}}, "period.start", "required"),
        (
            {"period": {"kind": "date", "start": "2025-03-04", "end": "2025-03-01"}},
            "period.end",
            "end_before_start",
        ),
        (
            {"period": {"kind": "date", "start": "2025-03-04", "end": "2025-06-16"}},
            "period.end",
            "in_future",
        ),
        ({"period": {"kind": "month", "month": "2025-13"}}, "period.month", "invalid_date"),
        ({"period": {"kind": "month", "month": "0000-01"}}, "period.month", "invalid_date"),
        ({"period": {"kind": "date", "start": "0000-01-01"}}, "period.start", "invalid_date"),
        ({"period": {"kind": "month", "month": "٢٠٢٥-٠٣"}}, "period.month", "invalid_date"),
        ({"period": {"kind": "date", "start": "٢٠٢٥-٠٣-٠١"}}, "period.start", "invalid_date"),
        ({"period": {"kind": "month", "month": "2025-07"}}, "period.month", "in_future"),
        ({"period": {"kind": "month", "month": "2025-05", "x": 1}}, "period", "unknown_field"),
        (
            {"place": {"kind": "municipality", "value": "Kalverstraat 12"}},
            "place.value",
            "looks_like_address",
        ),
        ({"place": {"kind": "municipality", "value": ""}}, "place.value", "required"),
        ({"place": {"kind": "municipality", "value": "x" * 41}}, "place.value", "too_long"),
        ({"place": {"kind": "province", "value": "Zuid-Holland"}}, "place.value", "unknown_code"),
        ({"place": {"kind": "online", "value": "Den Haag"}}, "place.value", "not_allowed"),
        ({"place": {"kind": "abroad", "value": "NL"}}, "place.value", "not_abroad"),
        ({"place": {"kind": "abroad", "value": "XX"}}, "place.value", "unknown_code"),
        ({"place": {"kind": "address", "value": None}}, "place.kind", "unknown_code"),
        ({"description": ""}, "description", "required"),
        ({"description": " \n "}, "description", "required"),
        ({"description": "x" * 20_001}, "description", "too_long"),
        ({"description": "bel\x00me"}, "description", "invalid_characters"),
        ({"description": "lone \ud800 surrogate"}, "description", "invalid_characters"),
        ({"impact_notes": "x" * 5_001}, "impact_notes", "too_long"),
        ({"impact": []}, "impact", "required"),
        ({"impact": ["none_known", "fear_for_safety"]}, "impact", "exclusive_code"),
        ({"urgency": "urgent"}, "urgency", "unknown_code"),
        ({"anonymity": "secret"}, "anonymity", "unknown_code"),
        ({"consent": []}, "consent", "required"),
        ({"consent": ["office_only", "police"]}, "consent", "exclusive_code"),
        ({"consent": ["aivd"]}, "consent", "unknown_code"),
        ({"reported_elsewhere": "yes"}, "reported_elsewhere", "unknown_code"),
        ({"source_reliability": "a"}, "source_reliability", "unknown_code"),
        ({"source_reliability": "G"}, "source_reliability", "unknown_code"),
        ({"information_credibility": 2}, "information_credibility", "wrong_type"),
        ({"information_credibility": "7"}, "information_credibility", "unknown_code"),
        ({"created": "2025-06-17T00:00:00Z"}, "created", "in_future"),
        ({"created": datetime(2025, 6, 14, 9, 30)}, "created", "invalid_format"),
        ({"schema_version": 2}, "schema_version", "unsupported_version"),
        ({"nickname": "Ali"}, "record", "unknown_field"),
    ],
)
def test_each_rule_names_its_field_and_code(changes: dict[str, Any], field: str, code: str) -> None:
    assert (field, code) in problems(form(**changes))


def attachment(**changes: Any) -> dict[str, Any]:
    return form()["attachments"][0] | changes


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"file": "brief.jpg"}, "attachments.0.file", "invalid_format"),
        ({"file": "attachments/01-../../etc/passwd"}, "attachments.0.file", "invalid_format"),
        ({"file": "attachments/01-a\\b.jpg"}, "attachments.0.file", "invalid_format"),
        ({"file": "attachments/01-a\nb.jpg"}, "attachments.0.file", "invalid_format"),
        ({"file": "attachments/01-" + "é" * 51}, "attachments.0.file", "invalid_format"),
        ({"sha256": "AB" * 32}, "attachments.0.sha256", "invalid_format"),
        ({"sha256": "ab" * 31}, "attachments.0.sha256", "invalid_format"),
        ({"size": -1}, "attachments.0.size", "too_large"),
        ({"size": True}, "attachments.0.size", "wrong_type"),
        ({"size": 2.0}, "attachments.0.size", "wrong_type"),
        ({"media_type": "JPEG"}, "attachments.0.media_type", "invalid_format"),
        ({"cleaning": "done"}, "attachments.0.cleaning", "unknown_code"),
        ({"warnings": ["Has GPS!"]}, "attachments.0.warnings", "invalid_format"),
        ({"warnings": ["w"] * 17}, "attachments.0.warnings", "too_many"),
        ({"owner": "x"}, "attachments.0", "unknown_field"),
    ],
)
def test_attachment_entries_are_checked_strictly(
    changes: dict[str, Any], field: str, code: str
) -> None:
    assert (field, code) in problems(form(attachments=[attachment(**changes)]))


def test_attachment_list_limits() -> None:
    twice = [attachment(), attachment()]
    assert ("attachments.1.file", "duplicate") in problems(form(attachments=twice))
    many = [attachment(file=f"attachments/{i:02d}-a") for i in range(100)]
    assert ("attachments", "too_many") in problems(form(attachments=many))
    missing = attachment()
    del missing["sha256"]
    assert problems(form(attachments=[missing])) == {("attachments.0.sha256", "required")}


def test_errors_and_messages_never_contain_field_content() -> None:
    bad = form(
        category=CANARY,
        actor=CANARY,
        targets=[CANARY],
        period={"kind": "date", "start": CANARY, "end": CANARY},
        place={"kind": "municipality", "value": CANARY + " 12"},
        description=CANARY * 3000,
        impact_notes=CANARY * 1000,
        consent=[CANARY],
        attachments=[attachment(file=CANARY, sha256=CANARY, media_type=CANARY)],
        **{CANARY: CANARY},
    )
    errors = validate_signal(bad, today=TODAY)
    assert len(errors) >= 10
    with pytest.raises(SignalValidationError) as info:
        SignalRecord.from_form(bad, today=TODAY)
    shown = str(info.value) + repr(info.value) + repr(errors)
    assert CANARY not in shown
    assert all(e.message.endswith(".") and CANARY not in e.message for e in errors)


def test_messages_are_clear_english_per_field() -> None:
    errors = validate_signal(form(period={"kind": "date", "start": "2030-01-01"}), today=TODAY)
    assert [(e.field, e.message) for e in errors] == [
        ("period.start", "The start of the period lies in the future.")
    ]


def test_round_trip_through_canonical_json() -> None:
    record = valid_record()
    data = signal_to_json(record)
    assert data == canonical_json(record.to_dict())
    assert json.loads(data)["targets"] == ["family", "individual"]  # sets are sorted lists
    assert signal_from_json(data) == record
    assert signal_to_json(signal_from_json(data)) == data


def test_every_field_of_design_section_4_is_in_signal_json() -> None:
    keys = set(json.loads(signal_to_json(valid_record())))
    assert keys == {
        "schema_version", "category", "actor", "targets", "channel", "period", "place",
        "description", "impact", "impact_notes", "urgency", "anonymity", "consent",
        "reported_elsewhere", "source_reliability", "information_credibility", "attachments",
        "created",
    }  # fmt: skip


def test_a_record_cannot_be_built_invalid() -> None:
    record = valid_record()
    with pytest.raises(SignalValidationError):
        dataclasses.replace(record, category="nonsense")
    with pytest.raises(SignalValidationError):
        dataclasses.replace(record, attachments=(AttachmentEntry("x", SHA, 1, "a/b", "cleaned"),))
    with pytest.raises(SignalValidationError):
        dataclasses.replace(record, created=datetime(2025, 6, 14, 9, 30, 0, 5, tzinfo=UTC))
    with pytest.raises(SignalValidationError):
        dataclasses.replace(record, period="last week")
    with pytest.raises(SignalValidationError):
        Period(date(2025, 3, 5), month_only=True)
    sealed = dataclasses.replace(record, targets={"business"}, attachments=[])
    assert sealed.targets == frozenset({"business"}) and sealed.attachments == ()


def test_free_text_for_the_identifier_check() -> None:
    # A name the official list does not know stays text; a municipality's code is none.
    village = SignalRecord.from_form(
        form(place={"kind": "municipality", "value": "Lutjebroek"}), today=TODAY)
    assert village.free_text() == {
        "description": form()["description"],
        "impact_notes": form()["impact_notes"],
        "place.value": "Lutjebroek",
    }
    assert "place.value" not in valid_record().free_text()


def document(**changes: Any) -> dict[str, Any]:
    data = valid_record().to_dict()
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", SignalFormatError),
        (b"[]", SignalFormatError),
        (b"\xff\xfe", SignalFormatError),
        (b'{"a":1,"a":2}', SignalFormatError),
        (json.dumps(document()).encode(), SignalFormatError),  # spaces: not canonical
        (b'{"size":' + b"9" * 5000 + b"}", SignalFormatError),
        (b'{"description":"\\ud800"}', SignalFormatError),
        (b"[" * 100_000, SignalFormatError),
        (canonical_json(document(extra=1)), SignalValidationError),
        (canonical_json(document(urgency=3)), SignalValidationError),
        (canonical_json(document(targets=["individual", "family"])), SignalValidationError),
        (canonical_json(document(targets=["family", "family"])), SignalValidationError),
        (
            canonical_json(document(period={"kind": "date", "start": "2025-03-01"})),
            SignalValidationError,
        ),
        (
            # signal.json writes a missing end as null; "" would re-serialise differently
            canonical_json(document(period={"kind": "date", "start": "2025-03-01", "end": ""})),
            SignalValidationError,
        ),
        (canonical_json(document(place={"kind": "online"})), SignalValidationError),
        (canonical_json(document(place={"kind": "online", "value": ""})), SignalValidationError),
        (canonical_json(document(created="2025-06-14 09:30:00")), SignalValidationError),
        (canonical_json(document(created="0000-01-01T00:00:00Z")), SignalValidationError),
        (canonical_json(document(attachments=({},))), SignalValidationError),
        (
            canonical_json({k: v for k, v in document().items() if k != "impact_notes"}),
            SignalValidationError,
        ),
    ],
)
def test_strict_parser_rejects_with_its_own_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        signal_from_json(data)


def test_strict_parser_rejects_oversize_before_parsing() -> None:
    huge = canonical_json(document(description="x" * (MAX_SIGNAL_JSON + 1)))
    with pytest.raises(SignalFormatError, match="larger than"):
        signal_from_json(huge)
    with pytest.raises(SignalFormatError):
        signal_from_json("not bytes")  # type: ignore[arg-type]


def test_strict_parser_checks_dates_against_the_records_own_creation() -> None:
    after_creation = {"kind": "date", "start": "2025-06-16", "end": None}
    with pytest.raises(SignalValidationError) as info:
        signal_from_json(canonical_json(document(period=after_creation)))
    assert [(e.field, e.code) for e in info.value.errors] == [("period.start", "in_future")]
    # A day of slack for time zones: the day after creation (UTC) is still accepted.
    signal_from_json(canonical_json(document(period=after_creation | {"start": "2025-06-15"})))
    # The far end of the calendar is a plain record, not an overflow.
    far = signal_from_json(canonical_json(document(created="9999-12-31T23:59:59Z")))
    assert far.created.year == 9999


# --- hypothesis: hostile documents give the module's error, or an equal record -------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(obj, dict):
        for key, value in obj.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_documents_parse_to_an_equal_record_or_raise_signal_error(data: Any) -> None:
    original = document()
    mutated = copy.deepcopy(original)
    path = data.draw(st.sampled_from(_paths(mutated)[1:]))
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace":
        parent[path[-1]] = data.draw(json_values)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=8))] = data.draw(json_values)
    else:
        parent.append(data.draw(json_values))
    try:
        encoded = canonical_json(mutated)
    except (UnicodeEncodeError, ValueError):
        return  # hypothesis made something that is not JSON at all
    try:
        record = signal_from_json(encoded)
    except SignalError:
        return
    assert signal_to_json(record) == encoded
    if mutated == original:
        assert record == valid_record()


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_byte_mutations_never_raise_anything_but_signal_error(data: Any) -> None:
    encoded = bytearray(signal_to_json(valid_record()))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(encoded) - 1))
        how = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if how == "flip":
            encoded[position] = data.draw(st.integers(0, 255))
        elif how == "insert":
            encoded[position:position] = data.draw(st.binary(min_size=1, max_size=4))
        else:
            del encoded[position]
    try:
        record = signal_from_json(bytes(encoded))
    except SignalError:
        return
    assert signal_to_json(record) == bytes(encoded)


@settings(max_examples=200, deadline=None)
@given(values=st.dictionaries(st.sampled_from(sorted(form())), json_values))
def test_any_editor_input_gives_field_errors_never_a_crash(values: dict[str, Any]) -> None:
    data = form() | values
    errors = validate_signal(data, today=TODAY)
    try:
        SignalRecord.from_form(data, today=TODAY)
    except SignalValidationError as exc:
        assert list(exc.errors) == errors
    else:
        assert errors == []
