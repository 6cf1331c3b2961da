"""A table of mentions (target, impact) cannot hold a row over N, the signals counted.

Review r14f: a signal counts once under every code it names, so no row of the target or impact
table exceeds N, published as the grand total ("Counted: N"). The engine's one-way rule and
its audit bounded a hidden row by the table's own total only: a hidden pair of 44 target
mentions among 40 signals left each row in {4, 40} (C2); a row equal to N told that every
signal named it (C2b); and "none_known", which excludes every other impact, was pinned to
1..4 beside a shown impact of 16 among 20 signals (C2c). Each case is published again here and
attacked by the intruder of `pattern_kit` (the ends of every hidden row under everything
published, N, the ceilings and the group rule), and by the engine's own audit. A test of the
pair rule's value count (C1, for one-way tables) is here too.
"""

from __future__ import annotations

from collections import Counter

from pattern_kit import mention_caps, pattern_leaks, quarter_counts

from intake_app.office.report.audit import audit
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.suppression import group_width

T = P = 5


def twenty_each(total: int) -> dict[tuple[str, str], int]:
    """An actor table with nothing to hide: CN and RU, `total` signals, half each."""
    return {("CN", "intimidation"): total // 2, ("RU", "intimidation"): total - total // 2}


def check(cells: dict, one_way: dict[str, Counter[str]], name: str) -> None:
    """Every hidden row of table `name` keeps more than P + 1 values, for the intruder and for
    the engine's audit, and no interval of the audit exceeds N."""
    counts = quarter_counts(cells, one_way)
    assert pattern_leaks(counts, T, P, only={name}, republish=False) == []
    publication = publish_quarter(counts, T, P)
    table = publication.tables[name]
    found = [i for i in audit([table]) if i.key != ("total", "")]
    assert found, "nothing hidden: the case no longer tests the ceiling"
    for interval in found:
        assert interval.upper <= publication.analysed, interval  # the ceiling is in the audit
        assert interval.width > P, interval


def test_r14f_c2_a_hidden_pair_of_44_target_mentions_among_40_signals_stays_wide() -> None:
    check(twenty_each(40), {"target": Counter(individual=40, family=4, journalist=10)},
          "target")


def test_r14f_c2b_an_impact_named_by_every_signal_is_not_shown() -> None:
    counts = quarter_counts({("CN", "intimidation"): 4, ("RU", "intimidation"): 3},
                            {"impact": Counter(fear_for_safety=7, self_censorship=4,
                                               withdrawal=7)})
    publication = publish_quarter(counts, T, P)
    impact = publication.tables["impact"]
    assert publication.analysed == 7
    assert impact.shown(("fear_for_safety", "")) is None
    assert impact.shown(("withdrawal", "")) is None
    check({("CN", "intimidation"): 4, ("RU", "intimidation"): 3},
          {"impact": Counter(fear_for_safety=7, self_censorship=4, withdrawal=7)}, "impact")


def test_r14f_c2b_a_row_of_n_among_large_rows_is_hidden_though_nothing_is_small() -> None:
    # 20 signals, every one names fear_for_safety: nothing is small, so only the rule that a
    # row of N discloses like a zero hides it (and fear_for_family, 0, its group's partner).
    cells = twenty_each(20)
    one_way = {"impact": Counter(fear_for_safety=20, withdrawal=10, other=8)}
    impact = publish_quarter(quarter_counts(cells, one_way), T, P).tables["impact"]
    assert impact.shown(("fear_for_safety", "")) is None
    assert impact.shown(("withdrawal", "")) == 10  # the rest of the table is still shown
    check(cells, one_way, "impact")


def test_r14f_c2c_none_known_beside_a_shown_impact_of_16_among_20_stays_wide() -> None:
    check(twenty_each(20), {"impact": Counter(fear_for_safety=16, other=6, none_known=2)},
          "impact")


def test_the_intruder_knows_that_none_known_and_any_other_impact_hold_at_most_n() -> None:
    counts = quarter_counts(twenty_each(20), {"impact": Counter(other=6, none_known=2)})
    impact = publish_quarter(counts, T, P).tables["impact"]
    caps = mention_caps(impact, 20)
    pairs = [members for members, most in caps if len(members) == 2 and most == 20]
    assert len(pairs) == len(impact.rows) - 1  # none_known with each other impact row


def test_r14f_c1_a_hidden_pair_counts_the_values_its_two_end_ranges_leave() -> None:
    pair = [[("high", ""), ("immediate_danger", "")]]
    # Threshold 3, the pair holds 10: each row is 1, 2, 8 or 9, four values (width 3).
    assert group_width(10, pair, 3) == 3
    # Of mentions among 40 signals, a pair of 44 leaves {4, 40} at threshold 5: two values.
    assert group_width(44, pair, 5, {("high", ""): 40, ("immediate_danger", ""): 40}) == 1
