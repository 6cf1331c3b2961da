"""What the actor table's pattern tells a reader who knows the rule (`actor_table`), as integer
program rows for the intruder of `pattern_kit` (issue 14, review r14j R7).

The rule, as docs/PRIVACY.md states it: a row is marked when one of its cells in a used
category (total above 0) holds fewer than threshold signals; the other-actors row and the actor
row above it are always hidden; a marked row alone is joined by the row below it (the row above
for the last row); with fewer than three used categories every row is hidden (when one is
marked or every signal has one category); the used category totals are hidden when fewer than
three rows are hidden (that tells nothing), or when one is from 1 to P, or equals the grand
total, or the hidden rows hold at most P + 1 of one beyond one hidden row's total (for the
other-actors row and its partner, beyond their sum; review r14k, K2),
or (beside shown rows) the hidden rows hold at most P + 1 of one, or the hidden rows other
than a marked one (not the pair) hold less than one. Written out
here from that description, not taken from the engine: a test of the engine must not borrow its
answer.

A reader who sees which rows are hidden therefore knows, of each hidden row that is neither the
other-actors row nor its partner, that it is marked (unless every row is hidden and the quarter
may have fewer than three used categories); of a pair hidden for one row only, that the upper
one is marked or, when the lower one is the last row, one of the two. Each fact is "one of
these 0/1 variables is 1", and each 0/1 variable forces what it stands for: `under` a cell
under the threshold in a used category; `few` a quarter with fewer than three used categories
(`used` 0 for a category no signal has); `low` a category total from 1 to P; `thin` a used
category of which the hidden rows hold at most P + 1; `crowd` a used category of which the
hidden rows other than a marked one hold less than all; `lopsided` a used category of which
the hidden rows hold at most P + 1 beyond one hidden row's total (or the pair's sum); `whole`
a category total equal to the grand total (every signal in one category). `few` holds only
beside a marked row or a `whole`: with fewer than three used categories every row is hidden
when one is marked, or when every signal has one category (the zero category totals would disclose).
"""

from __future__ import annotations

from intake_app.office.report.tables import OTHER_ACTORS, TOTAL, Table

BIG = 1000  # as pattern_kit.BIG: far above any count here
# the 0/1 variables' first part
KINDS = ("under", "few", "used", "thin", "crowd", "low", "whole", "lopsided")
FEWEST_BESIDE_TOTALS = 3  # hidden rows, for the category totals to be shown

Term = tuple[tuple, float]
Row = tuple[list[Term], float, float]


def applies(table: Table) -> bool:
    """Whether `table` is an actor x category table whose interior is partly or wholly
    hidden (the rule's facts apply)."""
    return (not table.one_way and table.row_totals
            and any((r, c) in table.suppressed for r in table.rows for c in table.cols))


def hidden_rows(table: Table) -> list[str]:
    """The rows shown hidden: those with a hidden interior cell."""
    return [r for r in table.rows if any((r, c) in table.suppressed for c in table.cols)]


def _cell(table: Table, row: str, col: str) -> tuple:
    return table.members[(row, col)][0]


def facts(table: Table, threshold: int, protection: int) -> tuple[list[tuple], list[Row]]:
    """The 0/1 variables and the rows (terms as (variable, weight), lower, upper) that say
    what the pattern of `table` tells; ([], []) where the rule's facts do not apply."""
    if not applies(table):
        return [], []
    name, rows, cols = table.name, table.rows, table.cols
    hidden = hidden_rows(table)
    variables: list[tuple] = []
    found: list[Row] = []
    inf = float("inf")

    def binary(*key: object) -> tuple:
        variables.append(key)
        return key

    def total(col: str) -> list[Term]:
        return [(v, 1.0) for v in table.members[(TOTAL, col)]]

    every = len(hidden) == len(rows)
    few = binary("few", name)  # fewer than three used categories: the earlier rule
    flags = []
    for col in cols:
        used = binary("used", name, col)  # 0: no signal has this category
        found.append(([*total(col), (used, -float(BIG))], -inf, 0))
        flags.append((used, 1.0))
    found.append(([*flags, (few, float(BIG))], -inf, 2 + BIG))
    if not every:
        found.append(([(few, 1.0)], 0, 0))
    grand = float(table.values[(TOTAL, TOTAL)])
    wholes = []
    for col in cols:  # whole: every signal of the quarter has this category
        whole = binary("whole", name, col)
        found.append(([*total(col), (whole, -grand)], 0, inf))
        wholes.append((whole, 1.0))
    marks: dict[str, list[tuple]] = {}
    for row in hidden:
        marks[row] = []
        for col in cols:
            under = binary("under", name, row, col)
            x = _cell(table, row, col)
            found.append(([(x, 1.0), (under, float(BIG))], -inf, threshold - 1 + BIG))
            found.append(([*total(col), (under, -1.0)], 0, inf))  # a used category
            marks[row].append(under)
    # Fewer than three used categories: every row is hidden because one is marked, or every
    # signal has one category.
    found.append(([*[(v, 1.0) for m in marks.values() for v in m], *wholes, (few, -1.0)],
                  0, inf))
    forced = set()
    if OTHER_ACTORS in rows and len(rows) > 1:
        forced = {OTHER_ACTORS, [r for r in rows if r != OTHER_ACTORS][-1]}
    rest = [r for r in hidden if r not in forced]
    if not forced and len(hidden) == 2 and rows.index(hidden[1]) == rows.index(hidden[0]) + 1:
        upper, lower = hidden
        either = marks[upper] + (marks[lower] if lower == rows[-1] else [])
        found.append(([(v, 1.0) for v in [*either, few]], 1, inf))
    else:
        for row in rest:
            found.append(([(v, 1.0) for v in [*marks[row], few]], 1, inf))
    hidden_totals = [c for c in cols if (TOTAL, c) in table.suppressed]
    # Beside fewer than three hidden rows the totals are always hidden: that tells nothing.
    if len(rows) > 1 and hidden_totals and len(hidden) >= FEWEST_BESIDE_TOTALS:
        ways = [w for w, _ in wholes]
        for col in hidden_totals:
            low = binary("low", name, col)
            found.append(([*total(col), (low, -1.0)], 0, inf))
            found.append(([*total(col), (low, float(BIG))], -inf, protection + BIG))
            ways.append(low)
            if not every:
                thin = binary("thin", name, col)
                found.append(([*total(col), (thin, -1.0)], 0, inf))
                block = [(_cell(table, r, col), 1.0) for r in hidden]
                found.append(([*block, (thin, float(BIG))], -inf, protection + 1 + BIG))
                ways.append(thin)
                for row in rest:  # crowd: the other hidden rows cannot hold all of it
                    crowd = binary("crowd", name, row, col)
                    others = [(_cell(table, r, c), -1.0) for r in hidden if r != row
                              for c in cols]
                    found.append(([*block, *others, (crowd, -float(BIG))], 1 - BIG, inf))
                    ways.append(crowd)
            share = [(_cell(table, r, col), 1.0) for r in hidden]
            for row in hidden:  # lopsided: the hidden rows hold at most P + 1 beyond a row
                lopsided = binary("lopsided", name, row, col)  # (the pair: beyond its sum)
                found.append(([*total(col), (lopsided, -1.0)], 0, inf))  # a used category
                whole_row = [(_cell(table, r, c), -1.0) for r in (forced if row in forced
                                                                  else [row]) for c in cols]
                found.append(([*share, *whole_row, (lopsided, float(BIG))], -inf,
                              protection + 1 + BIG))
                ways.append(lopsided)
        found.append(([(v, 1.0) for v in ways], 1, inf))
    return variables, found
