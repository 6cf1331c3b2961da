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


# --- `--help` in the run's language (issue 14) --------------------------------------------------

# English words of the office's help (argparse's own and the commands'), none a Dutch word; the
# command names, options and metavars (open, check, --db, DIR) are taken out before looking.
HELP_ENGLISH = ("the", "and", "for", "with", "from", "this", "show", "usage", "positional",
                "arguments", "options", "message", "exit", "create", "keys", "write", "folder",
                "signals", "remove", "language", "default", "version", "program", "when",
                "only", "whose", "every", "again", "new", "current", "display", "quarters",
                "before", "work", "cards", "verify", "store", "their", "refuse", "registry")


def help_pages(lang: str, monkeypatch, capsys) -> dict[tuple[str, ...], str]:
    """`intake-office [COMMAND ...] --help` of every command, with SEINPOST_LANG=`lang`."""
    from intake_app.cli.office import build_parser

    def paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
        yield path
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from paths(sub, (*path, name))

    monkeypatch.setenv("SEINPOST_LANG", lang)
    pages = {}
    for path in paths(build_parser("en")):
        capsys.readouterr()
        with pytest.raises(SystemExit) as stopped:
            office_main([*path, "--help"])
        assert stopped.value.code == 0
        pages[path] = capsys.readouterr().out
    assert len(pages) >= 16, sorted(pages)
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())


def help_sentences(lang: str) -> list[str]:
    from intake_app.office.report.build import DEFAULT_COMPARE, DEFAULT_THRESHOLD

    return [sentence(code, lang, default=DEFAULT_THRESHOLD if "threshold" in code
                     else DEFAULT_COMPARE, least=MIN_THRESHOLD)
            for code in SENTENCES if code.startswith("office_help.")]


def test_a_dutch_run_shows_every_help_page_in_dutch_only(monkeypatch, capsys) -> None:
    pages = help_pages("nl", monkeypatch, capsys)
    commands = {name for path in pages for name in path}
    for path, page in pages.items():
        words = re.sub(r"\{[^}]*\}|--?[\w-]+|\b[A-Z][A-Z_-]+\b|intake-office|receipts/", " ",
                       page)
        words = " ".join(w for w in words.split() if w not in commands)
        english = [w for w in HELP_ENGLISH if re.search(rf"\b{w}\b", words, re.IGNORECASE)]
        assert english == [], (path, english, page)
    every = flat(" ".join(pages.values()))
    for text in help_sentences("nl"):
        assert flat(text) in every, text  # each command's help is the table's


def test_an_english_run_shows_the_help_it_always_showed(monkeypatch, capsys) -> None:
    pages = help_pages("en", monkeypatch, capsys)
    assert pages[()].startswith("usage: intake-office [-h] [--version] COMMAND ...\n\n"
                                "Seinpost office tool.\n\npositional arguments:\n")
    assert "show this help message and exit" in pages[()]
    assert "show program's version number and exit" in pages[()]
    # The old texts themselves, word for word (the table's English is checked below).
    assert "--out DIR folder for the files" in flat(pages[("report",)])
    assert "quarters before it in the trend (default 4)" in flat(pages[("report",)])
    assert "--dry-run only say what would be removed" in flat(pages[("purge",)])
    assert "check bundles arrived complete and undamaged (no keys)" in pages[()]
    assert "the office database (created where no file is)" in flat(pages[("liaison", "add")])
    every = flat(" ".join(pages.values()))
    for text in help_sentences("en"):
        assert flat(text) in every, text


def test_lang_picks_the_language_of_the_help_too(monkeypatch, capsys) -> None:
    monkeypatch.setenv("SEINPOST_LANG", "en")
    with pytest.raises(SystemExit):
        office_main(["report", "--lang", "nl", "--help"])
    page = capsys.readouterr().out
    assert page.startswith("gebruik: intake-office report ")
    assert sentence("office_help.report_out", "nl") in page
