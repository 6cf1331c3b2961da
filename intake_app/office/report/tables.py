"""A published table: its cells, the interior cells each one adds up, and what is suppressed.

Keys are `(row, col)` with `TOTAL` for a margin; a one-way table has `col == ""` and its total at
`(TOTAL, "")`. Every cell is a sum of interior *variables*, named globally
`("<table>@<quarter>", row, col)`, so that tables that share numbers share variables, in one
report and across reports: the trend's column of a quarter is that quarter's actor x category
row totals. The audit (`intake_app.office.report.audit`) builds its linear program from exactly
this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from intake_app.domain import places, taxonomy

TOTAL = "total"
OTHER_ACTORS = "other_actors"  # the row that counts actors too rare for a row of their own
Key = tuple[str, str]
Var = tuple[str, str, str]


@dataclass
class Table:
    """One table as published. `values` holds every cell (interior and margins, raw counts);
    `suppressed` the keys that are not shown; `members[key]` the variables a cell adds up."""

    name: str
    rows: list[str]
    cols: list[str]
    values: dict[Key, int] = field(default_factory=dict)
    members: dict[Key, list[Var]] = field(default_factory=dict)
    suppressed: set[Key] = field(default_factory=set)
    row_totals: bool = True  # the trend table has none: its rows are not added up
    keep: set[Key] = field(default_factory=set)  # never hidden by secondary suppression
    absent: set[Key] = field(default_factory=set)  # no such cell (trend: not a row that quarter)
    # What the layout itself tells about a cell: at least this much (`actor_floors`).
    floors: dict[Key, int] = field(default_factory=dict)
    # What the pattern itself tells about a hidden cell: at most this much (a one-way total of
    # mentions is hidden only when it is at most protection + 1: `suppression.secondary_one_way`).
    ceilings: dict[Key, int] = field(default_factory=dict)
    # Cells hidden for what they would tell, not for their size: disclosing zeros
    # (`disclosing_zeros`). Primary: never shown again, even where the published numbers pin
    # them down.
    must_hide: set[Key] = field(default_factory=set)
    # A table of mentions (target, impact: a signal counts once under every code it names):
    # no cell exceeds the number of signals N, published as the actor table's grand total
    # (`mentions_caps`). None: a table whose cells add up to its signals.
    cap: int | None = None
    # The row of a code that excludes every other of its list (`taxonomy.EXCLUSIVE_CODES`,
    # impact "none_known"): it and any other row together hold at most `cap`.
    exclusive: str | None = None

    @property
    def one_way(self) -> bool:
        """True for a table of one column (rows only, no cross-tabulation)."""
        return self.cols == [""]

    def shown(self, key: Key) -> int | None:
        """The published value of a cell, or None where it is suppressed or absent."""
        return None if key in self.suppressed or key in self.absent else self.values[key]

    def keys(self) -> list[Key]:
        """Every cell in reading order: rows then the total row; margins last in each row."""
        row_keys = [*self.rows, TOTAL]
        if self.one_way:
            return [(r, "") for r in row_keys]
        cols = [*self.cols, TOTAL] if self.row_totals else self.cols
        return [(r, c) for r in row_keys for c in cols]


def zero_groups(table: Table) -> list[list[Key]]:
    """The groups of interior cells the zero rule looks at (`disclosing_zeros`): each row and
    each column of a two-way table with row totals (actor x category), and a one-way table's
    rows as one group. The trend (no interior cells) has none.

    An actor's row leaves out the categories no actor has (total 0): their zeros are told by
    the category total anyway, so they neither disclose nor tell anything about the row's
    other cells (`actor_table` shows them beside a hidden row). The category totals are a
    group as well: with exactly one of them non-zero, their zeros would tell that every signal
    of the quarter has that one category (as a one-way table's would). Beside an actor
    "unknown" row, each column's other rows are a group of their own as well: the signals of
    that category that name an actor are a population of their own, and one actor with all
    of them (its zeros shown) told that every reporter of that category who named an actor
    named that one (review r14i, C1; the kind of r14h H2, `NOT_KNOWN`)."""
    if not table.row_totals:
        return []
    if table.one_way:
        rows = [(row, "") for row in table.rows]
        if table.exclusive is None:
            return [rows]
        # The signals that name the exclusive code ("none_known") name nothing else: the
        # others are a group of their own (review r14g, G2).
        return [rows, [key for key in rows if key != (table.exclusive, "")]]
    used = [col for col in table.cols if any(table.values[(row, col)] for row in table.rows)]
    groups = ([[(row, col) for col in used] for row in table.rows]
              + [[(row, col) for row in table.rows] for col in table.cols]
              + [[(TOTAL, col) for col in table.cols]])
    if taxonomy.UNKNOWN_ACTOR in table.rows:
        named = [row for row in table.rows if row != taxonomy.UNKNOWN_ACTOR]
        groups += [[(row, col) for row in named] for col in table.cols]
    return groups


def disclosing_zeros(table: Table) -> set[Key]:
    """The zero cells of `table` that would disclose something if shown (a pure function of
    the counts).

    Two-way table with row totals (actor x category): every zero interior cell of a row with
    exactly one non-zero interior cell. Shown, those zeros tell that every signal of that
    actor (or of the other actors together) has that one category, whether the non-zero cell
    itself is shown or hidden. Likewise every zero of a column with exactly one non-zero
    cell: shown, they tell that every signal of that category came from that one actor (or
    from the other actors), so anyone known to have reported it is placed with that actor.
    And every zero category total when exactly one is non-zero (every signal of the quarter
    has that category).
    One-way table: every zero row when exactly one row is non-zero (every signal, or
    mention, of the quarter has that one value); in a table of mentions with an exclusive
    code (impact: "none_known"), also when exactly one row besides it is non-zero (every
    signal that names an impact names that one: review r14g, G2). This is attribute (group)
    disclosure as Statistics Norway's GaussSuppression finds it (`FindDisclosiveCells`, a
    cell equal to a total it is part of, in any dimension, coalition 0); the trend (no
    interior cells) has none.
    """
    found: set[Key] = set()
    for cells in zero_groups(table):
        if sum(1 for key in cells if table.values[key] > 0) == 1:
            found |= {key for key in cells if table.values[key] == 0}
    return found


def zero_rule_floors(table: Table) -> list[tuple[list[Var], int]]:
    """What the public zero rule tells a reader about the hidden cells of `table`, as
    (variables, at least) rows for the audit's linear program.

    The rule hides every zero of a group with exactly one non-zero cell. So a group that
    shows a zero does not have exactly one: it has none, or two and more. Where the group is
    not all zero, every hidden cell of it has at least one non-zero cell beside it: the sum
    of the group's other cells is at least 1. With two hidden cells and only zeros shown
    (the reviewer's case), that makes both at least 1. A group that is all zero gives no
    row (the fact would not hold of it, and its zeros tell nothing more), nor does one that
    shows a zero beside its single non-zero cell (the rule broken: the audit's other half
    fails it). Every fact holds of the true counts, so the audit's program stays feasible;
    it can only narrow intervals.
    """
    found: list[tuple[list[Var], int]] = []
    for cells in zero_groups(table):
        if sum(1 for k in cells if table.values[k] > 0) < 2:
            continue  # all zero, or a pattern that breaks the rule (`shown_disclosing_zeros`)
        if not any(table.values[k] == 0 and k not in table.suppressed for k in cells):
            continue
        for hidden in (k for k in cells if k in table.suppressed):
            others = [v for k in cells if k != hidden for v in table.members[k]]
            found.append((others, 1))
    return found


# One-way tables of mentions (a signal counts once under every code it names), by name: the
# code list of their rows.
MENTIONS = {"target": "target", "impact": "impact"}
# One-way tables of signals with a "not known" code, by name: that code (review r14h, H2).
# A signal with it has no value in the table's dimension, as one naming "none_known" has no
# impact: the other rows are a population of their own, of N less the not-known row.
NOT_KNOWN = {"region": places.UNKNOWN, "source_reliability": "F",
             "information_credibility": "6"}


def mark_mentions(tables: Mapping[str, Table]) -> None:
    """Give each table of mentions in `tables` its ceiling N (the actor table's grand total:
    the signals counted) and its exclusive row, if its list has one; and each table of
    signals with a "not known" code (`NOT_KNOWN`, where present) the same ceiling N and that
    code as its exclusive row (in place). For a table of signals both are plain facts (no
    row exceeds N; the not-known row and any other add up to at most N); the exclusive row
    makes the other rows a zero group of their own (`zero_groups`) and a row of N less the
    not-known row one to hide (`full_mentions`), as for impact beside none_known."""
    signals = tables["actor_category"].values[(TOTAL, TOTAL)]
    for name, list_name in MENTIONS.items():
        table = tables[name]
        table.cap = signals
        code = taxonomy.EXCLUSIVE_CODES.get(list_name)
        table.exclusive = code if code in table.rows else None
    for name, code in NOT_KNOWN.items():
        table = tables.get(name)
        if table is not None and code in table.rows:
            table.cap = signals
            table.exclusive = code


def mentions_caps(table: Table) -> list[tuple[list[Var], int]]:
    """What every reader knows of a table of mentions (`Table.cap`), as (variables, at most)
    rows for the audit's linear program: each row holds at most N (the signals counted, the
    published grand total), and the exclusive row (`Table.exclusive`) together with any other
    row at most N as well (a signal that names "none_known" names no other impact). Empty
    for a table that is not one of mentions (review r14f, C2 and C2c)."""
    if table.cap is None:
        return []
    rows = [(row, "") for row in table.rows]
    found = [(list(table.members[key]), table.cap) for key in rows]
    if table.exclusive is not None:
        alone = (table.exclusive, "")
        found += [([*table.members[alone], *table.members[key]], table.cap)
                  for key in rows if key != alone]
    return found


def full_mentions(table: Table) -> set[Key]:
    """The rows of a table of mentions that every signal they could hold names: a row of N,
    the signals counted (N > 0); and beside an exclusive row ("none_known", k signals that
    name no other impact) a row of N - k > 0, every signal that names an impact (review
    r14g, G2). Shown, such a row tells something of every one of those reporters, attribute
    disclosure like a disclosing zero (review r14f, C2b). Hidden like one
    (`suppression.primary`)."""
    if not table.cap:
        return set()
    alone = None if table.exclusive is None else (table.exclusive, "")
    beside = table.values[alone] if alone is not None else 0
    found = {(row, "") for row in table.rows if table.values[(row, "")] == table.cap}
    if beside:
        found |= {(row, "") for row in table.rows if (row, "") != alone
                  and table.values[(row, "")] == table.cap - beside}
    return found


def fold_below(protection: int) -> int:
    """The least number of signals an actor needs in a quarter for a row of its own:
    protection + 2. An actor without one (the trend's "–") then had 0 to protection + 1
    signals as far as any reader can tell: more than `protection` possible values, so it is
    protected like a hidden cell (a cut at the threshold left only threshold values)."""
    return protection + 2


def pair_least(protection: int) -> int:
    """The least number of signals the other-actors total and the actor row beside it
    (`actor_table.partner`) hold together: 2P + 4 (`publish.fold_rare`). Both totals are
    hidden and their sum s is published; the actor's is at least fold_below = P + 2 and the
    other actors' at least 1, so each lies in an interval s - (P + 3) wide: wider than P from
    s = 2P + 4 on."""
    return 2 * protection + 4


def actor_floors(table: Table, least: int) -> None:
    """Record what the rows of an actor x category table tell by being there (in place): an
    actor has a row of its own only with at least `least` signals (`fold_below`), and the
    other-actors row is there only with at least one. Every reader knows that; the audit
    must too."""
    for row in table.rows:
        table.floors[(row, TOTAL)] = 1 if row == OTHER_ACTORS else least


def variable_name(name: str, scope: str) -> str:
    """The first part of a table's variables: the table, and the quarter its counts are of."""
    return f"{name}@{scope}" if scope else name


def one_way(name: str, rows: Iterable[str], counts: Mapping[str, int], *,
            scope: str = "") -> Table:
    """A one-way table (codes in `rows`, in order) with its total; `scope`: see the module."""
    rows = list(rows)
    table = Table(name, rows, [""])
    var = variable_name(name, scope)
    for row in rows:
        table.values[(row, "")] = counts.get(row, 0)
        table.members[(row, "")] = [(var, row, "")]
    table.values[(TOTAL, "")] = sum(table.values[(row, "")] for row in rows)
    table.members[(TOTAL, "")] = [(var, row, "") for row in rows]
    return table


def two_way(name: str, rows: Iterable[str], cols: Iterable[str],
            counts: Mapping[Key, int], *, scope: str = "") -> Table:
    """A two-way table with row totals, column totals and the grand total."""
    rows, cols = list(rows), list(cols)
    table = Table(name, rows, cols)
    var = variable_name(name, scope)
    for r in rows:
        for c in cols:
            table.values[(r, c)] = counts.get((r, c), 0)
            table.members[(r, c)] = [(var, r, c)]
        table.values[(r, TOTAL)] = sum(table.values[(r, c)] for c in cols)
        table.members[(r, TOTAL)] = [(var, r, c) for c in cols]
    for c in cols:
        table.values[(TOTAL, c)] = sum(table.values[(r, c)] for r in rows)
        table.members[(TOTAL, c)] = [(var, r, c) for r in rows]
    table.values[(TOTAL, TOTAL)] = sum(table.values[(r, TOTAL)] for r in rows)
    table.members[(TOTAL, TOTAL)] = [(var, r, c) for r in rows for c in cols]
    return table
