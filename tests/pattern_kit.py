"""The fast intruder of F3: does the suppression pattern say more than the audit models?

An intruder holds the open engine. For a published quarter, every table of counts that the
audit's own program allows (published cells fixed, the layout's floors, the zero rule's facts:
`Table.floors`, `tables.zero_rule_floors`) is a candidate; the intruder re-runs the engine on a
candidate and drops it if the published files would differ. The audit's intervals are only
true if no candidate it uses is dropped. Enumerating every candidate is slow (thousands per
small table); the property is checked directly instead: for every hidden cell, the integer
program's smallest and largest solutions (the ends of the audit's interval, found with
`scipy.optimize.milp`) are published again and must give the same pattern and numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import actor_rule_kit
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from intake_app.domain import taxonomy
from intake_app.office.report import audit as audit_module
from intake_app.office.report.counts import PeriodCounts
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publications import Publication
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.suppression import fixed_groups
from intake_app.office.report.tables import OTHER_ACTORS, TOTAL, Table, zero_rule_floors

Q3 = Quarter(2026, 3)
# Actor codes that stand in for the actors inside "other actors" in a candidate table.
# Codes from A to H that no generated table uses: room for an other-actors row of several
# hundred signals (the pair rule lets it grow up to the pair's sum less P + 2).
STAND_INS = tuple(code for code in taxonomy.codes("actor")
                  if code[0] in "ABCDEFGH" and code not in ("AZ", "CN", "EG", "ER"))


def quarter_counts(cells: dict[tuple[str, str], int], one_way: dict[str, Counter[str]],
                   quarter: Quarter = Q3) -> PeriodCounts:
    """PeriodCounts of `quarter` from actor x category `cells` and one-way counts by table."""
    counts = PeriodCounts(quarter)
    counts.cells["actor_category"].update({k: n for k, n in cells.items() if n})
    for name, by_code in one_way.items():
        counts.cells[name].update({(code, ""): n for code, n in by_code.items() if n})
    counts.analysed = sum(cells.values())
    return counts


def view(publication: Publication) -> dict[str, tuple]:
    """What the published files say of each table: its rows, columns, and every cell's shown
    value (None where hidden)."""
    return {name: (tuple(t.rows), tuple(t.cols), tuple((k, t.shown(k)) for k in t.keys()))
            for name, t in sorted(publication.tables.items())} | {
        "_": (publication.too_few, publication.analysed)}


# The first part of the program's 0/1 variables' names.
BINARY = ("small", "full", *actor_rule_kit.KINDS)
BIG = 1000  # a cap on every count: keeps an unbounded direction finite, far above any count here


def hidden_groups(table: Table) -> list[list[tuple[str, str]]]:
    """The fixed groups (`suppression.fixed_groups`) a one-way table hides whole, when it
    shows some of its rows (its total shown, or, for a table of mentions, hidden beside
    them): each holds a count from 1 to threshold - 1 (the rule, public). Empty
    otherwise, and for the actor table, whose rule's facts are
    `actor_rule_kit.facts`."""
    if not table.one_way:
        return []
    rows = [(r, "") for r in table.rows]
    if all(k in table.suppressed for k in rows):
        return []  # hidden whole: no group tells it holds the small row
    return [g for g in fixed_groups(rows) if any(k in table.suppressed for k in g)]


def small_ceiling(table: Table, threshold: int, protection: int) -> int:
    """The most a hidden group's small cell holds (`hidden_groups`): threshold - 1 in a
    one-way table, P among the actor table's category totals."""
    return threshold - 1 if table.one_way else protection


# The one-way tables of mentions (a signal counts once under every code it names), by name:
# their code list. Written out here, not taken from the engine: the intruder knows it from the
# methods text ("counts mentions"), and a test of the engine must not borrow its answer.
MENTION_TABLES = {"target": "target", "impact": "impact"}
# Tables of signals with a "not known" code (region unknown, grades F and 6): the rows beside
# it are a population of their own, as the impacts beside none_known (review r14h, H2).
NOT_KNOWN_TABLES = {"region": "unknown", "source_reliability": "F",
                    "information_credibility": "6"}
