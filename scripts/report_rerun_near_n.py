"""The full re-run check near N, for the tables of mentions (issue 14; docs/PRIVACY.md).

    .venv/bin/python scripts/report_rerun_near_n.py [CASES] [SEED]

Draws CASES quarters (default 300) whose target or impact table has rows near N (the signals
counted: 7 to 60) or small, often a none_known, protects each with the engine (threshold and
protection 5) and lets `tests/rerun_kit.values_kept` look for tables that agree with what is
published and that the engine publishes the same way. It prints every hidden row for which it
found P + 1 or fewer values (each such row is then searched again with ten times the draws)
and a summary: the cases, how many were hidden whole, and how many rows stayed narrow.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from rerun_kit import near_case, protect, shown, values_kept  # noqa: E402

T = P = 5


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 0)  # noqa: S311 (a sweep)
    start = time.monotonic()
    whole = narrow = 0
    for index in range(cases):
        name, signals, counts = near_case(rng)
        seen = shown(protect(name, counts, signals, T, P))
        whole += all(s is None for s in seen[:-1])
        found = values_kept(name, counts, signals, T, P, tries=150, enough=P + 2, seed=index)
        if all(len(v) >= P + 2 for v in found.values()):
            continue
        found = values_kept(name, counts, signals, T, P, tries=1500, enough=P + 2, seed=index)
        for row, values in found.items():
            if len(values) < P + 2:
                narrow += 1
                print(f"NARROW {name} N={signals} {counts} published={seen} "
                      f"{row}: {sorted(values)}", flush=True)
    print(f"{cases} cases ({whole} hidden whole), {narrow} rows with P + 1 or fewer values "
          f"found, {time.monotonic() - start:.0f} s")
    return 1 if narrow else 0


if __name__ == "__main__":
    sys.exit(main())
