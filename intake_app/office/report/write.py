"""Write a protected report to a folder: PDF, HTML and one CSV per published table.

Files: `report-<period>-<lang>.pdf`, `report-<period>-<lang>.html`, `<period>-<table>.csv`.
Each is rendered and written in full under a temporary name beside it first, and they are
renamed into place only once all are written (review r14k, K5); on an error the temporary
files are removed and the folder keeps what it had. Returns the paths written, in that order.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from intake_app.errors import ContractError
from intake_app.fs.atomic import ensure_private_dir, fsync_dir, temp_name, write_atomic
from intake_app.office.report.build import TABLE_ORDER, Report
from intake_app.office.report.charts import charted_actors, trend_figure
from intake_app.office.report.csv_out import table_csv
from intake_app.office.report.html_out import render_html
from intake_app.office.report.pdf_out import render_pdf

LANGUAGES = ("nl", "en")


def write_report(report: Report, out_dir: Path, lang: str = "nl") -> list[Path]:
    """Write the report files of `report` in `lang` ("nl" or "en") into `out_dir` (created as
    a private folder where missing). Raises OSError (the folder cannot be made, a file cannot
    be written: no file of this report is left there)."""
    if lang not in LANGUAGES:
        raise ContractError("lang must be nl or en")  # the command line only offers these
    out_dir = ensure_private_dir(Path(out_dir))
    chart = not report.too_few and bool(charted_actors(report.tables["trend"]))
    png = trend_figure(report.tables["trend"], lang, "png") if chart else None
    svg = trend_figure(report.tables["trend"], lang, "svg") if chart else None
    period = str(report.quarter)
    files = {out_dir / f"report-{period}-{lang}.pdf": render_pdf(report, lang, png),
             out_dir / f"report-{period}-{lang}.html": render_html(report, lang, svg)}
    for name in TABLE_ORDER:
        files[out_dir / f"{period}-{name}.csv"] = table_csv(report.tables[name])
    _write_all(files)
    return list(files)


def _write_all(files: dict[Path, bytes]) -> None:
    """Write every file of `files` (path -> bytes) under a temporary name, then rename each
    into place; on an error remove the temporary files and raise."""
    temps: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temps[path] = temp_name(path)
            write_atomic(temps[path], data)
        for path, temp in temps.items():
            os.replace(temp, path)
    except BaseException:
        for temp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        raise
    for folder in {path.parent for path in files}:
        fsync_dir(folder)
