"""The interval audit: what an attacker can work out about each suppressed cell.

For every suppressed cell, two linear programs (HiGHS) find the smallest and largest
value the cell can take while every published cell of every table keeps its published value
and every interior count is non-negative. A cell is protected when that interval is wider than
the protection level (`upper - lower > protection`); an unbounded interval is protected.
A suppressed cell that is not small itself (a secondary suppression) only has to be not
exactly derivable; one that is derivable anyway is published, since that tells nothing new.
This is the audit statistics offices run after secondary suppression (tau-ARGUS, sdcTable).
Tables that share variables (the trend's current column and the actor table's row totals) are
audited together; tables that share none are solved separately, which is the same answer.
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import highspy
import numpy as np

from intake_app.office.report.tables import Key, Table, Var


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


def _solver(count: int, rows: list[tuple[list[int], int]]) -> highspy.Highs:
    """One HiGHS model per component: x >= 0, and each published cell's sum fixed."""
    solver = _new_highs()
    inf = highspy.kHighsInf
    solver.addVars(count, np.zeros(count), np.full(count, inf))
    for members, value in rows:
        indices = np.array(sorted(set(members)), dtype=np.int32)
        weights = np.array([float(members.count(i)) for i in indices])
        solver.addRow(float(value), float(value), len(indices), indices, weights)
    return solver


def _extreme(solver: highspy.Highs, cost: np.ndarray, maximise: bool) -> float:
    solver.changeColsCost(len(cost), np.arange(len(cost), dtype=np.int32), cost)
    sense = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
    solver.changeObjectiveSense(sense)
    solver.run()
    status = solver.getModelStatus()
    if status in (highspy.HighsModelStatus.kUnbounded,
                  highspy.HighsModelStatus.kUnboundedOrInfeasible):
        return math.inf if maximise else -math.inf
    if status != highspy.HighsModelStatus.kOptimal:
        raise RuntimeError(f"audit linear program failed: {solver.modelStatusToString(status)}")
    return float(solver.getInfo().objective_function_value)


def audit(tables: Sequence[Table]) -> list[Interval]:
    """The feasible interval of every suppressed cell of `tables` (in table and key order).

    Solved with HiGHS (the solver behind scipy's `linprog`), one warm-started model per group
    of linked cells, so that thousands of cells take a moment.
    """
    components = _Components()
    for table in tables:
        for key in table.keys():
            if table.members[key]:
                components.join(table.members[key])
    published: dict[Var, list[tuple[list[Var], int]]] = {}
    wanted: list[tuple[Table, Key]] = []
    for table in tables:
        for key in table.keys():
            if not table.members[key]:
                continue  # a cell that adds up nothing is 0 and hides nothing
            root = components.find(table.members[key][0])
            if key in table.suppressed:
                wanted.append((table, key))
            else:
                published.setdefault(root, []).append((table.members[key], table.values[key]))
    variables: dict[Var, list[Var]] = {}
    for var in components.parent:
        variables.setdefault(components.find(var), []).append(var)
    results: list[Interval] = []
    solvers: dict[Var, tuple[dict[Var, int], highspy.Highs]] = {}
    for table, key in wanted:
        root = components.find(table.members[key][0])
        if root not in solvers:
            index = {var: i for i, var in enumerate(sorted(variables[root]))}
            rows = [([index[v] for v in members], value)
                    for members, value in published.get(root, [])]
            solvers[root] = (index, _solver(len(index), rows))
        index, solver = solvers[root]
        cost = np.zeros(len(index))
        for var in table.members[key]:
            cost[index[var]] += 1.0
        lower = _extreme(solver, cost, maximise=False)
        upper = _extreme(solver, cost, maximise=True)
        results.append(Interval(table.name, key, table.values[key], max(lower, 0.0), upper))
    return results


def unprotected(tables: Sequence[Table], protection: int, threshold: int | None = None
                ) -> list[Interval]:
    """The suppressed cells the published numbers expose (empty: all safe).

    A sensitive cell (a count from 1 to `threshold - 1`; with no threshold, every suppressed
    cell) is exposed when its interval is not wider than `protection`; any other suppressed
    cell only when it can be worked out exactly (then hiding it protects nothing).
    """
    exposed = []
    for found in audit(tables):
        sensitive = threshold is None or 0 < found.value < threshold
        if not found.protected(protection if sensitive else 0):
            exposed.append(found)
    return exposed
