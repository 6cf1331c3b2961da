"""The analyst CSV cannot run formulas: free text a liaison typed (or a hostile sender put in a
signal) that starts like a spreadsheet formula is written with a leading apostrophe, through
the whole path: sealed, bundled, opened at the office, exported with `intake-office export`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from bundle_kit import TODAY, Liaison, Office, signal_form

from intake_app.domain.signal import SignalRecord, signal_to_json
from intake_app.office import analyst_export
from intake_app.office.ingest import open_bundle
from intake_app.services.sealing import seal_signal

# What spreadsheet programs treat as the start of a formula (or DDE), and plain texts.
DANGEROUS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3",
             "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]
HARMLESS = ["Een gewone melding.", "'already quoted", "1 = 1 at the start is fine"]


def test_formula_like_free_text_is_neutralised_in_csv_and_kept_in_jsonl(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    texts = DANGEROUS + HARMLESS
    items = []
    for number, text in enumerate(texts):
        form = signal_form(number)
        form["description"] = text
        form["impact_notes"] = text
        path = tmp_path / f"{number}.age"
        with open(path, "wb") as out:
            seal_signal(signal_to_json(SignalRecord.from_form(form, today=TODAY)), [],
                        [office.recipient], out)
        items.append((f"item-{number:02d}", path))
    written = liaison.write(items, tmp_path / "usb", [office.recipient])
    open_bundle(list(written.paths), office.conn, office.db_path, office.keys)

    out = tmp_path / "signals.csv"
    assert analyst_export.export_signals(office.conn, "csv", out) == len(texts)
    with open(out, newline="", encoding="utf-8") as handle:
        rows = {row["item_id"]: row for row in csv.DictReader(handle)}
    for number, text in enumerate(texts):
        row = rows[f"item-{number:02d}"]
        expected = "'" + text if text in DANGEROUS else text
        assert (row["description"], row["impact_notes"]) == (expected, expected), text

    out = tmp_path / "signals.jsonl"
    analyst_export.export_signals(office.conn, "jsonl", out)
    kept = {line["item_id"]: line["signal"]["description"]
            for line in map(json.loads, io.StringIO(out.read_text()))}
    assert kept == {f"item-{n:02d}": text for n, text in enumerate(texts)}  # JSON: as typed


def test_the_csv_names_each_place_and_its_region_beside_its_stored_code(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    """Since the place is stored as a CBS code (review r12y R14) the analyst's CSV said
    "GM0599" only; it now also reads "Rotterdam" and the province, as the report counts it."""
    typed = [{"kind": "municipality", "value": "Rotterdam"},
             {"kind": "municipality", "value": "Den Haag"},
             {"kind": "province", "value": "nl-ut"},
             {"kind": "online", "value": None}]
    items = []
    for number, place in enumerate(typed):
        form = signal_form(number)
        form["place"] = place
        path = tmp_path / f"{number}.age"
        with open(path, "wb") as out:
            seal_signal(signal_to_json(SignalRecord.from_form(form, today=TODAY)), [],
                        [office.recipient], out)
        items.append((f"item-{number:02d}", path))
    written = liaison.write(items, tmp_path / "usb", [office.recipient])
    open_bundle(list(written.paths), office.conn, office.db_path, office.keys)

    out = tmp_path / "signals.csv"
    analyst_export.export_signals(office.conn, "csv", out)
    with open(out, newline="", encoding="utf-8") as handle:
        rows = {row["item_id"]: (row["place_kind"], row["place_value"], row["place_name"],
                                 row["region"]) for row in csv.DictReader(handle)}
    assert rows == {
        "item-00": ("municipality", "GM0599", "Rotterdam", "nl-zh"),
        "item-01": ("municipality", "GM0518", "'s-Gravenhage", "nl-zh"),
        "item-02": ("province", "nl-ut", "Utrecht", "nl-ut"),
        "item-03": ("online", "", "", "online"),
    }
