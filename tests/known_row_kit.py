"""The intruder who knows one hidden row of a one-way table whole (review r14l, L4).

A regional liaison who is the only one in their province filed every signal of it: they know
that row of the region table whole, as the liaison who filed every signal naming an actor
knows that actor's row (review r14k, K2; `test_report_liaison_row`). The intruder's integer
program (`pattern_kit._program`: every published number, the layout's facts, the ceilings the
pattern tells, a table of mentions' caps and the public rule that each hidden fixed group holds
a small row) gets one more row: the known row equals its true count. For every other hidden
row of that table the program's smallest and largest solutions must lie more than P apart.

The one exemption is what a published number tells by itself: a reader who knows a row
holding all but P or fewer of a published total knows that the other rows together hold that
few, whatever is hidden; likewise N, the signals counted, for a code whose signals name
nothing else in the table ("none_known", region "unknown", grades F and 6) and any other row
(docs/PRIVACY.md, "A reader who knows signals of their own").
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from pattern_kit import BINARY, _program, _solve, _truth, alone_code, hidden_groups

from intake_app.office.report.publications import Publication
from intake_app.office.report.tables import TOTAL, Table


def hidden_rows(table: Table) -> list[tuple[str, str]]:
    """The rows of a one-way table that are not shown."""
    return [(row, "") for row in table.rows if (row, "") in table.suppressed]


def told_by_n(table: Table, known: tuple[str, str], other: tuple[str, str], protection: int,
              signals: int | None) -> bool:
    """True when a published number alone, less the known row, leaves P or fewer for the
    other row (the exemption of the module docstring): the table's published total, or in a
    table with a code that excludes the others ("none_known", a "not known" code: its signals
    name nothing else there) N, the signals counted, when the known or the other row is
    that code."""
    value = table.values[known]
    if ((TOTAL, "") not in table.suppressed
            and table.values[(TOTAL, "")] - value <= protection):
        return True
    if (TOTAL, "") in table.ceilings and table.ceilings[(TOTAL, "")] - value <= protection:
        return True  # a total of mentions at most P + 1, hidden: the rule tells that ceiling
    alone = (alone_code(table.name), "")
    return (signals is not None and alone in (known, other)
            and signals - value <= protection)


def values_held(variables: list, rules: list, upper: np.ndarray, weights: np.ndarray,
                enough: int, ends_only: bool = False,
                seen: dict[bytes, set[int]] | None = None,
                apart: int | None = None) -> list[int]:
    """The whole values the cell with `weights` takes in some solution of the intruder's
    program (`rules`), counted one by one between its smallest and largest solution and up
    to `enough` of them (`ends_only`: the two ends alone): the rule can leave gaps between
    the ends (review r14n, R14n-4: a known row of 5 left another hidden row {3, 4, 13, 14}
    between ends 11 apart). `seen`: values found in earlier solutions of the same `rules`,
    by cell (`weights` as bytes), filled in from every solution here too; a value seen
    needs no program of its own, and where the values seen already settle the question no
    program runs at all: `enough` of them (then those are returned, not the lowest ones),
    or, with `ends_only`, two more than `apart` apart (then the two returned lie at least
    that far apart, and the true ends further). Every value seen is one a solution of the
    program holds, so the answer is the one the programs would give."""
    seen = {} if seen is None else seen

    def note(solution: dict) -> None:
        full = np.array([solution.get(v, 0) for v in variables], dtype=float)
        for key, known in seen.items():
            known.add(round(float(np.frombuffer(key) @ full)))

    mine = seen.setdefault(weights.tobytes(), set())

    def settled() -> list[int] | None:
        if ends_only and apart is not None and mine and max(mine) - min(mine) > apart:
            return [min(mine), max(mine)]
        if not ends_only and len(mine) >= enough:
            return sorted(mine)[:enough]
        return None

    ends = []
    # the largest first: the solutions before it mostly held this cell low
    for sign in (-1.0, 1.0):
        if settled() is not None:
            return settled()
        solution = _solve(variables, rules, upper, sign * weights)
        assert solution is not None, "the program lost the true table"
        note(solution)
        ends.append(round(sum(weights[i] * solution[v] for i, v in enumerate(variables)
                              if v in solution)))
    if ends_only:
        return sorted(ends)
    found = []
    for value in range(min(ends), max(ends) + 1):
        if value not in mine:
            solution = _solve(variables, [*rules, (weights, value, value)], upper,
                              np.zeros(len(variables)))
            if solution is None:
                continue
            note(solution)
        found.append(value)
        if len(found) >= enough:
            break
    return found


def _start(variables: list, rules: list, upper: np.ndarray, truth: dict
           ) -> np.ndarray | None:
    """The true table as a whole solution of `rules` (None where it is not one, or where a
    variable other than a 0/1 one has no true count): each 0/1 variable 1 where the rows it
    is in allow it with the others as set so far (a small row, a row of N), else 0."""
    if any(v[0] not in BINARY and v not in truth for v in variables):
        return None
    point = np.array([float(truth.get(v, 0)) for v in variables])
    matrix = np.array([w for w, _, _ in rules])
    low = np.array([lo for _, lo, _ in rules])
    high = np.array([hi for _, _, hi in rules])
    for i, v in enumerate(variables):
        if v[0] in BINARY:
            point[i] = 1.0
            mine = matrix[:, i] != 0
            at = matrix[mine] @ point
            if not np.all((at >= low[mine] - 1e-9) & (at <= high[mine] + 1e-9)):
                point[i] = 0.0
    at = matrix @ point
    if not (np.all(at >= low - 1e-9) and np.all(at <= high + 1e-9)
            and np.all(point >= 0) and np.all(point <= upper)):
        return None
    return point


def moved_values(variables: list, rules: tuple[np.ndarray, np.ndarray, np.ndarray],
                 upper: np.ndarray, start: np.ndarray, cell: int, enough: int = 32) -> range:
    """Values the variable at `cell` holds in some whole solution of `rules`, found without
    a program (`rules`: the program's rows as one matrix, lower and upper bounds): from
    `start` (a whole solution, `_start`), as much as the rows and bounds
    allow moved into the cell from one other variable, then from another, and so on (and
    likewise out of it). Along one move every row is a line, so the amounts that keep it
    are one range (the ratio test of the simplex method) and every whole amount on the way
    is a whole solution; 0/1 variables stay as they are. Every value returned is held by
    such a solution, so the intruder's program holds it too; it may hold more. At most
    `enough` moved each way (that many values settle every question asked here)."""
    # one more column, of zeros: "from nowhere", the cell alone grows or shrinks
    matrix, low, high = rules
    matrix = np.hstack([matrix, np.zeros((len(matrix), 1))])
    movable = np.array([*(v[0] not in BINARY for v in variables), True])
    movable[cell] = False
    upper = np.array([*upper, np.inf])
    reach = []
    for sign in (1.0, -1.0):  # into the cell, out of it
        point = np.array([*start, 0.0])
        moved = 0
        for _ in range(len(variables)):
            at = matrix[:, :-1] @ point[:-1]
            slopes = sign * (matrix[:, [cell]] - matrix)  # column a: one moved from/to a
            with np.errstate(divide="ignore", invalid="ignore"):
                room = np.where(slopes > 0, (high[:, None] - at[:, None]) / slopes,
                                np.where(slopes < 0, (at[:, None] - low[:, None]) / -slopes,
                                         np.inf))
            # the variables' own bounds: the cell moves by sign * t, the other by -sign * t
            mine = upper[cell] - point[cell] if sign > 0 else point[cell]
            other = point.copy() if sign > 0 else upper - point
            other[-1] = np.inf
            most = np.where(movable, np.minimum(np.minimum(room.min(axis=0), mine), other),
                            0.0)
            source = int(np.argmax(most))
            step = min(int(np.floor(most[source] + 1e-9)), enough - moved)
            if step <= 0:
                break
            point[cell] += sign * step
            point[source] -= sign * step
            moved += step
        reach.append(moved)
    value = round(float(start[cell]))
    return range(value - reach[1], value + reach[0] + 1)


def seeded(variables: list, rules: list, upper: np.ndarray, truth: dict,
           cells: list[np.ndarray]) -> dict[bytes, set[int]]:
    """`values_held`'s `seen` for the `cells` (weights, one variable each), filled without a
    program where the true table is a whole solution of `rules`: the values `moved_values`
    finds. Most cells of a wide table are settled by them, and the programs run only where
    they are not (a program a value costs a few milliseconds, and a generated quarter asks
    thousands)."""
    seen: dict[bytes, set[int]] = {w.tobytes(): set() for w in cells}
    start = _start(variables, rules, upper, truth)
    if start is None:
        return seen
    arrays = (np.array([w for w, _, _ in rules]), np.array([lo for _, lo, _ in rules]),
              np.array([hi for _, _, hi in rules]))
    for w in cells:
        if w.sum() == 1.0:
            seen[w.tobytes()].update(moved_values(variables, arrays, upper, start,
                                                  int(np.argmax(w))))
    return seen


def known_row_leaks(publication: Publication, only: set[str] | None = None
                    ) -> list[tuple[str, str, str, list[int]]]:
    """(table, known row, other hidden row, the values it keeps) for every hidden row of a
    one-way table that the published numbers, the rule and one other hidden row known whole
    leave P + 1 or fewer whole values (`values_held`: every value a reader could still hold,
    not only the ends). Empty: every one-way table holds."""
    signals = None if publication.too_few else publication.analysed
    protection = publication.protection
    found = []
    for name, table in sorted(publication.tables.items()):
        if not table.one_way or (only is not None and name not in only):
            continue
        rows = hidden_rows(table)
        if len(rows) < 2:
            continue
        variables, program, upper = _program([table], publication.threshold, protection,
                                             signals)
        index = {v: i for i, v in enumerate(variables)}

        def weights(key: tuple[str, str], table: Table = table,
                    index: dict = index) -> np.ndarray:
            found = np.zeros(len(index))
            for v in table.members[key]:
                found[index[v]] += 1.0
            return found

        truth = _truth([table])
        for known in rows:
            value = table.values[known]
            rules = [*program, (weights(known), value, value)]
            seen = seeded(variables, rules, upper, truth, [weights(k) for k in rows])
            for other in rows:
                if other == known or told_by_n(table, known, other, protection, signals):
                    continue
                if not hidden_groups(table):
                    # hidden whole: no 0/1 variable, the sums are totally unimodular and
                    # every value between the ends is held (docs/PRIVACY.md, "Linear or
                    # integer"): the ends say it
                    kept = values_held(variables, rules, upper, weights(other), 2,
                                       ends_only=True, seen=seen, apart=protection)
                    if kept[-1] - kept[0] > protection:
                        continue
                kept = values_held(variables, rules, upper, weights(other), protection + 2,
                                   seen=seen)
                if len(kept) <= protection + 1:
                    found.append((name, known[0], other[0], kept))
    return found


def own_bound_leaks(publication: Publication, own: dict[str, list[Counter]],
                    not_full: dict[str, list[set]] | None = None
                    ) -> list[tuple[str, int, str, list[int]]]:
    """(table, liaison's place in `own[table]`, hidden row, the values it keeps) for every
    hidden row of a one-way table that a liaison narrows to P + 1 or fewer values with the
    intruder's program (everything published, the rule, the ceilings) and, as lower bounds,
    their own signals in every other hidden row (review r14n, R14n-1: a liaison who filed 5
    or more in two rows of a hidden group of three knows the third is its small row). The
    one exemption is what a published number tells by itself: the hidden rows' sum, where
    the total is shown, less the liaison's signals in the other hidden rows, P or fewer.
    `not_full[table][i]`: the rows of a table of mentions liaison i knows hold fewer than N
    (one of their signals does not name it), so none of them is the row of N that could
    be its group's reason."""
    signals = None if publication.too_few else publication.analysed
    protection = publication.protection
    found = []
    for name, table in sorted(publication.tables.items()):
        rows = hidden_rows(table)
        if not table.one_way or not rows or not own.get(name):
            continue
        variables, program, upper = _program([table], publication.threshold, protection,
                                             signals)
        index = {v: i for i, v in enumerate(variables)}

        def weights(key: tuple[str, str], table: Table = table,
                    index: dict = index) -> np.ndarray:
            found = np.zeros(len(index))
            for v in table.members[key]:
                found[index[v]] += 1.0
            return found

        truth = _truth([table])
        shown_total = (TOTAL, "") not in table.suppressed
        hidden_sum = table.values[(TOTAL, "")] - sum(
            table.values[(r, "")] for r in table.rows if (r, "") not in table.suppressed)
        for place, counter in enumerate(own[name]):
            for row in rows:
                others = [k for k in rows if k != row and counter[k] > 0]
                if not others:
                    continue
                if shown_total and hidden_sum - sum(counter[k] for k in others) <= protection:
                    continue
                fewer = (not_full or {}).get(name, [set()] * len(own[name]))[place]
                rules = [*program, *((weights(k), counter[k], np.inf) for k in others),
                         *((weights(k), 0, (signals or 0) - 1) for k in others
                           if k in fewer and signals)]
                kept = values_held(variables, rules, upper, weights(row), protection + 2,
                                   ends_only=not hidden_groups(table), apart=protection,
                                   seen=seeded(variables, rules, upper, truth,
                                               [weights(row)]))
                if not hidden_groups(table) and kept[-1] - kept[0] > protection:
                    continue
                if len(kept) <= protection + 1 or not hidden_groups(table):
                    found.append((name, place, row[0], kept))
    return found
