"""The office command line speaks the language of its `--lang` in every error, usage errors
included, whatever the terminal's language (review r14i U2, issue 14); without `--lang`, the
terminal's. argparse's own messages come from the one table of sentences (`cli/usage.py`)."""

from __future__ import annotations

import argparse
import inspect
import re
from pathlib import Path

import pytest

from intake_app.cli import usage
from intake_app.cli.office import main as office_main
from intake_app.office import database
from intake_app.office.report.build import MIN_THRESHOLD
from intake_app.sentences import SENTENCES, sentence

OTHER = {"nl": "en", "en": "nl"}
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[rs]")


def usage_error(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as stopped:
        office_main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def expected_usage(lang: str, prog: str, message: str) -> str:
    return f"{prog}: {sentence('usage.line', lang, message=message)}\n"


def argument(lang: str, name: str, message: str) -> str:
    return SENTENCES["usage.argument"][lang] % {"argument_name": name, "message": message}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    database.connect(path).close()
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_usage_errors_speak_the_lang_given_not_the_terminals(
        lang: str, db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SEINPOST_LANG", OTHER[lang])
    base = ["report", "--db", str(db), "--period", "2026-Q1"]
    out = ["--out", str(tmp_path / "out")]
    prog = "intake-office report"
    compare = sentence("report.compare_range", lang, most=40)
    whole = sentence("usage.whole_number", lang)
    cases = {
        "--compare out of range": ([*base, *out, "--compare", "41", "--lang", lang],
                                   argument(lang, "--compare", compare)),
        "--compare not a number": ([*base, *out, "--compare", "x", f"--lang={lang}"],
                                   argument(lang, "--compare", compare)),
        "--threshold not a number": ([*base, *out, "--lang", lang, "--threshold", "x"],
                                     argument(lang, "--threshold", whole)),
        "--protection abbreviated --lang": ([*base, *out, "--la", lang, "--protection", "5.5"],
                                            argument(lang, "--protection", whole)),
        "--out missing": ([*base, "--lang", lang], SENTENCES["usage.required"][lang] % "--out"),
    }
    for case, (argv, message) in cases.items():
        assert usage_error(argv, capsys) == expected_usage(lang, prog, message), case
    unknown = usage_error([*base, *out, "--lang", lang, "--bogus"], capsys)
    assert unknown == expected_usage(lang, "intake-office",
                                     SENTENCES["usage.unrecognized"][lang] % "--bogus")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_refusals_speak_the_lang_given_not_the_terminals(
        lang: str, db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SEINPOST_LANG", OTHER[lang])
    out = ["--out", str(tmp_path / "out"), "--lang", lang]
    not_db = tmp_path / "notes.txt"
    not_db.write_text("not a database\n")
    cases = {
        "period form": (["--db", str(db), "--period", "2026-Q9"],
                        sentence("report.period", lang, first=2000, last=2099)),
        "threshold low": (["--db", str(db), "--period", "2026-Q1", "--threshold", "1"],
                          sentence("report.threshold_low", lang, threshold=1, least=MIN_THRESHOLD)),
        "not a database": (["--db", str(not_db), "--period", "2026-Q1"],
                           sentence("office.not_office_db_existing", lang,
                                    path=str(not_db))),
        "no database": (["--db", str(tmp_path / "none.db"), "--period", "2026-Q1"],
                        sentence("office.db_missing", lang, path=str(tmp_path / "none.db"))),
    }
    for case, (argv, expected) in cases.items():
        assert office_main(["report", *argv, *out]) == 1, case
        assert capsys.readouterr().err == f"intake-office: {expected}\n", case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_lang_the_terminals_language_holds_for_usage_errors(
        lang: str, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    err = usage_error(["settings", "--retention", "8"], capsys)
    required = SENTENCES["usage.required"][lang] % "--db"
    assert err == expected_usage(lang, "intake-office settings", required)
    err = usage_error(["no-such-command"], capsys)
    assert err.startswith(f"intake-office: {SENTENCES['usage.argument'][lang].split('%')[0]}")


def test_every_usage_sentence_is_argparses_own_message_with_its_placeholders() -> None:
    source = inspect.getsource(argparse)
    for message, code in {**usage.MESSAGES, **usage.PLURAL_MESSAGES}.items():
        assert f"'{message}'" in source, message  # argparse still asks for this text
        english = SENTENCES[code]["en"]
        if code not in usage.PLURAL_MESSAGES.values():
            assert english == message
        assert sorted(PERCENT.findall(SENTENCES[code]["nl"])) == sorted(PERCENT.findall(english))
