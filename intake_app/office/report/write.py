"""Write a protected report to a folder: PDF, HTML and one CSV per published table.

Files (atomic each): `report-<period>-<lang>.pdf`, `report-<period>-<lang>.html`,
`<period>-<table>.csv`. Returns the paths written, in that order.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.errors import ContractError
from intake_app.fs.atomic import ensure_private_dir, write_atomic
from intake_app.office.report.build import TABLE_ORDER, Report
from intake_app.office.report.charts import charted_actors, trend_figure
from intake_app.office.report.csv_out import table_csv
from intake_app.office.report.html_out import render_html
from intake_app.office.report.pdf_out import render_pdf

LANGUAGES = ("nl", "en")


def write_report(report: Report, out_dir: Path, lang: str = "nl") -> list[Path]:
    """Write the report files of `report` in `lang` ("nl" or "en") into `out_dir`."""
    if lang not in LANGUAGES:
        raise ContractError("lang must be nl or en")  # the command line only offers these
    out_dir = ensure_private_dir(Path(out_dir))
    chart = not report.too_few and bool(charted_actors(report.tables["trend"]))
    png = trend_figure(report.tables["trend"], lang, "png") if chart else None
    svg = trend_figure(report.tables["trend"], lang, "svg") if chart else None
    period = str(report.quarter)
    written = []
    pdf = out_dir / f"report-{period}-{lang}.pdf"
    write_atomic(pdf, render_pdf(report, lang, png))
    html = out_dir / f"report-{period}-{lang}.html"
    write_atomic(html, render_html(report, lang, svg))
    written += [pdf, html]
    for name in TABLE_ORDER:
        path = out_dir / f"{period}-{name}.csv"
        write_atomic(path, table_csv(report.tables[name]))
        written.append(path)
    return written