CAPPED = (*MENTION_TABLES, *NOT_KNOWN_TABLES)


def alone_code(name: str) -> str | None:
    """The code of `name` whose signals have no other value there: none_known, a not-known
    code, or None."""
    if name in NOT_KNOWN_TABLES:
        return NOT_KNOWN_TABLES[name]
    return taxonomy.EXCLUSIVE_CODES.get(MENTION_TABLES.get(name, ""))


def mention_caps(table: Table, signals: int) -> list[tuple[list, int]]:
    """What a reader knows of a table of mentions when `signals` (N, "Counted") is published:
    each row at most N; a code that excludes the others of its list (`taxonomy.
    EXCLUSIVE_CODES`) together with any other row at most N. As (variables, at most)."""
    if table.name not in CAPPED:
        return []
    rows = [(r, "") for r in table.rows]
    found = [(list(table.members[k]), signals) for k in rows]
    alone = alone_code(table.name)
    if alone in table.rows:
        found += [([*table.members[(alone, "")], *table.members[k]], signals)
                  for k in rows if k != (alone, "")]
    return found


def _program(tables: list[Table], threshold: int, protection: int,
             signals: int | None = None
             ) -> tuple[list, list[tuple[np.ndarray, float, float]], np.ndarray]:
    """The intruder's program over every interior variable of `tables`: the audit's facts
    (published cells, floors, ceilings, the zero rule's facts), with `signals` (N, published)
    the ceilings of the tables of mentions (`mention_caps`), and, with one 0/1 variable per
    cell of a hidden group, the rule that each hidden group holds a small count (or, in a
    table of mentions, a row of N, or of N less none_known beside it: every signal that could
    name it does, hidden like a disclosing zero).
    Returns (variables, rows as (weights, lower, upper), upper bounds)."""
    variables: list = sorted({v for t in tables for k in t.keys() for v in t.members[k]})
    small = [(t, g) for t in tables for g in hidden_groups(t)]
    variables += [("small", t.name, k) for t, g in small for k in g]
    actor_facts = [actor_rule_kit.facts(t, threshold, protection) for t in tables]
    variables += [v for found, _ in actor_facts for v in found]
    full = signals is not None and signals > 0
    variables += [("full", t.name, k) for t, g in small
                  if full and t.name in CAPPED for k in g]
    index = {v: i for i, v in enumerate(variables)}
    rows = []

    def row(members: list, low: float, high: float, weight: float = 1.0,
            extra: tuple = ()) -> None:
        weights = np.zeros(len(variables))
        for v in members:
            weights[index[v]] += weight
        for v, w in extra:
            weights[index[v]] += w
        rows.append((weights, low, high))

    for t in tables:
        for key in t.keys():
            if t.members[key] and key not in t.suppressed:
                row(t.members[key], t.values[key], t.values[key])
        for key, floor in t.floors.items():
            row(t.members[key], floor, np.inf)
        for key, ceiling in t.ceilings.items():
            row(t.members[key], 0, ceiling)
        for members, least in zero_rule_floors(t):
            row(members, least, np.inf)
        if signals is not None:
            for members, most in mention_caps(t, signals):
                row(members, 0, most)
    for t, group in small:
        for key in group:
            z = ("small", t.name, key)
            row(t.members[key], 0, np.inf, extra=((z, -1.0),))  # small: at least 1
            row(t.members[key], -np.inf, small_ceiling(t, threshold, protection) + BIG,
                extra=((z, float(BIG)),))  # small: at most threshold - 1 (or P)
        ways = [("small", t.name, k) for k in group]
        if ("full", t.name, group[0]) in index:
            alone = (alone_code(t.name), "")
            for key in group:  # full: this row is N (with none_known beside it: N less it)
                beside = t.members[alone] if alone in t.members and key != alone else []
                row([*t.members[key], *beside], 0, np.inf,
                    extra=((("full", t.name, key), -float(signals or 0)),))
            ways += [("full", t.name, k) for k in group]
        row([], 1, np.inf, extra=tuple((w, 1.0) for w in ways))
    for _, found in actor_facts:
        for terms, low, high in found:
            row([], low, high, extra=tuple(terms))
    upper = np.array([1.0 if v[0] in BINARY else BIG for v in variables])
    return variables, rows, upper


