"""`intake-app seal` asks before it seals an attachment that is not cleaned fully, as the window
does (review r11h F2): on a terminal and on piped input; `--yes` seals without asking."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, write_signal


@pytest.fixture
def draft_with_uncleanable(tmp_path: Path):
    """A profile with one draft (no identifiers in its text) whose one attachment is sealed as it
    is: bytes of no type Seinpost cleans."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"\x01\x02unknown kind of file\x00" * 40)
    recorded = run_cli(["record", "--from", str(write_signal(tmp_path / "s.json")),
                        "--attach", str(evidence), *common], cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    assert "may contain" not in recorded.stderr  # the text alone would not make seal ask
    draft_id = recorded.stdout.split("Saved draft ")[1].split()[0]
    return tmp_path, profile, common, draft_id


def _sealed(profile: Path) -> list[Path]:
    return sorted((profile / "sealed").glob("*.age"))


def _seal_on_terminal(args: list[str], cwd: Path, answer: bytes) -> tuple[int, str]:
    """Run `intake-app ARGS` with a pseudo-terminal as its stdin, typing `answer`; returns the
    exit code and stdout plus stderr."""
    leader, follower = pty.openpty()
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "intake_app", *args]
    with subprocess.Popen(command, cwd=cwd, env=env, stdin=follower, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT) as child:
        os.close(follower)
        os.write(leader, answer)
        output, _ = child.communicate(timeout=120)
        os.close(leader)
    return child.returncode, output.decode()


def test_seal_on_a_terminal_asks_about_an_uncleaned_attachment_and_no_keeps_the_draft(
        draft_with_uncleanable) -> None:
    folder, profile, common, draft_id = draft_with_uncleanable
    code, output = _seal_on_terminal(["seal", draft_id, *common], folder, b"n\n")
    assert code == 0, output
    assert f"Seal draft {draft_id} anyway?" in output
    assert "attachment 1 will be sealed with hidden data" in output
    assert f"Not sealed: {draft_id}" in output and "Sealed " not in output
    assert _sealed(profile) == []


def test_seal_with_piped_yes_seals_the_uncleaned_attachment(draft_with_uncleanable) -> None:
    folder, profile, common, draft_id = draft_with_uncleanable
    result = run_cli(["seal", draft_id, *common], cwd=folder, stdin="y\n")
    assert result.returncode == 0, result.stderr
    assert f"Seal draft {draft_id} anyway?" in result.stderr
    assert "Sealed " in result.stdout and len(_sealed(profile)) == 1


def test_seal_without_an_answer_seals_nothing(draft_with_uncleanable) -> None:
    folder, profile, common, draft_id = draft_with_uncleanable
    result = run_cli(["seal", draft_id, *common], cwd=folder, stdin="")
    assert result.returncode != 0 and "No answer given" in result.stderr
    assert _sealed(profile) == []


def test_seal_yes_seals_the_uncleaned_attachment_without_asking(draft_with_uncleanable) -> None:
    folder, profile, common, draft_id = draft_with_uncleanable
    result = run_cli(["seal", "--yes", draft_id, *common], cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "anyway?" not in result.stderr and "will be sealed with hidden data" in result.stderr
    assert len(_sealed(profile)) == 1


def test_seal_asks_in_dutch_for_a_dutch_locale(draft_with_uncleanable) -> None:
    folder, _, common, draft_id = draft_with_uncleanable
    result = run_cli(["seal", draft_id, *common], cwd=folder, stdin="n\n",
                     env={"SEINPOST_LANG": "nl"})
    assert "bijlage 1 wordt verzegeld met verborgen gegevens" in result.stderr
