"""The re-running intruder of a one-way table of mentions, without a model of the rule.

`pattern_kit` models what the pattern tells (each hidden group holds a small row) and asks an
integer program. That model says nothing about a table hidden whole: there the intruder
knows only the total, N and the ceilings, and that the engine hid every row. The intruder here
models nothing: it draws tables that agree with everything published (shown rows, the total,
each row at most N, none_known with any other impact row at most N), has the engine protect
each one, and keeps those that give the same published table. A value of a hidden row that
some kept table holds is a value the intruder cannot drop. `values_kept` collects them until
each hidden row has `enough`, so a row it returns with fewer is one the search could not
widen: either the pattern narrows it (a leak) or the search missed (then more `tries`).
The truth is always kept.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from intake_app.domain import taxonomy
from intake_app.office.report import suppression
from intake_app.office.report.tables import TOTAL, Table, one_way


def protect(name: str, counts: Mapping[str, int], signals: int, threshold: int,
            protection: int) -> Table:
    """The table of mentions `name` (target or impact) as `publish._protect` protects it, N
    `signals`: primary suppression, the one-way rule, the audit (`suppression.settle`)."""
    table = one_way(name, taxonomy.codes(name), counts)
    table.cap = signals
    alone = taxonomy.EXCLUSIVE_CODES.get(name)
    table.exclusive = alone if alone in table.rows else None
    suppression.primary(table, threshold)
    suppression.secondary_one_way(table, [(r, "") for r in table.rows], (TOTAL, ""),
                                  protection, threshold)
    suppression.settle([table], protection, threshold)
    return table


def shown(table: Table) -> tuple:
    """What the published files say of `table`: each cell's shown value, None where hidden."""
    return tuple(table.shown(key) for key in table.keys())


def _spread(rng: random.Random, amount: int, rooms: dict[str, int]) -> dict[str, int] | None:
    """`amount` split at random over `rooms` (each at most its room), or None."""
    if amount < 0 or amount > sum(rooms.values()):
        return None
    found = dict.fromkeys(rooms, 0)
    keys = list(rooms)
    while amount:
        open_keys = [k for k in keys if found[k] < rooms[k]]
        key = rng.choice(open_keys)
        step = rng.randint(1, min(amount, rooms[key] - found[key]))
        found[key] += step
        amount -= step
    return found


def candidate(rng: random.Random, name: str, seen: tuple, signals: int, row: str, value: int,
              threshold: int, protection: int) -> dict[str, int] | None:
    """A table of `name` that agrees with the published `seen` (`shown`) and the ceilings,
    with `row` at `value`: some hidden rows drawn small, zero or full, the rest spread; None
    when the draw does not fit."""
    codes = list(taxonomy.codes(name))
    alone = taxonomy.EXCLUSIVE_CODES.get(name)
    alone = alone if alone in codes else None
    table = {code: s for code, s in zip(codes, seen, strict=False) if s is not None}
    hidden = [code for code, s in zip(codes, seen, strict=False) if s is None]
    total = seen[-1]
    if total is None and not table:  # hidden with its rows: at most protection + 1 (the rule)
        if value > protection + 1:
            return None
        total = rng.randint(value, protection + 1)
    elif total is None:  # hidden beside shown rows (rule 9): more than protection + 1
        least = max(protection + 2, sum(table.values()) + value)
        total = rng.randint(least, least + signals * max(1, len(hidden) - 1))
    table[row] = value
    if alone is not None and alone in hidden and alone != row:
        others = max((n for c, n in table.items() if c != alone), default=0)
        table[alone] = rng.choice([0, 0, rng.randint(1, threshold - 1),
                                   rng.randint(0, max(0, signals - others))])
    room = signals - table.get(alone, 0) if alone is not None else signals
    free = [code for code in hidden if code not in table]
    rng.shuffle(free)
    for code in free[:rng.randint(0, len(free))]:
        table[code] = rng.choice([0, rng.randint(1, threshold - 1), room])
    rest = {code: room for code in hidden if code not in table}
    if alone is not None and alone in rest:
        rest[alone] = signals - max((n for c, n in table.items() if c != alone), default=0)
    spread = _spread(rng, total - sum(table.values()), rest)
    if spread is None:
        return None
    table.update(spread)
    if any(n < 0 or n > signals for n in table.values()):
        return None
    if alone is not None and any(table[alone] + n > signals
                                 for c, n in table.items() if c != alone):
        return None
    return table


def values_kept(name: str, counts: Mapping[str, int], signals: int, threshold: int = 5,
                protection: int = 5, tries: int = 300, enough: int | None = None,
                seed: int = 0) -> dict[str, set[int]]:
    """For every hidden row of the protected table: the values some drawn table that the
    engine publishes the same way holds (the truth's among them), looking for each value
    from 0 to N in turn with up to `tries` draws, until the row has `enough` (None: all)."""
    codes = list(taxonomy.codes(name))
    seen = shown(protect(name, counts, signals, threshold, protection))
    hidden = [code for code, s in zip(codes, seen, strict=False) if s is None]
    found = {code: {counts.get(code, 0)} for code in hidden}
    rng = random.Random(seed)
    tried: dict[tuple, bool] = {}
    for row in hidden:
        for value in range(signals + 1):
            if enough is not None and len(found[row]) >= enough:
                break
            if value in found[row]:
                continue
            for _ in range(tries):
                table = candidate(rng, name, seen, signals, row, value, threshold, protection)
                if table is None:
                    continue
                key = tuple(table.get(code, 0) for code in codes)
                if key not in tried:
                    tried[key] = shown(protect(name, table, signals, threshold,
                                               protection)) == seen
                if tried[key]:
                    for code in hidden:
                        found[code].add(table.get(code, 0))
                    break
    return found


def near_case(rng: random.Random) -> tuple[str, int, dict[str, int]]:
    """A table of mentions (target or impact) of N 7 to 60 signals with one to five non-zero
    rows, each small or near N, and often a none_known that fits beside them."""
    name = rng.choice(["impact", "target"])
    codes = list(taxonomy.codes(name))
    signals = rng.randint(7, 60)
    counts = {code: (rng.randint(0, 9) if rng.random() < 0.5
                     else rng.randint(max(0, signals - 9), signals))
              for code in rng.sample(codes, rng.randint(1, 5))}
    alone = taxonomy.EXCLUSIVE_CODES.get(name)
    if alone in counts:
        most = signals - max((n for c, n in counts.items() if c != alone), default=0)
        if rng.random() < 0.5 or counts[alone] > most:
            counts[alone] = rng.randint(0, max(0, min(9, most)))
    return name, signals, counts
