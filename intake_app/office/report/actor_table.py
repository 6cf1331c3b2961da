"""Secondary suppression of the actor x category table, by position and pattern alone.

Which cells are hidden must not depend on a count the reader cannot see: an intruder holding
the open engine re-runs it on every table that agrees with what is published, and keeps only
those that give the same files (the review's F3, and r14e's B1: a step decided by a hidden
count, such as "the other-actors total is hidden because it is at most P" or "every actor total
is hidden because the audit failed with them shown", tells that count's range to every reader).
So after primary suppression (`suppression.primary`: counts from 1 to threshold - 1, zeros
that would disclose) every choice looks only at which rows there are (`publish.fold_rare`, whose
own facts the audit models: `tables.actor_floors`, `audit.folded_interval`), where the counts
under the threshold are, and numbers that stay published (issue 14, review r14j R7: the earlier
rule hid the whole interior for one small cell anywhere, so with 3,000 signals no actor's
categories were ever published; statistics offices hide a few cells around each small one):

1. A row is *marked* when one of its cells in a category some signal has (a "used" category,
   total above 0) holds fewer than `threshold` signals: a small count, or a zero (every
   disclosing zero is one). The other-actors row is marked, and so is its partner (the last
   actor row above it: their totals are hidden together, step 5). A marked row alone is
   joined by the row below it (by position; the row above for the last row): one hidden row
   would be told by the category totals less the shown rows. No marked row: everything is
   shown.
2. With every row hidden, or fewer than three used categories (`FEWEST_USED`; then, as
   the earlier rule did, when a cell is primary or there is an other-actors row): the whole
   interior is hidden, and every category total when one is from 1 to P or a zero that would
   disclose (`tables.zero_groups`), or the table has one row.
3. Otherwise the interior of the hidden rows is hidden, apart from their cells in a category
   no signal has (0, as a shown row's 0 there tells: a shown row has at least `threshold` in
   every used category, so a shown zero is an empty category). Every shown row's cells are
   shown: a shown row never shows a zero of a used category, so the zero rule tells nothing
   of the hidden cells.
4. The totals of the used categories are hidden, as one unit, when one of them is from 1 to
   P; when fewer than three rows are hidden (`FEWEST_BESIDE_TOTALS`); when the hidden rows
   hold fewer than P + 2 of one beyond any one hidden row's total (`block_least`; for the
   pair, beyond their two totals' sum): what they hold is the total less the shown rows, so
   shown, it would bound the column's hidden cells, and a reader who knows one hidden row
   whole (a liaison who filed every signal naming that actor, and sees its total equal what
   they filed) subtracts that row too (review r14k, K2: beside a block of two, such a
   liaison read the other row exactly); or a hidden row
   other than the pair holds so much that the other hidden rows could not hold the whole of
   some used category (shown, the totals would force its cell there above 0, and its mark,
   a cell under the threshold, could be placed). The empty categories' totals (0) are shown.
5. The other-actors total, whenever there is an actor's row beside it, is hidden, always,
   whatever its count, and so is the total of the actor's row just above it (a fixed place:
   actors are ordered by code, "unknown" last, never by size). `publish.fold_rare` has made
   sure that those two totals together hold at least 2P + 4 signals (it counts that actor
   under other actors otherwise, and tries the next one up), so each of the two keeps more
   than P possible values; their sum is published (the grand total less the shown rows), so
   the reader can check that too.

Why the hidden cells stay wide (docs/PRIVACY.md): the hidden rows form a table of their own
whose margins are their totals (each at least P + 2; the pair's sum at least 2P + 4) and, where
shown, category sums of at least P + 2 in at least two used categories, over at least three
rows, and still at least P + 2 over the two rows or more left once any one row is taken away
(by a reader who knows it); a cell of such a table
lies anywhere between its Fréchet bounds, min(row, column, the other rows, the other columns)
apart: more than P. With the used category totals hidden, a cell lies anywhere from 0 to its
row's total. Nothing is decided by an audit: the audit (`audit.unprotected`) only checks the
result, and a failure raises ProtectionError (a bug). An earlier escalation (hide every category
total, then every actor total, when the audit failed with them shown) told the reader that the
audit had failed, a fact about the counts it then hid (r14e, B1).
"""

from __future__ import annotations

from intake_app.office.report.audit import unprotected
from intake_app.office.report.suppression import ProtectionError
from intake_app.office.report.tables import OTHER_ACTORS, TOTAL, Table


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


# The fewest used categories for hiding rows one by one (step 1): with two, a marked row's
# cell under the threshold is in one of two places, so each of its two cells would lie
# in [0, threshold - 1] or [row - threshold + 1, row] (review r14j R7's tests found a row of
# 14 beside a category total of 6 narrowed to 0..4).
FEWEST_USED = 3


