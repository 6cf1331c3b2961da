"""How much a hidden row of a one-way table may hold so that a reader who knows it whole
learns too little of the other hidden rows (review r14l, L4).

Signals come in through community liaisons, and one liaison may be the only one in a
province (or the only one who reports letters, or every urgent case of a quarter): they know
that row of the region (channel, urgency, ...) table whole. A one-way table publishes its
total and its shown rows, so the hidden rows' sum s is published; the liaison subtracts their
own row v and has the other hidden rows' sum s - v, and knows the public rule (every hidden
fixed group holds a small row; `suppression.fixed_groups`). Rule 8 hid fixed pairs: the
liaison read the other row of their pair exactly (Friesland 12 of a pair of 14 told Groningen
2), and a known row of `threshold` or more told its partner was 1 to threshold - 1.

So the groups are of three rows or more (a known row that is not small leaves two rows that
could hold the small one), and `tops` gives each hidden row r the most it may hold: the
largest t such that a reader who knows r holds any value from 0 to t keeps more than P + 1
values for every other hidden row (counted by `values_left.values_kept`, the rule, the
ceilings of a table of mentions and its exclusive row included). It looks at published
numbers and positions only. `suppression.secondary_one_way` then hides the whole table when a
hidden row holds more than its top; otherwise the tops are what the pattern tells every reader
(each hidden row is at most its top: `Table.ceilings`), and the audit counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from intake_app.office.report.tables import TOTAL, Key, Table
from intake_app.office.report.values_left import kept_by_sum, values_kept

GROUP = 3  # rows per fixed group (a pair told a known row's partner)


def fixed_groups(cells: Sequence[Key]) -> list[list[Key]]:
    """`cells` cut into fixed groups by position alone: threes in order, the last one or two
    cells with the three before them (fewer than six cells: one group). Never by value: which
    cells go together must not depend on any count (docs/PRIVACY.md, "What the pattern
    tells"). Three, not two: a reader who knows one row of a hidden pair whole (the only
    liaison in a province) read the other from the pair's sum, and a known row of threshold
    or more told the other was the small one; in a group of three the small row can be
    either of the two others."""
    cells = list(cells)
    whole = len(cells) - len(cells) % GROUP
    found = [cells[i:i + GROUP] for i in range(0, whole, GROUP)]
    if whole < len(cells):
        if found:
            found[-1].extend(cells[whole:])
        else:
            found = [cells]
    return found


def row_most(table: Table, cells: Sequence[Key]) -> dict[Key, int]:
    """The most each row of a table of mentions (or with a "not known" row: `Table.cap`) can
    hold by what is published, with the hidden rows already hidden: N; beside a shown
    exclusive row (none_known) N less it, and a hidden exclusive row N less the largest shown
    other row (review r14f, C2, C2c). Empty for a table without a cap."""
    most: dict[Key, int] = {}
    if table.cap is None:
        return most
    alone = None if table.exclusive is None else (table.exclusive, "")
    others = [table.values[k] for k in cells if k != alone and k not in table.suppressed]
    for key in cells:
        if key == alone:
            most[key] = table.cap - max(others, default=0)
        elif alone is not None and alone not in table.suppressed:
            most[key] = table.cap - table.values[alone]
        else:
            most[key] = table.cap
    return most


def exclusive_of(table: Table) -> tuple[Key | None, int]:
    """(the hidden exclusive row or None, the shown exclusive row's count or 0)."""
    alone = None if table.exclusive is None else (table.exclusive, "")
    exclusive = alone if alone in table.suppressed else None
    beside = table.values[alone] if alone is not None and exclusive is None else 0
    return exclusive, beside


def _reason(value: int, threshold: int) -> bool:
    """Whether a known row of `value` is the small row its group needs (1 to threshold - 1).
    A row of N in a table of mentions is one too, but counting it as none only narrows what
    the other rows keep: the top stays on the safe side."""
    return 0 < value < threshold


def _kept(known: Key, value: int, hidden_sum: int, groups: Sequence[Sequence[Key]],
          threshold: int, protection: int, most: Mapping[Key, int], cap: int | None,
          exclusive: Key | None, beside: int) -> int:
    """The fewest values any other hidden row keeps for a reader who knows `known` = `value`."""
    rest = [list(g) for g in groups if known not in g]
    mates = [k for g in groups if known in g for k in g if k != known]
    free = []
    if mates:
        (free if _reason(value, threshold) else rest).append(mates)
    limits = dict(most)
    if cap is not None:
        if known == exclusive:  # every other row then holds at most N less it
            limits = {k: min(limits.get(k, cap), cap - value) for k in limits} | {
                k: cap - value for g in [*rest, *free] for k in g if k not in limits}
            exclusive, beside = None, value
        elif exclusive is not None:
            limits[exclusive] = min(limits.get(exclusive, cap), cap - value)
    left = hidden_sum - value
    if left < 0:
        return 0
    kept = values_kept(left, rest, threshold, limits, cap, exclusive, protection + 2,
                       beside, free)
    return min(kept.values(), default=protection + 2)


def tops(hidden_sum: int, groups: Sequence[Sequence[Key]], threshold: int, protection: int,
         most: Mapping[Key, int] | None = None, cap: int | None = None,
         exclusive: Key | None = None, beside: int = 0) -> dict[Key, int]:
    """For every row of the hidden `groups` (whose sum `hidden_sum` is published): the most it
    may hold (see the module); -1 where no value will do. The tops are published facts, so
    a reader who knows one row holds the others to their tops too: they are counted again
    with the others' tops as their most until they no longer change. A round never raises a
    top (a lower top held by the others can make a value fail that passed, review r14n
    R14n-4, but one that passed under a higher top is kept from the earlier round only where
    it passes again), so they fall to a set that holds under itself; after `ROUNDS` rounds
    without that, every top is -1 and the table is hidden whole."""
    most = dict(most or {})
    # `suppression.secondary_one_way` and `ceilings` ask the same question of one table
    asked = (hidden_sum, tuple(tuple(g) for g in groups), threshold, protection,
             tuple(sorted(most.items())), cap, exclusive, beside)
    if asked in _ASKED:
        return dict(_ASKED[asked])
    found = _tops(hidden_sum, groups, threshold, protection, most, cap, exclusive, beside)
    if len(_ASKED) >= 64:
        _ASKED.clear()
    _ASKED[asked] = dict(found)
    return found


_ASKED: dict[tuple, dict[Key, int]] = {}


def _tops(hidden_sum: int, groups: Sequence[Sequence[Key]], threshold: int, protection: int,
          most: dict[Key, int], cap: int | None, exclusive: Key | None,
          beside: int) -> dict[Key, int]:
    found = _tops_once(hidden_sum, groups, threshold, protection, most, cap, exclusive,
                       beside)
    for _ in range(ROUNDS):
        held = {k: min(most.get(k, hidden_sum), max(top, 0)) for k, top in found.items()}
        again = _tops_once(hidden_sum, groups, threshold, protection, most, cap, exclusive,
                           beside, held, found)
        if again == found:
            return found
        found = again
    return {key: -1 for key in found}


ROUNDS = 8


def _tops_once(hidden_sum: int, groups: Sequence[Sequence[Key]], threshold: int, protection: int,
         most: Mapping[Key, int] | None = None, cap: int | None = None,
         exclusive: Key | None = None, beside: int = 0,
         held: Mapping[Key, int] | None = None,
         upto: Mapping[Key, int] | None = None) -> dict[Key, int]:
    """One round of `tops`, the other rows held to `held` (their tops so far; none: `most`):
    the most each row may hold, at most its top in `upto` (the round before); -1 where no
    value will do. `most`, `cap`, `exclusive`,
    `beside`: as for `values_left.values_kept`. The top is the value before the first that
    leaves another row too few, and what a known row leaves is not monotone in it (review
    r14n, R14n-4: halving over every value passed a top of 14 over a hidden sum of 22 while
    a known row of 5 left another hidden row {3, 4, 13, 14}), so every value is tried one by
    one (`_scan_to`) except where it is monotone. The top is one fact, an upper bound, which
    the audit's linear program can hold."""
    most = most or {}
    found: dict[Key, int] = {}

    limits = {**most, **(held or {})}

    # Without a hidden exclusive row the others' limits do not move with the known row's
    # value: what they can hold together is added up once per known row (and whether it is
    # a small row), and each value costs a lookup (`values_left.kept_by_sum`), so trying
    # every one is cheap.
    by_sum: dict[tuple[Key, bool], Callable[[int], dict[Key, int]]] = {}

    def kept_at(known: Key, value: int) -> int:
        if exclusive is not None:
            return _kept(known, value, hidden_sum, groups, threshold, protection, limits,
                         cap, exclusive, beside)
        if value > hidden_sum:
            return 0
        reason = _reason(value, threshold)
        if (known, reason) not in by_sum:
            rest = [list(g) for g in groups if known not in g]
            mates = [k for g in groups if known in g for k in g if k != known]
            if mates and not reason:
                rest.append(mates)
            by_sum[(known, reason)] = kept_by_sum(hidden_sum, rest, threshold, limits,
                                                  [mates] if mates and reason else [], cap,
                                                  beside)
        return min(by_sum[(known, reason)](hidden_sum - value).values(),
                   default=protection + 2)

    def ok(known: Key, value: int) -> bool:
        # 0: no table agrees with the row at that value; a reader can't hold it
        kept = kept_at(known, value)
        return kept == 0 or kept >= protection + 2

    seen: dict[tuple, int] = {}
    for group in groups:
        for known in group:
            highest = min(hidden_sum, most.get(known, hidden_sum),
                          (upto or {}).get(known, hidden_sum))
            # Rows alike (the same most, in a group alike, neither exclusive) have one top.
            alike = (len(group), highest, known == exclusive,
                     tuple(sorted((limits.get(k, hidden_sum), k == exclusive)
                                  for k in group if k != known)),
                     tuple(sorted(tuple(sorted((limits.get(k, hidden_sum), k == exclusive)
                                               for k in other))
                                  for other in groups if other is not group)))
            if alike in seen:
                found[known] = seen[alike]
                continue
            found[known] = seen[alike] = _top(known, highest, ok, kept_at, _scan_to(
                known, highest, hidden_sum, groups, threshold, limits, cap, exclusive),
                protection)
    return found


def _scan_to(known: Key, highest: int, hidden_sum: int, groups: Sequence[Sequence[Key]],
             threshold: int, limits: Mapping[Key, int], cap: int | None,
             exclusive: Key | None) -> int:
    """The last value of the known row up to which `_top` tries every value one by one; above
    it what the known row leaves the others only shrinks as it grows. That holds where the
    known row is not a small row (threshold or more), the table has no cap (a row of N is a
    reason too, and the caps bound rows) and no other hidden row's most binds (the others'
    sum, `hidden_sum` less the known row, is at most the least of their mosts): every other
    row then ranges over 0 to that sum, and each value it could hold at one sum it can hold
    at the next, larger one, with its group's partner taking the one more (checked against
    the value-by-value search in `tests/test_report_tops_search.py`). Elsewhere: `highest`."""
    if cap is not None or exclusive is not None:
        return highest
    others = [limits.get(k, hidden_sum) for g in groups for k in g if k != known]
    binds = hidden_sum - min(others, default=hidden_sum) - 1
    return min(highest, max(threshold - 1, binds))


def _top(known: Key, highest: int, ok, kept_at, scan_to: int, protection: int) -> int:
    """The largest t <= `highest` with `ok(known, v)` for every v from 0 to t (-1: none):
    one by one up to `scan_to`, then by halving on `kept_at` (how few values the known row
    at v leaves another row), which does not grow with v there (`_scan_to`): the first v
    that leaves P + 1 or fewer ends the top, unless it leaves none (then no table agrees with
    that or any larger v, which no reader can hold)."""
    top = -1
    for value in range(scan_to + 1):
        if not ok(known, value):
            return top
        top = value
    if scan_to >= highest:
        return top
    low, high = scan_to + 1, highest + 1  # the first v whose kept is under P + 2, or past
    while low < high:
        middle = (low + high) // 2
        if kept_at(known, middle) < protection + 2:
            high = middle
        else:
            low = middle + 1
    if low > highest or kept_at(known, low) == 0:
        return highest
    return low - 1


def ceilings(table: Table, threshold: int, protection: int) -> dict[Key, int]:
    """What the pattern of a published one-way table tells of each hidden row: its top, where
    that is below the hidden rows' sum (`tops`). Empty unless the table shows its total and
    some of its rows and hides others. A function of the published table alone: the engine
    records it when it publishes (`suppression.secondary_one_way`) and `publications.load`
    when it reads a stored quarter back."""
    cells = [(row, "") for row in table.rows]
    total = (TOTAL, "")
    hidden = [group for group in fixed_groups(cells) if any(k in table.suppressed
                                                             for k in group)]
    if (not table.one_way or total in table.suppressed or not hidden
            or all(k in table.suppressed for k in cells)):
        return {}
    hidden_sum = table.values[total] - sum(table.values[k] for k in cells
                                           if k not in table.suppressed)
    exclusive, beside = exclusive_of(table)
    limits = tops(hidden_sum, hidden, threshold, protection, row_most(table, cells),
                  table.cap, exclusive, beside)
    return {key: top for key, top in limits.items() if top < hidden_sum}
