"""The headless commands that take signals to the office and back: export, receipt import,
office-card update. Output names files, ids, counts and sizes, never signal content."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.bundle.receipt import RECEIPT_GLOB
from intake_app.cli.console import Console
from intake_app.cli.errors import CliError
from intake_app.errors import SeinpostError
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.services.sealed_copies import save_sealed_without_key


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common],
                            help="write sealed signals as a bundle for the office")
    export.add_argument("--to", metavar="DIR", required=True, type=Path,
                        help="the target folder, e.g. a USB stick")
    export.add_argument("--all", action="store_true",
                        help="every sealed signal not yet delivered (the default)")
    export.add_argument("ids", nargs="*", metavar="ID", help="sealed signal ids")
    export.add_argument("--unlisted", action="store_true",
                        help="copy, as they are, the sealed files this profile's store does "
                             "not list (a sign of an older store put back), for the office")
    export.add_argument("--keyless", action="store_true",
                        help="copy every sealed file as it is, without the passphrase or the "
                             "keyring, for a profile that can no longer be opened (unsigned "
                             "copies: the office opens them with age -d)")
    export.add_argument("--max-part-size", metavar="BYTES", type=_part_size, default="auto",
                        help="split into parts of at most BYTES (default: only on FAT sticks)")

    receipt = sub.add_parser("receipt", parents=[common], help="office receipts")
    receipt_sub = receipt.add_subparsers(dest="receipt_command", required=True,
                                         metavar="COMMAND")
    imported = receipt_sub.add_parser("import", parents=[common],
                                      help="verify a receipt and purge the delivered signals")
    imported.add_argument("file", metavar="FILE", type=Path, nargs="+",
                          help="a receipt, several, or a folder of them (receipt-*.json, as the "
                               "courier brings the office's receipts folder back): another "
                               "liaison's are left alone and counted")

    card = sub.add_parser("office-card", parents=[common], help="the office's key card")
    card_sub = card.add_subparsers(dest="office_card_command", required=True, metavar="COMMAND")
    update = card_sub.add_parser(
        "update", parents=[common],
        help="accept the office's rotated card(s), each endorsed by the one before: one card, "
             "the cards in between in any order, or the office's office-chain.cards")
    update.add_argument("cards", metavar="CARD", type=Path, nargs="+")


def _part_size(text: str) -> int | str:
    if text == "auto":  # the default (argparse converts string defaults too)
        return text
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a number of bytes") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a positive number of bytes")
    return value


def cmd_export(ns: argparse.Namespace, console: Console,
               session: LiaisonSession) -> int:
    if ns.all and ns.ids:
        raise CliError("cli.all_and_ids")
    if ns.unlisted and (ns.all or ns.ids):
        raise CliError("cli.unlisted_alone")
    if not ns.to.is_dir():
        raise CliError("cli.no_target_folder", path=str(ns.to))
    if ns.unlisted:
        return _save_unlisted(ns.to, console, session)
    result = session.export(
        ns.to, ns.ids or None, max_part_size=ns.max_part_size,
        progress=lambda done, total: console.progress(
            sentence("liaison_out.exporting", console.language), done, total),
    )
    console.progress_done()
    for code in result.warnings:  # a stick that is not there looks like an ordinary folder
        console.warn(f"{sentence(code, console.language)} ({ns.to})")
    for left in result.left_out:  # a sealed file changed, deleted or emptied: the rest went
        console.warn(sentence(left.code, console.language,
                              position=left.position, sealed=left.sealed_when()))
    for path in result.paths:
        console.say("liaison_out.wrote", path=path)  # the full path: exactly where it went
    console.say("liaison_out.exported_one_file" if len(result.paths) == 1
                else "liaison_out.exported_parts", count=len(result.item_ids),
                parts=len(result.paths), size=result.size, bundle_id=result.bundle_id)
    console.say("liaison_out.stay_sealed")
    return 0


def _save_unlisted(target: Path, console: Console, session: LiaisonSession) -> int:
    """`export --unlisted`: the sealed files no row names, copied as they are (the session's
    `save_unlisted`; store/unlisted.py says why they are not put in a bundle)."""
    copies = session.save_unlisted(target)
    for path in copies.paths:
        console.say("liaison_out.wrote", path=path)
    console.say("liaison_out.unlisted_saved", count=len(copies.paths))
    _say_skipped(console, copies.skipped)
    console.warn(sentence("liaison_out.unlisted_unsigned", console.language))
    return 0


def _say_skipped(console: Console, skipped: int) -> None:
    """Warn that `skipped` sealed names were not copied (fs/sealed_files.py `copy_out`)."""
    if skipped:
        console.warn(sentence("liaison_out.sealed_skipped", console.language, count=skipped))


def cmd_export_keyless(ns: argparse.Namespace, console: Console, profile: Path) -> int:
    """`export --keyless`: every sealed file of `profile` copied as it is, without opening it
    (services/sealed_copies.py), with the caveat that the copies carry no signature."""
    if ns.all or ns.ids or ns.unlisted:
        raise CliError("cli.keyless_alone")
    if not ns.to.is_dir():
        raise CliError("cli.no_target_folder", path=str(ns.to))
    copies = save_sealed_without_key(profile, ns.to)
    for path in copies.paths:
        console.say("liaison_out.wrote", path=path)
    console.say("liaison_out.keyless_saved", count=len(copies.paths))
    _say_skipped(console, copies.skipped)
    if copies.paths:
        console.warn(sentence("liaison_out.unlisted_unsigned", console.language))
    return 0


def cmd_receipt(ns: argparse.Namespace, console: Console, session: LiaisonSession) -> int:
    """`receipt import FILE...`: one file as always (a refusal ends the command); several, or a
    folder (its receipt-*.json), each in turn: another liaison's are left alone and counted,
    other refusals named per file, then a count of each (review r7k R7K-7b)."""
    if len(ns.file) == 1 and not ns.file[0].is_dir():
        _say_accepted(console, session.import_receipt(ns.file[0]))
        return 0
    taken = others = refused = 0
    for path in _receipt_files(ns.file):
        try:
            result = session.import_receipt(path)
        except SeinpostError as exc:
            if exc.code == "transfer.receipt_rejected.other_liaison":
                others += 1
            elif exc.code.startswith(("transfer.receipt_rejected.", "file.")):
                refused += 1
                console.warn(sentence("liaison_out.receipt_file_refused", console.language,
                                      path=path, reason=exc.sentence(console.language)))
            else:
                raise  # the store or the vault: nothing more is tried
            continue
        taken += 1
        _say_accepted(console, result)
    console.say("liaison_out.receipts_counted", taken=taken, others=others, refused=refused)
    return 1 if refused else 0


def _say_accepted(console: Console, result) -> None:
    console.say("liaison_out.receipt_accepted", bundle_id=result.bundle_id,
                delivered=len(result.delivered), before=len(result.already_delivered))


def _receipt_files(paths: list[Path]) -> list[Path]:
    """The files named, and in each folder named its receipt files (RECEIPT_GLOB, sorted)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob(RECEIPT_GLOB)) if path.is_dir() else [path]
    return files


def cmd_office_card(ns: argparse.Namespace, console: Console, session: LiaisonSession) -> int:
    update = session.update_office_cards(ns.cards)
    if not update.accepted:
        console.say("liaison_out.office_card_current")
        return 0
    console.say("liaison_out.office_card_accepted", name=update.card.name)
    console.say("liaison_out.fingerprint", fingerprint=update.card.fingerprint)
    if len(update.accepted) > 1:
        console.say("liaison_out.office_cards_between", count=len(update.accepted) - 1)
    console.say("liaison_out.sealed_to_new_card")
    if update.missing_key_id is not None:
        console.warn(sentence("liaison_out.office_cards_left_out", console.language,
                              key_id=update.missing_key_id))
    return 0
