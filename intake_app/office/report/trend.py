"""The trend per actor: each quarter's column repeats that quarter's publication, nothing more.

Column `q` holds the row totals of quarter `q`'s own actor x category table exactly as that
quarter was published (`publications`): the same numbers, the same cells hidden, the same
variables for the audit. So the trend adds no equation an attacker did not have from the
quarters' own tables, however many reports repeat a quarter.

Rows are every actor that has a row of its own in any quarter of the window. An actor that was
too rare in a quarter for a row of its own there is counted under "other actors" in that
quarter: its cell is *absent* (`Table.absent`, shown as "–"), not a number, and hidden like a
suppressed cell (its interval: `audit.folded_interval`, checked when the quarter was
published). In a quarter without an other-actors row every such actor had 0, which anyone can
tell: the trend shows 0. In a quarter with too few signals to publish, every cell is hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.domain import taxonomy
from intake_app.office.report.publications import Publication
from intake_app.office.report.tables import OTHER_ACTORS, TOTAL, Table

__all__ = ["OTHER_ACTORS", "actor_order", "compose"]


def actor_order(codes: set[str]) -> list[str]:
    """Actor codes by code, "unknown" and "other actors" last. Never by size: an order by raw
    totals would leak hidden ones."""
    last = [code for code in (taxonomy.UNKNOWN_ACTOR, OTHER_ACTORS) if code in codes]
    return sorted(codes - set(last)) + last


def compose(publications: Sequence[Publication]) -> Table:
    """The trend table over `publications` (oldest first, one per quarter)."""
    mains = [p.tables["actor_category"] for p in publications]
    actors = actor_order({row for main in mains for row in main.rows})
    cols = [str(p.quarter) for p in publications]
    table = Table("trend", actors, cols, row_totals=False)
    for publication, main, col in zip(publications, mains, cols, strict=True):
        for actor in [*actors, TOTAL]:
            key = (actor, col)
            source = (actor, TOTAL)
            if actor != TOTAL and actor not in main.rows:
                table.values[key] = 0  # its count is in the other-actors row, if any
                table.members[key] = []
                if publication.too_few:
                    table.suppressed.add(key)  # like every number of a "too few" quarter
                elif OTHER_ACTORS in main.rows:
                    table.absent.add(key)
                continue
            table.values[key] = main.values[source]
            table.members[key] = main.members[source]
            if source in main.suppressed:
                table.suppressed.add(key)
    return table
