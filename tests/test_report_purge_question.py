"""On a terminal, `intake-office purge` first says what would go and asks, in the run's
language; only yes removes (review r14j R5: `--older-than 0q`, typed for "keep one year",
removed every ended quarter for good without a word). `--yes` and a script's purge (stdin not
a terminal) do not ask."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from test_report_purge import fill
from test_report_purge_alone import signal_count

from intake_app.sentences import sentence


def purge_on_terminal(args: list[str], cwd: Path, answer: bytes, lang: str
                      ) -> tuple[int, str]:
    """`intake-office purge ARGS` with a pseudo-terminal as stdin, typing `answer`."""
    leader, follower = pty.openpty()
    env = {**os.environ, "SEINPOST_LANG": lang}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "intake_app.cli.office", "purge", *args]
    with subprocess.Popen(command, cwd=cwd, env=env, stdin=follower, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT) as child:
        os.close(follower)
        os.write(leader, answer)
        output, _ = child.communicate(timeout=120)
        os.close(leader)
    return child.returncode, output.decode()


@pytest.mark.parametrize(("lang", "yes"), [("nl", b"j\n"), ("en", b"y\n")])
def test_purge_on_a_terminal_asks_and_only_yes_removes(lang: str, yes: bytes,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    fill(db)
    args = ["--db", str(db), "--older-than", "2026-Q2"]
    question = sentence("office_out.purge_question", lang, count=60)
    code, output = purge_on_terminal(args, tmp_path, b"n\n", lang)
    assert code == 1, output
    assert f"{question} {sentence('cli.yes_no', lang)}" in output
    assert sentence("office_out.nothing_purged", lang) in output
    assert signal_count(db) == 100
    code, output = purge_on_terminal(args, tmp_path, yes, lang)
    assert code == 0 and question in output, output
    assert signal_count(db) == 40


def test_purge_with_yes_on_a_terminal_does_not_ask(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    fill(db)
    code, output = purge_on_terminal(["--db", str(db), "--older-than", "2026-Q2", "--yes"],
                                     tmp_path, b"", "en")
    assert code == 0, output
    assert sentence("office_out.purge_question", "en", count=60) not in output
    assert signal_count(db) == 40
