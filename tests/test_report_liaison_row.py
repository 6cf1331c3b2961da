"""A liaison who knows one whole hidden row of the actor table reads no other hidden cell
(review r14k, K2; issue 14).

Signals come in through community liaisons: one liaison may file every signal naming one
actor in a quarter (a small diaspora community with one liaison). That liaison sees the
actor's published row total equal to the number they filed, so they know the row whole. Rule 7
hid rows in blocks of two beside shown category totals: the totals less the shown rows gave
the two rows' sum in each category, and the liaison subtracted their own row and read the
other one exactly, small cells included (`/work/notes/r14k/k2_liaison.py`: CN x informants
2 of 2). The intruder here is the interval audit (`audit.unprotected`, a linear program
over everything published) with one hidden row's cells published as well: for each hidden
row whose total is shown, every other hidden cell must keep an interval wider than P.

Not covered (docs/PRIVACY.md, "A reader who knows signals of their own"): the actor row just
above "other actors", whose total is hidden with the other-actors total. A reader holding it
whole (who cannot see that it is whole) learns the other-actors total from their sum.
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from pattern_kit import quarter_counts
from report_strategies import mixed_actor_tables

from intake_app.office.report.audit import Interval, unprotected
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.tables import TOTAL, Table

C3 = ("intimidation", "diaspora_tax", "informants_surveillance")


def cells_of(rows: dict[str, tuple[int, ...]]) -> dict[tuple[str, str], int]:
    return {(actor, c): n for actor, ns in rows.items() for c, n in zip(C3, ns, strict=True)}


# The review's case: ER's liaison filed all 19 ER signals; CN (10, 10, 2) and ER are hidden
# as a block of two beside the shown category totals.
REVIEW = cells_of({"CN": (10, 10, 2), "ER": (3, 8, 8), "MA": (9, 8, 7), "RU": (8, 8, 8)})
# Its variant: CN (20, 20, 1) is the only marked row, ER (12, 12, 12) hidden as its partner.
PARTIAL = cells_of({"CN": (20, 20, 1), "ER": (12, 12, 12), "MA": (9, 8, 7), "RU": (8, 8, 8)})


def liaison_rows(table: Table) -> list[str]:
    """The hidden rows a reader can know whole: interior hidden, total shown."""
    return [row for row in table.rows
            if (row, TOTAL) not in table.suppressed
            and any((row, col) in table.suppressed for col in table.cols)]


def one_row_leaks(table: Table, protection: int) -> list[tuple[str, Interval]]:
    """(known row, interval) for every hidden cell outside the known row that the published
    numbers and that row's cells narrow to `protection` or fewer values."""
    found = []
    for row in liaison_rows(table):
        known = copy.deepcopy(table)
        known.suppressed -= {(row, col) for col in table.cols}
        found += [(row, gap) for gap in unprotected([known], protection)]
    return found


def test_the_reviews_er_liaison_reads_no_cn_cell() -> None:
    main = publish_quarter(quarter_counts(REVIEW, {}), 5, 5).tables["actor_category"]
    assert "ER" in liaison_rows(main)
    assert ("CN", "informants_surveillance") in main.suppressed
    assert unprotected([main], 5) == []
    assert one_row_leaks(main, 5) == []


def test_a_liaison_holding_the_partner_row_of_a_single_marked_row_reads_no_cell() -> None:
    main = publish_quarter(quarter_counts(PARTIAL, {}), 5, 5).tables["actor_category"]
    assert "ER" in liaison_rows(main)
    assert one_row_leaks(main, 5) == []


# 20 generated cases a run, not 40: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_actor_tables())
def test_a_reader_who_knows_one_hidden_row_whole_narrows_no_other_hidden_cell(
        cells: dict[tuple[str, str], int]) -> None:
    main = publish_quarter(quarter_counts(cells, {}), 5, 5).tables["actor_category"]
    assert one_row_leaks(main, 5) == []
