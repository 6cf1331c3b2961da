"""Rule 9's tops are found by trying every value, not by halving (review r14n, R14n-4;
issue 14).

`known_row.tops` gives each hidden row of a one-way table the most it may hold so that a reader
who knows it whole, at any value from 0 to that top, keeps every other hidden row at P + 2
values or more. What a known row of v leaves the others is not monotone in v: with the
others held to their tops, a known row of 5 over a hidden sum of 22 left another row
{3, 4, 13, 14} while 4 and 14 left it wide, and halving passed a top of 14. The reference
here tries every value one by one (the engine's count of what a known row leaves,
`known_row._kept`, is the one thing it shares with the engine; `tests/known_row_kit.py`
checks that count against the intruder's integer program) and lowers a top in each round to
the first value that fails, until the tops hold under themselves. The engine tries values
one by one too, and halves only where what a known row leaves does not grow with it
(`known_row._scan_to`); the two must agree everywhere.
"""

from __future__ import annotations

import random

from intake_app.office.report import known_row
from intake_app.office.report.known_row import fixed_groups


def reference_tops(hidden_sum: int, groups: list, threshold: int, protection: int,
                   most: dict, cap: int | None = None, beside: int = 0) -> dict:
    """Every value tried one by one; each round's top at most the round before's."""
    found: dict = {}
    held: dict = {}
    for _ in range(known_row.ROUNDS + 1):
        limits = {**most, **held}
        again = {}
        for group in groups:
            for key in group:
                highest = min(hidden_sum, most.get(key, hidden_sum), found.get(key, hidden_sum))
                top = -1
                for value in range(highest + 1):
                    kept = known_row._kept(key, value, hidden_sum, groups, threshold,
                                           protection, limits, cap, None, beside)
                    if not (kept == 0 or kept >= protection + 2):
                        break
                    top = value
                again[key] = top
        if again == found:
            return found
        found = again
        held = {k: min(most.get(k, hidden_sum), max(top, 0)) for k, top in found.items()}
    return {key: -1 for key in found}


def keys(count: int) -> list[tuple[str, str]]:
    return [(f"r{i:02d}", "") for i in range(count)]


def test_a_single_hidden_group_of_22_gets_no_top_a_known_row_of_5_undoes() -> None:
    groups = fixed_groups(keys(3))
    found = known_row.tops(22, groups, 5, 5)
    assert found == reference_tops(22, groups, 5, 5, {})
    for key, top in found.items():
        held = {k: max(t, 0) for k, t in found.items()}
        for value in range(top + 1):
            kept = known_row._kept(key, value, 22, groups, 5, 5, held, None, None, 0)
            assert kept == 0 or kept >= 7, (key, value, kept)


def test_the_tops_equal_a_value_by_value_search_over_generated_hidden_groups() -> None:
    rng = random.Random(14)
    for _ in range(60):
        cells = keys(3 * rng.randint(1, 3) + rng.randint(0, 2))
        groups = fixed_groups(cells)
        hidden_sum = rng.randint(1, 50)
        protection = rng.choice((4, 5, 6))
        most = {k: rng.randint(0, hidden_sum) for k in cells if rng.random() < 0.3}
        assert known_row.tops(hidden_sum, groups, 5, protection, most) == reference_tops(
            hidden_sum, groups, 5, protection, most), (hidden_sum, protection, most)


def test_the_tops_of_a_table_of_mentions_equal_a_value_by_value_search() -> None:
    # A table of mentions (a cap of N, a row of N or of N less a shown exclusive row a
    # reason too) without a hidden exclusive row: the engine adds up what the others hold
    # once per known row and looks each value up (`values_left.kept_by_sum`); the reference
    # counts each value afresh.
    rng = random.Random(1414)
    for _ in range(40):
        cells = keys(3 * rng.randint(1, 3) + rng.randint(0, 2))
        groups = fixed_groups(cells)
        hidden_sum = rng.randint(1, 50)
        cap = rng.randint(max(1, hidden_sum // 3), hidden_sum + 5)
        beside = rng.choice((0, 0, rng.randint(0, cap)))
        protection = rng.choice((4, 5, 6))
        most = {k: rng.randint(0, min(cap, hidden_sum)) for k in cells if rng.random() < 0.3}
        found = known_row.tops(hidden_sum, groups, 5, protection, most, cap, None, beside)
        assert found == reference_tops(hidden_sum, groups, 5, protection, most, cap,
                                       beside), (hidden_sum, cap, beside, protection, most)
