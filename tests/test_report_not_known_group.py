"""Beside a "not known" code, the signals with a known value are a population of their own
(review r14h, H2; the kind of r14g G2, fixed for impact beside none_known).

Actor "unknown", region "unknown" and the grades F and 6 ("cannot be judged") give a signal
no value in their dimension. Once that row is shown, N less it is the number of signals with a
known value, and a single known value equal to it tells that every reporter with a known value
has that one: "every reporter who named an actor named RU", "every reporter whose place is
known was in Utrecht". The engine treats it as a row of N: an actor alone beside "unknown" is
counted under other actors (`publish.fold_rare`), and in the region and grade tables the row
and the zeros beside it are hidden (`tables.NOT_KNOWN`, `tables.full_mentions`,
`tables.zero_groups`). Each case is the review's 20 signals: 12 with a known value, 8 without.
"""

from __future__ import annotations

from collections import Counter

import pytest
from pattern_kit import quarter_counts, value_leaks

from intake_app.office.report.audit import folded_interval, shown_disclosing_zeros, unprotected
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.tables import TOTAL, fold_below

T = P = 5
TWENTY = {("CN", "intimidation"): 10, ("RU", "intimidation"): 10}


def test_r14h_h2_an_actor_named_by_every_signal_that_names_an_actor_beside_unknown_has_no_row(
        ) -> None:
    counts = quarter_counts({("RU", "intimidation"): 7, ("RU", "diaspora_tax"): 5,
                             ("unknown", "intimidation"): 4, ("unknown", "diaspora_tax"): 4},
                            {})
    publication = publish_quarter(counts, T, P)
    main = publication.tables["actor_category"]
    assert "RU" not in main.rows  # its row of 12 told that no other actor was named
    # The trend's "–" for RU (and for CN, 0 in truth) keeps more than P values.
    for actor in ("RU", "CN"):
        gap = folded_interval(main, fold_below(P), actor)
        assert gap is not None and gap.protected(P), (actor, gap)
    assert unprotected(list(publication.tables.values()), P) == []


def test_an_actor_beside_unknown_keeps_its_row_when_another_actor_is_counted_too() -> None:
    # CN 3 under other actors: the row of RU no longer tells that every named actor was RU.
    counts = quarter_counts({("RU", "intimidation"): 12, ("CN", "intimidation"): 3,
                             ("unknown", "intimidation"): 8}, {})
    main = publish_quarter(counts, T, P).tables["actor_category"]
    assert "RU" in main.rows


@pytest.mark.parametrize(("table", "known", "not_known"), [
    ("region", "nl-ut", "unknown"),
    ("source_reliability", "B", "F"),
    ("information_credibility", "2", "6"),
])
def test_r14h_h2_one_known_value_beside_not_known_is_not_shown_nor_its_zeros(
        table: str, known: str, not_known: str) -> None:
    counts = quarter_counts(TWENTY, {table: Counter({known: 12, not_known: 8})})
    publication = publish_quarter(counts, T, P)
    published = publication.tables[table]
    assert published.shown((known, "")) is None
    shown_zeros = [row for row in published.rows
                   if row not in (known, not_known) and published.shown((row, "")) == 0]
    assert shown_zeros == []
    assert shown_disclosing_zeros(list(publication.tables.values())) == []
    assert value_leaks(counts, T, P, only={table}) == []


@pytest.mark.parametrize(("table", "first", "second", "not_known"), [
    ("region", "nl-ut", "nl-nh", "unknown"),
    ("source_reliability", "B", "C", "F"),
])
def test_two_known_values_beside_not_known_are_shown_with_their_zeros(
        table: str, first: str, second: str, not_known: str) -> None:
    counts = quarter_counts(TWENTY, {table: Counter({first: 6, second: 6, not_known: 8})})
    published = publish_quarter(counts, T, P).tables[table]
    assert [published.shown((row, "")) for row in (first, second, not_known, TOTAL)] == [
        6, 6, 8, 20]


# Review r14i, C1 (its c1_column_unknown.py case, 82 signals): family pressure is TR 12 beside
# unknown 10; no other actor, and no other-actors row.
C1 = {("CN", "intimidation"): 10, ("CN", "diaspora_tax"): 12,
      ("CN", "informants_surveillance"): 6, ("TR", "intimidation"): 10,
      ("TR", "diaspora_tax"): 6, ("TR", "informants_surveillance"): 10,
      ("TR", "family_pressure"): 12, ("unknown", "intimidation"): 6,
      ("unknown", "family_pressure"): 10}


def test_r14i_c1_one_actor_beside_unknown_in_a_category_column_does_not_show_its_zeros(
        ) -> None:
    publication = publish_quarter(quarter_counts(C1, {}), T, P)
    main = publication.tables["actor_category"]
    column = "family_pressure"
    assert main.shown((TOTAL, column)) != 0  # the column is not one anyone can read as empty
    # CN 0 beside TR 12 told that every family-pressure reporter who named an actor named TR.
    # CN's zero is hidden, with its row (rule 7, issue 14: TR's row, with nothing small, is
    # shown), and no reader can narrow it: the audit and the value-by-value count.
    assert ("CN", column) in main.must_hide and main.shown(("CN", column)) is None
    assert main.shown((TOTAL, column)) is None or main.shown(("unknown", column)) is None
    assert shown_disclosing_zeros(list(publication.tables.values())) == []
    assert unprotected(list(publication.tables.values()), P) == []
    assert value_leaks(quarter_counts(C1, {}), T, P, only={"actor_category"}) == []
