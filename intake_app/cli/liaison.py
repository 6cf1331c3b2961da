"""`intake-app`: with no command the desktop app, with a subcommand the headless liaison tool
on the same services as the window.

Every error is one line on stderr and a stable exit status (see `front_door.py`), never a
traceback; no line ever contains signal content (only ids, sizes, dates, codes and field names).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

PROG = "intake-app"


def _common(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--profile", metavar="DIR", default=default,
                        help="profile folder (default: the per-user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help="read the passphrase from the first line of FILE instead of asking")


def build_parser() -> argparse.ArgumentParser:
    """The headless tool's parser: every command and its options."""
    # The command modules load the engines: imported here, so the window's start (no command)
    # does not wait for them (benchmarks/startup.py).
    from intake_app.cli import front_door, liaison_settings, liaison_transfer, signal_help

    parser = front_door.new_parser(PROG, "Seinpost liaison tool (headless).")
    _common(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Options may come before or after the command; SUPPRESS keeps the earlier value.
    common = argparse.ArgumentParser(add_help=False)
    _common(common, argparse.SUPPRESS)

    init = sub.add_parser("init", parents=[common], help="set up this profile")
    init.add_argument("--office-card", metavar="CARD", required=True)
    init.add_argument("--fingerprint", metavar="DIGITS",
                      help="the office fingerprint, read from the office (else asked)")
    init.add_argument("--name", default=None,
                      help="the name the office knows you by, on your key card (else asked; "
                           "required without a terminal)")
    init.add_argument("--no-keyring", action="store_true",
                      help="passphrase only, without the system keyring (weaker)")
    init.add_argument("--discard-sealed", action="store_true",
                      help="after an erasure: remove the sealed signals it left (save them "
                           "first: export --keyless)")

    record = sub.add_parser("record", parents=[common], help="save a new draft",
                            epilog=signal_help.record_epilog(),
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    record.add_argument("--from", dest="source", metavar="FILE.json", required=True,
                        help="the signal as JSON (a complete example below)")
    record.add_argument("--attach", metavar="FILE", action="append", default=[], type=Path)
    record.add_argument("--keep-original", dest="keep", nargs=0, action=_KeepOriginal,
                        default=frozenset(),
                        help="seal the attachment given just before as is, not cleaned")

    sub.add_parser("list", parents=[common], help="list drafts and sealed items (no content)")

    delete = sub.add_parser("delete", parents=[common],
                            help="delete a draft or a sealed signal from this laptop for good")
    delete.add_argument("ids", nargs="+", metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    seal = sub.add_parser("seal", parents=[common], help="seal drafts for the office")
    which = seal.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", help="the draft id")
    which.add_argument("--all", action="store_true", help="seal every draft")
    seal.add_argument("--yes", action="store_true",
                      help="seal even when possible identifiers were found")

    sub.add_parser("status", parents=[common], help="vault, keyring and counts")
    card = sub.add_parser("card", parents=[common], help="write your key card for the office")
    card.add_argument("--out", metavar="FILE", required=True, type=Path)
    liaison_transfer.add_parsers(sub, common)
    liaison_settings.add_parsers(sub, common)
    return parser


class _KeepOriginal(argparse.Action):
    """`--keep-original` applies to the `--attach FILE` just before it."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        if not namespace.attach:
            parser.error("--keep-original must follow an --attach FILE")
        keep = set(getattr(namespace, self.dest) or ())
        keep.add(len(namespace.attach) - 1)
        setattr(namespace, self.dest, keep)


def run_headless(args: list[str]) -> int:
    """Run one headless command; returns its exit status."""
    from intake_app.cli import front_door, liaison_commands
    from intake_app.cli.console import Console
    from intake_app.vault.profile import hold_profile, resolve_profile_dir

    console = Console(PROG, sys.stdin, sys.stdout, sys.stderr)
    namespace = build_parser().parse_args(args)

    def command() -> int:
        # One running Seinpost per profile (fs/profile_lock.py, review r12y R18): refused while
        # a window or another command has it open; held until this command ends.
        hold_profile(resolve_profile_dir(namespace.profile))
        try:
            return liaison_commands.COMMANDS[namespace.command](namespace, console)
        except Exception as exc:
            said = liaison_commands.sealed_still_deliverable(exc)
            if said is not None:
                liaison_commands.tell_sealed_left(resolve_profile_dir(namespace.profile),
                                                  console, said)
            raise

    return front_door.run(console, command)


def _gui_profile(args: list[str]) -> str | bool | None:
    """The --profile of a GUI start, None for the default, or False when a command is given."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--profile":
        return args[1]
    if len(args) == 1 and args[0].startswith("--profile="):
        return args[0].split("=", 1)[1]
    return False


#: Qt's own start options a window start lets through to Qt: "-reverse" lays the window out
#: right to left (review r12u F17: it was dropped, so no one could see the mirrored window).
WINDOW_OPTIONS = ("-reverse",)


def main(argv: list[str] | None = None) -> int:
    """`intake-app [--profile DIR] [-reverse]` starts the window; `intake-app COMMAND ...` the
    tool."""
    from intake_app.cli import background_removal

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == [background_removal.COMMAND]:
        return background_removal.finish(args[1:])
    qt_options = [arg for arg in args if arg in WINDOW_OPTIONS]
    profile = _gui_profile([arg for arg in args if arg not in WINDOW_OPTIONS])
    try:
        if profile is not False:
            # Imported here so the headless commands never load Qt; the checks before Qt name
            # a missing library or display in one sentence instead of a traceback or Qt's abort.
            from intake_app.qt_libraries import start_window

            return start_window(profile, qt_options)
        return run_headless(args)
    finally:
        # What a duress unlock left to remove: never waited for (review r7c, F5).
        background_removal.hand_over()
