"""The report benchmark's office database is one today's schema takes: office migration 8 added
`bundles.sealed_to`, and benchmarks/report.py (and scripts/report_screenshots.py, which builds
its database the same way) failed at its first INSERT, so `make bench` and the report's docs
pictures broke unseen."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from intake_app.office import database
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter

ROOT = Path(__file__).resolve().parents[1]


def _benchmark():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # as the script puts its folder first
    spec = importlib.util.spec_from_file_location("report_benchmark",
                                                  ROOT / "benchmarks" / "report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_report_benchmarks_database_builds_and_reports(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    _benchmark().build_database(db, 300, seed=2026)
    conn = database.connect(db)
    try:
        report = build_report(conn, Quarter(2026, 3), compare=4)
    finally:
        conn.close()
    assert report is not None