def _solve(variables: list, rows: list, upper: np.ndarray, cost: np.ndarray) -> dict | None:
    """A whole-number solution of the program `rows` with the least `cost` (None: none).
    The linear relaxation first, a third of the integer program's time: where it has no
    solution neither has the integer program, and where its optimum is whole it is the
    integer program's optimum too (every whole solution is one of the relaxation's, and
    none does better than its optimum); only otherwise the integer program runs."""
    matrix = np.array([w for w, _, _ in rows])
    constraint = LinearConstraint(matrix, [lo for _, lo, _ in rows], [hi for _, _, hi in rows])
    relaxed = milp(cost, constraints=constraint, bounds=Bounds(0, upper))
    if relaxed.status == INFEASIBLE:
        return None
    found = relaxed
    if relaxed.x is None or np.abs(relaxed.x - np.round(relaxed.x)).max() > WHOLE:
        found = milp(cost, constraints=constraint, integrality=np.ones(len(variables)),
                     bounds=Bounds(0, upper))
    if found.x is None:
        return None
    return {v: round(float(x)) for v, x in zip(variables, found.x, strict=True)
            if v[0] not in BINARY}


INFEASIBLE = 2  # scipy.optimize.milp's status for a program without a solution
WHOLE = 1e-7  # HiGHS's feasibility tolerance: a value this close to a whole number is one


def _truth(tables: list[Table]) -> dict:
    """Every interior variable's true count."""
    return {t.members[k][0]: t.values[k] for t in tables for k in t.keys()
            if len(t.members[k]) == 1 and TOTAL not in k}


def _hidden_cells(tables: list[Table], index: dict, only: set[str] | None):
    """Each suppressed cell with members, as (table, key, weights): weights is 1 on the cell's
    variables in the program's order (`index`: variable -> position), 0 elsewhere."""
    for t in tables:
        if only is not None and t.name not in only:
            continue
        for key in t.keys():
            if key in t.suppressed and t.members[key]:
                weights = np.zeros(len(index))
                for v in t.members[key]:
                    weights[index[v]] += 1.0
                yield t, key, weights


def candidates(publication: Publication, only: set[str] | None = None
               ) -> Iterator[tuple[str, tuple, str, dict]]:
    """For every hidden cell of every table (of the tables named in `only`, if given): the
    intruder program's integer solutions with that cell smallest and largest, every other
    table at its true counts, as (table, key, "min"/"max", {variable: count})."""
    tables = list(publication.tables.values())
    signals = None if publication.too_few else publication.analysed
    variables, rows, upper = _program(tables, publication.threshold, publication.protection,
                                      signals)
    index = {v: i for i, v in enumerate(variables)}
    truth = _truth(tables)
    for t, key, cost in _hidden_cells(tables, index, only):
        for end, sign in (("min", 1.0), ("max", -1.0)):
            solution = _solve(variables, rows, upper, sign * cost)
            assert solution is not None, "the audit's program lost the true table"
            # Only this table's counts move: no two tables of a quarter share a
            # variable, so every other table keeps its true counts.
            solution = {v: n if v[0] == t.members[key][0][0] else truth[v]
                        for v, n in solution.items()}
            solution["_value"] = sum(solution[v] for v in t.members[key])
            yield t.name, key, end, solution


