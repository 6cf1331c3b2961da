"""Render the office report's pages to PNG for docs/report/ (a made-up office, 3,000 signals).

    .venv/bin/python scripts/report_screenshots.py        # needs pdftoppm (poppler-utils)

Writes docs/report/report-<lang>-page-N.png for Dutch and English.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import build_database  # noqa: E402

from intake_app.office import database  # noqa: E402
from intake_app.office.report.build import build_report  # noqa: E402
from intake_app.office.report.periods import Quarter  # noqa: E402
from intake_app.office.report.write import write_report  # noqa: E402


def main() -> int:
    out = ROOT / "docs" / "report"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("report-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "office.db"
        build_database(db, 3000, seed=2026)
        conn = database.connect(db)
        report = build_report(conn, Quarter(2026, 3), compare=4)
        conn.close()
        for lang in ("nl", "en"):
            pdf = next(p for p in write_report(report, Path(folder), lang) if p.suffix == ".pdf")
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf),
                            str(out / f"report-{lang}-page")], check=True)
    for path in sorted(out.glob("report-*.png")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
