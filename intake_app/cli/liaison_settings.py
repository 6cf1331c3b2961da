"""`intake-app settings`: the security settings, headless, on the same service as the window."""

from __future__ import annotations

import argparse

from intake_app.cli.console import Console, tell_if_purged
from intake_app.cli.errors import CliError
from intake_app.cli.passphrase import read_passphrase
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import DuressNameNeeded
from intake_app.vault.profile import resolve_profile_dir


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    settings = sub.add_parser(
        "settings", parents=[common],
        help="show or change passphrase, auto-lock, wipe-after and duress passphrase",
    )
    settings.add_argument("--auto-lock", metavar="MINUTES", type=int,
                          help="lock the window after this many idle minutes (1 to 120, "
                               "default 5)")
    settings.add_argument("--wipe-after", metavar="N|off",
                          help="erase the vault after N wrong passphrases in a row (N from 2 "
                               "to 1000), or off (keyring mode only)")
    settings.add_argument("--change-passphrase", action="store_true",
                          help="choose a new passphrase (asked twice, or --new-passphrase-file)")
    settings.add_argument("--new-passphrase-file", metavar="FILE")
    duress = settings.add_mutually_exclusive_group()
    duress.add_argument("--duress-passphrase-file", metavar="FILE",
                        help="a passphrase that opens an empty vault and erases this one")
    duress.add_argument("--no-duress", action="store_true", help="remove the duress passphrase")
    settings.add_argument("--duress-name", metavar="NAME",
                          help="with --duress-passphrase-file (required there): the name the "
                               "emptied profile's card shows")


def _wipe_after(text: str) -> int | None:
    if text == "off":
        return None
    try:
        return int(text)
    except ValueError:
        raise CliError("cli.wipe_after_value") from None


def cmd_settings(ns: argparse.Namespace, console: Console) -> int:
    if ns.duress_name is not None and ns.duress_passphrase_file is None:
        raise CliError("cli.duress_name_alone")
    if ns.duress_passphrase_file is not None and not (ns.duress_name or "").strip():
        raise DuressNameNeeded()  # before any passphrase is read or tried (review r7h R7H-9)
    current = read_passphrase(console, ns.passphrase_file, confirm=False)
    session = LiaisonSession.unlock(resolve_profile_dir(ns.profile), current)
    tell_if_purged(session, console)
    try:
        if ns.wipe_after is not None:  # first: refused in passphrase-only mode, nothing set
            session.set_wipe_after(current, _wipe_after(ns.wipe_after))
            console.say("liaison_out.wipe_set", value=ns.wipe_after)
        if ns.auto_lock is not None:
            session.set_auto_lock_minutes(ns.auto_lock)
            console.say("liaison_out.auto_lock_set", minutes=ns.auto_lock)
        if ns.duress_passphrase_file is not None:
            duress = read_passphrase(console, ns.duress_passphrase_file, confirm=False)
            session.set_duress_passphrase(current, duress, shown_name=ns.duress_name)
            console.say("liaison_out.duress_set")
        if ns.no_duress:
            session.set_duress_passphrase(current, None)
            console.say("liaison_out.duress_removed")
        if ns.change_passphrase or ns.new_passphrase_file is not None:
            new = read_passphrase(console, ns.new_passphrase_file, confirm=True)
            session.change_passphrase(current, new)
            console.say("liaison_out.passphrase_changed")
        status = session.vault_status()
        console.say("liaison_out.auto_lock", minutes=session.auto_lock_minutes())
        wipe = ("liaison_out.wipe_unavailable" if not status.wipe_available
                else "liaison_out.wipe_off" if status.wipe_after is None
                else "liaison_out.wipe_after_attempts")
        console.say("liaison_out.wipe", wipe=sentence(wipe, console.language,
                                                      count=status.wipe_after))
    finally:
        session.lock()
    return 0