def counts_from(solution: dict, quarter: Quarter = Q3, dash: tuple[str, int] | None = None,
                most: int = 6) -> PeriodCounts:
    """The PeriodCounts of a candidate: each variable's count; the other-actors row is spread
    over stand-in actors with at most `most` signals each (P + 1: under the own-row cut
    P + 2; 6 by default, for P 5; at P 4 a stand-in of 6 got a row of its own, and every
    candidate published differently), after `dash` (actor code, count), if given, has taken
    its count from it first."""
    counts = PeriodCounts(quarter)
    other: dict[str, int] = {}
    for (table, row, col), n in solution.items():
        name = table.split("@")[0]
        if name == "actor_category" and row == OTHER_ACTORS:
            other[col] = n
        elif n:
            counts.cells[name][(row, col)] += n
    if dash is not None:
        code, want = dash
        for category in sorted(other):
            take = min(want, other[category])
            if take:
                counts.cells["actor_category"][(code, category)] += take
                other[category] -= take
                want -= take
        assert want == 0, "the other-actors row holds less than the dash's count"
    room = {code: most for code in STAND_INS}
    for category, n in sorted(other.items()):
        for code in STAND_INS:
            take = min(n, room[code])
            if take:
                counts.cells["actor_category"][(code, category)] += take
                room[code] -= take
                n -= take
        assert n == 0, "too many other-actors signals for the stand-ins"
    counts.analysed = sum(counts.cells["actor_category"].values())
    return counts


def pattern_leaks(counts: PeriodCounts, threshold: int = 5, protection: int = 5,
                  only: set[str] | None = None, republish: bool = True
                  ) -> list[tuple[str, tuple, str]]:
    """Every (table, hidden cell, end) whose candidate the engine publishes differently: the
    pattern tells the intruder that candidate is not the truth; and (table, cell, "narrow")
    for each hidden cell whose ends lie P or fewer apart. Empty: the property holds.
    `only`: see `candidates`. `republish` False: the ends' distance only."""
    publication = publish_quarter(counts, threshold, protection)
    seen = view(publication)
    found = []
    tried: dict[tuple, bool] = {}  # many cells share an end: publish each candidate once
    ends: dict[tuple, dict[str, int]] = {}
    for name, key, end, solution in candidates(publication, only):
        ends.setdefault((name, key), {})[end] = solution.pop("_value")
        if len(ends[(name, key)]) == 2 and not (
                ends[(name, key)]["max"] - ends[(name, key)]["min"] > protection):
            found.append((name, key, "narrow"))
        if not republish:
            continue
        same = tuple(sorted(solution.items()))
        if same not in tried:
            again = publish_quarter(counts_from(solution, counts.quarter,
                                                most=protection + 1), threshold,
                                    protection)
            tried[same] = view(again) != seen
        if tried[same]:
            found.append((name, key, end))
    return found


def _other_total_at(publication: Publication, total: int) -> dict | None:
    """A candidate (as `candidates` gives) of the actor table whose other-actors total is
    `total`, every other table at its true counts; None if the program allows none."""
    tables = list(publication.tables.values())
    main = publication.tables["actor_category"]
    variables, rows, upper = _program(tables, publication.threshold, publication.protection)
    index = {v: i for i, v in enumerate(variables)}
    weights = np.zeros(len(variables))
    for v in main.members[(OTHER_ACTORS, TOTAL)]:
        weights[index[v]] = 1.0
    solution = _solve(variables, [*rows, (weights, total, total)], upper,
                      np.zeros(len(variables)))
    if solution is None:
        return None
    truth = _truth(tables)
    return {v: n if v[0] == main.members[(OTHER_ACTORS, TOTAL)][0][0] else truth[v]
            for v, n in solution.items()}


