"""Review r7k R7K-1: `record --help` shows a complete signal.json that `record` takes, and the
codes of every field, read from the taxonomy (cli/signal_help.py)."""

from __future__ import annotations

import json
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli

from intake_app.cli.signal_help import EXAMPLE
from intake_app.domain import taxonomy


def _help(tmp_path: Path) -> str:
    result = run_cli(["record", "--help"], cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_record_help_shows_the_example_and_every_code_of_every_list(tmp_path: Path) -> None:
    text = _help(tmp_path)
    start = text.index("  {\n")
    shown = json.loads(text[start:text.index("\n  }\n", start) + 4])
    assert shown == EXAMPLE
    for list_name in ("category", "target", "channel", "place_kind", "impact", "urgency",
                      "anonymity", "consent", "reported_elsewhere", "source_reliability",
                      "information_credibility"):
        for code in taxonomy.codes(list_name):
            assert code in text, (list_name, code)


def test_the_example_in_the_help_is_recorded_as_it_is(tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    (tmp_path / "signal.json").write_text(json.dumps(EXAMPLE))
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    result = run_cli(["--profile", str(tmp_path / "profile"), "--passphrase-file",
                      str(tmp_path / "pass"), "record", "--from", str(tmp_path / "signal.json")],
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
