"""The tests' independent interval audit holds what every reader knows, the ceilings too
(issue 14, task t14 item 6).

`report_kit.linprog_intervals` is the scipy.optimize.linprog audit the tests set against the
engine's (`audit.audit`). A one-way table that shows some rows and hides others publishes a
top for each hidden row (`Table.ceilings`, `known_row.tops`): every reader holds it, so an
audit without it checks a weaker reader than the one the engine protects against. On a
quarter with two hidden groups of three (Groningen 2, Friesland 12, Drenthe 8; Overijssel 2,
Flevoland 10, Gelderland 9) the linprog audit gave each hidden row 0 to the hidden rows' sum
instead of 0 to its top.
"""

from __future__ import annotations

from collections import Counter

from pattern_kit import quarter_counts
from report_kit import linprog_intervals

from intake_app.office.report.audit import audit
from intake_app.office.report.publish import publish_quarter

CELLS = {("RU", "intimidation"): 27, ("RU", "diaspora_tax"): 27,
         ("TR", "intimidation"): 27, ("TR", "diaspora_tax"): 27}
REGIONS = Counter({"nl-gr": 2, "nl-fr": 12, "nl-dr": 8, "nl-ov": 2, "nl-fl": 10, "nl-ge": 9,
                   "nl-ut": 10, "nl-nh": 10, "nl-zh": 10, "nl-ze": 6, "nl-nb": 8, "nl-li": 6,
                   "abroad": 6, "online": 6})


def test_the_linprog_audit_holds_the_tops_of_hidden_one_way_rows() -> None:
    region = publish_quarter(quarter_counts(CELLS, {"region": REGIONS}), 5, 5).tables["region"]
    assert region.ceilings  # the quarter publishes tops at all
    found = linprog_intervals([region])
    for interval in audit([region]):
        assert found[("region", interval.key)] == (interval.lower, interval.upper)
    for key, top in region.ceilings.items():
        assert found[("region", key)][1] == top
