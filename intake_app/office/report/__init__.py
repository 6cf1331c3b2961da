"""The office's periodic phenomenon picture: counts by code, protected, written as PDF/HTML/CSV.

Public entry points (what the command line uses):
- `Quarter.parse("2026-Q3")`, the report period;
- `build_report(conn, quarter, compare=, threshold=, protection=)` -> `Report` (each quarter
  counted, protected and audited once, stored, and repeated as stored ever after);
- `write_report(report, out_dir, lang)` -> the files written;
- `report_to_folder(conn, quarter, out_dir, lang, **settings)` -> both, the files visible only
  once the quarter's publication is stored (`ReportNotStoredError` otherwise).
"""

from intake_app.office.report.build import (
    DEFAULT_COMPARE,
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    Report,
    ReportPeriodError,
    ReportSettingsError,
    build_report,
)
from intake_app.office.report.periods import PeriodError, Quarter
from intake_app.office.report.write import ReportNotStoredError, report_to_folder, write_report

__all__ = ["DEFAULT_COMPARE", "DEFAULT_THRESHOLD", "MIN_THRESHOLD", "PeriodError", "Quarter",
           "Report", "ReportNotStoredError", "ReportPeriodError", "ReportSettingsError",
           "build_report", "report_to_folder", "write_report"]
