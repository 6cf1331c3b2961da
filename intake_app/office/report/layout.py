"""What the PDF and the HTML both show, in reading order, as plain strings.

`sections(report, lang)` gives the title block, the methods paragraphs and every table as a
header row and body rows of display strings; the writers only style them. Suppressed cells are
"·", absent trend cells "–". Nothing here reads the database: only the protected `Report`.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.domain.places import SOURCE as PLACE_SOURCE
from intake_app.office.report.actor_table import block_least
from intake_app.office.report.build import TABLE_ORDER, Report
from intake_app.office.report.csv_out import cell_text
from intake_app.office.report.tables import TOTAL, Table, pair_least
from intake_app.office.report.texts import TABLE_TITLES, category_label, row_label, text


@dataclass(frozen=True)
class Grid:
    """One table for display: `header` and `body` rows of strings, `key` lines under it."""

    name: str
    title: str
    header: list[str]
    body: list[list[str]]
    key: list[str]


def grid(table: Table, lang: str) -> Grid:
    """`table` as strings, labels in `lang`."""
    title = TABLE_TITLES[table.name][lang]
    if table.one_way:
        body = [[row_label(table.name, row, lang), cell_text(table, (row, ""))]
                for row in [*table.rows, TOTAL]]
        return Grid(table.name, title, ["", "n"], body, [])
    cols = [*table.cols, TOTAL] if table.row_totals else table.cols
    key: list[str] = []
    if table.name == "actor_category":
        header = ["", *(str(i) for i in range(1, len(table.cols) + 1)), text("total", lang)]
        key = [f"{i}. {category_label(c, lang)}" for i, c in enumerate(table.cols, 1)]
    else:
        header = ["", *cols]
    body = [[row_label(table.name, row, lang), *(cell_text(table, (row, c)) for c in cols)]
            for row in [*table.rows, TOTAL]]
    return Grid(table.name, title, header, body, key)


def methods(report: Report, lang: str) -> list[str]:
    """The methods section's paragraphs."""
    # Only the number of hidden cells, which anyone can count in the tables. How many of
    # them are small (primary) must never be told: with the margins that number can pin
    # every hidden cell (a 2 x 2 block of 1, 5 / 5, 7 against 2, 4 / 4, 8).
    hidden = sum(len(table.suppressed) for name, table in report.tables.items()
                 if name != "trend")  # the trend repeats each quarter's own actor totals
    period, first = str(report.quarter), str(report.series[0])
    excluded = (str(report.excluded) if report.excluded_exact
                else text("fewer_than", lang, n=report.fold_below))
    legend = text("legend", lang, below=report.threshold - 1, protection=report.protection,
                  fold_max=report.fold_below - 1, pair_max=pair_least(report.protection) - 2)
    paragraphs = [
        text("m_period", lang, period=period, first=first),
        text("m_count", lang, excluded=excluded,
             analysed=text("fewer_than", lang, n=report.fold_below) if report.too_few
             else report.analysed),
        text("m_excluded", lang, fold=report.fold_below),
    ]
    if report.too_few:
        return [*paragraphs, text("too_few", lang), text("m_repeat", lang), legend]
    return [
        *paragraphs,
        text("m_suppress", lang, threshold=report.threshold, below=report.threshold - 1,
             protection=report.protection, hidden=hidden,
             least=block_least(report.protection)),
        text("m_repeat", lang),
        text("m_other", lang, fold=report.fold_below, protection=report.protection,
             pair=pair_least(report.protection)),
        text("m_mentions", lang),
        text("m_places", lang, source=PLACE_SOURCE),
        text("m_grades", lang),
        legend,
    ]


def grids(report: Report, lang: str) -> list[Grid]:
    """Every table of the report as a grid, in the report's order."""
    return [grid(report.tables[name], lang) for name in TABLE_ORDER]
