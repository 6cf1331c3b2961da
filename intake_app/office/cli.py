"""`intake-office`: the central office's tool."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print("intake-office: no command yet", file=sys.stderr)
    return 2 if args else 0
