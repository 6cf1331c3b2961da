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

# One pass over the quarter's rows (the table scan reads every signal.json page and is most
# of the time), then each table's counts per liaison and code grouped in SQLite: a row per
# signal in Python doubled the report's time once the liaison was grouped by too.
_QUERY = (
    "WITH q AS MATERIALIZED (SELECT actor, category, targets, channel, place_kind, "
    "place_value, impact, urgency, source_reliability, information_credibility, "
    "liaison_key_id, instr(';' || consent || ';', ?) > 0 AS left_out FROM signals "
    "WHERE received >= ? AND received < ?) "
    "SELECT '', left_out, NULL, NULL, COUNT(*) FROM q GROUP BY 2 "
    "UNION ALL SELECT 'actor_category', NULL, actor, category, COUNT(*) FROM q "
    "WHERE NOT left_out GROUP BY 3, 4 "
    "UNION ALL SELECT 'target', liaison_key_id, targets, NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'channel', liaison_key_id, channel, NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'region', liaison_key_id, place_kind, place_value, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'impact', liaison_key_id, impact, NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'urgency', liaison_key_id, urgency, NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'source_reliability', liaison_key_id, source_reliability, NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4 "
    "UNION ALL SELECT 'information_credibility', liaison_key_id, information_credibility, "
    "NULL, COUNT(*) "
    "FROM q WHERE NOT left_out GROUP BY 2, 3, 4"
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
    for name, liaison, first, second, n in conn.execute(
            _QUERY, (f";{NO_ANALYSIS};", quarter.start, quarter.end)):
        if not name:
            if liaison:
                counts.excluded += n
            else:
                counts.analysed += n
            continue
        if name == "actor_category":
            cells[name][(first, second)] += n
            continue
        if name == "region":
            codes = [region_of_place(first, second)]
        elif name in ("target", "impact"):
            codes = _codes(first)
        else:
            codes = [first]
        own = mine.setdefault(name, {}).setdefault(liaison, Counter())
        for code in codes:
            cells[name][(code, "")] += n
            own[(code, "")] += n
    for name, by_liaison in mine.items():
        counts.own[name] = [by_liaison[key] for key in sorted(by_liaison)]
    return counts
