"""What leaves the office in a report: counts only, the same bytes every time.

The canary test stores 200 real signals whose every free-text field, attachment (name and
content), item id, bundle id and liaison name holds a unique string, writes the report in both
languages, and looks for every string in the PDF's text as poppler's `pdftotext` reads it, in
the HTML and in every CSV. Also: the CLI writes the files, the report is deterministic, and
signals whose consent excludes analysis are left out and counted.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from report_kit import add_bundle, add_liaison, add_signal, coded_rows, insert_coded, random_form

from intake_app.cli.office import main as office_main
from intake_app.office import database
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
from intake_app.office.report.write import write_report

QUARTER = Quarter(2026, 3)


def _letters(number: int) -> str:
    """A number as letters only (place names may hold no digits)."""
    out = ""
    while True:
        out = "abcdefghijklmnopqrstuvwxyz"[number % 26] + out
        number //= 26
        if not number:
            return out


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed: it is in .ci/run's install list")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, timeout=60)
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def canary_office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("canary")
    db = root / "office.db"
    conn = database.connect(db)
    rng = random.Random(14)
    canaries: list[str] = []
    liaisons = []
    for n in range(4):
        name = f"Liaisoncanary {_letters(n + 1000)}"
        key_id = add_liaison(conn, name)
        bundle = f"{n:02d}" + "c4a7" * 7 + "ab"
        add_bundle(conn, key_id, bundle, 1)
        liaisons.append((key_id, bundle))
        canaries += [name, bundle, key_id]
    for n in range(200):
        key_id, bundle = liaisons[n % 4]
        item_id = f"{n:04d}" + "ca7a" * 7
        tag = _letters(n + 700)
        description = f"Descriptioncanary{tag} op de markt"
        notes = f"Notescanary{tag}"
        place = f"Placecanary {tag}"
        attachment_name = f"attachments/01-filecanary{tag}.txt"
        content = f"Contentcanary{tag}".encode()
        form = random_form(rng, description=description, impact_notes=notes,
                           place={"kind": "municipality", "value": place},
                           actor=rng.choice(("RU", "TR", "CN")))
        month = 7 + n % 3 if n % 5 else 4 + n % 3  # most in 2026-Q3, some in Q2
        add_signal(conn, db, key_id, bundle, item_id, f"2026-{month:02d}-1{n % 9}T08:00:00Z",
                   form, [(attachment_name, content)])
        canaries += [description, notes, place, attachment_name, content.decode(), item_id]
    conn.close()
    return db, canaries


def test_no_canary_reaches_the_pdf_html_or_csv(canary_office, tmp_path: Path) -> None:
    db, canaries = canary_office
    for lang in ("nl", "en"):
        assert office_main(["report", "--db", str(db), "--period", "2026-Q3", "--out",
                            str(tmp_path), "--lang", lang]) == 0
    files = sorted(tmp_path.iterdir())
    assert {p.suffix for p in files} == {".pdf", ".html", ".csv"}
    texts = {}
    for path in files:
        texts[path.name] = pdf_text(path) if path.suffix == ".pdf" else path.read_text("utf-8")
    pdf = texts["report-2026-Q3-nl.pdf"]
    assert "Fenomeenbeeld" in pdf and "Rusland" in pdf  # the reader does read the text
    assert "Phenomenon picture" in texts["report-2026-Q3-en.pdf"]
    lowered = {name: text.lower() for name, text in texts.items()}
    for canary in canaries:
        for needle in {canary.lower(), canary.lower()[:16]} - {""}:
            found = [name for name, text in lowered.items() if needle in text]
            assert found == [], (canary, found)
    for word in ("canary", "markt", "2026-07", "2026-08", "2026-09"):
        assert not any(word in text for text in lowered.values()), word


def test_unknown_free_text_places_count_as_unknown(canary_office) -> None:
    db, _ = canary_office
    conn = database.connect(db)
    report = build_report(conn, QUARTER)
    conn.close()
    region = report.tables["region"]
    assert region.values[("unknown", "")] == report.analysed == 160


def test_the_same_database_gives_the_same_bytes(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, coded_rows(random.Random(5), 400, [q.start for q in QUARTER.series(4)]))
    outputs = []
    for run in ("a", "b"):
        report = build_report(conn, QUARTER)
        written = write_report(report, tmp_path / run, "en")
        outputs.append({p.name: p.read_bytes() for p in written})
    assert outputs[0].keys() == outputs[1].keys()
    for name, data in outputs[0].items():
        assert outputs[1][name] == data, name
    conn.close()


def test_signals_whose_consent_excludes_analysis_are_left_out_and_counted(tmp_path: Path
                                                                           ) -> None:
    conn = database.connect(tmp_path / "office.db")
    rows = coded_rows(random.Random(9), 200, [QUARTER.start])
    rows = [(*r[:9], "office_only", *r[10:]) for r in rows]
    left_out = [(*r[:9], "no_analysis;police", *r[10:]) for r in rows[:7]]
    insert_coded(conn, rows + left_out)
    report = build_report(conn, QUARTER)
    assert report.analysed == 200 and report.excluded == 7
    assert report.tables["actor_category"].shown(("total", "total")) == 200
    written = write_report(report, tmp_path / "out", "en")
    html = next(p for p in written if p.suffix == ".html").read_text("utf-8")
    assert "did not consent to analysis: 7" in html
    conn.close()


def test_bad_period_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    database.connect(tmp_path / "office.db").close()
    code = office_main(["report", "--db", str(tmp_path / "office.db"), "--period", "2026-Q5",
                        "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "2026-Q3" in err


def test_a_quarter_that_has_not_ended_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    database.connect(tmp_path / "office.db").close()
    code = office_main(["report", "--db", str(tmp_path / "office.db"), "--period", "2099-Q1",
                        "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "2099-Q1 has not ended yet" in err and not (tmp_path / "out").exists()
    # The first day it can be reported, not "it ends on" that day (review r14i, U3).
    assert "it can be reported from 2099-04-01" in err
