"""The intruder who knows one hidden row of a one-way table whole (review r14l, L4).

A regional liaison who is the only one in their province filed every signal of it: they know
that row of the region table whole, as the liaison who filed every signal naming an actor
knows that actor's row (review r14k, K2; `test_report_liaison_row`). The intruder's integer
program (`pattern_kit._program`: every published number, the layout's facts, the ceilings the
pattern tells, a table of mentions' caps and the public rule that each hidden fixed group holds
a small row) gets one more row: the known row equals its true count. For every other hidden
row of that table the program's smallest and largest solutions must lie more than P apart.

The one exemption is what a published number tells by itself: a reader who knows a row
holding all but P or fewer of a published total knows that the other rows together hold that
few, whatever is hidden; likewise N, the signals counted, for a code whose signals name
nothing else in the table ("none_known", region "unknown", grades F and 6) and any other row
(docs/PRIVACY.md, "A reader who knows signals of their own").
"""

from __future__ import annotations

import numpy as np
from pattern_kit import _program, _solve, alone_code

from intake_app.office.report.publications import Publication
from intake_app.office.report.tables import TOTAL, Table


def hidden_rows(table: Table) -> list[tuple[str, str]]:
    """The rows of a one-way table that are not shown."""
    return [(row, "") for row in table.rows if (row, "") in table.suppressed]


def told_by_n(table: Table, known: tuple[str, str], other: tuple[str, str], protection: int,
              signals: int | None) -> bool:
    """True when a published number alone, less the known row, leaves P or fewer for the
    other row (the exemption of the module docstring): the table's published total, or in a
    table with a code that excludes the others ("none_known", a "not known" code: its signals
    name nothing else there) N, the signals counted, when the known or the other row is
    that code."""
    value = table.values[known]
    if ((TOTAL, "") not in table.suppressed
            and table.values[(TOTAL, "")] - value <= protection):
        return True
    if (TOTAL, "") in table.ceilings and table.ceilings[(TOTAL, "")] - value <= protection:
        return True  # a total of mentions at most P + 1, hidden: the rule tells that ceiling
    alone = (alone_code(table.name), "")
    return (signals is not None and alone in (known, other)
            and signals - value <= protection)


def known_row_leaks(publication: Publication, only: set[str] | None = None
                    ) -> list[tuple[str, str, str, float, float]]:
    """(table, known row, other hidden row, smallest, largest) for every hidden row of a
    one-way table that the published numbers, the rule and one other hidden row known whole
    narrow to P or fewer values apart. Empty: every one-way table holds."""
    signals = None if publication.too_few else publication.analysed
    protection = publication.protection
    found = []
    for name, table in sorted(publication.tables.items()):
        if not table.one_way or (only is not None and name not in only):
            continue
        rows = hidden_rows(table)
        if len(rows) < 2:
            continue
        variables, program, upper = _program([table], publication.threshold, protection,
                                             signals)
        index = {v: i for i, v in enumerate(variables)}

        def weights(key: tuple[str, str], table: Table = table,
                    index: dict = index) -> np.ndarray:
            found = np.zeros(len(index))
            for v in table.members[key]:
                found[index[v]] += 1.0
            return found

        for known in rows:
            value = table.values[known]
            rules = [*program, (weights(known), value, value)]
            for other in rows:
                if other == known or told_by_n(table, known, other, protection, signals):
                    continue
                ends = []
                for sign in (1.0, -1.0):
                    solution = _solve(variables, rules, upper, sign * weights(other))
                    assert solution is not None, "the program lost the true table"
                    ends.append(sum(solution[v] for v in table.members[other]))
                if not max(ends) - min(ends) > protection:
                    found.append((name, known[0], other[0], min(ends), max(ends)))
    return found
