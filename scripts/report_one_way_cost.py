"""What the one-way rule hides, over random quarters (issue 14, review r14l L4; docs/PRIVACY.md).

    .venv/bin/python scripts/report_one_way_cost.py [QUARTERS] [SEED]

Draws QUARTERS quarters (default 300) of 20 to 400 signals each, spread over each one-way
table's codes by random weights (a few codes carry most signals, as in a real office; one or
two targets and impacts per signal, none_known alone), with an actor table that hides
nothing, and publishes each with the engine (threshold and protection 5). Prints, per table
and in all: the rows hidden, the tables with a hidden row, the tables hidden whole (every
row), and the totals of mentions hidden. Run it from another checkout (`cd OTHER &&
PYTHONPATH=. python /path/to/scripts/report_one_way_cost.py`) to compare two rules.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter

from intake_app.domain import places, taxonomy
from intake_app.office.report.counts import PeriodCounts
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import ONE_WAY, publish_quarter
from intake_app.office.report.tables import TOTAL

T = P = 5
MENTIONS = ("target", "impact")


def _codes(name: str) -> tuple[str, ...]:
    list_name = ONE_WAY[name]
    return tuple(places.REGIONS) if list_name is None else taxonomy.codes(list_name)


def quarter(rng: random.Random) -> PeriodCounts:
    """One random quarter's counts (see the module)."""
    signals = rng.randint(20, 400)
    counts = PeriodCounts(Quarter(2026, 3))
    half = signals // 2
    for actor, n in (("RU", half), ("TR", signals - half)):
        counts.cells["actor_category"][(actor, "intimidation")] += n // 2
        counts.cells["actor_category"][(actor, "diaspora_tax")] += n - n // 2
    counts.analysed = signals
    for name in ONE_WAY:
        codes = _codes(name)
        weights = [rng.random() ** 3 for _ in codes]
        found: Counter[str] = Counter()
        for _ in range(signals):
            if name in MENTIONS:
                picked = set(rng.choices(codes, weights, k=rng.randint(1, 2)))
                if "none_known" in picked and len(picked) > 1:
                    picked.discard("none_known")
                found.update(picked)
            else:
                found[rng.choices(codes, weights)[0]] += 1
        counts.cells[name].update({(code, ""): n for code, n in found.items()})
    return counts


def main() -> int:
    quarters = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 0)  # noqa: S311 (a sweep)
    start = time.monotonic()
    rows: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    touched: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for _ in range(quarters):
        publication = publish_quarter(quarter(rng), T, P)
        for name in ONE_WAY:
            table = publication.tables[name]
            keys = [(row, "") for row in table.rows]
            gone = [k for k in keys if k in table.suppressed]
            rows[name] += len(keys)
            hidden[name] += len(gone)
            touched[name] += bool(gone)
            whole[name] += len(gone) == len(keys)
            totals[name] += (TOTAL, "") in table.suppressed
    print(f"{quarters} quarters, {time.monotonic() - start:.0f} s")
    print(f"{'table':26} {'rows hidden':>16} {'with a hidden row':>18} {'hidden whole':>13} "
          f"{'total hidden':>13}")
    for name in (*ONE_WAY, "all"):
        pick = list(ONE_WAY) if name == "all" else [name]
        r, h = sum(rows[n] for n in pick), sum(hidden[n] for n in pick)
        print(f"{name:26} {h:>7} of {r:<6} {sum(touched[n] for n in pick):>18} "
              f"{sum(whole[n] for n in pick):>13} {sum(totals[n] for n in pick):>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
