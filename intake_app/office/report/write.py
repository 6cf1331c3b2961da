"""Write a protected report to a folder: PDF, HTML and one CSV per published table.

Files: `report-<period>-<lang>.pdf`, `report-<period>-<lang>.html`, `<period>-<table>.csv`.
Each is rendered and written in full under a temporary name beside it first
(`stage_report`), and they are renamed into place only once all are written (review r14k,
K5); on an error the temporary files are removed and the folder keeps what it had.

`report_to_folder` is what the command line runs: the files are staged inside the report's
transaction and renamed into place only after its COMMIT succeeded (review r14m R14m-5: a
COMMIT that met a full disk left a complete report in the folder while no publication was
stored, so the quarter could be published a second, different way). A COMMIT that fails
removes them: ReportNotStoredError says no report was written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from intake_app.errors import ContractError, SeinpostError, sqlite_disk_full
from intake_app.fs.atomic import ensure_private_dir, fsync_dir, temp_name, write_atomic
from intake_app.office.report.build import TABLE_ORDER, Report, build_report
from intake_app.office.report.charts import charted_actors, trend_figure
from intake_app.office.report.csv_out import table_csv
from intake_app.office.report.html_out import render_html
from intake_app.office.report.pdf_out import render_pdf
from intake_app.office.report.periods import Quarter

LANGUAGES = ("nl", "en")


class ReportNotStoredError(SeinpostError):
    """Every file of the report was ready, but storing its publication failed (the COMMIT):
    the files were removed, no report was written and nothing was published."""

    code = "report.not_stored"
    codes = ("report.not_stored", "report.not_stored_full")


@dataclass
class StagedReport:
    """A report's files written in full under temporary names (`temps`: final path ->
    temporary path), not yet visible under their own names."""

    temps: dict[Path, Path] = field(default_factory=dict)

    def publish(self) -> list[Path]:
        """Rename every file into place (in order) and return the final paths; on an error
        remove the temporary files left and raise OSError."""
        try:
            for path, temp in self.temps.items():
                os.replace(temp, path)
        except BaseException:
            self.discard()
            raise
        for folder in {path.parent for path in self.temps}:
            fsync_dir(folder)
        return list(self.temps)

    def discard(self) -> None:
        """Remove the temporary files (those already renamed stay)."""
        for temp in self.temps.values():
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def stage_report(report: Report, out_dir: Path, lang: str = "nl") -> StagedReport:
    """Render the report files of `report` in `lang` ("nl" or "en") and write them under
    temporary names in `out_dir` (created as a private folder where missing). Raises OSError
    (the folder cannot be made, a file cannot be written: no temporary file is left)."""
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
    staged = StagedReport()
    try:
        for path, data in files.items():
            staged.temps[path] = temp_name(path)
            write_atomic(staged.temps[path], data)
    except BaseException:
        staged.discard()
        raise
    return staged


def write_report(report: Report, out_dir: Path, lang: str = "nl") -> list[Path]:
    """Write the report files of `report` in `lang` ("nl" or "en") into `out_dir` (created as
    a private folder where missing); returns their paths. Raises OSError (the folder cannot
    be made, a file cannot be written: no file of this report is left there)."""
    return stage_report(report, out_dir, lang).publish()


def report_to_folder(conn: sqlite3.Connection, quarter: Quarter, out_dir: Path,
                     lang: str = "nl", **settings: object) -> list[Path]:
    """Build the report of `quarter` (`build_report` with `settings`: compare, threshold,
    protection, today) and write its files into `out_dir`; returns their paths.

    The files are staged in the report's transaction and become visible only once its
    publications are committed. Raises what `build_report` and `stage_report` raise (nothing
    stored, no file left), and ReportNotStoredError ("report.not_stored_full" for a full
    disk) when the COMMIT fails after the files were staged: they are removed.
    """
    staged: list[StagedReport] = []
    try:
        build_report(conn, quarter, deliver=lambda made: staged.append(
            stage_report(made, out_dir, lang)), **settings)
    except BaseException as exc:
        for files in staged:
            files.discard()
        if staged and isinstance(exc, sqlite3.Error | OSError):
            full = sqlite_disk_full(exc) or getattr(exc, "errno", None) == errno.ENOSPC
            raise ReportNotStoredError(
                "storing the report's publication failed; its files were removed",
                code="report.not_stored_full" if full else "report.not_stored",
                path=str(out_dir)) from exc
        raise
    return staged[0].publish()
