"""Review r14m R14m-8: `report --compare` takes up to 40 quarters (ten years), but the PDF's
trend table was one row of columns on an A4 page: from 15 quarters back reportlab refused it
("Something went wrong inside Seinpost"), and from 11 the quarter headings ran into each other
("2023-Q12023-Q2"). Now a table wider than the page is split into blocks of as many quarters as
fit, each under the other with the actor names again; the text poppler reads from the PDF has
every quarter as its own word and every actor name whole.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from report_kit import coded_rows, insert_coded
from test_report_output import pdf_text

from intake_app.cli.office import main as office_main
from intake_app.cli.office_report import MOST_COMPARE
from intake_app.office import database
from intake_app.office.report.periods import Quarter
from intake_app.office.report.texts import row_label

PERIOD = Quarter(2026, 3)


@pytest.mark.parametrize("compare", [12, MOST_COMPARE])
def test_a_long_trend_gives_a_pdf_whose_every_quarter_and_actor_can_be_read(
        compare: int, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    conn = database.connect(db)
    starts = [PERIOD.shifted(-k).start for k in range(MOST_COMPARE + 1)]
    insert_coded(conn, coded_rows(random.Random(8), 40 * len(starts), starts))
    conn.close()
    out = tmp_path / "out"
    assert office_main(["report", "--db", str(db), "--period", str(PERIOD), "--compare",
                        str(compare), "--out", str(out), "--lang", "nl"]) == 0

    words = pdf_text(out / f"report-{PERIOD}-nl.pdf").split()
    quarters = [str(q) for q in PERIOD.series(compare)]
    assert [q for q in quarters if q not in words] == []
    assert [w for w in words if re.search(r"Q[1-4]\d", w)] == []  # none ran into the next
    trend = (out / f"{PERIOD}-trend.csv").read_text(encoding="utf-8").splitlines()
    assert trend[0].split(",")[1:len(quarters) + 1] == quarters  # the table has them all
    names = [row_label("trend", line.split(",")[0], "nl") for line in trend[1:]]
    assert [w for name in names for w in name.split() if w not in words] == []
