"""Hidden rows of a table of mentions near N keep more than P + 1 values for a reader who
knows the rule, whatever the number of hidden groups (re-run check near N, review r14g G1).

A signal counts once under every code it names, so no row of the target or impact table
exceeds N (the signals counted) and "none_known" together with any other impact row holds at
most N. With two hidden groups the one-way rule bounded a hidden row by an interval only
([0, s - groups] under the ceilings), where the rule (each hidden group holds a small row)
and the ceilings together left a few values: 23 signals, withdrawal 9, self_censorship 3,
other 20, none_known 3 (financial_harm 5 shown) left none_known 0 to 4, found by the full
re-run sweep near N; and r14g's G1, 20 signals, none_known 8 shown beside two hidden pairs of
16 (fear_for_safety 12 / fear_for_family 4, self_censorship 12 / withdrawal 4) left each row
{4, 12} or thereabouts. `suppression.group_width` now counts the values of every hidden row
(`values_left`) and hides the table whole where that is P + 1 or fewer.
"""

from __future__ import annotations

from collections import Counter

from pattern_kit import pattern_leaks, quarter_counts, value_leaks

from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.suppression import group_width
from intake_app.office.report.values_left import values_kept

T = P = 5


def split(total: int) -> dict[tuple[str, str], int]:
    """An actor table with nothing to hide: CN and RU, `total` signals."""
    return {("CN", "intimidation"): total // 2, ("RU", "intimidation"): total - total // 2}


SWEEP_CASE = Counter(withdrawal=9, self_censorship=3, none_known=3, financial_harm=5,
                     other=20)


def test_none_known_hidden_beside_a_hidden_pair_among_23_signals_keeps_more_than_p_plus_one(
        ) -> None:
    counts = quarter_counts(split(23), {"impact": SWEEP_CASE})
    assert pattern_leaks(counts, T, P, only={"impact"}, republish=False) == []
    assert value_leaks(counts, T, P, only={"impact"}) == []
    impact = publish_quarter(counts, T, P).tables["impact"]
    assert impact.shown(("none_known", "")) is None


def test_r14g_g1_two_hidden_pairs_beside_a_shown_none_known_keep_more_than_p_plus_one(
        ) -> None:
    for family in (4, 2):
        impact = Counter(fear_for_safety=12, fear_for_family=family, self_censorship=12,
                         withdrawal=4, none_known=8)
        counts = quarter_counts(split(20), {"impact": impact})
        assert value_leaks(counts, T, P, only={"impact"}) == [], family


def test_the_value_count_holds_a_hidden_none_known_with_each_other_hidden_row_under_n(
        ) -> None:
    # Three hidden rows and none_known, 29 together, N 14: none_known with any other at most
    # 14. Without that (none_known an ordinary row of at most 14) it would keep 0 to 14.
    groups = [[("self_censorship", ""), ("withdrawal", "")], [("other", ""), ("none_known", "")]]
    kept = values_kept(29, groups, T, cap=14, exclusive=("none_known", ""))
    assert kept[("none_known", "")] == 7  # 0 to 6
    most = {key: 14 for group in groups for key in group}
    assert values_kept(29, groups, T, most, cap=14)[("none_known", "")] == 15


def test_the_value_count_sees_two_pairs_pinned_by_their_ceilings() -> None:
    # r14g G1's numbers: every other impact row at most 12 (none_known 8 shown), two hidden
    # pairs of 32 together. With only small rows as reasons each row keeps {4, 12}; a row of
    # N - none_known = 12 (every signal with a known impact names it: review r14g, G2) is a
    # reason as well, and then each keeps 0 to 12.
    groups = [[("fear_for_safety", ""), ("fear_for_family", "")],
              [("self_censorship", ""), ("withdrawal", "")]]
    most = {key: 12 for group in groups for key in group}
    assert set(values_kept(32, groups, T, most, cap=20).values()) == {2}
    assert set(values_kept(32, groups, T, most, cap=20, beside=8).values()) == {13}
    assert group_width(32, groups, T, most, 20) == 1


def test_r14g_g1b_a_hidden_none_known_beside_a_full_row_keeps_more_than_p_plus_one() -> None:
    # 14 signals, all name self_censorship (a row of N), 11 withdrawal, 4 other: the pairs
    # (self_censorship, withdrawal) and (other, none_known) hidden left none_known 0 to 3.
    impact = Counter(self_censorship=14, withdrawal=11, other=4)
    counts = quarter_counts(split(14), {"impact": impact})
    assert pattern_leaks(counts, T, P, only={"impact"}, republish=False) == []
    assert value_leaks(counts, T, P, only={"impact"}) == []
