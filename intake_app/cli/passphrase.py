"""The one passphrase reader of both command lines.

From `--passphrase-file FILE` (its first line; the file at most 16 KiB, UTF-8) or asked without
echo on a terminal (a line from stdin otherwise, for scripts). A new passphrase typed by hand is
asked twice. A line ends only at CRLF, LF or CR, and exactly one leading byte-order mark and
that one line ending are dropped: everything else is the passphrase, as the window and the
library take it. (`str.splitlines` also breaks at U+2028, U+0085, form feed and more, so a
passphrase holding one was cut and the correct passphrase counted as wrong: review r7d, D5.)
An empty passphrase is refused here, before any key file or vault is touched.
Strength rules and normalisation belong to the vault (`intake_app/vault/`), not to this reader:
it drops surrounding whitespace (a space `echo` in cmd.exe leaves before CRLF) for the window
and both command lines alike.
"""

from __future__ import annotations

import getpass
import re
import sys
from pathlib import Path

from intake_app.cli.console import Console
from intake_app.cli.errors import CliError
from intake_app.fs import outside
from intake_app.sentences import sentence

MAX_PASSPHRASE_FILE = 16 * 1024  # bytes: 4096 characters of up to 4 bytes, the vault's limit
BOM = "\ufeff"
_LINE_END = re.compile(r"\r\n|\n|\r")


def read_passphrase(console: Console, path: str | Path | None, *, confirm: bool,
                    prompt: str = "prompt.passphrase",
                    new_prompt: str = "prompt.new_passphrase") -> str:
    """The passphrase from the first line of `path`, or asked on the terminal: `prompt` (or
    with `confirm`, `new_prompt`, then "prompt.passphrase_again") are codes of the one table,
    asked in the console's language.

    Raises CliError ("cli.passphrase_file_too_large", "cli.passphrase_file_not_text",
    "cli.passphrase_input_not_text", "cli.passphrases_differ", "cli.passphrase_empty") or
    OSError if the file cannot be read.
    """
    if path is not None:
        passphrase = _from_file(Path(path))
    else:
        asked = sentence(new_prompt if confirm else prompt, console.language)
        passphrase = _ask_hidden(console, asked)
        again = sentence("prompt.passphrase_again", console.language)
        if confirm and _ask_hidden(console, again) != passphrase:
            raise CliError("cli.passphrases_differ")
    if not passphrase:
        raise CliError("cli.passphrase_empty")
    return passphrase


def _from_file(path: Path) -> str:
    data = outside.read_outside(path, outside.PASSPHRASE)  # a FIFO or device never blocks
    if len(data) > MAX_PASSPHRASE_FILE:
        raise CliError("cli.passphrase_file_too_large")
    try:
        # A UTF-16 file (Windows PowerShell 5.1's `>`, Notepad's "Unicode") says so by its
        # byte-order mark; anything else must be UTF-8 (review r7h, R7H-5).
        text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8")
    except UnicodeDecodeError:
        raise CliError("cli.passphrase_file_not_text") from None
    return first_line(text)


def first_line(text: str) -> str:
    """`text` without one leading byte-order mark, up to its first CRLF, LF or CR (the whole
    text when it has none). No other character ends the line."""
    return _LINE_END.split(text.removeprefix(BOM), maxsplit=1)[0]


def _ask_hidden(console: Console, prompt: str) -> str:
    console.progress_done()
    if console.stdin is sys.stdin and sys.stdin.isatty():
        return getpass.getpass(prompt, stream=console.stderr)
    # Not a terminal (a script or a test): read a line, show the prompt on stderr.
    print(prompt, end="", file=console.stderr, flush=True)
    try:
        line = console.stdin.readline(MAX_PASSPHRASE_FILE)  # UTF-8: cli/console.py
    except UnicodeDecodeError:
        raise CliError("cli.passphrase_input_not_text") from None
    return first_line(line)
