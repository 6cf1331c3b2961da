"""What the office published about each quarter, stored so that it is always published the same.

A quarter's *publication* is its own protected tables (actor x category and the one-way tables,
`build.QUARTER_TABLES`) with their suppression pattern, the threshold and protection level they
were protected with, and the numbers of signals counted and left out. It is made once, the first
time any report needs the quarter (its own report, or a later report's trend), stored in
`published_cells` and `publications` (office database migration 4), and from then on every
report shows that quarter exactly as stored: the same cells hidden, the same numbers shown.
So no two reports ever publish the same quarter in two ways, and the union of everything the
office ever published about a quarter is that one publication, which passed the interval audit.

Each publication records the protection rule it was made with (`RULE`, office database migration
6). One stored before that (`rule` NULL) was made by an earlier rule whose pattern could give
hidden counts away (review r14e, B2); `republish` decides what a report does with it.

Rows hold codes and counts only (the raw count of a hidden cell too: the audit needs it, and the
office database holds the signals anyway); no text, no ids. `purge` leaves them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from intake_app.office.report import known_row
from intake_app.office.report.periods import Quarter
from intake_app.office.report.tables import (
    MENTIONS,
    TOTAL,
    Table,
    actor_floors,
    mark_mentions,
    one_way,
    two_way,
)

# The protection rule of the publications this engine makes: 1 = the actor table hidden by
# position and pattern alone, the other-actors total always with the row above it, the pair
# rule (`publish.fold_rare`), nothing decided by an audit (review r14e, B1 and B3). A stored
# publication without one (None) was made by an earlier rule. Raise it whenever the pattern a
# quarter's counts give changes.
# 2 = also the ceilings of the tables of mentions (review r14f, C2, C2b, C2c).
# 3 = a one-way table is hidden whole where several hidden groups leave a row P + 1 or fewer
# values under the rule and the ceilings (`values_left`; review r14g G1, the near-N sweep).
# 4 = beside none_known, a row of N less it and the zeros beside the one other non-zero row
# are hidden like a row of N and a disclosing zero (review r14g, G2).
# 5 = the same beside every "not known" code: region unknown, grades F and 6 (`tables.NOT_KNOWN`),
# and an actor alone beside "unknown" is counted under other actors (review r14h, H2).
# 6 = within each category column too: beside actor "unknown", the zeros of the other rows
# beside one non-zero cell are disclosing zeros (`tables.zero_groups`; review r14i, C1).
# 7 = the actor table hides the rows around its small cells, not its whole interior, and the
# category totals where the hidden rows hold P + 1 or fewer of a category (`actor_table`;
# issue 14, review r14j R7). Rule 6 stays safe on its own (it hides more of the interior):
# a quarter stored under it is repeated as it is (`REPEATED`).
# 8 = the category totals are hidden beside fewer than three hidden rows, and where the hidden
# rows hold P + 1 or fewer of a category beyond one hidden row's total: a reader who knows
# one hidden row whole read the other rows of a block of two exactly (review r14k, K2). A
# quarter stored under rule 7 is protected again (rule 8 hides the same rows, and the totals
# as often or more: it covers it); one stored under rule 6 is still repeated (docs/PRIVACY.md
# says what it keeps).
# 9 = a one-way table hides fixed groups of three, not pairs, each hidden row holds at most
# its top (`known_row`) or the whole table is hidden, and a total of mentions is hidden beside
# any hidden row: a reader who knows one row of a hidden pair whole read the other (the only
# liaison in Friesland read Groningen; review r14l, L4). Rules 6 and 8 hid pairs: a quarter
# stored under them is protected again where rule 9 covers it, else not published again.
# 10 = every value of a hidden one-way row's top is tried (halving passed tops a known row of
# 5 undid: review r14n R14n-4), and a table is hidden whole where a liaison's own signals, as
# lower bounds on the other hidden rows, narrow a hidden row (R14n-1, `own_counts`). A
# quarter stored under rule 9 is protected again where rule 10 covers it, else not published
# again.
RULE = 10
# The rules whose stored publications a report repeats unchanged: today's only (rule 6 was,
# until rule 9: its one-way pairs have the same fault).
REPEATED = (RULE,)


@dataclass
class Publication:
    """One quarter as published: `tables` by name (raw values and the hidden keys)."""

    quarter: Quarter
    threshold: int
    protection: int
    analysed: int
    excluded: int
    too_few: bool
    tables: dict[str, Table] = field(default_factory=dict)
    # The least count for an actor's own row (`tables.fold_below`); publications stored before
    # office database migration 5 used the threshold.
    fold_below: int = 0
    rule: int | None = RULE  # None: stored before office database migration 6


def scope(quarter: Quarter) -> str:
    """The variable scope of a quarter's tables: its cells are counts of that quarter only."""
    return str(quarter)


