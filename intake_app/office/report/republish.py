"""What a report does with a quarter stored under an earlier protection rule (review r14e, B2).

Every report repeats a quarter exactly as first published (`publications`), so that no two
reports publish it in two ways. A publication made before office database migration 6 carries
no rule (`Publication.rule` None): it was made by the value-driven rule of before 078ba22 or by
078ba22's first position rule, and the pattern of either can tell a reader who re-runs that
engine more than its numbers do (F3, B1). Repeating it repeats the leak in every report. One
stored under rule 1 to 5 is treated the same way: rule 1 bounded a hidden row of the
target or impact table by the table's total only, not by N (review r14f, C2); rule 2 judged several
hidden groups by an interval, where the ceilings could leave a few values (review r14g, G1);
rule 3 showed a row naming every signal with a known impact (G2); rule 4 did the same beside
the other "not known" codes (actor and region unknown, grades F and 6: review r14h, H2); rule 5
showed, within a category column, one actor's cell and the zeros of the others beside
"unknown" (review r14i, C1); rule 7 showed the category totals beside a block of two hidden
rows, which a reader who knows one of them whole subtracts (review r14k, K2). One stored under
rule 6 is repeated as it is
(`publications.REPEATED`): its pattern too is decided by position alone, and it hid the whole
inside of the actor table where today's rule hides rows (issue 14, review r14j R7).

So before a report uses such a quarter, the quarter is protected again under today's rule
(`publish.publish_quarter`, from its counts: live rows or the counts `purge` kept):
- if that publication `covers` the stored one (same settings, rows, columns and counts, and
  every cell hidden before hidden again), it shows nothing the stored one did not: it replaces
  the stored one (with today's rule), in the report's transaction, and every later report
  repeats it;
- otherwise it would show cells the stored one hid, and the two together could give away more
  than either: the report is refused (ReportRuleError), nothing is stored or written, and the
  sentence tells the office what it can do (leave the quarter out of the trend; it cannot be
  published again).
What was already shared under the earlier rule stays shared: docs/PRIVACY.md says what that
means for those reports.
"""

from __future__ import annotations

import sqlite3

from intake_app.errors import SeinpostError
from intake_app.office.report import publications
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.snapshots import counts_for


class ReportRuleError(SeinpostError):
    """A quarter the report needs was published under an earlier protection rule, and today's
    rule would show cells that publication hid: it is not published again."""

    code = "report.old_rule"
    codes = ("report.old_rule", "report.old_rule_trend")


def current(conn: sqlite3.Connection, stored: publications.Publication, series: list[Quarter]
            ) -> publications.Publication:
    """`stored` (a quarter of `series`, the report's quarters oldest first) as a report may
    use it: itself under today's rule or rule 6; re-protected and stored again where today's rule
    covers it; else ReportRuleError ("report.old_rule" for the report's own quarter,
    "report.old_rule_trend" with the largest --compare that leaves it out for an earlier one).
    Inside the caller's transaction."""
    if stored.rule in publications.REPEATED:
        return stored
    fresh = publish_quarter(counts_for(conn, stored.quarter), stored.threshold,
                            stored.protection)
    if publications.covers(fresh, stored):
        publications.replace(conn, fresh)
        again = publications.load(conn, stored.quarter)  # as every later report reads it
        assert again is not None
        return again
    position = series.index(stored.quarter)
    if position == len(series) - 1:
        raise ReportRuleError(f"{stored.quarter} was published under an earlier rule",
                              code="report.old_rule", period=str(stored.quarter))
    raise ReportRuleError(f"the trend would include {stored.quarter}, published under an "
                          "earlier rule", code="report.old_rule_trend",
                          period=str(stored.quarter), most=len(series) - position - 2)
