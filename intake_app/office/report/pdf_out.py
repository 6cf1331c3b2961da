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


def _table(g: Grid, styles: dict[str, ParagraphStyle], width: float) -> list:
    data = [[Paragraph(escape(g.header[0]), styles["cell"]), *g.header[1:]]]
    data += [[Paragraph(escape(row[0]), styles["cell"]), *row[1:]] for row in g.body]
    numbers = len(g.header) - 1
    label_width = min(60 * mm, width - numbers * 11 * mm) if numbers > 2 else 90 * mm
    number_width = max(9 * mm, (width - label_width) / numbers) if numbers > 2 else 20 * mm
    table = PdfTable(data, colWidths=[label_width, *([number_width] * numbers)],
                     repeatRows=1, hAlign="LEFT")
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
    title = Paragraph(escape(g.title), styles["h2"])
    key = [Paragraph(escape(line), styles["key"]) for line in g.key]
    if len(g.body) <= 30:
        return [KeepTogether([title, table, *key])]
    return [title, table, *key]


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