def used(main: Table) -> list[str]:
    """The categories some signal of the quarter has (total above 0), in table order."""
    return [col for col in main.cols if main.values[(TOTAL, col)] > 0]


def hidden_rows(main: Table, threshold: int) -> list[str]:
    """The rows whose interior `protect` hides (steps 1 and 2), in table order: every row
    with a cell under `threshold` in a used category, the other-actors row and its partner;
    one such row alone is joined by the row below it (the row above for the last row).
    With fewer than `FEWEST_USED` used categories, every row when one is marked or a cell
    is primary (with one used category, the zero category totals), else none: the earlier
    rule, which hid every row when a cell was primary or there was an other-actors row."""
    cols = used(main)
    beside = partner(main)
    marked = {row for row in main.rows
              if any(main.values[(row, col)] < threshold for col in cols)}
    if beside is not None:
        marked |= {OTHER_ACTORS, beside}
    if len(cols) < FEWEST_USED:  # step 2: as the earlier rule (with two used categories a
        # zero in one is a disclosing zero; with one, the other totals are)
        return list(main.rows) if marked or main.suppressed else []
    if len(marked) == 1 and len(main.rows) > 1:
        (row,) = marked
        at = main.rows.index(row)
        marked.add(main.rows[at + 1] if at + 1 < len(main.rows) else main.rows[at - 1])
    return [row for row in main.rows if row in marked]


def block_least(protection: int) -> int:
    """The least count the hidden rows must hold together in each used category for the
    category totals to be shown beside shown rows: P + 2 (step 4)."""
    return protection + 2


# The fewest hidden rows beside which the category totals are shown (step 4). Shown beside
# two, the totals less the shown rows give the two rows' sum in each category, and a reader
# who knows one of the rows (a liaison who filed every signal naming that actor, and sees its
# total equal what they filed) reads the other exactly, small cells included (review r14k, K2).
FEWEST_BESIDE_TOTALS = 3


def _column_totals_hidden(main: Table, hidden: list[str], protection: int) -> bool:
    """Steps 2 and 4: whether the category totals are hidden (one unit)."""
    col_totals = [(TOTAL, c) for c in main.cols]
    if (len(main.rows) == 1
            or any(0 < main.values[k] <= protection or k in main.must_hide
                   for k in col_totals)):
        return True
    if len(hidden) < FEWEST_BESIDE_TOTALS:
        return True
    least = block_least(protection)
    cols = used(main)
    sums = {col: sum(main.values[(row, col)] for row in hidden) for col in cols}
    beside = partner(main)
    pair = (OTHER_ACTORS, beside)
    pair_sum = sum(main.values[(row, TOTAL)] for row in main.rows if row in pair)
    # The hidden rows less any one of them (the one a reader may know whole) must still hold
    # at least P + 2 of each used category: what they hold is the total less the shown rows
    # and the known row, and it bounds each of their cells there (review r14k, K2). Judged
    # by numbers shown with the totals (the hidden rows' share less the row's total, or for
    # the pair their sum), never by a hidden cell: a rule that looked at the hidden cells
    # told every reader that none of them held more than the share less P + 2.
    if any(sums[col] - (pair_sum if row in pair else main.values[(row, TOTAL)]) < least
           for row in hidden for col in cols):
        return True
    if len(hidden) == len(main.rows):
        return False
    # A hidden row other than the pair is marked: one of its used cells is under the
    # threshold. Shown, the category totals must leave each of its cells free to be 0 (the
    # other hidden rows able to hold the whole category), or the mark would be placed.
    block = sum(main.values[(row, TOTAL)] for row in hidden)
    marked = [row for row in hidden if row not in pair]
    return any(sums[col] > block - main.values[(row, TOTAL)] for row in marked for col in cols)


def protect(main: Table, threshold: int, protection: int) -> None:
    """Secondary suppression of `main` (the actor x category table laid out by
    `publish.fold_rare`, primary suppression done; in place). Raises ProtectionError if a
    hidden cell is still narrowed to `protection` or fewer values (a bug, never data)."""
    hidden = hidden_rows(main, threshold)
    if not hidden:
        return
    main.suppressed |= {(row, col) for row in hidden for col in main.cols}
    if _column_totals_hidden(main, hidden, protection):
        main.suppressed |= {(TOTAL, c) for c in main.cols}
    if len(hidden) < len(main.rows):  # step 3: the empty categories are told by a shown row
        empty = [col for col in main.cols if main.values[(TOTAL, col)] == 0]
        main.suppressed -= {(row, col) for row in [*main.rows, TOTAL] for col in empty}
    beside = partner(main)
    if beside is not None:
        main.suppressed |= {(OTHER_ACTORS, TOTAL), (beside, TOTAL)}
    _show_empty_columns(main)
    if unprotected([main], protection):
        raise ProtectionError("the actor table's fixed pattern left a hidden cell narrow")
