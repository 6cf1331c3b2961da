"""The linear-program audit gives the same bounds as an integer-program attack, for our shapes.

A reviewer attacked the report with an integer program (MILP): counts are whole numbers, and a
linear program's bound could in principle be a fraction an integer attacker narrows further.
Here, over generated tables of every shape the report publishes, every suppressed cell's
smallest and largest value from the engine's audit (HiGHS linear programs) equals the one from
`scipy.optimize.milp` with every variable an integer, over the same equations and floors.

Why they agree (docs/PRIVACY.md, "Linear or integer"): every equation and floor sums one set of
cells, and the sets form two laminar families (rows and the whole quarter: row totals, floors,
the trend's column repeating them, the grand total; columns: column totals), plus a one-way
table's cells and total over variables of their own. Such a matrix is totally unimodular; with
whole published numbers every vertex of the feasible set is whole, so the linear optimum is
already an integer one. A test of a shape outside that (a cell in three crossing sums) shows
that the check can tell the two apart.
"""

from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from report_kit import coded_rows, insert_coded, linprog_intervals
from scipy.optimize import Bounds, LinearConstraint, milp

from intake_app.office import database
from intake_app.office.report.audit import audit
from intake_app.office.report.build import MIN_THRESHOLD, build_report, most_protection
from intake_app.office.report.periods import Quarter
from intake_app.office.report.tables import (
    TOTAL,
    Table,
    mentions_caps,
    two_way,
    zero_rule_floors,
)

QUARTER = Quarter(2026, 3)
CAP = 10**6  # a variable bound far above any count: "unbounded" reads as reaching it


def milp_intervals(tables: list[Table]) -> dict[tuple[str, tuple[str, str]], tuple[float, float]]:
    """Every suppressed cell's (lower, upper) over whole-number counts: scipy's milp, over
    the facts the audit holds (published cells, floors, ceilings, the zero rule's facts, the
    caps of a table of mentions)."""
    variables = sorted({v for t in tables for k in t.keys() for v in t.members[k]})
    index = {v: i for i, v in enumerate(variables)}

    def row(members: list) -> np.ndarray:
        out = np.zeros(len(variables))
        for v in members:
            out[index[v]] += 1
        return out

    constraints = []
    for t in tables:
        for k in t.keys():
            if k not in t.suppressed and t.members[k]:
                constraints.append(LinearConstraint(row(t.members[k]), t.values[k],
                                                    t.values[k]))
        for k, floor in t.floors.items():
            constraints.append(LinearConstraint(row(t.members[k]), floor, np.inf))
        # What the pattern tells (a one-way row's top under rule 9, a hidden total of
        # mentions at most P + 1): the audit holds it, so must the integer program.
        for k, ceiling in t.ceilings.items():
            constraints.append(LinearConstraint(row(t.members[k]), 0, ceiling))
        for members, least in zero_rule_floors(t):  # what the public zero rule tells
            constraints.append(LinearConstraint(row(members), least, np.inf))
        for members, most in mentions_caps(t):  # no row of mentions over N (review r14f)
            constraints.append(LinearConstraint(row(members), 0, most))
    found = {}
    for t in tables:
        for k in sorted(t.suppressed):
            if not t.members[k]:
                continue
            cost = row(t.members[k])
            ends = []
            for sign in (1, -1):
                result = milp(sign * cost, integrality=np.ones(len(variables)),
                              bounds=Bounds(0, CAP), constraints=constraints)
                assert result.status == 0, result.message
                ends.append(sign * result.fun)
            found[(t.name, k)] = (ends[0], ends[1])
    return found


def assert_same_bounds(tables: list[Table]) -> int:
    """The engine's LP intervals equal the MILP ones for every suppressed cell; returns how
    many cells were compared."""
    integer = milp_intervals(tables)
    linear = {(i.table, i.key): (i.lower, i.upper) for i in audit(tables)}
    assert linear.keys() == integer.keys()
    for where, (low, high) in linear.items():
        int_low, int_high = integer[where]
        assert math.isclose(low, int_low, abs_tol=1e-6), (where, low, int_low)
        if high == math.inf:
            assert int_high >= CAP / 2, (where, int_high)
        else:
            assert math.isclose(high, int_high, abs_tol=1e-6), (where, high, int_high)
    return len(linear)


