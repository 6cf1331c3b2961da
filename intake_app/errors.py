"""The one error root of Seinpost.

Every error the package raises on purpose derives from `SeinpostError` and carries a stable
`code` (dotted, lower case, for example ``"vault.wrong_passphrase"``). The window and both command
lines turn the code into one sentence in Dutch or English from the table in
`intake_app/sentences/`; nothing subclasses `ValueError`, so a library's `ValueError` can never
be mistaken for one of ours. An error's text never holds content of a signal.

The rule for what a function raises (docs/ARCHITECTURE.md, "Errors"):

- a fault that a person's input or a file from outside can cause (a card, a receipt, a bundle,
  a profile file, an attachment, a command-line argument, a setting) raises its own
  `SeinpostError` subclass, with a code and a sentence the person can act on;
- a call that breaks a function's documented contract (an argument outside its range, a write
  after close) is a bug in Seinpost, not a situation a person can act on: it raises
  `ContractError`, which reaches people as the "internal" sentence and ends a command line with
  status 70, like any other bug;
- our code never raises a bare `ValueError` or `TypeError`, so an `except ValueError` around a
  library call can never swallow one of our guards (tests/test_error_rule.py).
"""

from __future__ import annotations

import errno
import sys
from typing import ClassVar

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6  # SQLite's primary result codes: another connection
#: SQLite's result codes that mean the disk is full (https://sqlite.org/rescode.html):
#: SQLITE_FULL (13, primary, with any extended code) and SQLITE_IOERR_SHMSIZE (4874), which
#: SQLite returns when it cannot grow the WAL's shared-memory file (it writes one byte per page
#: to claim the space, and that write fails on a full disk; review r7i R7I-8: `init` with
#: ~20 KiB free said "Something went wrong (OperationalError)").
SQLITE_FULL, SQLITE_IOERR_SHMSIZE = 13, 4874


def sqlite_disk_full(exc: BaseException) -> bool:
    """Whether `exc` is SQLite's error (sqlite3.Error, looked for without importing sqlite3)
    saying the disk is full: `SQLITE_FULL` or `SQLITE_IOERR_SHMSIZE` by its result code, or
    an older SQLite's text "database or disk is full"."""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None or not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE):
        return True
    return "disk is full" in str(exc)


class SeinpostError(Exception):
    """Base of every deliberate Seinpost error.

    Subclasses set `code` (a key of `intake_app.sentences.SENTENCES`). A class whose instances
    carry one of several codes (chosen by a reason) lists them all in `codes`, so the generated
    test (`tests/test_error_sentences.py`) can check each has its sentences.

    `SeinpostError(detail=None, *, code=None, **params)`: `detail` is a developer-facing English
    text (the string form; defaults to the class's `default_message` or the English sentence);
    `code` picks one of the class's `codes`; `params` are the few safe values (counts, ids,
    field names, paths the user gave; never signal content) that fill the sentence's
    `{placeholders}`.
    """

    code: str = "internal"
    codes: ClassVar[tuple[str, ...]] = ()
    default_message: ClassVar[str | None] = None

    def __init__(self, detail: str | None = None, *, code: str | None = None,
                 **params: object) -> None:
        if code is not None:
            if code not in self.all_codes():
                raise ContractError(f"{type(self).__name__} does not list the code {code!r}")
            self.code = code
        self.params: dict[str, object] = dict(params)
        if detail is None:
            detail = self.default_message
        if detail is None:
            from intake_app.sentences import sentence  # the table imports nothing from here

            detail = sentence(self.code, "en", **self.params)
        super().__init__(detail)

    @classmethod
    def all_codes(cls) -> tuple[str, ...]:
        """Every code an instance of exactly this class may carry."""
        return cls.codes or (cls.code,)

    def sentence(self, lang: str = "nl") -> str:
        """The sentence a person reads for this error, in `lang` ("nl" or "en")."""
        from intake_app.sentences import sentence

        return sentence(self.code, lang, **self.params)


class ContractError(SeinpostError):
    """A function was called against its documented contract: a bug in Seinpost, never a
    person's fault. `detail` names the broken rule for the developer (no signal content); the
    person reads the "internal" sentence, and a command line exits with status 70."""

    code = "internal"


class Cancelled(SeinpostError):
    """The person cancelled a running task (a `progress` callback raised it); nothing changed."""

    code = "cancelled"
    default_message = "Cancelled: nothing was changed."


class Reason(str):
    """An operating system's reason for a file error: its English text (`os.strerror`, or
    the text the raiser gave), with the code of that reason in the table of sentences
    ("reason.ENOENT", "reason.other"), from which `sentences.sentence` takes it in any other
    language (review r14k, K3: Dutch sentences carried the system's English reason)."""

    code: str

    def __new__(cls, text: str, code: str) -> Reason:
        made = super().__new__(cls, text)
        made.code = code
        return made


class Worded(str):
    """A phrase said inside a sentence (a `{reason}`, a warning): its English text, the string
    itself, as raised, with the code and params (entry names, counts, ids; never content) that
    say it in another language (`in_language`; `sentences.sentence` does so for a param). A
    code the table lacks keeps the English."""

    code: str
    params: dict[str, object]

    def __new__(cls, text: str, code: str, **params: object) -> Worded:
        made = super().__new__(cls, text)
        made.code, made.params = code, dict(params)
        return made

    @classmethod
    def of_error(cls, exc: SeinpostError) -> Worded:
        """`exc` as a phrase: its English text as raised, its code and params otherwise."""
        return cls(str(exc), exc.code, **exc.params)

    def in_language(self, lang: str) -> str:
        """The phrase in `lang` ("nl" or "en")."""
        from intake_app.sentences import SENTENCES, sentence

        if lang == "en" or self.code not in SENTENCES:
            return str(self)
        return sentence(self.code, lang, **self.params)


def os_reason(exc: OSError) -> Reason:
    """The reason of `exc` as a `Reason` ("reason.<errno name>" where the table has one)."""
    name = errno.errorcode.get(exc.errno, "") if isinstance(exc.errno, int) else ""
    return Reason(exc.strerror or type(exc).__name__, f"reason.{name or 'other'}")


def classify(exc: BaseException, *, show_path: bool = True) -> tuple[str, dict[str, object]]:
    """The sentence code and placeholder values for any exception that reaches a front end.

    A `SeinpostError` gives its own code and params; a full disk (the system's ENOSPC or
    SQLite's, `sqlite_disk_full`), a refused or unreadable file,
    a database another program holds (SQLite busy or locked: review r14j R10) and an interrupt
    have their own codes; anything else is "internal" (a bug: never its text, which could hold
    anything). `show_path` adds the file name an `OSError` carries (the
    command lines name the file the user typed; the window does not).
    """
    if isinstance(exc, SeinpostError):
        return exc.code, dict(exc.params)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", {}
    sqlite3 = sys.modules.get("sqlite3")  # not imported here: the window's first screen
    if sqlite_disk_full(exc):
        return "disk_full", {}
    if sqlite3 is not None and isinstance(exc, sqlite3.OperationalError):  # needs none
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return "database_busy", {}
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "disk_full", {}
        where = f": {exc.filename}" if show_path and exc.filename else ""
        reason = os_reason(exc)
        code = "file.not_allowed" if isinstance(exc, PermissionError) else "file.unreadable"
        return code, {"reason": reason, "where": where}
    return "internal", {}
