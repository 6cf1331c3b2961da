"""What a liaison's own signals tell them of a one-way table's hidden rows (review r14n,
R14n-1; issue 14).

A liaison knows how many of their own signals name each code: for every row, at least that
many (a lower bound), without knowing the row whole. In a hidden group of three, a liaison
who filed `threshold` or more signals in two rows knows neither is the group's small row
(the public rule: every hidden group holds one), so the third is: 1 to threshold - 1, P or
fewer values, whatever the sums. With the table's total shown they also subtract their
bounds from the hidden rows' sum. The office knows each signal's liaison, so the report
counts each liaison's signals per row (`counts.PeriodCounts.own`, never stored or written)
and `narrowed` asks, for each, whether some hidden row then keeps P + 1 or fewer values
(`values_left.values_kept` with the bounds of every other hidden row as its least). Where
one does, `suppression.secondary_one_way` hides the whole table: a table hidden whole tells
no group's small row, and each row then lies anywhere from 0 to the total less what the
liaison holds elsewhere.

Deciding on counts no reader sees tells a reader only that the table was hidden whole for
some reason the rule allows; the liaisons' counts themselves are never published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from intake_app.office.report.tables import Key
from intake_app.office.report.values_left import values_kept


def bounds(own: Sequence[Counter[Key]], hidden: Sequence[Key]) -> list[dict[Key, int]]:
    """Each liaison's own counts in the `hidden` rows (the rows with none left out), one
    dict per distinct pattern, those with nothing there left out."""
    found: set[tuple[tuple[Key, int], ...]] = set()
    for counter in own:
        mine = tuple(sorted((key, counter[key]) for key in hidden if counter[key] > 0))
        if mine:
            found.add(mine)
    return [dict(mine) for mine in sorted(found)]


def narrowed(own: Sequence[Counter[Key]], hidden_sum: int, groups: Sequence[Sequence[Key]],
             threshold: int, protection: int, most: Mapping[Key, int] | None = None,
             cap: int | None = None, exclusive: Key | None = None, beside: int = 0) -> bool:
    """Whether a liaison who knows their own counts (`own`, one Counter of rows per liaison)
    as lower bounds on the other hidden rows narrows a hidden row of `groups` (whose sum
    `hidden_sum` is published) to P + 1 or fewer values. `most`, `cap`, `exclusive`,
    `beside`: as for `values_left.values_kept` (the tops go in `most`). Every bound at once
    first (more bounds leave fewer values, so where that passes every row is safe), then,
    for a row that fails, without its own bound (the liaison does not know their own row's
    total)."""
    cells = [key for group in groups for key in group]
    for least in bounds(own, cells):
        every = values_kept(hidden_sum, groups, threshold, most, cap, exclusive,
                            protection + 2, beside, least=least)
        for key, kept in every.items():
            if 0 < kept < protection + 2:
                others = {k: n for k, n in least.items() if k != key}
                alone = values_kept(hidden_sum, groups, threshold, most, cap, exclusive,
                                    protection + 2, beside, least=others)[key]
                if 0 < alone < protection + 2:
                    return True
    return False


def group_forced(own: Sequence[Counter[Key]], groups: Sequence[Sequence[Key]],
                 threshold: int) -> bool:
    """Whether a liaison holds `threshold` or more of their own signals in every row but one
    of a hidden group (the rule then places the group's small row in that one), where the
    hidden rows' sum is not published (a table of mentions beside its hidden total)."""
    for counter in own:
        for group in groups:
            if len(group) > 1 and sum(counter[key] < threshold for key in group) <= 1:
                return True
    return False
