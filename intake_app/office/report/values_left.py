"""How many values each hidden row of a one-way table keeps for a reader who knows the rule.

A one-way table hides fixed groups of rows (`suppression.fixed_groups`), each because one of
its rows is small (1 to threshold - 1) or, in a table of mentions, holds N, every signal
counted (`tables.full_mentions`). A reader who holds the published numbers knows the hidden
rows' sum s (the total less the shown rows), the most each row can hold (N in a table of
mentions, less beside a shown exclusive row such as "none_known"), that the exclusive row
together with any other row holds at most N, and that every hidden group has such a row.
`values_kept` counts, for every hidden row, the whole numbers that leave a table agreeing
with all of that: what a reader who re-runs the engine on every candidate table keeps. It
looks at published numbers and positions only, so using it to decide to hide more tells a
reader nothing the numbers do not (docs/PRIVACY.md, "What the pattern of a one-way table
tells").

The sums of a group's rows are sets of whole numbers kept as sorted, disjoint closed ranges
(`Span`); adding two groups is adding their ranges pairwise. With the exclusive row hidden,
its value w is tried one by one, as every other hidden row then holds at most N - w (review
r14g, G1, and the near-N re-run check: 23 signals, a hidden "other" and "none_known" beside a
hidden pair left none_known 0 to 4).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

Key = tuple[str, str]
Span = list[tuple[int, int]]


def _merge(parts: list[tuple[int, int]]) -> Span:
    found: Span = []
    for low, high in sorted(p for p in parts if p[0] <= p[1]):
        if found and low <= found[-1][1] + 1:
            found[-1] = (found[-1][0], max(found[-1][1], high))
        else:
            found.append((low, high))
    return found


def _plus(a: Span, b: Span) -> Span:
    return _merge([(x + y, u + v) for x, u in a for y, v in b])


def _meet(a: Span, b: Span) -> Span:
    return _merge([(max(x, y), min(u, v)) for x, u in a for y, v in b])


def _mirror(total: int, a: Span) -> Span:
    """{total - x : x in a}."""
    return [(total - high, total - low) for low, high in reversed(a)]


def _size(a: Span) -> int:
    return sum(high - low + 1 for low, high in a)


class _Rule:
    """What makes a row a reason to hide its group: 1 to threshold - 1; in a table of
    mentions also a row every signal it could hold names (`tables.full_mentions`): N for the
    exclusive row, N less the exclusive row's count for the others."""

    def __init__(self, threshold: int, cap: int | None, beside: int = 0,
                 exclusive: Key | None = None) -> None:
        self.exclusive = exclusive
        self.alone: Span = _merge([(1, threshold - 1)] + ([(cap, cap)] if cap else []))
        full = (cap or 0) - beside
        self.others: Span = _merge([(1, threshold - 1)] + ([(full, full)] if full > 0 else []))

    def of(self, key: Key, span: tuple[int, int]) -> Span:
        return _meet(self.alone if key == self.exclusive else self.others, [span])


def _group_sums(cells: Sequence[Key], ranges: Mapping[Key, tuple[int, int]],
                rule: _Rule) -> Span:
    """The sums the rows of `cells` can hold together when one of them is a reason."""
    found: Span = []
    for key in cells:
        rest = [(0, 0)]
        for other in cells:
            if other != key:
                rest = _plus(rest, [ranges[other]])
        found = _merge(found + _plus(rule.of(key, ranges[key]), rest))
    return found


def _free_sums(cells: Sequence[Key], ranges: Mapping[Key, tuple[int, int]]) -> Span:
    return [(sum(ranges[k][0] for k in cells), sum(ranges[k][1] for k in cells))]


def _values(total: int, groups: Sequence[Sequence[Key]],
            ranges: Mapping[Key, tuple[int, int]], rule: _Rule,
            free: Sequence[Sequence[Key]] = ()) -> dict[Key, Span]:
    """For every row of `groups` and `free`: the values it can take while its group and
    every other group of `groups` holds a reason (a group of `free` need not), every row
    stays in its range and all of them add up to `total`."""
    every = [*groups, *free]
    sums = ([_group_sums(group, ranges, rule) for group in groups]
            + [_free_sums(group, ranges) for group in free])
    found: dict[Key, Span] = {}
    for index, group in enumerate(every):
        rest: Span = [(0, 0)]
        for other, span in enumerate(sums):
            if other != index:
                rest = _plus(rest, span)
        for key in group:
            partners = [k for k in group if k != key]
            loose = _free_sums(partners, ranges)
            if index >= len(groups):  # a free group: no reason needed
                found[key] = _meet([ranges[key]], _mirror(total, _plus(rest, loose)))
                continue
            # The row is a reason itself (its partners anything), or a partner is one.
            mine = _meet(rule.of(key, ranges[key]), _mirror(total, _plus(rest, loose)))
            if partners:
                theirs = _plus(rest, _group_sums(partners, ranges, rule))
                mine = _merge(mine + _meet([ranges[key]], _mirror(total, theirs)))
            found[key] = mine
    return found


