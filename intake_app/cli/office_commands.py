"""`intake-office` subcommands for the registry, bundles and receipts (listed in cli.COMMANDS).

Each subcommand is a `_cmd_*` function declaring its arguments and a `_run_*` runner that calls
the office modules. Output names bundles, liaisons, counters and item ids, never signal content.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

from intake_app.bundle.check import check_bundles
from intake_app.bundle.receipt import make_receipt
from intake_app.cli import usage
from intake_app.cli.console import Console
from intake_app.cli.errors import CliError
from intake_app.cli.passphrase import read_passphrase
from intake_app.crypto import keycard
from intake_app.fs.atomic import write_atomic
from intake_app.office import analyst_export, database, ingest, keys, registry
from intake_app.sentences import sentence


def _db_option(parser: argparse.ArgumentParser, *flags: str, create: bool = False) -> None:
    """`--db DB`: the registry commands may start a new office database where no file is
    (review r14i U1); the others need an existing one. Any other file is refused."""
    parser.add_argument(*(flags or ("--db",)), dest="db", type=Path, required=True,
                        metavar="DB", help=usage.help_text("office_help.db_create") if create
                        else usage.help_text("office_help.db"))
    parser.set_defaults(create_db=create)


def _connect(args: argparse.Namespace) -> sqlite3.Connection:
    return database.connect(args.db, create=args.create_db)


def _passphrase(args: argparse.Namespace, console: Console) -> str:
    return read_passphrase(console, args.passphrase_file, confirm=False,
                           prompt="prompt.office_passphrase")


# --- liaison add / list / revoke ---------------------------------------------------------------

def cmd_liaison(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("liaison", help=usage.help_text("office_help.liaison"))
    lsub = p.add_subparsers(dest="liaison_command", required=True, metavar="COMMAND")
    add = lsub.add_parser("add", help=usage.help_text("office_help.liaison_add"))
    add.add_argument("card", type=Path, metavar="CARD")
    add.add_argument("--fingerprint", metavar="DIGITS",
                     help=usage.help_text("office_help.fingerprint"))
    _db_option(add, "--db", "--registry", create=True)
    add.set_defaults(run=_run_liaison_add)
    show = lsub.add_parser("list", help=usage.help_text("office_help.liaison_list"))
    _db_option(show, "--db", "--registry", create=True)
    show.add_argument("--keys", type=Path, metavar="DIR",
                      help=usage.help_text("office_help.liaison_list_keys"))
    show.set_defaults(run=_run_liaison_list)
    revoke = lsub.add_parser("revoke", help=usage.help_text("office_help.liaison_revoke"))
    revoke.add_argument("key_id", metavar="ID",
                        help=usage.help_text("office_help.key_id"))
    _db_option(revoke, "--db", "--registry", create=True)
    revoke.set_defaults(run=_run_liaison_revoke)


def _run_liaison_add(args: argparse.Namespace, console: Console) -> int:
    data = keycard.read_card_file(args.card)
    typed = args.fingerprint
    try:
        card = keycard.parse_card(data)
    except keycard.KeyCardError:
        card = None  # registry.add_liaison says what is wrong with it
    if card is not None and typed is None:
        if not console.stdin.isatty():
            # Nobody is there to type the digits heard (a script, a pipe): registering would
            # trust a card whose fingerprint nobody compared (review r7l R7L-4).
            raise CliError("cli.liaison_fingerprint_needed")
        # As the liaison's set-up does: the digits heard are typed before any are shown, so a
        # swapped card is not registered by copying the screen (review r7j R7J-13).
        typed = console.ask(sentence("office_out.liaison_fingerprint_question",
                                     console.language))
    if card is not None and not card.matches_fingerprint(typed or ""):  # constant time
        raise CliError("cli.liaison_fingerprint_mismatch")
    conn = _connect(args)
    liaison, new = registry.add_liaison(conn, data)
    console.say("office_out.liaison_registered" if new else "office_out.liaison_was_registered",
                name=liaison.name, key_id=liaison.key_id)
    console.say("office_out.fingerprint_compared", fingerprint=liaison.fingerprint)
    return 0


def _run_liaison_list(args: argparse.Namespace, console: Console) -> int:
    conn = _connect(args)
    current = keys.load_office_card(args.keys).key_id if args.keys is not None else None
    sealed_to = registry.last_sealed_to(conn)
    for liaison in registry.list_liaisons(conn):
        state = (sentence("office_out.liaison_revoked_on", console.language,
                          date=liaison.revoked)
                 if liaison.revoked else sentence("office_out.liaison_active", console.language))
        console.say("office_out.liaison_row", key_id=liaison.key_id, state=f"{state:<32}",
                    added=liaison.added, name=liaison.name)
        _say_sealed_to(console, sealed_to, liaison.key_id, current)
    return 0


def _say_sealed_to(console: Console, sealed_to: dict[str, str | None], liaison: str,
                   current: str | None) -> None:
    """Which office card `liaison`'s latest bundle was sealed to, and (given the current
    card's key id `current`) whether it is retired (review r7k R7K-5)."""
    if liaison not in sealed_to:
        console.say("office_out.liaison_no_bundle")
        return
    card = sealed_to[liaison]
    if card is None:
        console.say("office_out.liaison_sealed_unknown")
        return
    which = "" if current is None else sentence(
        "office_out.card_current" if card == current else "office_out.card_retired",
        console.language)
    console.say("office_out.liaison_sealed_to", card=card[:16], which=which)


