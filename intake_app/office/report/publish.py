"""Make one quarter's publication from its counts: lay out its tables and protect them.

`publish_quarter(counts, threshold, protection)` depends on that quarter's counts alone (never
on the report that asks for it or on other quarters), so that a quarter has one publication:
- actors with fewer than `tables.fold_below(protection)` signals in the quarter are counted
  together as "other actors" (global recoding, as tau-ARGUS does: a row of tiny counts could
  only be protected by hiding large cells of other actors); the cut is above the protection
  level so that the trend's "–" (0 up to the cut) is protected like a hidden cell; a single
  actor with every signal of the quarter is counted there too (its row beside no other
  actors would show every other actor 0: every reporter named it), and so is a single actor
  with every signal that names an actor beside "unknown" (review r14h, H2); and the last actor row
  (by position) while it and the other actors hold fewer than `pair_least(protection)`
  signals together (their two totals are always hidden together: `actor_table`);
- the actor x category table and the one-way tables (`ONE_WAY`) are laid out with the
  quarter's variable scope (`publications.scope`);
- primary suppression (small counts and disclosing zeros), then secondary suppression by
  position and pattern alone (`actor_table` for the actor table, the one-way rule for the
  others), then `suppression.settle` for the one-way tables until the interval audit holds
  for every suppressed cell. With fewer than
  `fold_below(protection)` signals nothing is published (so that "too few" leaves more than
  `protection` possible values too).
"""

from __future__ import annotations

from intake_app.domain import places, taxonomy
from intake_app.office.report import actor_table, suppression
from intake_app.office.report.audit import folded_interval, shown_disclosing_zeros
from intake_app.office.report.counts import PeriodCounts
from intake_app.office.report.publications import Publication, scope
from intake_app.office.report.tables import (
    TOTAL,
    Key,
    Table,
    actor_floors,
    fold_below,
    mark_mentions,
    one_way,
    pair_least,
    two_way,
)
from intake_app.office.report.trend import OTHER_ACTORS, actor_order

# table name -> the code list of its rows (one-way tables)
ONE_WAY = {
    "target": "target",
    "channel": "channel",
    "region": None,  # places.REGIONS
    "impact": "impact",
    "urgency": "urgency",
    "source_reliability": "source_reliability",
    "information_credibility": "information_credibility",
}
QUARTER_TABLES = ("actor_category", *ONE_WAY)
# One-way tables whose total is the number of signals, published anyway as the grand total.
SIGNAL_TOTALS = ("channel", "region", "urgency", "source_reliability",
                 "information_credibility")
def fold_rare(cells: dict[Key, int], least: int, pair: int | None = None) -> dict[Key, int]:
    """Actor x category counts with every actor under `least` in all counted as
    OTHER_ACTORS; a single actor left with every signal of the quarter as well, or with
    every signal that names an actor beside an "unknown" row; and then,
    while there are other actors, the last actor with a row (by position: `actor_order`)
    too whenever it and the other actors hold fewer than `pair` signals together (their two
    totals are hidden together: `actor_table`). `pair` None: no such step (the tests' old
    layouts)."""
    totals: dict[str, int] = {}
    for (actor, _), n in cells.items():
        totals[actor] = totals.get(actor, 0) + n
    named = actor_order({a for a, n in totals.items() if n >= least})
    folded_in = {a for a, n in totals.items() if n < least}
    known = [a for a in named if a != taxonomy.UNKNOWN_ACTOR]
    if len(named) == 1 and not any(totals[a] for a in folded_in):
        # One actor with every signal of the quarter: its own row beside no other-actors
        # row would tell that every reporter named it (every other actor 0 in the trend).
        # Counted under other actors, it is one "–" among all (the one-way zero rule on the
        # actor dimension).
        folded_in, named = set(totals), []
    elif len(known) == 1 and not any(totals[a] for a in folded_in):
        # The same beside "unknown" (no actor named): the signals that name an actor are a
        # population of their own, of N less unknown, and one actor with all of them would
        # tell that every reporter who named an actor named it (review r14h, H2). It is
        # counted under other actors; "unknown" keeps its row (and the pair rule below).
        folded_in.add(known[0])
        named = [a for a in named if a != known[0]]
    other = sum(totals[a] for a in folded_in)
    while pair is not None and named and other and totals[named[-1]] + other < pair:
        # Decided by the sum of the two totals the table hides together: published (the
        # grand total less every shown row) once this step is done, so a reader learns
        # nothing from it that the numbers do not tell; what it tells of the actor it
        # folds ("–": up to 2P + 2) the audit counts (`audit.folded_interval`).
        last = named.pop()
        folded_in.add(last)
        other += totals[last]
    folded: dict[Key, int] = {}
    for (actor, category), n in cells.items():
        row = OTHER_ACTORS if actor in folded_in else actor
        folded[(row, category)] = folded.get((row, category), 0) + n
    return folded


