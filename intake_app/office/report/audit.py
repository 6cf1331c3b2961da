"""The interval audit: what an attacker can work out about each suppressed cell.

For every suppressed cell, two linear programs (HiGHS) find the smallest and largest value the
cell can take while every published cell of every table keeps its published value, every
interior count is non-negative, and every cell whose mere presence tells a least value
(`Table.floors`: an actor's own row means at least threshold signals, the other-actors row at
least one) holds at least that, and every fact the public zero rule gives away holds
(`tables.zero_rule_floors`: a group that shows a zero has no single non-zero cell, so beside
each hidden cell of it the other cells hold at least 1), and every row of a table of mentions
(target, impact) holds at most the signals counted, the exclusive "none_known" together with
any other impact row as well (`tables.mentions_caps`, review r14f C2, C2c). The protection
rule, for EVERY suppressed cell (primary and secondary alike): that interval is wider than the
protection level P, `upper - lower > P`; an unbounded interval is protected. This is
tau-ARGUS's *sliding protection range* with upper + lower protection P + 1 on integer counts:
where the cell's true value sits inside the interval is not fixed, only that an attacker
cannot narrow it to P + 1 or fewer values (see docs/PRIVACY.md). It is the audit statistics
offices run after secondary suppression (tau-ARGUS, sdcTable). Tables that share variables
(the trend and each quarter's actor table, within a report and across reports) are audited
together; tables that share none are solved separately, which is the same answer.

The trend's "–" (an actor without a row of its own in a quarter, counted under other actors)
is a hidden value too (`folded_intervals`): the count of one actor among the public list's
actors without a row, each at most what the layout rule lets it hold by its position
(`publish.fold_rare`), together the other-actors total. Its interval must be wider than P as
well.

The last part of the audit is about zeros (`shown_disclosing_zeros`): no zero that would
disclose (`tables.disclosing_zeros`) may be shown; hidden, it is a suppressed cell like any
other and its interval must be wider than P too.
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import highspy
import numpy as np

from intake_app.domain import taxonomy
from intake_app.errors import ContractError
from intake_app.office.report.tables import (
    OTHER_ACTORS,
    TOTAL,
    Key,
    Table,
    Var,
    disclosing_zeros,
    mentions_caps,
    pair_least,
    zero_rule_floors,
)


@dataclass(frozen=True)
class Interval:
    """What the published numbers allow for one suppressed cell (counts; `upper` may be inf)."""

    table: str
    key: Key
    value: int
    lower: float
    upper: float

    @property
    def width(self) -> float:
        """How many counts the interval spans (`upper - lower`; inf when unbounded)."""
        return self.upper - self.lower

    def protected(self, protection: int) -> bool:
        """True when the interval is wider than `protection`."""
        return self.width > protection


class _Components:
    """Union-find over variables: which cells constrain each other."""

    def __init__(self) -> None:
        self.parent: dict[Var, Var] = {}

    def find(self, var: Var) -> Var:
        self.parent.setdefault(var, var)
        while self.parent[var] != var:
            self.parent[var] = self.parent[self.parent[var]]
            var = self.parent[var]
        return var

    def join(self, members: Sequence[Var]) -> None:
        root = self.find(members[0])
        for var in members[1:]:
            self.parent[self.find(var)] = root


_LOCK = threading.Lock()


def _new_highs() -> highspy.Highs:
    """A silent HiGHS. Its C++ constructor prints a banner on the process's standard output
    before any option can be set, so standard output is pointed at /dev/null meanwhile:
    engines print nothing."""
    with _LOCK:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 1)
                solver = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
    solver.setOptionValue("output_flag", False)
    return solver


def _solver(count: int, rows: list[tuple[list[int], int]],
            floors: list[tuple[list[int], float, float]]) -> highspy.Highs:
    """One HiGHS model per component: x >= 0, each published cell's sum fixed, and each
    cell with a floor at least that (`Table.floors`), with a ceiling at most that
    (`Table.ceilings`)."""
    solver = _new_highs()
    inf = highspy.kHighsInf
    solver.addVars(count, np.zeros(count), np.full(count, inf))
    for members, value, upper in [(m, v, v) for m, v in rows] + floors:
        indices = np.array(sorted(set(members)), dtype=np.int32)
        weights = np.array([float(members.count(i)) for i in indices])
        solver.addRow(float(value), float(upper), len(indices), indices, weights)
    return solver


def _extreme(solver: highspy.Highs, cost: np.ndarray, maximise: bool) -> float:
    solver.changeColsCost(len(cost), np.arange(len(cost), dtype=np.int32), cost)
    sense = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
    solver.changeObjectiveSense(sense)
    solver.run()
    status = solver.getModelStatus()
    if status == highspy.HighsModelStatus.kUnknown:
        # HiGHS can end a degenerate model (an unbounded cell beside rows pinned to zero) with
        # no status; solved afresh from a cold start without presolve it is solved or unbounded.
        solver.clearSolver()
        solver.setOptionValue("presolve", "off")
        solver.run()
        status = solver.getModelStatus()
        solver.setOptionValue("presolve", "choose")
    if status in (highspy.HighsModelStatus.kUnbounded,
                  highspy.HighsModelStatus.kUnboundedOrInfeasible):
        return math.inf if maximise else -math.inf
    if status != highspy.HighsModelStatus.kOptimal:
        raise ContractError(f"audit linear program failed: {solver.modelStatusToString(status)}")
    values = np.asarray(solver.getSolution().col_value)
    if np.all(np.abs(values - np.round(values)) < 1e-7):
        # A whole-number optimum of the relaxation is the integer optimum as well.
        return float(solver.getInfo().objective_function_value)
    return _integer_extreme(solver, len(cost))


def _integer_extreme(solver: highspy.Highs, count: int) -> float:
    """The same program over whole numbers (HiGHS's branch and bound). Counts are whole: a
    fractional linear bound would be wider than what an attacker with an integer program
    gets. Without the zero rule's facts our sums are totally unimodular and this is never
    reached (docs/PRIVACY.md, "Linear or integer"); with them it can be (11.5 against 11)."""
    columns = np.arange(count, dtype=np.int32)
    solver.changeColsIntegrality(count, columns,
                                 np.full(count, highspy.HighsVarType.kInteger))
    try:
        solver.run()
        status = solver.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise ContractError("audit integer program failed: "
                                f"{solver.modelStatusToString(status)}")
        return float(solver.getInfo().objective_function_value)
    finally:
        solver.changeColsIntegrality(count, columns,
                                     np.full(count, highspy.HighsVarType.kContinuous))


def _intervals(tables: Sequence[Table], first: Callable[[Table, Key], bool] | None = None,
               protection: int | None = None) -> Iterator[Interval]:
    """The feasible interval of each suppressed cell, lazily; cells for which `first` is true
    come first. With `protection` (for a yes/no answer only), an interval's lower bound is
    left at 0 once the upper one decides: too narrow (`upper` <= protection, as the lower
    bound is at least 0) or wide enough (unbounded)."""
    components = _Components()
    for table in tables:
        for key in table.keys():
            if table.members[key]:
                components.join(table.members[key])
    published: dict[Var, list[tuple[list[Var], int]]] = {}
    floors: dict[Var, list[tuple[list[Var], float, float]]] = {}
    wanted: list[tuple[Table, Key]] = []
    for table in tables:
        for key, floor in table.floors.items():
            root = components.find(table.members[key][0])
            floors.setdefault(root, []).append((table.members[key], floor, highspy.kHighsInf))
        for key, ceiling in table.ceilings.items():
            root = components.find(table.members[key][0])
            floors.setdefault(root, []).append((table.members[key], 0.0, ceiling))
        for members, most in mentions_caps(table):
            root = components.find(members[0])
            floors.setdefault(root, []).append((members, 0.0, most))
        for members, least in zero_rule_floors(table):
            root = components.find(members[0])
            floors.setdefault(root, []).append((members, least, highspy.kHighsInf))
        for key in table.keys():
            if not table.members[key]:
                continue  # a cell that adds up nothing is 0 and hides nothing
            root = components.find(table.members[key][0])
            if key in table.suppressed:
                wanted.append((table, key))
            else:
                published.setdefault(root, []).append((table.members[key], table.values[key]))
    if first is not None:
        wanted.sort(key=lambda cell: not first(*cell))  # stable: otherwise in order
    variables: dict[Var, list[Var]] = {}
    for var in components.parent:
        variables.setdefault(components.find(var), []).append(var)
    solvers: dict[Var, tuple[dict[Var, int], highspy.Highs]] = {}
    for table, key in wanted:
        root = components.find(table.members[key][0])
        if root not in solvers:
            index = {var: i for i, var in enumerate(sorted(variables[root]))}
            rows = [([index[v] for v in members], value)
                    for members, value in published.get(root, [])]
            least = [([index[v] for v in members], low, high)
                     for members, low, high in floors.get(root, [])]
            solvers[root] = (index, _solver(len(index), rows, least))
        index, solver = solvers[root]
        cost = np.zeros(len(index))
        for var in table.members[key]:
            cost[index[var]] += 1.0
        upper = _extreme(solver, cost, maximise=True)
        if protection is not None and (upper == math.inf or upper <= protection):
            lower = 0.0  # decided either way without the second program
        else:
            lower = _extreme(solver, cost, maximise=False)
        yield Interval(table.name, key, table.values[key], max(lower, 0.0), upper)


def audit(tables: Sequence[Table]) -> list[Interval]:
    """The feasible interval of every suppressed cell of `tables` (in table and key order).

    Solved with HiGHS (the solver behind scipy's `linprog`), one warm-started model per group
    of linked cells, so that thousands of cells take a moment.
    """
    return list(_intervals(tables))


def unprotected(tables: Sequence[Table], protection: int) -> list[Interval]:
    """The suppressed cells the published numbers expose (empty: all safe): every suppressed
    cell whose interval is not wider than `protection`."""
    return [found for found in _intervals(tables) if not found.protected(protection)]


def exposes(tables: Sequence[Table], protection: int,
            first: Callable[[Table, Key], bool] | None = None) -> bool:
    """Whether any suppressed cell is exposed (`unprotected` is not empty), stopping at the
    first one found; the cells for which `first` is true are looked at first."""
    return any(not found.protected(protection)
               for found in _intervals(tables, first, protection))


def shown_disclosing_zeros(tables: Sequence[Table]) -> list[tuple[str, Key]]:
    """Every zero cell shown where showing it discloses (`tables.disclosing_zeros`), as
    (table name, key); empty when the zero rule holds."""
    return [(table.name, key) for table in tables for key in sorted(disclosing_zeros(table))
            if key not in table.suppressed]


def actor_rank(code: str) -> tuple[bool, str]:
    """A sort key for an actor code: its place among the actor rows (`trend.actor_order`):
    by code, "unknown" last."""
    return (code == taxonomy.UNKNOWN_ACTOR, code)


def folded_intervals(main: Table, fold_below: int) -> dict[str, Interval]:
    """What the published numbers and the layout rule allow for the count of each public
    actor without a row of its own in `main` (a quarter's actor x category table), by code:
    the trend's "–". Empty when the quarter has no other-actors row (every such actor had 0,
    shown as 0).

    The rule (`publish.fold_rare`, P = fold_below - 2): an actor without a row had fewer
    than `fold_below` signals; or it came after the last actor row (by position) and was
    counted under other actors because it and the other actors held fewer than 2P + 4
    together, so at most 2P + 2 with at least one other signal beside it; or, with no actor
    row left but "unknown", it may hold every signal counted under other actors (one actor
    alone, or alone beside "unknown", is counted under other actors too). With the
    other-actors total o in [o_lo, o_hi] (published, or the audit's interval), each one lies
    in [max(0, o_lo - what the others can hold), its own most]."""
    other = (OTHER_ACTORS, TOTAL)
    if other not in main.values:
        return {}
    if other in main.suppressed:
        found = next(i for i in _intervals([main], lambda _, key: key == other)
                     if i.key == other)  # looked at first, so the only program solved
        low, high = found.lower, found.upper
    else:
        low = high = float(main.values[other])
    named = [row for row in main.rows if row != OTHER_ACTORS]
    without = [code for code in taxonomy.codes("actor") if code not in named]
    cascade = pair_least(fold_below - 2) - 2  # 2P + 2
    # Beside an "unknown" row alone, one actor with every signal that names an actor is
    # counted under other actors too (review r14h, H2): it may hold all of them.
    known = [row for row in named if row != taxonomy.UNKNOWN_ACTOR]
    most: dict[str, float] = {}
    for code in without:
        top = min(float(fold_below - 1), high)
        if not known:
            top = high
        elif actor_rank(code) > actor_rank(named[-1]) and high - 1 >= fold_below:
            top = max(top, min(float(cascade), high - 1))
        most[code] = top
    spare = sum(most.values())
    return {code: Interval(main.name, (OTHER_ACTORS, code), 0,
                           max(0.0, low - (spare - most[code])), most[code])
            for code in without}


def folded_interval(main: Table, fold_below: int, actor: str | None = None
                    ) -> Interval | None:
    """The interval of `folded_intervals` for `actor`, or without it the narrowest of them
    (what the audit must find wider than P); None when the quarter has no other-actors row."""
    found = folded_intervals(main, fold_below)
    if not found:
        return None
    if actor is not None:
        return found[actor]
    return min(found.values(), key=lambda i: (i.width, i.key))
