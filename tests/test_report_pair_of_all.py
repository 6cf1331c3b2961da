"""A hidden pair of rows holding every signal of a table of mentions, or of a table with a
"not known" row, keeps more than P + 1 values for a reader who re-runs the engine on every
split of its sum, at the largest protection level a threshold allows (review r14j R9).

Such a reader drops the splits 0 and N: they leave one row beside rows shown as 0, whose zeros
the engine would have hidden, so no table publishes those files. At threshold 3 (protection 3)
and at 2 * threshold - 3 the pair kept 2 * threshold - 2 values, fewer than P + 2; the office
now takes protection levels up to 2 * threshold - 4 and thresholds from 4
(`build.most_protection`, `build.MIN_THRESHOLD`)."""

from __future__ import annotations

from collections import Counter

import pytest

from intake_app.office.report.build import DEFAULT_THRESHOLD, MIN_THRESHOLD, most_protection
from intake_app.office.report.counts import PeriodCounts
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.tables import TOTAL

# Every other table holds all N signals in one row (no reason to hide anything there).
FILL = {"target": "individual", "channel": "phone", "region": "nl-zh",
        "impact": "fear_for_safety", "urgency": "low", "source_reliability": "A",
        "information_credibility": "1"}


def published(dimension: str, rows: dict[str, int], total: int, threshold: int,
              protection: int) -> dict[str, object]:
    """The one-way table `dimension` as published: a row's count, or "·" where hidden."""
    counts = PeriodCounts(Quarter(2026, 2))
    counts.analysed = total
    counts.cells["actor_category"] = Counter({("CN", "intimidation"): total // 2,
                                              ("TR", "intimidation"): total - total // 2})
    for name, row in FILL.items():
        counts.cells[name] = Counter({(row, ""): total})
    counts.cells[dimension] = Counter({(row, ""): count for row, count in rows.items()})
    table = publish_quarter(counts, threshold, protection).tables[dimension]
    return {row: "·" if (row, "") in table.suppressed else table.values[(row, "")]
            for row in [*table.rows, TOTAL]}


@pytest.mark.parametrize("threshold", [MIN_THRESHOLD, DEFAULT_THRESHOLD])
@pytest.mark.parametrize(("dimension", "small", "large"), [
    ("source_reliability", "A", "B"),  # a table with a "not known" row
    ("target", "family", "individual"),  # a table of mentions
])
def test_a_hidden_pair_of_every_signal_keeps_more_than_p_plus_1_values_at_the_largest_p(
        threshold: int, dimension: str, small: str, large: str) -> None:
    protection = most_protection(threshold)
    total = 3 * threshold + 3
    truth = published(dimension, {small: 1, large: total - 1}, total, threshold, protection)
    assert truth[small] == "·"
    kept = [count for count in range(total + 1)
            if published(dimension, {small: count, large: total - count}, total, threshold,
                         protection) == truth]
    assert len(kept) >= protection + 2, kept
