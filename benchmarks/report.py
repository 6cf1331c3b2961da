"""Benchmark: `intake-office report` for 100,000 signals over 8 quarters.

Builds an office database with the product's schema (`database.connect`) and 100,000 signal
rows spread over 8 quarters (25 state actors with a skewed share, so rare actors make small
cells; every row carries a ~600-byte signal.json like a real one), then times the whole use
case as the command runs it: count from SQLite, lay out, suppress, audit and store each of the
8 quarters' publication (none is stored yet: the office's first report), chart, write PDF,
HTML and CSV. Goal: under 10 s (median of 3 rounds), and flat memory: the peak RSS of a fresh
process making the report for 100,000 signals is within 64 MiB of one making it for 25,000.

    .venv/bin/python benchmarks/report.py            # the goal's sizes
    .venv/bin/python benchmarks/report.py --quick    # 10,000 signals, no verdict
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import Verdicts, describe_machine, drop_caches, in_child, time_rounds

from intake_app.domain import places, taxonomy
from intake_app.office import database
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
from intake_app.office.report.write import write_report

QUARTER = Quarter(2026, 3)
COMPARE = 7  # 8 quarters in all
ACTORS = ("CN", "RU", "TR", "IR", "MA", "ER", "SY", "AF", "PK", "IN", "SA", "AE", "EG", "AZ",
          "BY", "VN", "KP", "RW", "ET", "BD", "ID", "IQ", "LY", "SD", "unknown")


def build_database(path: Path, count: int, seed: int = 14) -> None:
    """An office database at `path` with `count` code rows over the 8 quarters."""
    rng = random.Random(seed)
    conn = database.connect(path)
    conn.execute("INSERT INTO liaisons VALUES ('k', 'Bench', x'00', 'f', x'00', '2026', NULL)")
    conn.execute("INSERT INTO bundles VALUES ('b', 'k', 1, '2026', '2026', 0, x'00', NULL)")
    weights = [1 / (i + 1) ** 1.3 for i in range(len(ACTORS))]
    starts = [q for q in QUARTER.series(COMPARE)]
    names = [m.name for m in places.MUNICIPALITIES]
    filler = "x" * 560
    rows = []
    for n in range(count):
        quarter = rng.choice(starts)
        month = (quarter.number - 1) * 3 + 1 + rng.randint(0, 2)
        kind = rng.choice(("municipality", "municipality", "province", "online", "abroad"))
        value = {"municipality": rng.choice(names), "province": rng.choice(
            taxonomy.codes("province")), "online": None, "abroad": "TR"}[kind]
        rows.append((
            f"{n:032x}", f"{quarter.year}-{month:02d}-{rng.randint(1, 28):02d}T10:00:00Z",
            rng.choice(taxonomy.codes("category")), rng.choices(ACTORS, weights)[0],
            ";".join(sorted(rng.sample(taxonomy.codes("target"), rng.randint(1, 2)))),
            rng.choice(taxonomy.codes("channel")), kind, value,
            rng.choice(taxonomy.codes("impact")), rng.choice(taxonomy.codes("urgency")),
            "no_analysis" if rng.random() < 0.01 else "office_only",
            rng.choice("ABCDEF"), rng.choice("123456"), '{"description":"' + filler + '"}'))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO signals VALUES ('k', ?, 'b', ?, ?, ?, ?, ?, 'date', '2026-01-01', NULL, "
        "?, ?, ?, ?, 'anonymous', ?, 'no', ?, ?, '2026-01-01T00:00:00Z', ?)", rows)
    conn.execute("COMMIT")
    conn.close()


def make_report(db: Path, out: Path, forget: str = "all") -> int:
    """The use case: what `intake-office report --compare 7` does. Returns files written.

    `forget="all"`: the publications of earlier runs are removed first, so that the run
    protects and stores all 8 quarters: the office's first report, the worst case (the goal).
    `forget="current"`: only 2026-Q3's is removed: a later report, which counts and protects
    its new quarter and repeats the 7 stored ones."""
    conn = database.connect(db)
    try:
        for table in ("published_cells", "publications"):
            conn.execute(f"DELETE FROM {table} WHERE ? OR period = ?",
                         (forget == "all", str(QUARTER)))
        report = build_report(conn, QUARTER, compare=COMPARE)
    finally:
        conn.close()
    return len(write_report(report, out, "nl"))


def _child(db: str, out: str) -> int:
    return make_report(Path(db), Path(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 signals, no verdict")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    count = 10_000 if args.quick else 100_000
    verdicts = Verdicts(quick=args.quick)
    print(describe_machine())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db, small = root / "office.db", root / "small.db"
        build_database(db, count)
        build_database(small, count // 4)
        size = db.stat().st_size / (1 << 20)
        print(f"input: {count} signals over 8 quarters ({QUARTER.series(COMPARE)[0]} to "
              f"{QUARTER}), {len(ACTORS)} actors, database {size:.0f} MiB")
        samples = time_rounds(lambda: make_report(db, root / "out"), args.rounds,
                              before=drop_caches)
        verdicts.goal("report, 100,000 signals", samples, limit=10.0)
        later = time_rounds(lambda: make_report(db, root / "out", "current"), args.rounds,
                            before=drop_caches)
        print(f"a later report (7 of the 8 quarters published before): {later.describe()}")
        _, peak_small = in_child(_child, str(small), str(root / "out-small"))
        _, peak_large = in_child(_child, str(db), str(root / "out-large"))
        print(f"peak RSS of a fresh process: {peak_small:.0f} MiB for {count // 4} signals, "
              f"{peak_large:.0f} MiB for {count}")
        verdicts.goal("memory growth, 4x the signals", peak_large - peak_small, limit=64.0,
                      unit="MiB")
    return verdicts.finish()


if __name__ == "__main__":
    sys.exit(main())