# Pinned: it failed once on a base before 5f492bd (audit 4.0 against the integer program's
# 9.0) and 150 random examples did not reproduce it; the same examples every run, so a
# failure can be replayed.
@hypothesis_seed(20261130)
# 5 generated cases a run, not 10: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(20, 160),
       threshold=st.integers(MIN_THRESHOLD, 6), extra=st.integers(0, 3),
       compare=st.integers(0, 2),
       actors=st.lists(st.sampled_from(["CN", "ER", "IR", "MA", "RU", "TR", "KP", "unknown"]),
                       min_size=1, max_size=6, unique=True))
def test_published_reports_lp_bounds_equal_milp_bounds(
        seed: int, size: int, threshold: int, extra: int, compare: int,
        actors: list[str]) -> None:
    rows = coded_rows(random.Random(seed), size, [q.start for q in QUARTER.series(compare)],
                      tuple(actors))
    with tempfile.TemporaryDirectory() as folder:
        conn = database.connect(Path(folder) / "office.db")
        try:
            insert_coded(conn, rows)
            report = build_report(conn, QUARTER, compare=compare, threshold=threshold,
                                  protection=min(threshold + extra, most_protection(threshold)))
        finally:
            conn.close()
    assert_same_bounds(list(report.tables.values()))


# 20 generated cases a run, not 40: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), n_rows=st.integers(1, 5), n_cols=st.integers(1, 5),
       threshold=st.integers(3, 6))
def test_any_suppression_pattern_of_a_two_way_table_with_floors_lp_equals_milp(
        data: st.DataObject, n_rows: int, n_cols: int, threshold: int) -> None:
    """Not only the patterns the engine picks: any hidden set, any counts, with the floors."""
    rows = [f"r{i}" for i in range(n_rows)]
    cols = [f"c{j}" for j in range(n_cols)]
    counts = {(r, c): data.draw(st.integers(0, 12)) for r in rows for c in cols}
    table = two_way("actor_category", rows, cols, counts)
    for r in rows:  # what a row's presence tells, where it is true of the counts
        if table.values[(r, TOTAL)] >= threshold:
            table.floors[(r, TOTAL)] = threshold
    table.suppressed = set(data.draw(st.sets(st.sampled_from(table.keys()), min_size=1)))
    assert_same_bounds([table])


def test_a_degenerate_pattern_that_highs_presolve_leaves_unsolved_is_audited() -> None:
    """Found by the property test above: one actor with 4 signals in one category, all else 0,
    threshold 3 (a floor on that row), and a hidden set where the other rows' totals pin them to
    0 while the actor's other cells are unbounded. HiGHS's presolve ended it with status
    "Unknown", which the audit took for a failed program (ContractError)."""
    rows, cols = ["r0", "r1", "r2"], ["c0", "c1", "c2"]
    counts = {(r, c): 0 for r in rows for c in cols}
    counts[("r0", "c0")] = 4
    table = two_way("actor_category", rows, cols, counts)
    table.floors[("r0", TOTAL)] = 3
    table.suppressed = {("r0", "c0"), ("r0", "c1"), ("r0", "c2"), ("r0", TOTAL),
                        ("r1", "c0"), ("r1", "c1"), ("r1", "c2"),
                        (TOTAL, "c1"), (TOTAL, "c2"), (TOTAL, TOTAL)}
    assert_same_bounds([table])


def test_the_comparison_tells_a_fractional_linear_bound_from_an_integer_one() -> None:
    """A shape the report never publishes: a hidden cell x1 + x2 + x3 and three published
    sums over crossing pairs (x1 + x2 + x4 = 1, x2 + x3 + x5 = 1, x1 + x3 + x6 = 1). The
    linear program lets every x be 1/2 (the hidden cell 1.5); whole numbers allow 1 at most."""
    x = [("odd", f"x{i}", "") for i in range(1, 7)]
    table = Table("odd", ["e1", "e2", "e3", "hidden"], [""])
    cells = {"e1": ([x[0], x[1], x[3]], 1), "e2": ([x[1], x[2], x[4]], 1),
             "e3": ([x[0], x[2], x[5]], 1), "hidden": ([x[0], x[1], x[2]], 1)}
    for name, (members, value) in cells.items():
        table.values[(name, "")] = value
        table.members[(name, "")] = members
    table.values[(TOTAL, "")] = 0
    table.members[(TOTAL, "")] = []  # no total: only the crossing sums
    table.suppressed = {("hidden", "")}
    assert linprog_intervals([table]) == {("odd", ("hidden", "")): (0.0, 1.5)}
    assert milp_intervals([table]) == {("odd", ("hidden", "")): (0.0, 1.0)}
    # The engine's audit sees the fractional vertex and solves the integer program instead.
    (found,) = audit([table])
    assert (found.lower, found.upper) == (0.0, 1.0)