def publish_quarter(counts: PeriodCounts, threshold: int, protection: int) -> Publication:
    """The protected tables of `counts.quarter` (raw values and suppression pattern).

    An actor's own row tells every reader it has at least `fold_below` signals, and the
    other-actors row that it holds at least one (`tables.actor_floors`); the actor row just
    above other actors and the other actors hold at least `pair_least` together (else that
    actor is counted under other actors too: `fold_rare`). Raises
    suppression.ProtectionError if the audit finds a hidden cell too narrow all the same (a
    bug, never data).
    """
    return _publish(counts, threshold, protection)


def _publish(counts: PeriodCounts, threshold: int, protection: int) -> Publication:
    where = scope(counts.quarter)
    least = fold_below(protection)
    cells = dict(counts.cells["actor_category"])
    # "Too few" must itself leave more than `protection` possible values: 0 to protection + 1.
    too_few = sum(cells.values()) < least
    if too_few:  # one row of other actors, even for no signal: its rows must not tell 0 or 1+
        folded = {(OTHER_ACTORS, c): 0 for c in taxonomy.codes("category")}
        folded.update(fold_rare(cells, sum(cells.values()) + 1))
    else:
        folded = fold_rare(cells, least, pair_least(protection))
    main = two_way("actor_category", actor_order({a for a, _ in folded}),
                   taxonomy.codes("category"), folded, scope=where)
    if not too_few:  # the floors are what an own row tells; in "too few" no row is one
        actor_floors(main, least)
    tables: dict[str, Table] = {"actor_category": main}
    for name, list_name in ONE_WAY.items():
        rows = places.REGIONS if list_name is None else taxonomy.codes(list_name)
        raw = {row: n for (row, _), n in counts.cells[name].items()}
        tables[name] = one_way(name, rows, raw, scope=where)
    publication = Publication(counts.quarter, threshold, protection, counts.analysed,
                              counts.excluded, too_few, tables, fold_below=least)
    if too_few:
        for table in tables.values():
            table.suppressed = set(table.keys())
    else:
        _protect(tables, threshold, protection, counts.own)
    return publication


def _protect(tables: dict[str, Table], threshold: int, protection: int,
             own: dict[str, list] | None = None) -> None:
    main = tables["actor_category"]
    mark_mentions(tables)
    for table in tables.values():
        suppression.primary(table, threshold)
    main.keep.add((TOTAL, TOTAL))
    for name in SIGNAL_TOTALS:
        tables[name].keep.add((TOTAL, ""))
    actor_table.protect(main, threshold, protection)
    for name in ONE_WAY:
        table = tables[name]
        suppression.secondary_one_way(table, [(r, "") for r in table.rows], (TOTAL, ""),
                                      protection, threshold, (own or {}).get(name, ()))
    # The actor table is protected by its fixed pattern (`actor_table`), never by an audit of
    # its true counts.
    suppression.settle([tables[name] for name in ONE_WAY], protection, threshold)
    if shown_disclosing_zeros(list(tables.values())):
        raise suppression.ProtectionError("a disclosing zero would be shown")  # a bug
    gap = folded_interval(main, fold_below(protection))
    if gap is not None and not gap.protected(protection):
        raise suppression.ProtectionError("an actor without a row is narrowed too far")  # a bug

