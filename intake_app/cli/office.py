"""`intake-office`: the central office's tool.

Each subcommand is one small `_cmd_*` function that declares its arguments and points at a
runner; the work itself lives in its own module (keys, registry, opening, receipts). To add a
command, write its two functions and add the first to `COMMANDS`.

Errors a user can cause (a wrong passphrase, a damaged card, a missing file) are printed as one
line on stderr with exit status 1; anything else as one line naming the error type, exit 70.
Never a traceback, never signal content.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from intake_app.cli import office_commands
from intake_app.crypto import age, keycard, signing
from intake_app.errors import SeinpostError
from intake_app.office import keys

PROG = "intake-office"
MAX_PASSPHRASE_FILE = 4096

Runner = Callable[[argparse.Namespace], int]


class CommandError(SeinpostError):
    """A problem with how the command was called or with its input; shown as one line."""

    code = "cli.input"


# Exception types whose message is meant for the user. Add a room's error class here.
USER_ERRORS: tuple[type[BaseException], ...] = (
    CommandError,
    keys.OfficeKeyError,
    keycard.KeyCardError,
    signing.SignatureError,
    age.AgeError,
    OSError,
    *office_commands.USER_ERRORS,
)


# --- helpers shared by commands ----------------------------------------------------------------

def read_passphrase(path: Path | None, *, confirm: bool) -> str:
    """The passphrase from the first line of `path`, or asked on the terminal."""
    if path is not None:
        with open(path, "rb") as handle:
            data = handle.read(MAX_PASSPHRASE_FILE + 1)
        if len(data) > MAX_PASSPHRASE_FILE:
            raise CommandError(f"{path}: too large for a passphrase file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: passphrase file is not UTF-8 text") from exc
        passphrase = text.splitlines()[0] if text else ""
    else:
        passphrase = getpass.getpass("Office passphrase: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise CommandError("the two passphrases differ")
    if not passphrase:
        raise CommandError("the passphrase is empty")
    return passphrase


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the passphrase from the first line of FILE instead of asking")


# --- keygen ------------------------------------------------------------------------------------

def _cmd_keygen(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keygen", help="create the office keys and the public office card")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the keys")
    p.add_argument("--name", required=True, help="display name on the office card")
    _passphrase_option(p)
    p.set_defaults(run=_run_keygen)


def _run_keygen(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    paths = keys.generate_office_keys(args.out, args.name, passphrase)
    card = keycard.load_card(paths.card)
    print(f"Office keys written to {paths.directory}")
    print(f"Hand {paths.card} to the liaisons and read them this fingerprint:")
    print(f"  {card.fingerprint}")
    return 0


# --- card show ---------------------------------------------------------------------------------

def _cmd_card(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="work with key cards")
    card_sub = p.add_subparsers(dest="card_command", required=True, metavar="COMMAND")
    show = card_sub.add_parser("show", help="show a card and its fingerprint for reading aloud")
    show.add_argument("card", type=Path, metavar="CARD")
    show.set_defaults(run=_run_card_show)


def _run_card_show(args: argparse.Namespace) -> int:
    print(keycard.card_summary(keycard.load_card(args.card)))
    return 0


# --- rotate ------------------------------------------------------------------------------------

def _cmd_rotate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rotate", help="new office keys, endorsed by the current signing key")
    p.add_argument("--keys", type=Path, required=True, metavar="DIR", help="the keys folder")
    p.add_argument("--name", help="display name on the new card (default: keep the current)")
    _passphrase_option(p)
    p.set_defaults(run=_run_rotate)


def _run_rotate(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=False)
    rotation = keys.rotate_office_keys(args.keys, passphrase, args.name)
    print(f"New office card: {rotation.current.card} (endorsed by key {rotation.old_card.key_id})")
    print(f"  fingerprint {rotation.new_card.fingerprint}")
    print(f"Previous keys kept in {rotation.retired.directory}")
    return 0


# --- dispatch ----------------------------------------------------------------------------------

COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _cmd_keygen,
    _cmd_card,
    _cmd_rotate,
    *office_commands.COMMANDS,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors: one line and the usual status 2, not argparse's usage block.
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Seinpost office tool.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)
    for add in COMMANDS:
        add(sub)
    return parser


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return str(exc) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    run: Runner = args.run
    try:
        return run(args)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except USER_ERRORS as exc:
        print(f"{PROG}: error: {_describe(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so in one line, without details that could leak data
        print(f"{PROG}: internal error ({type(exc).__name__})", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
