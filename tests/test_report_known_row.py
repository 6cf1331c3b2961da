"""A liaison who knows one hidden row of a one-way table whole reads no other hidden row
(review r14l, L4; issue 14).

The review's case: the only liaison in Friesland filed all 12 Friesland signals of 2026-Q3;
Groningen had 2. The region table hid the fixed pair (Groningen, Friesland) and showed every
other row and the total: the pair's sum was 14, and the liaison read Groningen = 2 exactly
(`/work/notes/r14l/region_liaison.py`). The intruder here is `known_row_kit.known_row_leaks`:
the intruder's integer program with the public rule and one hidden row fixed at its count,
which counts every value each other hidden row can still hold, one by one (review r14n,
R14n-4: ends 11 apart held only {3, 4, 13, 14}). Most values need no program (the kit
checks the true table with counts moved between rows against the program's rows:
`known_row_kit.moved_values`), so the generated quarters are 30 a test again, as when only
the ends were compared.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from known_row_kit import hidden_rows, known_row_leaks
from pattern_kit import quarter_counts
from report_strategies import one_way_quarters

from intake_app.office.report.publish import publish_quarter

# An actor table with nothing to hide, 108 signals.
CELLS = {("RU", "intimidation"): 27, ("RU", "diaspora_tax"): 27,
         ("TR", "intimidation"): 27, ("TR", "diaspora_tax"): 27}
REGIONS = Counter({"nl-gr": 2, "nl-fr": 12, "nl-dr": 8, "nl-ov": 8, "nl-fl": 8, "nl-ge": 8,
                   "nl-ut": 10, "nl-nh": 10, "nl-zh": 10, "nl-ze": 6, "nl-nb": 8, "nl-li": 6,
                   "abroad": 6, "online": 6})


def test_the_only_liaison_in_friesland_does_not_read_groningen() -> None:
    publication = publish_quarter(quarter_counts(CELLS, {"region": REGIONS}), 5, 5)
    region = publication.tables["region"]
    assert ("nl-gr", "") in hidden_rows(region)  # the small row is hidden at all
    assert ("nl-fr", "") in hidden_rows(region)
    assert known_row_leaks(publication, {"region"}) == []


def test_a_liaison_who_knows_a_hidden_row_of_5_keeps_every_other_hidden_row_wide() -> None:
    # Review r14n, R14n-4: Groningen 3, Friesland 5, Drenthe 14 (sum 22). Halving gave each
    # a top of 14; the liaison who filed Friesland's 5 then had Groningen and Drenthe at 17
    # together, one of them small, neither over 14: Groningen in {3, 4, 13, 14}.
    regions = Counter({**REGIONS, "nl-gr": 3, "nl-fr": 5, "nl-dr": 14})
    publication = publish_quarter(quarter_counts(CELLS, {"region": regions}), 5, 5)
    assert ("nl-fr", "") in hidden_rows(publication.tables["region"])
    assert known_row_leaks(publication, {"region"}) == []


# 15 generated cases a run, not 30: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_way_quarters())
def test_a_reader_who_knows_one_hidden_row_of_a_one_way_table_narrows_no_other(
        quarter: tuple[dict, dict[str, Counter[str]]]) -> None:
    cells, one_way = quarter
    assert known_row_leaks(publish_quarter(quarter_counts(cells, one_way), 5, 5)) == []


# 15 generated cases a run, not 30: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_way_quarters(near=True))
def test_a_reader_who_knows_one_hidden_row_of_mentions_near_n_narrows_no_other(
        quarter: tuple[dict, dict[str, Counter[str]]]) -> None:
    cells, one_way = quarter
    assert known_row_leaks(publish_quarter(quarter_counts(cells, one_way), 5, 5)) == []
