"""Write tests/golden/office-publications-norule/: an office database whose publications were made
by earlier engines, before publications carried a rule (office database migration 6).

Run once (review r14e, B2), from the repository root, with two source trees of earlier commits:

    python scripts/make_golden_publications.py OLD_VALUE_DRIVEN OLD_POSITION OUT

OLD_VALUE_DRIVEN is a tree of 078ba22^ (the value-driven actor table), OLD_POSITION one of
f620381 (078ba22's first position rule; `git archive f620381 intake_app tests | tar -x`). Each
engine runs in a child process of this Python with only that tree on its path (the installed
package's editable finder removed), and writes through its own `build_report`:

- the signals of four quarters (code rows only, no text), inserted by the first engine;
- 2026-Q1, the review's case T0, published by the value-driven engine;
- 2026-Q2 (RU 10, TR 12 with one small cell, KP 4, SY 4: an other-actors total of 8, shown by
  that rule) and 2026-Q3 (the review's case B1: RU 10, TR 8, KP 2, SY 1) by the first
  position rule;
- 2026-Q4 holds signals only (RU 12, TR 9, CN 8), for a report with a trend.

Then `expected.json` (what each quarter holds) and `SHA256SUMS`. Never run again over the
folder: it is kept as written (tests/golden/README.md).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

INT, DIA, FAM = "intimidation", "diaspora_tax", "family_pressure"
QUARTERS = {
    "2026-Q1": {("RU", INT): 1, ("RU", DIA): 8, ("TR", INT): 3, ("TR", FAM): 6, ("CN", INT): 6,
                ("CN", DIA): 6, ("CN", FAM): 9},
    "2026-Q2": {("RU", INT): 5, ("RU", DIA): 5, ("TR", INT): 8, ("TR", DIA): 3, ("TR", FAM): 1,
                ("KP", INT): 4, ("SY", DIA): 4},
    "2026-Q3": {("RU", INT): 5, ("RU", DIA): 5, ("TR", INT): 4, ("TR", DIA): 4, ("KP", INT): 2,
                ("SY", DIA): 1},
    "2026-Q4": {("RU", INT): 6, ("RU", DIA): 6, ("TR", INT): 5, ("TR", DIA): 4, ("CN", INT): 4,
                ("CN", FAM): 4},
}
MONTH = {"Q1": "02", "Q2": "05", "Q3": "08", "Q4": "11"}

CHILD = r"""
import json, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
root, db, step, periods, rows = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
sys.path[:0] = [root + "/tests", root]
import intake_app
assert intake_app.__file__.startswith(root), intake_app.__file__
from datetime import date
from report_kit import insert_coded
from intake_app.office import database
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
conn = database.connect(db)
if step == "insert":
    insert_coded(conn, [tuple(r) for r in json.loads(rows)])
for period in json.loads(periods):
    build_report(conn, Quarter.parse(period), compare=0, today=date(2026, 11, 30))
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
"""


def rows() -> list[list]:
    """Code rows for `report_kit.insert_coded`, every quarter's signals."""
    found = []
    for period, cells in QUARTERS.items():
        received = f"{period[:4]}-{MONTH[period[5:]]}-02T12:00:00Z"
        for (actor, category), n in cells.items():
            found += [[received, category, actor, "individual", "phone", "online", None,
                       "fear_for_safety", "medium", "office_only", "B", "2"]] * n
    return found


def run(root: str, db: Path, step: str, periods: list[str]) -> None:
    """One engine's step in a child process with only `root` on its path."""
    subprocess.run([sys.executable, "-c", CHILD, root, str(db), step, json.dumps(periods),
                    json.dumps(rows())], check=True, env={"PATH": "/usr/bin:/bin",
                                                          "PYTHONSAFEPATH": "1",
                                                          "PYTHONDONTWRITEBYTECODE": "1"})


def main() -> None:
    """Write the folder named on the command line (see the module's docstring)."""
    value_driven, position, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True)
    db = out / "office-db-publications-norule"
    run(value_driven, db, "insert", ["2026-Q1"])
    run(position, db, "publish", ["2026-Q2", "2026-Q3"])
    for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        extra.unlink(missing_ok=True)
    db.with_name(db.name + ".attachments").rmdir()  # made on open, empty: no signal has one
    expected = {"quarters": {period: {f"{a}|{c}": n for (a, c), n in cells.items()}
                             for period, cells in QUARTERS.items()},
                "published": {"2026-Q1": "078ba22^", "2026-Q2": "f620381",
                              "2026-Q3": "f620381"}}
    (out / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
            for p in sorted(out.iterdir()) if p.name != "SHA256SUMS"]
    (out / "SHA256SUMS").write_text("".join(sums))


if __name__ == "__main__":
    main()
