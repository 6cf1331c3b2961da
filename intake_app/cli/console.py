"""Terminal output for both command lines: lines, warnings, questions and one progress bar.

Results go to stdout, everything else (warnings, questions, progress, errors) to stderr. The
progress bar is tqdm's: drawn on a terminal, silent when stderr is a pipe or a file, so scripts
and logs get only the lines that say what happened.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from tqdm import tqdm

from intake_app.cli.errors import CliError
from intake_app.sentences import sentence

MAX_ANSWER = 1024  # characters of a typed answer


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the command lines' sentences: "nl" for a Dutch locale, else "en".

    `SEINPOST_LANG` (as for the window) wins, then the usual LC_ALL, LC_MESSAGES, LANG.
    """
    env = os.environ if environ is None else environ
    for name in ("SEINPOST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def _read_as_utf8(stdin: TextIO) -> None:
    """Decode the process's stdin as UTF-8, strictly, whatever the locale says. On Windows
    Python decodes a pipe or a redirected file with the ANSI code page, so a Notepad file's
    byte-order mark piped as a passphrase arrived as "ï»¿", "é" as "Ã©", and the correct
    passphrase counted as wrong (review r7h, R7H-8). Input that is not UTF-8 then raises
    UnicodeDecodeError where it is read (cli/passphrase.py says so in one sentence). A stream
    that cannot be reconfigured (already read from, or not a text file) is left as it is."""
    with contextlib.suppress(AttributeError, ValueError, OSError, io.UnsupportedOperation):
        stdin.reconfigure(encoding="utf-8", errors="strict")  # type: ignore[attr-defined]


class Console:
    """The terminal of one command run: `prog` prefixes every error line; `language` ("nl" or
    "en") is what its sentences are said in (the command's `--lang`, else the terminal's)."""

    def __init__(self, prog: str, stdin: TextIO, stdout: TextIO, stderr: TextIO,
                 language: str | None = None) -> None:
        self.prog = prog
        if stdin is sys.stdin:
            _read_as_utf8(stdin)
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.language = language or cli_language()  # the command's --lang, else the terminal's
        self._bar: tqdm | None = None
        self._bar_label = ""

    def out(self, line: str) -> None:
        """One line of result on stdout."""
        print(line, file=self.stdout, flush=True)

    def say(self, code: str, **params: object) -> None:
        """One line of result on stdout: the sentence `code` in this run's language."""
        self.out(sentence(code, self.language, **params))

    def error(self, line: str) -> None:
        """One error line on stderr, `prog: line`."""
        self.progress_done()
        print(f"{self.prog}: {line}", file=self.stderr, flush=True)

    def warn(self, line: str) -> None:
        """One warning line on stderr."""
        self.progress_done()
        print(sentence("cli.warning", self.language, line=line), file=self.stderr, flush=True)

    def ask(self, question: str) -> str:
        """One answer line from stdin (the question on stderr); CliError at end of input."""
        self.progress_done()
        print(question, end=" ", file=self.stderr, flush=True)
        answer = self.stdin.readline(MAX_ANSWER)
        if not answer:
            raise CliError("cli.no_answer")
        return answer.strip()

    def confirm(self, question: str) -> bool:
        """A yes/no question; only y, yes, j or ja is yes."""
        answer = self.ask(f"{question} {sentence('cli.yes_no', self.language)}")
        return answer.lower() in ("y", "yes", "j", "ja")

    def progress(self, label: str, done: int, total: int) -> None:
        """Show `done` of `total` (bytes) under `label`; a new label starts a new bar."""
        if self._bar is None or label != self._bar_label:
            self.progress_done()
            # disable=None: tqdm draws only when stderr is a terminal.
            self._bar = tqdm(total=max(total, 0), desc=label, file=self.stderr, disable=None,
                             unit="B", unit_scale=True, unit_divisor=1024, leave=False)
            self._bar_label = label
        if total != self._bar.total:
            self._bar.total = max(total, 0)
        self._bar.update(max(done - self._bar.n, 0))

    def progress_done(self) -> None:
        """Remove the bar (if one is showing) so the next line starts clean."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def tell_if_purged(session: object, console: Console) -> None:
    """Say at once when this unlock met a vault.json the store had not seen
    (`session.undone_notice`): a security setting may have been undone (store/vault_seen.py).
    Say too when sealed files lie in the profile that its store does not list
    (store/unlisted.py). An emptying is never told: only the duress key empties, so whoever
    sees it typed the duress passphrase, perhaps watched (docs/SECURITY.md, *Purges*)."""
    if getattr(session, "undone_notice", False):
        console.warn(sentence("vault.state_undone", console.language))
    unlisted = getattr(session, "unlisted_sealed", ())
    if unlisted:  # an older store.db put back, or files planted (store/unlisted.py)
        code = getattr(session, "unlisted_notice", "store.sealed_unlisted")
        console.warn(sentence(code, console.language, count=len(unlisted)))
