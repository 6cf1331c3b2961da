"""One front door per tool: every subcommand of `intake-app` and `intake-office`, given bad input,
answers with one line on stderr (`prog: sentence`) and a stable exit status; the same error reads
the same and exits the same in both tools; usage errors are one line; both tools have --version.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app import __version__
from intake_app.cli.front_door import EXIT_ERROR, EXIT_USAGE
from intake_app.sentences import sentence

TOOLS = {"intake-app": "intake_app", "intake-office": "intake_app.cli.office"}


def run(tool: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANG", "SEINPOST_LANG")}
    return subprocess.run([sys.executable, "-m", TOOLS[tool], *args], cwd=cwd, text=True,
                          capture_output=True, env=env, timeout=120, check=False, input="")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "pass").write_text("a passphrase that opens nothing\n")
    (tmp_path / "empty-pass").write_text("\n")
    (tmp_path / "junk").write_bytes(b"not a card, a bundle or a receipt\n")
    (tmp_path / "signal.json").write_text("{}")
    (tmp_path / "no-profile").mkdir(mode=0o700)  # an empty private folder: no vault in it
    return tmp_path


# Up to the folder (the test's own temporary one), which the sentence names (r7k R7K-7c).
NO_VAULT = ("intake-app", EXIT_ERROR, sentence("vault.not_found", "en", folder="\0").split("\0")[0])
COMMON = ["--profile", "no-profile", "--passphrase-file", "pass"]
NOT_OFFICE_DB = sentence("office.not_office_db", "en", path="junk")
NOT_OFFICE_DB_EXISTING = sentence("office.not_office_db_existing", "en", path="junk")
NO_OFFICE_DB = sentence("office.db_missing", "en", path="office.db")
MISSING = sentence("file.unreadable", "en", reason="No such file or directory", where="")[:30]

CASES = {
    # intake-app: a profile without a vault, or an input file that is not there
    "app init": (["init", "--name", "Yara Okonkwo",
                  "--office-card", "missing.card", "--fingerprint", "1", *COMMON],
                 EXIT_ERROR, "The key card missing.card could not be read"),
    "app record": (["record", "--from", "signal.json", *COMMON], *NO_VAULT[1:]),
    "app list": (["list", *COMMON], *NO_VAULT[1:]),
    "app delete": (["delete", "0" * 32, "--yes", *COMMON], *NO_VAULT[1:]),
    "app seal": (["seal", "--all", *COMMON], *NO_VAULT[1:]),
    "app status": (["status", *COMMON], *NO_VAULT[1:]),
    "app card": (["card", "--out", "my.card", *COMMON], *NO_VAULT[1:]),
    "app export": (["export", "--to", ".", *COMMON], *NO_VAULT[1:]),
    "app receipt import": (["receipt", "import", "junk", *COMMON], *NO_VAULT[1:]),
    "app office-card update": (["office-card", "update", "junk", *COMMON], *NO_VAULT[1:]),
    "app settings": (["settings", "--profile", "no-profile", "--passphrase-file", "empty-pass"],
                     EXIT_ERROR, sentence("cli.passphrase_empty", "en")),
    # intake-office
    "office keygen": (["keygen", "--out", "keys", "--name", "X", "--passphrase-file",
                       "empty-pass"], EXIT_ERROR, sentence("cli.passphrase_empty", "en")),
    "office card show": (["card", "show", "junk"], EXIT_ERROR,
                         sentence("keycard.invalid", "en")),
    "office rotate": (["rotate", "--keys", "no-keys", "--passphrase-file", "pass"], EXIT_ERROR,
                      "The key card no-keys/office.card could not be read"),
    "office liaison add": (["liaison", "add", "junk", "--db", "office.db"], EXIT_ERROR,
                           sentence("keycard.invalid", "en")),
    "office liaison list": (["liaison", "list", "--db", "junk"], EXIT_ERROR,
                            NOT_OFFICE_DB),
    "office liaison revoke": (["liaison", "revoke", "ab", "--db", "office.db"], EXIT_ERROR,
                              sentence("office.registry.key_id_too_short", "en")),
    # `check` reports each bundle on stdout (a courier checks many); see the test below.
    "office open": (["open", "junk", "--into", "office.db", "--keys", "no-keys",
                     "--passphrase-file", "pass"], EXIT_ERROR, NO_OFFICE_DB),
    "office export": (["export", "--format", "jsonl", "--out", "x.jsonl", "--db", "junk"],
                      EXIT_ERROR, NOT_OFFICE_DB_EXISTING),
    "office receipt": (["receipt", "0" * 32, "--out", "r.json", "--db", "office.db"],
                       EXIT_ERROR, NO_OFFICE_DB),
    "office report": (["report", "--db", "junk", "--period", "2026-Q3", "--out", "out"],
                      EXIT_ERROR, NOT_OFFICE_DB_EXISTING),
    "office purge": (["purge", "--db", "junk", "--older-than", "2026-Q1"], EXIT_ERROR,
                     NOT_OFFICE_DB_EXISTING),
    "office settings": (["settings", "--db", "junk", "--retention", "8"], EXIT_ERROR,
                        NOT_OFFICE_DB_EXISTING),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_subcommand_answers_bad_input_with_one_line_and_a_stable_status(
        case: str, inputs: Path) -> None:
    args, status, phrase = CASES[case]
    tool = "intake-app" if case.startswith("app ") else "intake-office"
    result = run(tool, args, inputs)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == status, result.stderr
    assert len(lines) == 1 and lines[0].startswith(f"{tool}: "), result.stderr
    assert phrase in lines[0], result.stderr


def test_every_subcommand_is_covered() -> None:
    from intake_app.cli import liaison, office

    def leaves(parser, prefix: str) -> set[str]:
        found = set()
        for action in parser._subparsers._group_actions if parser._subparsers else ():
            for name, child in action.choices.items():
                sub = leaves(child, f"{prefix}{name} ")
                found |= sub or {f"{prefix}{name}"}
        return found

    wanted = leaves(liaison.build_parser(), "app ") | leaves(office.build_parser(), "office ")
    assert wanted == {*CASES, "office check"}


def test_check_reports_a_bad_bundle_as_one_result_line(inputs: Path) -> None:
    result = run("intake-office", ["check", "missing.zip", "junk"], inputs)
    assert result.returncode == EXIT_ERROR and result.stderr == ""
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("missing.zip: ") and lines[1].startswith("junk: ")


def test_the_same_error_reads_and_exits_the_same_in_both_tools(inputs: Path) -> None:
    pairs = [
        (["settings", "--profile", "no-profile", "--passphrase-file", "empty-pass"],
         ["rotate", "--keys", "no-keys", "--passphrase-file", "empty-pass"]),
        (["settings", "--profile", "no-profile", "--passphrase-file", "missing-pass"],
         ["rotate", "--keys", "no-keys", "--passphrase-file", "missing-pass"]),
    ]
    for app_args, office_args in pairs:
        app, office = run("intake-app", app_args, inputs), run("intake-office", office_args,
                                                               inputs)
        assert app.returncode == office.returncode == EXIT_ERROR
        assert app.stderr.removeprefix("intake-app: ") == \
            office.stderr.removeprefix("intake-office: ")
        assert len(app.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_usage_errors_are_one_line_with_status_2(tool: str, tmp_path: Path) -> None:
    for args in (["no-such-command"], [], ["--no-such-option"]):
        result = run(tool, args, tmp_path)
        if tool == "intake-app" and args == []:
            continue  # no arguments starts the window
        assert result.returncode == EXIT_USAGE
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"{tool}") and "--help" in lines[0]


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_both_tools_say_their_version(tool: str, tmp_path: Path) -> None:
    result = run(tool, ["--version"], tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"{tool} {__version__}"


def test_a_dutch_terminal_reads_the_dutch_sentence(inputs: Path) -> None:
    env = {**os.environ, "LANG": "nl_NL.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("SEINPOST_LANG", None)
    result = subprocess.run([sys.executable, "-m", "intake_app", "list", *COMMON], cwd=inputs,
                            text=True, capture_output=True, env=env, timeout=120, check=False)
    said = sentence("vault.not_found", "nl", folder=str(inputs / "no-profile"))
    assert result.stderr.strip() == f"intake-app: {said}"


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal, as a real tty would."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_progress_is_a_bar_on_a_terminal_and_silent_in_a_pipe(terminal: bool) -> None:
    from intake_app.cli.console import Console

    err = _Terminal() if terminal else io.StringIO()
    console = Console("intake-app", io.StringIO(), io.StringIO(), err)
    for done in range(0, 1 << 20, 1 << 16):
        console.progress("Sealing", done, 1 << 20)
    console.progress("Sealing", 1 << 20, 1 << 20)
    console.progress_done()
    console.out("Sealed")
    assert ("Sealing" in err.getvalue()) is terminal
    assert console.stdout.getvalue() == "Sealed\n"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_profile_names_the_folder_and_the_next_step(inputs: Path, language: str) -> None:
    """Review r7k R7K-7c: "There is no vault in this profile yet." named neither the folder
    (the default one is invisible to a first-time user) nor what to do next."""
    env = {**os.environ, "SEINPOST_LANG": language}
    result = subprocess.run([sys.executable, "-m", "intake_app", "list", *COMMON], cwd=inputs,
                            text=True, capture_output=True, env=env, timeout=120, check=False)
    assert result.returncode == EXIT_ERROR
    assert str(inputs / "no-profile") in result.stderr
    assert "intake-app init --office-card" in result.stderr and "--profile" in result.stderr
