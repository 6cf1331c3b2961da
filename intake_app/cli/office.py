"""`intake-office`: the central office's tool.

Each subcommand is one small `_cmd_*` function that declares its arguments and points at a
runner `_run_*(args, console)`; the work itself lives in the office engine (keys, registry,
opening, receipts). To add a command, write its two functions and add the first to `COMMANDS`.

Errors are one line on stderr with the same sentence and exit status as in `intake-app` (see
`front_door.py`). Never a traceback, never signal content.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from intake_app.cli import front_door, office_commands, office_report, usage
from intake_app.cli.console import Console, cli_language
from intake_app.cli.passphrase import read_passphrase
from intake_app.crypto import keycard
from intake_app.office import keys
from intake_app.sentences import sentence

PROG = "intake-office"

Runner = Callable[[argparse.Namespace, Console], int]


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=usage.help_text("office_help.passphrase_file"))


# --- keygen ------------------------------------------------------------------------------------

def _cmd_keygen(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keygen", help=usage.help_text("office_help.keygen"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help=usage.help_text("office_help.keys_out"))
    p.add_argument("--name", required=True, help=usage.help_text("office_help.card_name"))
    _passphrase_option(p)
    p.set_defaults(run=_run_keygen)


def _run_keygen(args: argparse.Namespace, console: Console) -> int:
    passphrase = read_passphrase(console, args.passphrase_file, confirm=True,
                                 new_prompt="prompt.new_office_passphrase")
    paths = keys.generate_office_keys(args.out, args.name, passphrase)
    card = keycard.load_card(paths.card)
    console.say("office_out.keys_written", folder=paths.directory)
    console.say("office_out.read_fingerprint", card=paths.card)
    console.out(f"  {card.fingerprint}")
    return 0


# --- card show ---------------------------------------------------------------------------------

def _cmd_card(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help=usage.help_text("office_help.card"))
    card_sub = p.add_subparsers(dest="card_command", required=True, metavar="COMMAND")
    show = card_sub.add_parser("show", help=usage.help_text("office_help.card_show"))
    show.add_argument("card", type=Path, metavar="CARD")
    show.set_defaults(run=_run_card_show)


def _run_card_show(args: argparse.Namespace, console: Console) -> int:
    for line in card_lines(keycard.load_card(args.card), console.language):
        console.out(line)
    return 0


def card_lines(card: keycard.KeyCard, lang: str) -> list[str]:
    """A card for reading aloud, one `label: value` line each, the labels in `lang` and in
    one column (what `keycard.card_summary` says, from the one table)."""
    role = sentence(f"card.role.{card.role}", lang) if card.role in keycard.ROLES else card.role
    rows = [("card.role", role), ("card.name", card.name), ("card.key_id", card.key_id),
            ("card.fingerprint", card.fingerprint),
            *(("card.recipient", recipient) for recipient in card.recipients),
            ("card.created", card.created)]
    if card.endorsement is not None:
        rows.append(("card.endorsed_by",
                     sentence("card.endorsement", lang, key_id=card.endorsement.key_id)))
    labels = [sentence(code, lang) + ":" for code, _ in rows]
    width = max(map(len, labels)) + 2  # English as `card_summary`: "endorsed by:  "
    return [f"{label:<{width}}{value}" for label, (_, value) in zip(labels, rows, strict=True)]


# --- rotate ------------------------------------------------------------------------------------

def _cmd_rotate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rotate", help=usage.help_text("office_help.rotate"))
    p.add_argument("--keys", type=Path, required=True, metavar="DIR",
                   help=usage.help_text("office_help.keys"))
    p.add_argument("--name", help=usage.help_text("office_help.rotate_name"))
    _passphrase_option(p)
    p.set_defaults(run=_run_rotate)


def _run_rotate(args: argparse.Namespace, console: Console) -> int:
    passphrase = read_passphrase(console, args.passphrase_file, confirm=False,
                                 prompt="prompt.office_passphrase")
    rotation = keys.rotate_office_keys(args.keys, passphrase, args.name)
    console.say("office_out.rotated", card=rotation.current.card,
                key_id=rotation.old_card.key_id)
    console.say("office_out.new_fingerprint", fingerprint=rotation.new_card.fingerprint)
    console.say("office_out.previous_keys", folder=rotation.retired.directory)
    console.say("office_out.chain_written", chain=rotation.chain, count=rotation.chain_cards,
                card=rotation.current.card)
    return 0


# --- dispatch ----------------------------------------------------------------------------------

COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _cmd_keygen,
    _cmd_card,
    _cmd_rotate,
    *office_commands.COMMANDS,
    *office_report.COMMANDS,
]


# Options whose value may start with "-" ("-1q" is refused by `purge`'s own sentence).
DASH_VALUES = ("--older-than",)


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The parser of `intake-office`, its help texts in `language` ("nl" or "en"; default the
    terminal's: `console.cli_language`)."""
    with usage.speaking(language or cli_language()):
        parser = front_door.new_parser(PROG, usage.help_text("office_help.tool"))
        sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
        for add in COMMANDS:
            add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`intake-office COMMAND ...`; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    language = usage.language_of(argv)
    args = build_parser(language).parse_args(usage.dash_values(argv, DASH_VALUES))
    console = Console(PROG, sys.stdin, sys.stdout, sys.stderr, language)
    run: Runner = args.run
    return front_door.run(console, lambda: run(args, console))


if __name__ == "__main__":
    sys.exit(main())
