"""Terminal input and output for the headless commands: passphrases, questions, progress."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TextIO

from intake_app.errors import SeinpostError
from intake_app.vault.profile import resolve_profile_dir

MAX_PASSPHRASE_FILE = 16 * 1024


class CliError(SeinpostError):
    """A problem the user can fix, with its one-line message."""

    code = "cli.input"


class Console:
    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self._progress_shown = False

    def out(self, line: str) -> None:
        print(line, file=self.stdout, flush=True)

    def error(self, line: str) -> None:
        self.progress_done()
        print(f"intake-app: {line}", file=self.stderr, flush=True)

    def warn(self, line: str) -> None:
        print(f"Warning: {line}", file=self.stderr, flush=True)

    def ask(self, question: str) -> str:
        print(question, end=" ", file=self.stderr, flush=True)
        answer = self.stdin.readline(1024)
        if not answer:
            raise CliError("No answer given (end of input): nothing was changed.")
        return answer.strip()

    def confirm(self, question: str) -> bool:
        return self.ask(f"{question} [y/N]").lower() in ("y", "yes", "j", "ja")

    def progress(self, label: str, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        self._progress_shown = True
        print(f"\r{label}: {percent:3d}%", end="", file=self.stderr, flush=True)

    def progress_done(self) -> None:
        """End a progress line (if one is showing) so the next line starts clean."""
        if self._progress_shown:
            self._progress_shown = False
            print(file=self.stderr, flush=True)


def read_passphrase(console: Console, passphrase_file: str | None, *, confirm: bool) -> str:
    """From `--passphrase-file` (first line) or asked without echo (twice for a new one)."""
    if passphrase_file is not None:
        with open(passphrase_file, "rb") as handle:
            data = handle.read(MAX_PASSPHRASE_FILE + 1)
        if len(data) > MAX_PASSPHRASE_FILE:
            raise CliError("The passphrase file is too large to be a passphrase file.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CliError("The passphrase file is not UTF-8 text.") from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    first = _ask_hidden(console, "New passphrase: " if confirm else "Passphrase: ")
    if confirm and _ask_hidden(console, "The same passphrase again: ") != first:
        raise CliError("The two passphrases differ: nothing was set up.")
    return first


def _ask_hidden(console: Console, prompt: str) -> str:
    if console.stdin is sys.stdin and sys.stdin.isatty():
        return getpass.getpass(prompt)
    # Not a terminal (a script or a test): read a line, show the prompt on stderr.
    print(prompt, end="", file=console.stderr, flush=True)
    line = console.stdin.readline(MAX_PASSPHRASE_FILE)
    return line.rstrip("\r\n")


def profile_path(option: str | None) -> Path:
    return resolve_profile_dir(option)
