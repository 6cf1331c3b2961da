"""Secondary suppression of the actor x category table, by position and pattern alone.

Which cells are hidden must not depend on the hidden counts: an intruder holding the open
engine re-runs it on every table that agrees with what is published, and keeps only those that
give the same files (the review's F3, docs/PRIVACY.md "What the pattern of the actor table
tells"). So after primary suppression (`suppression.primary`: counts from 1 to threshold - 1,
zeros that would disclose, an other-actors total from 1 to P) every further choice looks only
at which cells are primary, at fixed positions and at numbers that stay published:

1. No cell is primary: everything is shown.
2. Otherwise the whole interior (actor x category) is hidden, apart from the cells of a
   category whose total is shown as 0 (every actor had 0 there; anyone can tell).
3. If a category total is from 1 to P (shown, it would bound every hidden cell of its
   column to P + 1 values), or is a zero that would disclose (every signal of the quarter in
   one category: `tables.zero_groups`), every category total is hidden: one fixed unit, so
   a hidden category total does not tell which one was small. (Hiding them in fixed groups,
   as the one-way tables do, needs a fallback decided by the hidden groups' sum, which the
   published files then tell: the review's F3 found that too.)
4. A hidden other-actors total is hidden with the actor total just above it (a fixed place:
   actors are ordered by code, never by size).
5. The audit of this pattern (`audit.unprotected`, the published numbers only) decides what
   else goes, from coarse fixed units: every category total; then every actor total. Each
   step hides a superset of the one before.

The trend repeats the actor totals, so they are hidden only in the last step.
"""

from __future__ import annotations

from intake_app.office.report.audit import unprotected
from intake_app.office.report.suppression import ProtectionError
from intake_app.office.report.tables import OTHER_ACTORS, TOTAL, Key, Table


def _interior(main: Table) -> set[Key]:
    return {(r, c) for r in main.rows for c in main.cols}


def _show_empty_columns(main: Table) -> None:
    """Show the interior zeros of every category whose total is shown as 0: the total already
    tells them (`tables.zero_groups` leaves such a column out of an actor's row)."""
    for col in main.cols:
        if (TOTAL, col) not in main.suppressed and main.values[(TOTAL, col)] == 0:
            main.suppressed -= {(row, col) for row in main.rows}


def protect(main: Table, threshold: int, protection: int) -> None:
    """Secondary suppression of `main` (the actor x category table, primary suppression done;
    in place). Raises ProtectionError where even every actor total hidden leaves a hidden cell
    narrowed to `protection` or fewer values (publish.py then folds one more actor)."""
    del threshold  # the small cells are found by primary suppression; nothing here is by value
    if not main.suppressed:
        return
    col_totals = [(TOTAL, c) for c in main.cols]
    row_totals = [(r, TOTAL) for r in main.rows]
    main.suppressed |= _interior(main)
    if any(0 < main.values[k] <= protection or k in main.must_hide for k in col_totals):
        main.suppressed |= set(col_totals)
    other = (OTHER_ACTORS, TOTAL)
    if other in main.suppressed and len(row_totals) > 1:
        main.suppressed.add(row_totals[row_totals.index(other) - 1])
    _show_empty_columns(main)
    for unit in (col_totals, row_totals):
        if not unprotected([main], protection):
            return
        main.suppressed |= set(unit) | _interior(main)
    if unprotected([main], protection):
        raise ProtectionError("the actor table cannot be protected by its fixed units")
