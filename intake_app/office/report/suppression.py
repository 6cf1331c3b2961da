"""Small-cell protection: primary suppression, then secondary suppression, then the audit.

Primary: every cell (interior or margin) with a count from 1 to `threshold - 1` is suppressed,
and every zero that would disclose (`tables.disclosing_zeros`: the zeros of an actor's row
whose signals all have one category, or of a one-way table whose counts are all in one row).
Other zeros are shown, except where one is needed to hide another cell (then it is a secondary
suppression like any other).

Secondary, two-way tables: the hypercube method of tau-ARGUS in two dimensions. For each
primary cell, over every rectangle of four cells in the table extended with its margins, the
published totals still hold when the rectangle's corners move by +t/-t in turn; the attacker's
interval for each corner is then min(corners moving up) + min(corners moving down) wide. The
cheapest rectangle (fewest counts newly hidden) that is wider than the protection level is
suppressed. The grand total is never part of one. That choice looks at hidden counts, so the
pattern itself can tell a reader who re-runs the engine more than the audit counts (the
review's F3): the report's actor table no longer uses it (`actor_table`, by position); the
tests keep it as a value-driven reference pattern for the audit.

One-way tables (`secondary_one_way`): fixed groups of three cells by position (the last one
or two with the three before them: `known_row.fixed_groups`), every group with a small cell
hidden whole, and every cell hidden when a hidden cell would otherwise keep too few values
for a reader who knows the rule (`group_width` counts a hidden group's values one by one, and
in a table of mentions holds every row under N, the signals counted: review r14f C1, C2,
C2c), or for a reader who also knows one hidden row whole (a liaison who is the only one in
a province: review r14l, L4). For that reader each hidden row has a top, computed from the
published numbers alone (`known_row.tops`); a hidden row above its top hides the table, and
otherwise the tops are published facts (`Table.ceilings`) that the audit and the tests'
intruder hold. A total of mentions (published nowhere else) is hidden beside any hidden row.
So the pattern tells nothing beyond where the small cells' groups are and the tops
(`tests/test_report_pattern_invariance.py`, `tests/test_report_known_row.py`).

The hypercube's rectangle gives all four of its corners the same interval, so the cells
hidden to protect a small one are as well protected as it is. The protection rule holds for
every suppressed cell, primary or secondary (`audit`).

Then the interval audit runs on everything (`audit.unprotected`). A hidden cell that is not
small and that the published numbers pin down exactly is published again (that adds nothing
an attacker did not know). Whatever else the audit still finds (rare, in tiny or sparse
tables) gets its whole row and column suppressed, and if that is not enough its whole table,
and is audited again. `settle` raises `ProtectionError` rather than leave a table the audit
rejects.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from intake_app.errors import SeinpostError
from intake_app.office.report import known_row, own_counts
from intake_app.office.report.audit import unprotected
from intake_app.office.report.known_row import fixed_groups
from intake_app.office.report.tables import (
    TOTAL,
    Key,
    Table,
    disclosing_zeros,
    full_mentions,
)
from intake_app.office.report.values_left import values_kept


class ProtectionError(SeinpostError):
    """Secondary suppression could not make every suppressed cell safe (a bug, never data)."""

    code = "report.protection"


def primary(table: Table, threshold: int) -> None:
    """Suppress every cell with 0 < count < threshold, every disclosing zero and every row of
    mentions that equals the signals counted (`tables.full_mentions`) (in place; those are
    added to `table.must_hide`)."""
    table.suppressed |= {key for key, value in table.values.items() if 0 < value < threshold}
    table.must_hide |= disclosing_zeros(table) | full_mentions(table)
    table.suppressed |= table.must_hide


def _extended(table: Table) -> tuple[list[str], list[str]]:
    return [*table.rows, TOTAL], [*table.cols, TOTAL]


def _width(values: list[int], signs: list[int]) -> int:
    ups = [v for v, s in zip(values, signs, strict=True) if s > 0]
    downs = [v for v, s in zip(values, signs, strict=True) if s < 0]
    return min(ups) + min(downs)


def secondary_two_way(table: Table, protection: int) -> None:
    """Hypercube secondary suppression on a two-way table with margins (in place)."""
    rows, cols = _extended(table)
    grand = (TOTAL, TOTAL)
    for key in sorted(table.suppressed, key=lambda k: (table.values[k], k)):
        r1, c1 = key
        best: tuple[tuple[int, int, int, tuple[str, str]], list[Key]] | None = None
        for r2 in rows:
            if r2 == r1:
                continue
            for c2 in cols:
                if c2 == c1:
                    continue
                corners = [(r1, c1), (r1, c2), (r2, c1), (r2, c2)]
                if grand in corners or any(k in table.keep for k in corners[1:]):
                    continue
                # A corner with a floor (an actor's row total) moves down only to it.
                values = [table.values[k] - table.floors.get(k, 0) for k in corners]
                width = _width(values, [1, -1, -1, 1])
                new = [k for k in corners if k not in table.suppressed]
                cost = sum(table.values[k] for k in new)
                # Enough width first; then the least hidden; then fewest new cells; then order.
                rank = (0 if width > protection else 1, cost if width > protection else -width,
                        len(new), (r2, c2))
                if best is None or rank < best[0]:
                    best = (rank, corners)
        if best is not None:
            table.suppressed |= set(best[1])


def group_width(hidden_sum: int, groups: Sequence[Sequence[Key]], threshold: int,
                most: Mapping[Key, int] | None = None, cap: int | None = None,
                exclusive: Key | None = None, enough: int | None = None,
                beside: int = 0) -> int:
    """How far a reader who knows the hidden cells' sum `hidden_sum`, the rule (every hidden
    group holds a count from 1 to `threshold - 1`, or in a table of mentions a row of `cap`,
    N, or of N - `beside` beside a shown exclusive row of `beside`) and the most each cell
    can hold (`most`: N for a row of mentions, less beside a shown exclusive row; none: the
    sum; a hidden `exclusive` row with any other at most N) can
    narrow the hidden cells of `groups`: the fewest values any of them keeps, less one (so
    `hi - lo` where the values have no gap). Counted value by value (`values_left`, up to
    `enough` values), for one group and for several: the ranges the rule leaves can have gaps
    (review r14f, C1: threshold 3, a pair of 10 leaves {1, 2, 8, 9}), the ceilings can cut
    either end (C2: 40 signals, a pair of 44 mentions leaves {4, 40}), and with several
    groups the ceilings and the exclusive row can pin a row to a few values (review r14g,
    G1; 23 signals, none_known hidden beside other and a hidden pair: 0 to 4). A pure
    function of published numbers and positions."""
    kept = values_kept(hidden_sum, groups, threshold, most, cap, exclusive, enough, beside)
    return min(kept.values()) - 1


def secondary_one_way(table: Table, cells: Sequence[Key], total: Key, protection: int,
                      threshold: int, own: Sequence[Counter[Key]] = ()) -> None:
    """Secondary suppression among `cells` whose sum is `total` (in place), by position only.

    The cells are cut into fixed groups of three (`fixed_groups`); every group holding a
    suppressed cell (small, or a zero that discloses) is hidden whole. A total that is not
    kept (`Table.keep`: it counts mentions, and no other table publishes it) and is at most
    `protection + 1` is hidden with all its cells (each then lies in [0, protection + 1] as
    far as anyone can tell: `Table.ceilings`); a larger one is hidden beside any hidden row
    unless every row is hidden or the exclusive row is (then it is judged as a kept one),
    so that no reader has the hidden rows' sum; each hidden row
    then lies anywhere from 0 to the most it can hold, and where that is `protection` or
    less every row is hidden (the total shown). A kept total (the signals counted, published
    anyway) gives the hidden rows' sum: if a hidden cell would then be narrowed to
    `protection` or fewer values (`group_width`), or a reader who knows one hidden row whole
    could narrow another (`known_row.tops`, review r14l, L4), every row is hidden; otherwise
    the tops are what the pattern tells (`Table.ceilings`). Every step looks at published
    numbers, positions and the small cells' places, and the tops at the hidden rows only as
    the ceilings they publish, so a reader who re-runs this on any table that agrees with
    what is published and the ceilings gets the same pattern
    (`tests/test_report_pattern_invariance.py`). `own`: each liaison's own counts per row
    (`counts.PeriodCounts.own`); where a liaison's own signals, as lower bounds on the other
    hidden rows, would narrow a hidden row (`own_counts`, review r14n R14n-1), every row is
    hidden: a decision on counts no reader has, which tells only that the table is hidden
    whole."""
    if total not in table.keep and table.values[total] <= protection + 1:
        table.suppressed |= {*cells, total}
        table.ceilings[total] = protection + 1  # what the rule tells every reader
        return
    if total in table.suppressed:
        table.suppressed |= set(cells)  # an unknown total leaves every hidden cell unbounded
        return
    hidden = [group for group in fixed_groups(cells) if any(k in table.suppressed
                                                             for k in group)]
    if not hidden:
        return
    table.suppressed |= {k for group in hidden for k in group}
    shown = sum(table.values[k] for k in cells if k not in table.suppressed)
    most = known_row.row_most(table, cells)
    exclusive, beside = known_row.exclusive_of(table)
    if total not in table.keep and exclusive is None:
        # (beside a hidden none_known the total stays: hidden, it would let none_known reach
        # N less a shown row, which the full-mention rule tells it does not; the tops below)
        if (any(most.get(k, protection + 1) <= protection for group in hidden for k in group)
                or own_counts.group_forced(own, hidden, threshold)):
            table.suppressed |= set(cells)
        if not all(k in table.suppressed for k in cells):
            _hide_total(table, total)
            # more than P + 1: a smaller one would have been hidden with every row (above)
            table.floors[total] = protection + 2
        return
    hidden_sum = table.values[total] - shown
    if group_width(hidden_sum, hidden, threshold, most, table.cap,
                   exclusive, enough=protection + 2, beside=beside) <= protection:
        _hide_whole(table, cells)
        return
    if all(k in table.suppressed for k in cells):
        return  # nothing shown: no hidden row's sum beyond the total, no top to keep
    # A reader who knows one hidden row whole (review r14l, L4): every hidden row must hold
    # at most its top, and the tops, told by the pattern, must leave the rest wide.
    limits = known_row.tops(hidden_sum, hidden, threshold, protection, most, table.cap,
                            exclusive, beside)
    narrowed = {k: min(most.get(k, hidden_sum), top) for k, top in limits.items()}
    if (any(table.values[k] > top for k, top in limits.items())
            or group_width(hidden_sum, hidden, threshold, narrowed, table.cap, exclusive,
                           enough=protection + 2, beside=beside) <= protection
            or own_counts.narrowed(own, hidden_sum, hidden, threshold, protection, narrowed,
                                   table.cap, exclusive, beside)):
        _hide_whole(table, cells)
        return
    table.ceilings.update(known_row.ceilings(table, threshold, protection))


def _hide_whole(table: Table, cells: Sequence[Key]) -> None:
    """Hide every row of a one-way table whose total is kept (shown). Drops the
    ceilings the tops told (`known_row`)."""
    table.suppressed |= set(cells)
    for key in cells:
        table.ceilings.pop(key, None)


def _hide_total(table: Table, total: Key) -> None:
    """Hide a one-way total with what its being hidden tells every reader: it is at least 1
    (a table of zeros hides nothing; `Table.floors`)."""
    table.suppressed.add(total)
    table.floors[total] = 1


def _fallback(table: Table, key: Key) -> None:
    """Hide the whole row and column of `key` (never the grand total)."""
    row, col = key
    for other in table.keys():
        if (other[0] == row or other[1] == col) and other not in table.keep:
            table.suppressed.add(other)
    if table.one_way:
        table.suppressed |= {k for k in table.keys() if k not in table.keep}
        for key in table.keys():
            if key[0] != TOTAL:
                table.ceilings.pop(key, None)


def _escalate(tables: dict[str, Table], names: set[str]) -> None:
    """Hide every cell of the named tables but the ones that must stay."""
    for name in names:
        table = tables[name]
        table.suppressed |= {k for k in table.keys() if k not in table.keep}
        for key in table.keys():
            if key[0] != TOTAL:
                table.ceilings.pop(key, None)


def settle(tables: Sequence[Table], protection: int, threshold: int) -> None:
    """Audit `tables` together; widen suppression until every suppressed cell is protected.

    Raises ProtectionError if that cannot be reached.
    """
    by_name = {table.name: table for table in tables}
    seen = {tuple(frozenset(t.suppressed) for t in tables)}
    for _ in range(2 * sum(len(t.values) for t in tables) + 2):
        failing = unprotected(tables, protection)
        if not failing:
            return
        # Integer counts: an interval narrower than one count is an exact value.
        derivable = [f for f in failing if f.width < 0.5 and not 0 < f.value < threshold
                     and f.key not in by_name[f.table].must_hide]
        if derivable:
            for found in derivable:
                by_name[found.table].suppressed.discard(found.key)
        else:
            for found in failing:
                _fallback(by_name[found.table], found.key)
        state = tuple(frozenset(t.suppressed) for t in tables)
        if state in seen:
            # Rows and columns were not enough (a margin is still pinned by the grand total),
            # or publishing and hiding go round in a circle: hide the whole tables.
            _escalate(by_name, {found.table for found in failing})
            state = tuple(frozenset(t.suppressed) for t in tables)
            if state in seen:
                break
        seen.add(state)
    raise ProtectionError("suppression could not protect every suppressed cell")
