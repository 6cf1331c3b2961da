"""`intake-office report` and `intake-office purge`: the phenomenon picture and retention.

The work lives in `intake_app.office.report` and `intake_app.office.retention`; these only
parse arguments and print file names and counts (never signal content).
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from intake_app.cli import usage
from intake_app.cli.console import Console
from intake_app.office import database, retention
from intake_app.office.report import (
    DEFAULT_COMPARE,
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    Quarter,
    report_to_folder,
)
from intake_app.sentences import sentence

MOST_COMPARE = 40  # quarters: ten years of trend


def _compare(text: str) -> int:
    """`--compare N`: 0 to MOST_COMPARE quarters; refused in the command's language."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MOST_COMPARE:
        raise argparse.ArgumentTypeError(
            sentence("report.compare_range", usage.parse_language(), most=MOST_COMPARE))
    return value


def cmd_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help=usage.help_text("office_help.report"),
        description=usage.help_text("office_help.report_about"))
    p.add_argument("--db", type=Path, required=True, metavar="DB",
                   help=usage.help_text("office_help.db"))
    p.add_argument("--period", required=True, metavar="YYYY-QN",
                   help=usage.help_text("office_help.period"))
    p.add_argument("--compare", type=_compare, default=DEFAULT_COMPARE, metavar="N",
                   help=usage.help_text("office_help.compare", default=DEFAULT_COMPARE))
    # Plain integers: the engine refuses a bad setting with its own sentence (nl/en).
    p.add_argument("--threshold", type=usage.whole_number, default=None, metavar="N",
                   help=usage.help_text("office_help.threshold", default=DEFAULT_THRESHOLD,
                                        least=MIN_THRESHOLD))
    p.add_argument("--protection", type=usage.whole_number, default=None, metavar="P",
                   help=usage.help_text("office_help.protection"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help=usage.help_text("office_help.report_out"))
    p.add_argument("--lang", choices=usage.LANGUAGES, default=None,
                   help=usage.help_text("office_help.report_lang"))
    p.set_defaults(run=_run_report)


def _run_report(args: argparse.Namespace, console: Console) -> int:
    quarter = Quarter.parse(args.period)
    conn = _open_existing(args.db)
    try:
        # The files are staged before the quarter's publication is stored, so a report that
        # could not be written stores nothing (review r14k, K5), and are visible only once it
        # is stored (review r14m R14m-5).
        written = report_to_folder(conn, quarter, args.out, args.lang or "nl",
                                   compare=args.compare, threshold=args.threshold,
                                   protection=args.protection)
        old = retention.overdue(conn, Quarter.of(datetime.now(UTC).strftime("%Y-%m-%d")))
    finally:
        conn.close()
    for path in written:
        console.out(str(path))
    if old is not None:
        console.warn(sentence("office_out.retention_overdue", console.language, count=old[0],
                              before=old[1], db=args.db))
    return 0


def _open_existing(path: Path) -> sqlite3.Connection:
    return database.connect(path, create=False)


def cmd_purge(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help=usage.help_text("office_help.purge"))
    p.add_argument("--db", type=Path, required=True, metavar="DB",
                   help=usage.help_text("office_help.db"))
    p.add_argument("--older-than", metavar="PERIOD",
                   help=usage.help_text("office_help.older_than"))
    p.add_argument("--dry-run", action="store_true", help=usage.help_text("office_help.dry_run"))
    p.add_argument("--yes", action="store_true",
                   help=usage.help_text("office_help.yes"))
    _language_option(p)
    p.set_defaults(run=_run_purge)


def _language_option(p: argparse.ArgumentParser) -> None:
    """`--lang` for a command whose only output is messages (review r14m R14m-4: purge and
    settings took their language only from the terminal's; `main` reads it from argv)."""
    p.add_argument("--lang", choices=usage.LANGUAGES, default=None,
                   help=usage.help_text("office_help.lang"))


def _run_purge(args: argparse.Namespace, console: Console) -> int:
    """Purge (or with --dry-run say what would go). On a terminal, without --yes, it first says
    what would go and asks (review r14j R5: `--older-than 0q` typed for "keep one year" removed
    every ended quarter for good); a script's purge (stdin not a terminal) does not ask."""
    conn = _open_existing(args.db)
    try:
        today = Quarter.of(datetime.now(UTC).strftime("%Y-%m-%d"))
        before = retention.cutoff(conn, args.older_than, today)
        ask = not args.dry_run and not args.yes and console.stdin.isatty()
        if args.dry_run or ask:
            plan = retention.plan_purge(conn, args.db, before)
            _say_plan(console, "office_out.would_purge", plan)
            if args.dry_run or not (plan.signals or plan.attachment_files):
                return 0  # nothing to remove: no question (review r14m R14m-4)
            if not console.confirm(sentence("office_out.purge_question", console.language,
                                            count=plan.signals)):
                console.say("office_out.nothing_purged")
                return 1
        plan = retention.purge(conn, args.db, before)
    finally:
        conn.close()
    _say_plan(console, "office_out.purged", plan)
    return 0


def _say_plan(console: Console, code: str, plan: retention.PurgePlan) -> None:
    quarters = (", ".join(str(q) for q in plan.quarters)
                or sentence("office_out.no_quarters", console.language))
    console.say(code, count=plan.signals, before=plan.before, quarters=quarters,
                files=plan.attachment_files)


def cmd_settings(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help=usage.help_text("office_help.settings"))
    p.add_argument("--db", type=Path, required=True, metavar="DB",
                   help=usage.help_text("office_help.db"))
    p.add_argument("--retention", type=usage.whole_number, metavar="QUARTERS",
                   help=usage.help_text("office_help.retention"))
    _language_option(p)
    p.set_defaults(run=_run_settings)


def _run_settings(args: argparse.Namespace, console: Console) -> int:
    conn = _open_existing(args.db)
    try:
        if args.retention is not None:
            retention.set_retention_quarters(conn, args.retention)
        quarters = retention.retention_quarters(conn)
    finally:
        conn.close()
    if quarters:
        console.say("office_out.retention", quarters=quarters)
    else:
        console.say("office_out.retention_not_set")
    return 0


COMMANDS = [cmd_report, cmd_purge, cmd_settings]
