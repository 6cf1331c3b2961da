"""The report engine's stress figure (docs/PRIVACY.md, "What the pattern of the actor table tells").

    .venv/bin/python scripts/report_stress.py [QUARTERS] [SEED] [MOST]

Publishes QUARTERS random quarters (default 3,600): 1 to 12 categories, 0 to 5 actors with a
row's worth of signals (up to MOST each, default 40; 400 gives large rows beside small ones,
where the actor table hides rows one by one: issue 14, review r14j R7), 0 to 4 rare actors,
random one-way counts, thresholds 4 to 6 and every protection level the settings allow up to
threshold + 3 (`build.most_protection`). Counts the quarters the engine refuses with
ProtectionError (a bug: its fixed patterns should always pass its own audit) and prints the
figure.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pattern_kit import quarter_counts  # noqa: E402

from intake_app.domain import places, taxonomy  # noqa: E402
from intake_app.office.report.build import MIN_THRESHOLD, most_protection  # noqa: E402
from intake_app.office.report.publish import ONE_WAY, SIGNAL_TOTALS, publish_quarter  # noqa: E402
from intake_app.office.report.suppression import ProtectionError  # noqa: E402
from intake_app.office.report.tables import TOTAL  # noqa: E402

ACTORS = ("CN", "IR", "MA", "RU", "TR", "unknown")
RARE = ("AF", "KP", "SY", "VE")


def quarter(rng: random.Random, threshold: int, protection: int, most: int = 40):
    """Random PeriodCounts for one quarter."""
    categories = rng.sample(list(taxonomy.codes("category")), rng.randint(1, 12))
    cells: dict[tuple[str, str], int] = {}
    for actor in rng.sample(ACTORS, rng.randint(0, 5)):
        for _ in range(rng.randint(protection + 2, most)):
            key = (actor, rng.choice(categories))
            cells[key] = cells.get(key, 0) + 1
    for actor in rng.sample(RARE, rng.randint(0, 4)):
        for _ in range(rng.randint(1, protection + 1)):
            key = (actor, rng.choice(categories))
            cells[key] = cells.get(key, 0) + 1
    total = sum(cells.values())
    one_way: dict[str, Counter[str]] = {}
    for name, list_name in ONE_WAY.items():
        codes = list(places.REGIONS if list_name is None else taxonomy.codes(list_name))
        counts: Counter[str] = Counter()
        if name in SIGNAL_TOTALS:
            for _ in range(total):
                counts[rng.choice(codes[:rng.randint(1, len(codes))])] += 1
        else:
            for code in rng.sample(codes, rng.randint(0, len(codes))):
                counts[code] = rng.randint(0, total)
            alone = taxonomy.EXCLUSIVE_CODES.get(list_name or "")
            if alone in counts:  # a signal that names none_known names no other impact
                others = max((n for c, n in counts.items() if c != alone), default=0)
                counts[alone] = rng.randint(0, total - others)
        one_way[name] = counts
    return quarter_counts(cells, one_way)


def main() -> int:
    quarters = int(sys.argv[1]) if len(sys.argv) > 1 else 3600
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 0)  # noqa: S311 (a sweep)
    most = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    partial = 0  # quarters whose actor table shows some rows and hides others
    start = time.monotonic()
    failed = 0
    for _ in range(quarters):
        threshold = rng.randint(MIN_THRESHOLD, 6)
        protection = rng.randint(threshold, min(threshold + 3, most_protection(threshold)))
        try:
            main = publish_quarter(quarter(rng, threshold, protection, most), threshold,
                                   protection).tables["actor_category"]
        except ProtectionError:
            failed += 1
            continue
        hidden = {row for row, col in main.suppressed if TOTAL not in (row, col)}
        partial += 0 < len(hidden) < len(main.rows)
    print(f"{quarters} random quarters ({partial} with rows both shown and hidden), "
          f"{failed} refused with ProtectionError, "
          f"{time.monotonic() - start:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
