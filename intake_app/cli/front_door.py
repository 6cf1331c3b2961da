"""What both command lines share at their door: the parser set-up and the error-to-exit map.

Usage errors are one line and exit status 2, in the command's language (`cli/usage.py`: its
`--lang` where it has one, else the terminal's). Every other error is one line on stderr,
`<prog>: <sentence>`, with the sentence from `intake_app/sentences/` in the same language
(the console's: `--lang`, else Dutch for a Dutch locale, else English) and a stable exit status:

    0    done
    1    refused or failed for a reason the user can act on (any SeinpostError, a file problem)
    2    the command was called wrongly (argparse usage)
    70   a bug in Seinpost (EX_SOFTWARE, ContractError among them): the line names the error
         type, never its text
    130  interrupted (Ctrl-C)

The one exception to "one line" is a signal with invalid fields: one line per field.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from intake_app import __version__
from intake_app.cli import usage
from intake_app.cli.console import Console
from intake_app.domain.signal_errors import SignalValidationError
from intake_app.errors import ContractError, SeinpostError, classify
from intake_app.sentences import field_error_line, sentence

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (`prog: message (see --help)`), status 2, in
    the command's language (`usage.language_of`: its `--lang`, else the terminal's)."""

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        argv = sys.argv[1:] if args is None else list(args)
        with usage.speaking(usage.language_of(argv)):
            return super().parse_args(argv, namespace)

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None,
                         ) -> tuple[argparse.Namespace, list[str]]:
        argv = sys.argv[1:] if args is None else list(args)
        with usage.speaking(usage.language_of(argv)):
            return super().parse_known_args(argv, namespace)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {usage.usage_line(message)}\n")


def new_parser(prog: str, description: str) -> OneLineParser:
    """The top-level parser of a tool, with `--version` (its help in the language of the
    parser being built: `usage.help_text`)."""
    parser = OneLineParser(prog=prog, description=description)
    parser.add_argument("--version", action="version", version=f"{prog} {__version__}",
                        help=usage.help_text("usage.help_version"))
    return parser


def exit_code(exc: BaseException) -> int:
    """The exit status for an error that ended a command (see the module docstring)."""
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(exc, ContractError):
        return EXIT_INTERNAL  # our own bug, though it is a SeinpostError
    if isinstance(exc, SeinpostError | OSError) or classify(exc)[0] == "database_busy":
        return EXIT_ERROR  # a database another program holds: try again (review r14j R10)
    return EXIT_INTERNAL


def error_line(exc: BaseException, lang: str) -> str:
    """The one line (without the `prog:` prefix) for an error that ended a command."""
    code, params = classify(exc)
    if code == "internal":
        return f"{sentence(code, lang)} ({type(exc).__name__})"
    return sentence(code, lang, **params)


def run(console: Console, command: Callable[[], int]) -> int:
    """Run `command`, turning any error into its one line on stderr and its exit status."""
    try:
        return command()
    except SignalValidationError as exc:
        for problem in exc.errors:
            console.error(f"{problem.field}: " + field_error_line(
                problem.field, problem.code, problem.limit, console.language))
        return exit_code(exc)
    except (Exception, KeyboardInterrupt) as exc:  # the last line of defence: never a traceback
        console.error(error_line(exc, console.language))
        return exit_code(exc)
    finally:
        console.progress_done()
