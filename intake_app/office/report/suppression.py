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
suppressed. The grand total is never part of one. One-way tables with a published total: the
suppressed cells together must hold more than the protection level, and at least two.

The hypercube's rectangle gives all four of its corners the same interval, so the cells
hidden to protect a small one are as well protected as it is; the one-way rule gives every
hidden cell the interval [0, sum of the hidden cells]. The protection rule holds for every
suppressed cell, primary or secondary (`audit`).

Then the interval audit runs on everything (`audit.unprotected`). A hidden cell that is not
small and that the published numbers pin down exactly is published again (that adds nothing
an attacker did not know). Whatever else the audit still finds (rare, in tiny or sparse
tables) gets its whole row and column suppressed, and if that is not enough its whole table,
and is audited again. `settle` raises `ProtectionError` rather than leave a table the audit
rejects.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.errors import SeinpostError
from intake_app.office.report.audit import unprotected
from intake_app.office.report.tables import TOTAL, Key, Table, disclosing_zeros


class ProtectionError(SeinpostError):
    """Secondary suppression could not make every suppressed cell safe (a bug, never data)."""

    code = "report.protection"


def primary(table: Table, threshold: int) -> None:
    """Suppress every cell with 0 < count < threshold, and every disclosing zero (in place;
    those zeros are added to `table.must_hide`)."""
    table.suppressed |= {key for key, value in table.values.items() if 0 < value < threshold}
    table.must_hide |= disclosing_zeros(table)
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


def secondary_one_way(table: Table, cells: Sequence[Key], total: Key, protection: int) -> None:
    """Secondary suppression among `cells` whose sum is the published `total` (in place)."""
    if total in table.suppressed:
        return  # an unknown total leaves every suppressed cell unbounded above
    hidden = [k for k in cells if k in table.suppressed]
    if not hidden:
        return
    candidates = sorted((k for k in cells if k not in table.suppressed),
                        key=lambda k: (table.values[k], k))
    hidden_sum = sum(table.values[k] for k in hidden)
    while candidates and (len(hidden) < 2 or hidden_sum <= protection):
        # The smallest cell that makes the hidden sum wide enough; else the largest there is.
        enough = [k for k in candidates if hidden_sum + table.values[k] > protection]
        pick = enough[0] if enough else candidates[-1]
        candidates.remove(pick)
        hidden.append(pick)
        hidden_sum += table.values[pick]
        table.suppressed.add(pick)
    if (len(hidden) < 2 or hidden_sum <= protection) and total not in table.keep:
        table.suppressed.add(total)


def _fallback(table: Table, key: Key) -> None:
    """Hide the whole row and column of `key` (never the grand total)."""
    row, col = key
    for other in table.keys():
        if (other[0] == row or other[1] == col) and other not in table.keep:
            table.suppressed.add(other)
    if table.one_way:
        table.suppressed |= {k for k in table.keys() if k not in table.keep}


def _escalate(tables: dict[str, Table], names: set[str]) -> None:
    """Hide every cell of the named tables but the ones that must stay."""
    for name in names:
        table = tables[name]
        table.suppressed |= {k for k in table.keys() if k not in table.keep}


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