def _run_liaison_revoke(args: argparse.Namespace, console: Console) -> int:
    liaison = registry.revoke_liaison(_connect(args), args.key_id)
    console.say("office_out.liaison_revoked", name=liaison.name, key_id=liaison.key_id,
                date=liaison.revoked)
    return 0


# --- check -------------------------------------------------------------------------------------

def cmd_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=usage.help_text("office_help.check"))
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace, console: Console) -> int:
    results = check_bundles(args.bundles)
    for result in results:  # each line in the person's language (bundle/check.py)
        where = (result.path.name if result.path
                 else sentence("office_out.check_bundle", console.language))
        console.out(f"{where}: {result.said(console.language)}")
    return 0 if all(r.ok for r in results) else 1


# --- open --------------------------------------------------------------------------------------

def cmd_open(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("open", help=usage.help_text("office_help.open"))
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE",
                   help=usage.help_text("office_help.open_bundles"))
    _db_option(p, "--into")
    p.add_argument("--keys", type=Path, required=True, metavar="DIR",
                   help=usage.help_text("office_help.keys"))
    p.add_argument("--receipts", type=Path, metavar="DIR",
                   help=usage.help_text("office_help.open_receipts"))
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.set_defaults(run=_run_open)


def _run_open(args: argparse.Namespace, console: Console) -> int:
    conn = _connect(args)  # an existing office database, before the passphrase is asked
    office_keys = ingest.load_office_keys(args.keys, _passphrase(args, console))
    receipts = args.receipts or Path(args.db).parent / "receipts"
    failed = 0
    label = sentence("office_out.opening", console.language)
    outcomes = ingest.open_bundles(args.bundles, conn, args.db, office_keys,
                                   receipts_dir=receipts,
                                   progress=lambda done, total:
                                   console.progress(label, done, total))
    for outcome in outcomes:
        names = ", ".join(p.name for p in outcome.paths)
        if outcome.summary is None:
            failed += 1
            console.say("office_out.not_opened", files=names,
                        reason=outcome.reason(console.language))
            continue
        s = outcome.summary
        console.say("office_out.opened", files=names, bundle_id=s.bundle_id,
                    name=s.liaison_name, key_id=s.liaison_key_id, counter=s.counter,
                    stored=len(s.stored), already=len(s.already_had))
        for warning in s.warnings:  # a Said (bundle_checks): in the person's language
            console.say("office_out.warning", warning=warning)
        if s.receipt_error is not None:
            failed += 1  # stored, but the liaison cannot be told yet: the user must act
            console.say("office_out.receipt_not_written", reason=s.receipt_error)
        else:
            console.say("office_out.receipt_written", path=s.receipt_path)
    return 1 if failed else 0


# --- export ------------------------------------------------------------------------------------

def cmd_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=usage.help_text("office_help.export"))
    p.add_argument("--format", choices=analyst_export.FORMATS, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    _db_option(p)
    p.set_defaults(run=_run_export)


def _run_export(args: argparse.Namespace, console: Console) -> int:
    count = analyst_export.export_signals(_connect(args), args.format, args.out)
    console.say("office_out.exported", count=count, path=args.out)
    return 0


# --- receipt -----------------------------------------------------------------------------------

def cmd_receipt(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("receipt", help=usage.help_text("office_help.receipt"))
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--liaison", metavar="KEY_ID",
                   help=usage.help_text("office_help.receipt_liaison"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    _db_option(p)
    p.add_argument("--keys", type=Path, metavar="DIR",
                   help=usage.help_text("office_help.receipt_keys"))
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.set_defaults(run=_run_receipt)


def _run_receipt(args: argparse.Namespace, console: Console) -> int:
    receipt = database.stored_receipt(_connect(args), args.bundle_id,
                                      liaison_key_id=args.liaison)
    if receipt is None:
        raise CliError("cli.no_such_bundle", bundle_id=args.bundle_id)
    if args.keys is not None:
        stored = json.loads(receipt)
        signing_key = keys.load_office_signing_key(args.keys, _passphrase(args, console))
        receipt = make_receipt(signing_key, stored["bundle_id"], stored["liaison_key_id"],
                               stored["items"])
    write_atomic(args.out, receipt)
    console.say("office_out.receipt_again", bundle_id=args.bundle_id, path=args.out)
    return 0


COMMANDS = [cmd_liaison, cmd_check, cmd_open, cmd_export, cmd_receipt]
