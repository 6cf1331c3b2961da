"""Export the ingested signals for analysts: one line or row per signal, codes as they are.

JSON Lines: one canonical JSON object per line with the bundle/liaison context and the signal
record (attachments appear as their listing: name, hash, size, type; never their content).
CSV: the codes as columns, sets joined with ';'; after `place_value` (a municipality's CBS code
since 36a6b36, its name before) two read-only columns: `place_name`, the official name of a
known municipality or province (else the value as stored), and `region`, the province's
ISO 3166-2:NL code, "abroad", "online" or "unknown", as the report counts it. Cells that a
spreadsheet would run as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from intake_app.crypto.canonical import canonical_json
from intake_app.domain import places
from intake_app.errors import ContractError
from intake_app.fs.atomic import atomic_writer

FORMATS = ("jsonl", "csv")
CSV_COLUMNS = (
    "item_id", "bundle_id", "liaison_key_id", "received", "category", "actor", "targets",
    "channel", "period_kind", "period_start", "period_end", "place_kind", "place_value",
    "impact", "urgency", "anonymity", "consent", "reported_elsewhere", "source_reliability",
    "information_credibility", "created",
)
_TEXT_COLUMNS = ("description", "impact_notes", "attachments")
_PLACE_VALUE = CSV_COLUMNS.index("place_value")
_PROVINCE_NAMES = {province.code: province.name for province in places.PROVINCES}
HEADER = (*CSV_COLUMNS[:_PLACE_VALUE + 1], "place_name", "region",
          *CSV_COLUMNS[_PLACE_VALUE + 1:], *_TEXT_COLUMNS)


def _place_columns(kind: str, value: str | None) -> tuple[str, str]:
    """(place_name, region) of a stored place: the analyst reads "Rotterdam", not "GM0599"."""
    name = value or ""
    if kind == "municipality" and value:
        found = places.municipality_by_code(value) or places.find_municipality(value)
        name = value if found is None else found.name
    elif kind == "province":
        name = _PROVINCE_NAMES.get(name, name)
    return name, places.region_of_place(kind, value)


def _spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_signals(conn: sqlite3.Connection, fmt: str, out: Path) -> int:
    """Write every ingested signal to `out` (atomically) as `fmt` ("jsonl" or "csv", columns
    `HEADER`); return how many. Raises ContractError for another format, OSError from writing."""
    if fmt not in FORMATS:
        raise ContractError(f"unknown export format {fmt!r}: use jsonl or csv")
    rows = conn.execute(
        f"SELECT {', '.join(CSV_COLUMNS)}, signal_json FROM signals "  # noqa: S608 - constants
        "ORDER BY received, bundle_id, item_id")
    count = 0
    with atomic_writer(Path(out)) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        writer = csv.writer(text) if fmt == "csv" else None
        if writer:
            writer.writerow(HEADER)
        for row in rows:
            signal = json.loads(row[-1])
            if writer:
                attachments = ";".join(f"{a['file']} sha256={a['sha256']}"
                                       for a in signal["attachments"])
                place = _place_columns(row[_PLACE_VALUE - 1], row[_PLACE_VALUE])
                cells = [*row[:_PLACE_VALUE + 1], *place, *row[_PLACE_VALUE + 1:-1],
                         signal["description"], signal["impact_notes"], attachments]
                writer.writerow([_spreadsheet_safe(c) for c in cells])
            else:
                line = {"bundle_id": row[1], "item_id": row[0], "liaison_key_id": row[2],
                        "received": row[3], "signal": signal}
                text.write(canonical_json(line).decode("utf-8") + "\n")
            count += 1
        text.flush()
        text.detach()
    return count
