"""`intake-app`: with no arguments the desktop app, with a subcommand the headless liaison tool."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        # Imported here so the headless commands never load Qt.
        from intake_app.app import run_gui

        return run_gui()
    from intake_app.services.cli import run_headless

    return run_headless(args)