def kept_by_sum(upto: int, groups: Sequence[Sequence[Key]], threshold: int,
                most: Mapping[Key, int] | None = None, free: Sequence[Sequence[Key]] = (),
                cap: int | None = None, beside: int = 0) -> Callable[[int], dict[Key, int]]:
    """`values_kept` of a table without a hidden exclusive row, for every sum from 0 to
    `upto` at once: the returned function gives, for a sum s, what `values_kept(s, groups,
    threshold, most, cap, None, None, beside, free)` gives. What the other rows can hold
    together does not depend on s (a row's most above s changes nothing: every value a row
    holds beside the others is at most s),
    so it is added up once and each sum only mirrors it (`known_row.tops` asks every value of
    a known row; checked against `values_kept` in `tests/test_report_tops_search.py`)."""
    most = most or {}
    every = [*groups, *free]
    ranges = {key: (0, min(upto, most.get(key, upto))) for group in every for key in group}
    rule = _Rule(threshold, cap, beside if cap else 0)
    sums = ([_group_sums(group, ranges, rule) for group in groups]
            + [_free_sums(group, ranges) for group in free])
    parts: list[tuple[Key, Span, Span, Span | None]] = []
    for index, group in enumerate(every):
        rest: Span = [(0, 0)]
        for other, span in enumerate(sums):
            if other != index:
                rest = _plus(rest, span)
        for key in group:
            partners = [k for k in group if k != key]
            loose = _plus(rest, _free_sums(partners, ranges))
            if index >= len(groups):
                parts.append((key, [ranges[key]], loose, None))
                continue
            theirs = _plus(rest, _group_sums(partners, ranges, rule)) if partners else None
            parts.append((key, rule.of(key, ranges[key]), loose, theirs))

    def at(total: int) -> dict[Key, int]:
        found = {}
        for key, own, loose, theirs in parts:
            mine = _meet(own, _mirror(total, loose))
            if theirs is not None:
                mine = _merge(mine + _meet([ranges[key]], _mirror(total, theirs)))
            found[key] = _size(mine)
        return found

    return at


def values_kept(hidden_sum: int, groups: Sequence[Sequence[Key]], threshold: int,
                most: Mapping[Key, int] | None = None, cap: int | None = None,
                exclusive: Key | None = None, enough: int | None = None,
                beside: int = 0, free: Sequence[Sequence[Key]] = (),
                least: Mapping[Key, int] | None = None) -> dict[Key, int]:
    """How many values each row of the hidden `groups` (and `free`) keeps (see the module),
    counted up to `enough` (None: all of them).

    `hidden_sum`: the rows' sum; `most`: the most a row can hold by what is shown (none: the
    sum); `cap`: N in a table of mentions, where a row of N (beside a shown exclusive row of
    `beside`, N - beside) is a reason and `exclusive` (a hidden exclusive row, such as
    "none_known") with any other row holds at most N. A row that no table agreeing with all
    that allows keeps 0 values (a rule broken: only in tables the engine never publishes).
    `free`: groups of hidden rows that hold no reason of their own (the rest of a group whose
    known row is the reason: `suppression.known_row_tops`). `least`: the least a row holds
    as the reader knows it (a liaison's own signals there: `own_counts`; none: 0)."""
    most = most or {}
    least = least or {}
    cells = [key for group in [*groups, *free] for key in group]
    top = {key: min(hidden_sum, most.get(key, hidden_sum)) for key in cells}
    kept: dict[Key, Span] = {key: [] for key in cells}

    def done() -> bool:
        return enough is not None and all(_size(kept[k]) >= enough for k in cells)

    if exclusive is None or cap is None or exclusive not in top:
        ranges = {key: (least.get(key, 0), top[key]) for key in cells}
        rule = _Rule(threshold, cap, beside if cap else 0)
        return {key: _size(span) for key, span in _values(hidden_sum, groups, ranges,
                                                           rule, free).items()}
    for held in range(least.get(exclusive, 0), top[exclusive] + 1):
        ranges = {key: (least.get(key, 0), min(top[key], cap - held)) for key in cells}
        ranges[exclusive] = (held, held)
        rule = _Rule(threshold, cap, held, exclusive)
        for key, span in _values(hidden_sum, groups, ranges, rule, free).items():
            kept[key] = _merge(kept[key] + span)
        if done():
            break
    return {key: _size(span) for key, span in kept.items()}
