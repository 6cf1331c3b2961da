"""The headless liaison commands; filled in by the vault and bundle work."""

from __future__ import annotations

import sys


def run_headless(args: list[str]) -> int:
    print(f"intake-app: unknown command {args[0]!r}", file=sys.stderr)
    return 2
