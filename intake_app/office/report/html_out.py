"""The report as one self-contained HTML page (inline style, the trend chart as inline SVG).

Every string is escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

from html import escape

from intake_app.office.report.build import Report
from intake_app.office.report.layout import Grid, grids, methods
from intake_app.office.report.texts import text

_STYLE = """body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#000}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #888;padding:.2em .5em}
td.n,th.n{text-align:right}caption{text-align:left;font-weight:bold;padding:.3em 0}
tr.total td{font-weight:bold}p.key{font-size:90%}"""


def _table(g: Grid) -> str:
    head = "".join(f'<th class="{"n" if i else ""}">{escape(h)}</th>'
                   for i, h in enumerate(g.header))
    rows = []
    for index, row in enumerate(g.body):
        css = ' class="total"' if index == len(g.body) - 1 else ""
        cells = "".join(f"<td>{escape(v)}</td>" if i == 0 else f'<td class="n">{escape(v)}</td>'
                        for i, v in enumerate(row))
        rows.append(f"<tr{css}>{cells}</tr>")
    key = "".join(f'<p class="key">{escape(line)}</p>' for line in g.key)
    return (f'<table id="{escape(g.name)}"><caption>{escape(g.title)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{key}\n")


def render_html(report: Report, lang: str, chart_svg: bytes | None) -> bytes:
    """The HTML page as UTF-8 bytes."""
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(text('title', lang))} {escape(str(report.quarter))}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(text('title', lang))}</h1>",
        f"<h2>{escape(text('subtitle', lang, period=report.quarter))}</h2>",
        f"<p>{escape(text('intro', lang))}</p>",
        f"<h2>{escape(text('methods', lang))}</h2>",
        *(f"<p>{escape(p)}</p>" for p in methods(report, lang)),
    ]
    if chart_svg is not None:
        svg = chart_svg.decode("utf-8")
        svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype
        parts += [f"<figure>{svg}<figcaption>{escape(text('chart_note', lang))}</figcaption>"
                  "</figure>"]
    parts += [_table(g) for g in grids(report, lang)]
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")
