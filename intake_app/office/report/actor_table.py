"""Secondary suppression of the actor x category table, by position and pattern alone.

Which cells are hidden must not depend on a count the reader cannot see: an intruder holding
the open engine re-runs it on every table that agrees with what is published, and keeps only
those that give the same files (the review's F3, and r14e's B1: a step decided by a hidden
count, such as "the other-actors total is hidden because it is at most P" or "every actor total
is hidden because the audit failed with them shown", tells that count's range to every reader).
So after primary suppression (`suppression.primary`: counts from 1 to threshold - 1, zeros
that would disclose) every choice looks only at which rows there are (`publish.fold_rare`, whose
own facts the audit models: `tables.actor_floors`, `audit.folded_interval`), whether some
cell is primary, and numbers that stay published:

1. No cell is primary and there is no other-actors row beside an actor's row: everything
   is shown.
2. Otherwise the whole interior (actor x category) is hidden, apart from the cells of a
   category whose total is shown as 0 (every actor had 0 there; anyone can tell).
3. If a category total is from 1 to P (shown, it would bound every hidden cell of its
   column to P + 1 values), or is a zero that would disclose (every signal of the quarter in
   one category: `tables.zero_groups`), every category total is hidden: one fixed unit, so
   a hidden category total does not tell which one was small. A table of the other-actors
   row alone hides them with its interior (they are the same numbers).
4. The other-actors total, whenever there is an actor's row beside it, is hidden, always,
   whatever its count, and so is the total of the actor's row just above it (a fixed place:
   actors are ordered by code, "unknown" last, never by size). `publish.fold_rare` has made
   sure that those two totals together hold at least 2P + 4 signals (it counts that actor
   under other actors otherwise, and tries the next one up), so each of the two keeps more
   than P possible values; their sum is published (the grand total less the shown rows), so
   the reader can check that too.

Nothing is decided by an audit: the audit (`audit.unprotected`) only checks the result, and a
failure raises ProtectionError (a bug: the steps above always leave every hidden cell more
than P values; docs/PRIVACY.md, "Why the pattern holds"). An earlier escalation (hide every
category total, then every actor total, when the audit failed with them shown) told the reader
that the audit had failed, a fact about the counts it then hid (r14e, B1).
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


def partner(main: Table) -> str | None:
    """The actor row whose total is hidden with the other-actors total: the last actor row
    (by position); None when there is no other-actors row beside an actor's row."""
    named = [row for row in main.rows if row != OTHER_ACTORS]
    return named[-1] if named and OTHER_ACTORS in main.rows else None


def protect(main: Table, threshold: int, protection: int) -> None:
    """Secondary suppression of `main` (the actor x category table laid out by
    `publish.fold_rare`, primary suppression done; in place). Raises ProtectionError if a
    hidden cell is still narrowed to `protection` or fewer values (a bug, never data)."""
    del threshold  # the small cells are found by primary suppression; nothing here is by value
    beside = partner(main)
    if not main.suppressed and beside is None:
        return
    col_totals = [(TOTAL, c) for c in main.cols]
    main.suppressed |= _interior(main)
    if (len(main.rows) == 1
            or any(0 < main.values[k] <= protection or k in main.must_hide for k in col_totals)):
        main.suppressed |= set(col_totals)
    if beside is not None:
        main.suppressed |= {(OTHER_ACTORS, TOTAL), (beside, TOTAL)}
    _show_empty_columns(main)
    if unprotected([main], protection):
        raise ProtectionError("the actor table's fixed pattern left a hidden cell narrow")
