"""`intake-app`: with no command the desktop app, with a subcommand the headless liaison tool."""

from __future__ import annotations

import sys


def _gui_profile(args: list[str]) -> str | bool | None:
    """The --profile of a GUI start, None for the default, or False when a command is given."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--profile":
        return args[1]
    if len(args) == 1 and args[0].startswith("--profile="):
        return args[0].split("=", 1)[1]
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    profile = _gui_profile(args)
    if profile is not False:
        # Imported here so the headless commands never load Qt.
        from intake_app.app import run_gui

        return run_gui(profile)
    from intake_app.services.cli import run_headless

    return run_headless(args)
