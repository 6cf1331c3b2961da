"""Count the signals of one quarter by code, straight from the office database.

Only code columns are read (never `signal_json`, the description, attachments, item or bundle
ids), and the liaison key id only to count each liaison's own signals per row (`own`: what a
liaison knows of the tables, review r14n R14n-1; in memory for the suppression, never
stored, written or logged, and without the ids). The free-text place of older signals is
looked up in the official place list and rolled up to its province in this function; the text
itself goes no further.

`PeriodCounts.cells[dimension][(row, col)]` holds the raw counts; `col` is "" for a one-way
table. Dimensions (see `DIMENSIONS`): actor x category, and one-way tables by target type,
channel, region (province, abroad, online, unknown), impact, urgency, source reliability and
information credibility. Targets and impact are sets: a signal counts once under every code it
names, so those two tables count mentions. `excluded` is the number of signals left out because
their consent excludes the office's analysis. `own[dimension]` holds one Counter of rows per
liaison (one-way tables only; a quarter read back from the counts `purge` kept has none).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from intake_app.domain.places import region_of_place
from intake_app.domain.taxonomy import NO_ANALYSIS
from intake_app.office.report.periods import Quarter

DIMENSIONS = ("actor_category", "target", "channel", "region", "impact", "urgency",
              "source_reliability", "information_credibility")

_QUERY = (
    "SELECT actor, category, targets, channel, place_kind, place_value, impact, urgency, "
    "consent, source_reliability, information_credibility, liaison_key_id, COUNT(*) "
    "FROM signals WHERE received >= ? AND received < ? "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12"
)


@dataclass
class PeriodCounts:
    """Raw (unprotected) counts of one quarter. Never published as they are."""

    quarter: Quarter
    cells: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {name: Counter() for name in DIMENSIONS})
    analysed: int = 0
    excluded: int = 0
    own: dict[str, list[Counter[tuple[str, str]]]] = field(
        default_factory=lambda: {name: [] for name in DIMENSIONS[1:]})


def _codes(joined: str) -> list[str]:
    return [code for code in joined.split(";") if code]


def count_live(conn: sqlite3.Connection, quarter: Quarter) -> PeriodCounts:
    """Count the signals the office received in `quarter` (rows still in the database)."""
    counts = PeriodCounts(quarter)
    cells = counts.cells
    mine: dict[str, dict[str, Counter[tuple[str, str]]]] = {}
    for (actor, category, targets, channel, place_kind, place_value, impact, urgency, consent,
         reliability, credibility, liaison, n) in conn.execute(_QUERY, (quarter.start,
                                                                   quarter.end)):
        if NO_ANALYSIS in _codes(consent):
            counts.excluded += n
            continue
        counts.analysed += n
        cells["actor_category"][(actor, category)] += n
        rows = {"target": _codes(targets), "channel": [channel],
                "region": [region_of_place(place_kind, place_value)],
                "impact": _codes(impact), "urgency": [urgency],
                "source_reliability": [reliability],
                "information_credibility": [credibility]}
        for name, codes in rows.items():
            own = mine.setdefault(name, {}).setdefault(liaison, Counter())
            for code in codes:
                cells[name][(code, "")] += n
                own[(code, "")] += n
    for name, by_liaison in mine.items():
        counts.own[name] = [by_liaison[key] for key in sorted(by_liaison)]
    return counts