def dash_leaks(counts: PeriodCounts, threshold: int = 5, protection: int = 5
               ) -> list[tuple[str, str]]:
    """The trend's "–" of a quarter against the audit (`audit.folded_intervals`): for an
    actor code without a row before the last actor row and one after it (the two places the
    layout rule tells apart), the audit's interval must be wider than P, and a table with
    that actor at the interval's top (the other-actors total as the program allows, the
    rest spread over stand-ins) must give the same files. Returns (code, what failed) for
    each that does not hold; empty: the "–" is what the audit says."""
    publication = publish_quarter(counts, threshold, protection)
    main = publication.tables["actor_category"]
    found = audit_module.folded_intervals(main, publication.fold_below)
    if not found:
        return []
    seen = view(publication)
    named = [r for r in main.rows if r != OTHER_ACTORS]
    free = [c for c in found if c not in STAND_INS and c not in counts_actors(counts)]
    places = {"before": [c for c in free if named and actor_rank(c) < actor_rank(named[-1])],
              "after": [c for c in free if not named or actor_rank(c) > actor_rank(named[-1])]}
    leaks = []
    other = next(i for i in audit_module.audit([main]) if i.key == (OTHER_ACTORS, TOTAL)) if (
        OTHER_ACTORS, TOTAL) in main.suppressed else None
    for place, codes in places.items():
        if not codes:
            continue
        code = codes[0]
        interval = found[code]
        if not interval.protected(protection):
            leaks.append((code, "narrow"))
        top = int(interval.upper)
        # The other-actors total that lets `code` hold `top`: as large as the program allows,
        # and no more than 2P + 3 where `code` has a row's worth (it came in by the pair rule).
        high = int(other.upper) if other is not None else main.values[(OTHER_ACTORS, TOTAL)]
        total = (min(high, 2 * protection + 3) if named and top >= publication.fold_below
                 else high)
        solution = _other_total_at(publication, total)
        if solution is None:
            leaks.append((code, "no table"))
            continue
        again = publish_quarter(counts_from(solution, counts.quarter, (code, top),
                                            protection + 1),
                                threshold, protection)
        if view(again) != seen:
            leaks.append((code, f"top {top} ({place}) publishes differently"))
    return leaks


def actor_rank(code: str) -> tuple[bool, str]:
    """An actor row's place in the table (`trend.actor_order`): by code, "unknown" last."""
    return (code == taxonomy.UNKNOWN_ACTOR, code)


def counts_actors(counts: PeriodCounts) -> set[str]:
    """Every actor code with a signal in `counts`."""
    return {a for a, _ in counts.cells["actor_category"]}


def value_leaks(counts: PeriodCounts, threshold: int = 5, protection: int = 5,
                only: set[str] | None = None) -> list[tuple[str, tuple, int]]:
    """Every hidden cell (of the tables named in `only`, if given) that the intruder's
    integer program (`_program`: everything published, N, the ceilings and the group rule)
    leaves P + 1 or fewer whole values, as (table, cell, values): counted value by value
    between the program's smallest and largest solution, so that a gap the rule leaves in
    the middle counts (review r14g, G1: {4, 12}, whose ends lie 8 apart). Empty: holds."""
    publication = publish_quarter(counts, threshold, protection)
    tables = list(publication.tables.values())
    signals = None if publication.too_few else publication.analysed
    variables, rows, upper = _program(tables, threshold, protection, signals)
    index = {v: i for i, v in enumerate(variables)}
    found = []
    for t, key, weights in _hidden_cells(tables, index, only):
        ends = [_solve(variables, rows, upper, sign * weights) for sign in (1.0, -1.0)]
        low, high = (sum(end[v] for v in t.members[key]) for end in ends if end)
        values = 0
        for value in range(low, high + 1):
            if _solve(variables, [*rows, (weights, value, value)], upper,
                      np.zeros(len(variables))) is not None:
                values += 1
                if values > protection + 1:
                    break
        if values <= protection + 1:
            found.append((t.name, key, values))
    return found

