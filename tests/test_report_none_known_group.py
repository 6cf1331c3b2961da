"""The signals that name an impact are a group of their own beside "none_known" (review r14g,
G2).

A signal that names "none_known" names no other impact, so N less the none_known row is the
number of signals that name some impact, and a reader knows it once none_known is shown. A row
equal to it tells that every one of those reporters named that impact, and zeros beside a
single other non-zero row tell that they named nothing else: the attribute disclosure that a
row of N (review r14f, C2b) and the zero rule hide. Both are hidden now
(`tables.full_mentions`, `tables.zero_groups`), and the one-way rule and the tests' intruder
count such a row as a reason a group is hidden (`values_left`, `pattern_kit._program`).
"""

from __future__ import annotations

from collections import Counter

from pattern_kit import pattern_leaks, quarter_counts, value_leaks

from intake_app.office.report.audit import shown_disclosing_zeros
from intake_app.office.report.publish import publish_quarter

T = P = 5
TWENTY = {("CN", "intimidation"): 10, ("RU", "intimidation"): 10}


def impact_of(one_way: Counter[str]):
    """The impact table 20 signals publish with these impact counts."""
    counts = quarter_counts(TWENTY, {"impact": one_way})
    return counts, publish_quarter(counts, T, P)


def test_r14g_g2_a_row_naming_every_signal_with_a_known_impact_is_not_shown() -> None:
    # Case B: 8 signals name none_known alone, the other 12 all name fear_for_safety.
    counts, publication = impact_of(Counter(fear_for_safety=12, self_censorship=6,
                                            none_known=8))
    impact = publication.tables["impact"]
    assert impact.shown(("fear_for_safety", "")) is None
    assert shown_disclosing_zeros(list(publication.tables.values())) == []
    assert pattern_leaks(counts, T, P, only={"impact"}, republish=False) == []
    assert value_leaks(counts, T, P, only={"impact"}) == []


def test_r14g_g2_zeros_beside_the_only_other_row_than_none_known_are_not_shown() -> None:
    # Case A: 8 name none_known alone, 12 only fear_for_safety: the zeros told that each
    # signal with a known impact named exactly fear_for_safety.
    counts, publication = impact_of(Counter(fear_for_safety=12, none_known=8))
    impact = publication.tables["impact"]
    shown_zeros = [row for row in impact.rows
                   if row not in ("fear_for_safety", "none_known")
                   and impact.shown((row, "")) == 0]
    assert shown_zeros == []
    assert impact.shown(("fear_for_safety", "")) is None
    assert value_leaks(counts, T, P, only={"impact"}) == []