def load(conn: sqlite3.Connection, quarter: Quarter) -> Publication | None:
    """The stored publication of `quarter`, rebuilt as it was first published; None if none."""
    head = conn.execute("SELECT threshold, protection, analysed, excluded, too_few, fold_below, "
                        "rule FROM publications WHERE period = ?", (str(quarter),)).fetchone()
    if head is None:
        return None
    publication = Publication(quarter, head[0], head[1], head[2], head[3], bool(head[4]),
                              fold_below=head[0] if head[5] is None else head[5], rule=head[6])
    cells: dict[str, list[tuple[int, int, str, str, int, int]]] = {}
    for tbl, row_pos, col_pos, row, col, value, hidden in conn.execute(
            "SELECT tbl, row_pos, col_pos, row, col, value, suppressed FROM published_cells "
            "WHERE period = ? ORDER BY tbl, row_pos, col_pos", (str(quarter),)):
        cells.setdefault(tbl, []).append((row_pos, col_pos, row, col, value, hidden))
    for name, rows in cells.items():
        publication.tables[name] = _rebuild(name, quarter, rows)
    if "actor_category" in publication.tables and not publication.too_few:
        actor_floors(publication.tables["actor_category"], publication.fold_below)
        if all(name in publication.tables for name in MENTIONS):
            mark_mentions(publication.tables)
    for table in publication.tables.values():
        total = (TOTAL, "")
        # A hidden one-way total (of mentions) tells that it is at most protection + 1 where
        # every row is hidden with it (`suppression.secondary_one_way`); the fact is given
        # where it holds. Under rule 9 the hidden rows of a table with its total shown tell
        # their tops (`known_row.ceilings`).
        if (table.one_way and total in table.suppressed and not publication.too_few
                and table.values[total] <= publication.protection + 1):
            table.ceilings[total] = publication.protection + 1
        if table.one_way and total in table.suppressed and not publication.too_few:
            table.floors[total] = 1  # a table of zeros hides nothing
            if (publication.rule == RULE and total not in table.keep
                    and not all((row, "") in table.suppressed for row in table.rows)):
                # hidden beside shown rows: more than P + 1 (`suppression.secondary_one_way`)
                table.floors[total] = publication.protection + 2
        if (table.one_way and publication.rule == RULE and not publication.too_few
                and total not in table.suppressed):
            table.ceilings.update(known_row.ceilings(table, publication.threshold,
                                                     publication.protection))
    return publication


def _rebuild(name: str, quarter: Quarter, cells: list[tuple[int, int, str, str, int, int]]
             ) -> Table:
    rows = [r for _, _, r, _, _, _ in cells if r != TOTAL]
    cols = [c for _, _, _, c, _, _ in cells if c != TOTAL]
    row_order = list(dict.fromkeys(rows))
    col_order = list(dict.fromkeys(cols))
    values = {(r, c): v for _, _, r, c, v, _ in cells}
    if col_order == [""]:
        table = one_way(name, row_order, {r: values[(r, "")] for r in row_order},
                        scope=scope(quarter))
    else:
        table = two_way(name, row_order, col_order,
                        {(r, c): values[(r, c)] for r in row_order for c in col_order},
                        scope=scope(quarter))
    if {k: table.values[k] for k in values} != values:
        raise sqlite3.DatabaseError(f"published_cells of {quarter} {name} do not add up")
    table.suppressed = {(r, c) for _, _, r, c, _, hidden in cells if hidden}
    return table


def save(conn: sqlite3.Connection, publication: Publication) -> None:
    """Store `publication` (inside the caller's transaction); a stored quarter is never replaced
    (sqlite3.IntegrityError)."""
    period = str(publication.quarter)
    conn.execute("INSERT INTO publications (period, threshold, protection, analysed, excluded, "
                 "too_few, fold_below, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (period, publication.threshold, publication.protection, publication.analysed,
                  publication.excluded, int(publication.too_few), publication.fold_below,
                  publication.rule))
    rows = []
    for name, table in publication.tables.items():
        row_pos = {r: i for i, r in enumerate([*table.rows, TOTAL])}
        col_pos = {c: i for i, c in enumerate([*table.cols, TOTAL])}
        for key in table.keys():
            rows.append((period, name, row_pos[key[0]], col_pos[key[1]], *key,
                         table.values[key], int(key in table.suppressed)))
    conn.executemany("INSERT INTO published_cells (period, tbl, row_pos, col_pos, row, col, "
                     "value, suppressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def replace(conn: sqlite3.Connection, publication: Publication) -> None:
    """Store `publication` in place of its quarter's stored one (inside the caller's
    transaction): only `republish` does this, for a quarter stored under an earlier rule."""
    period = str(publication.quarter)
    conn.execute("DELETE FROM published_cells WHERE period = ?", (period,))
    conn.execute("DELETE FROM publications WHERE period = ?", (period,))
    save(conn, publication)


def covers(fresh: Publication, stored: Publication) -> bool:
    """Whether `fresh` publishes nothing `stored` did not: the same settings and own-row cut,
    the same tables with the same rows, columns and counts, and every cell `stored` hid
    hidden in `fresh` too. Then everything `fresh` shows, `stored` showed already."""
    if ((fresh.threshold, fresh.protection, fresh.fold_below, fresh.too_few, fresh.analysed,
         fresh.excluded) != (stored.threshold, stored.protection, stored.fold_below,
                             stored.too_few, stored.analysed, stored.excluded)
            or set(fresh.tables) != set(stored.tables)):
        return False
    for name, table in fresh.tables.items():
        old = stored.tables[name]
        if (table.rows, table.cols, table.values) != (old.rows, old.cols, old.values):
            return False
        if not old.suppressed <= table.suppressed:
            return False
    return True
