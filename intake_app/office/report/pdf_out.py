"""The report as PDF (A4 with reportlab): title, methods, the trend chart, then the tables.

The font is DejaVu Sans as shipped inside matplotlib, embedded, so every name prints. With
reportlab's invariant mode the file is byte-identical for the same report (its creation date is
reportlab's fixed one, not the clock).
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from intake_app.office.report.build import Report
from intake_app.office.report.layout import Grid, grids, methods
from intake_app.office.report.texts import text

_FONT = "DejaVuSans"
_BOLD = "DejaVuSans-Bold"


def _fonts() -> None:
    if _FONT in pdfmetrics.getRegisteredFontNames():
        return
    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(_FONT, str(ttf / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_BOLD, str(ttf / "DejaVuSans-Bold.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=_BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle("h2", fontName=_BOLD, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=_FONT, fontSize=8.5, leading=11, spaceAfter=4),
        "key": ParagraphStyle("key", fontName=_FONT, fontSize=7, leading=8.5),
        "cell": ParagraphStyle("cell", fontName=_FONT, fontSize=7, leading=8.5),
    }


_PAD = 6  # points: reportlab's default left and right padding of a table cell
_LABEL_MOST, _LABEL_LEAST = 60 * mm, 25 * mm


def _widths(g: Grid, width: float) -> tuple[float, float, int]:
    """The label column's width, a number column's width and how many number columns fit
    beside the label on one line of `width` points: each number column is at least as wide
    as its widest header or cell (a quarter such as "2026-Q3" in bold), the label column as
    its longest word, so nothing runs together or breaks inside a word (review r14m R14m-8:
    from 16 columns reportlab refused the table, at 12 to 15 the headings ran together)."""
    numbers = len(g.header) - 1
    need = max(pdfmetrics.stringWidth(cell, font, 7) for font, rows in
               ((_BOLD, [g.header[1:]]), (_FONT, [row[1:] for row in g.body])) for row in rows
               for cell in row) + _PAD  # right-aligned: the left padding may be used
    word = max((pdfmetrics.stringWidth(w, _FONT, 7) for row in [g.header, *g.body]
                for w in row[0].split()), default=0) + 2 * _PAD + 1
    label_least = min(max(_LABEL_LEAST, word), _LABEL_MOST)
    if numbers <= 2:
        return 90 * mm, 20 * mm, numbers
    label = min(_LABEL_MOST, width - numbers * max(11 * mm, need))
    if label >= label_least:  # all on one line, as wide as before
        return label, max(9 * mm, need, (width - label) / numbers), numbers
    fit = max(1, int((width - label_least) // max(9 * mm, need)))
    label = min(_LABEL_MOST, width - fit * max(11 * mm, need))
    label = max(label, label_least)
    return label, (width - label) / fit, fit


def _block(g: Grid, columns: range, styles: dict[str, ParagraphStyle], label: float,
           number: float) -> PdfTable:
    """The label column and the number columns `columns` (1-based, into `g.header`)."""
    data = [[Paragraph(escape(g.header[0]), styles["cell"]), *(g.header[c] for c in columns)]]
    data += [[Paragraph(escape(row[0]), styles["cell"]), *(row[c] for c in columns)]
             for row in g.body]
    table = PdfTable(data, colWidths=[label, *([number] * len(columns))], repeatRows=1,
                     hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), _FONT),
        ("FONTNAME", (0, 0), (-1, 0), _BOLD),
        ("FONTNAME", (1, -1), (-1, -1), _BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _table(g: Grid, styles: dict[str, ParagraphStyle], width: float) -> list:
    """The grid as flowables: its title, the table, its key. A table wider than the page
    (a long trend: `--compare` up to 40 quarters) is split into blocks of as many number
    columns as fit, one under the other, each with the label column again."""
    label, number, fit = _widths(g, width)
    numbers = len(g.header) - 1
    blocks = [_block(g, range(first, min(first + fit, numbers + 1)), styles, label, number)
              for first in range(1, numbers + 1, max(fit, 1))]
    title = Paragraph(escape(g.title), styles["h2"])
    key = [Paragraph(escape(line), styles["key"]) for line in g.key]
    parts = [[title, blocks[0]], *([Spacer(1, 3 * mm), block] for block in blocks[1:])]
    parts[-1] += key
    if len(g.body) <= 30:  # each block kept whole on a page, the title with the first
        return [KeepTogether(part) for part in parts]
    return [item for part in parts for item in part]


def render_pdf(report: Report, lang: str, chart_png: bytes | None) -> bytes:
    """The PDF as bytes."""
    _fonts()
    styles = _styles()
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=f"{text('title', lang)} {report.quarter}",
        author="Seinpost", creator="Seinpost", producer="Seinpost", subject="", keywords="",
        invariant=1)
    story: list = [
        Paragraph(escape(text("title", lang)), styles["title"]),
        Paragraph(escape(text("subtitle", lang, period=report.quarter)), styles["h2"]),
        Paragraph(escape(text("intro", lang)), styles["body"]),
        Paragraph(escape(text("methods", lang)), styles["h2"]),
        *(Paragraph(escape(p), styles["body"]) for p in methods(report, lang)),
    ]
    if chart_png is not None:
        image = Image(io.BytesIO(chart_png))
        scale = document.width / image.drawWidth
        image.drawWidth, image.drawHeight = document.width, image.drawHeight * scale
        story += [Spacer(1, 4 * mm), image,
                  Paragraph(escape(text("chart_note", lang)), styles["key"])]
    for g in grids(report, lang):
        story += _table(g, styles, document.width)
    document.build(story)
    return out.getvalue()
