"""The headless commands, one function each: parse nothing, print no content, use the services."""

from __future__ import annotations

import argparse
import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intake_app.cli import liaison_settings, liaison_transfer
from intake_app.cli.console import Console, tell_if_purged
from intake_app.cli.errors import CliError
from intake_app.cli.passphrase import read_passphrase
from intake_app.domain.signal import MAX_SIGNAL_JSON, SignalValidationError
from intake_app.domain.states import HELD
from intake_app.errors import SeinpostError
from intake_app.fs import json_input, outside, previous_profile
from intake_app.sentences import field_error_line, identifier_kind, sentence
from intake_app.services.liaison import (
    AttachmentDamaged,
    AttachmentOutcome,
    FingerprintMismatch,
    IdentifierWarning,
    LiaisonSession,
    attachment_outcome,
    check_id,
    read_office_card,
)
from intake_app.services.sealed_copies import sealed_ids
from intake_app.vault import DeviceSecretMissing, Vault, VaultMissing, VaultNotFound
from intake_app.vault.profile import resolve_profile_dir


def profile_path(option: str | None) -> Path:
    """The profile folder: `--profile`, else the per-user data folder."""
    return resolve_profile_dir(option)


def _unlock(ns: argparse.Namespace, console: Console) -> LiaisonSession:
    profile = profile_path(ns.profile)
    vault = Vault.open(profile)  # before asking: "no vault here" needs no passphrase
    del vault
    session = LiaisonSession.unlock(profile, read_passphrase(console, ns.passphrase_file,
                                                             confirm=False))
    tell_if_purged(session, console)
    return session


#: The refusals after which the profile cannot be opened for want of its key.
KEY_LOST = (VaultNotFound, VaultMissing, DeviceSecretMissing)
#: The refusals of a profile whose key is there but whose store or key file is refused, or
#: erased (review r7k R7K-8, R7K-11, R7K-12): the sealed files are intact age files to the
#: office, so they can still reach it (`export --keyless`), as after KEY_LOST.
PROFILE_REFUSED = frozenset({
    "store.missing", "store.tampered", "store.key_mismatch", "store.rolled_back",
    "vault.wiped", "vault.tampered", "vault.corrupt", "vault.rolled_back",
    "vault.profile_rolled_back",
})


def sealed_still_deliverable(exc: BaseException) -> str | None:
    """The sentence (code) to add after `exc` ends a command: "liaison_out.sealed_left_keyless"
    after KEY_LOST, "liaison_out.sealed_left_refused" after a PROFILE_REFUSED code; else None."""
    if isinstance(exc, KEY_LOST):
        return "liaison_out.sealed_left_keyless"
    if isinstance(exc, SeinpostError) and exc.code in PROFILE_REFUSED:
        return "liaison_out.sealed_left_refused"
    return None


def tell_sealed_left(profile: Path, console: Console,
                     code: str = "liaison_out.sealed_left_keyless") -> None:
    """After a refusal `sealed_still_deliverable` names (`code`): the profile's sealed signals
    can still reach the office without opening it (`export --keyless`, review r7j R7J-7,
    r7k R7K-8/-11/-12); said if there are any."""
    try:
        count = len(sealed_ids(profile))
    except (SeinpostError, OSError):
        return
    if count:
        console.warn(sentence(code, console.language, count=count))


def _export(ns: argparse.Namespace, console: Console) -> int:
    if ns.keyless:  # needs no key: for a profile that can no longer be opened
        return liaison_transfer.cmd_export_keyless(ns, console, profile_path(ns.profile))
    return _unlocked(liaison_transfer.cmd_export)(ns, console)


def _asks_name(ns: argparse.Namespace, console: Console) -> bool:
    """Whether `init` asks for the liaison's name: none given and a person at a terminal. With
    no terminal it is refused before anything (review r7j R7J-10: a profile set up without
    `--name` was called "Liaison", which no set-up in the window names one, and which marks an
    emptied profile; the window's set-up requires a name too)."""
    if ns.name is not None:
        if not ns.name.strip():
            raise CliError("cli.name_needed")
        return False
    if not console.stdin.isatty():
        raise CliError("cli.name_needed")
    return True


def cmd_init(ns: argparse.Namespace, console: Console) -> int:
    ask_name = _asks_name(ns, console)
    card = read_office_card(Path(ns.office_card))
    console.say("liaison_out.office_card", name=card.name)
    # The card's digits are not shown before they are typed: copying the screen would then
    # pass a swapped card (review r7j R7J-5; the window does the same).
    typed = ns.fingerprint if ns.fingerprint is not None else console.ask(
        sentence("liaison_out.fingerprint_question", console.language))
    if not card.matches_fingerprint(typed):
        raise FingerprintMismatch(card.fingerprint, typed)
    console.say("liaison_out.fingerprint_confirmed", fingerprint=card.fingerprint)
    name = ns.name.strip() if not ask_name else console.ask(
        sentence("liaison_out.name_question", console.language))
    if not name:
        raise CliError("cli.name_needed")
    passphrase = read_passphrase(console, ns.passphrase_file, confirm=True)
    before = previous_profile.listed(profile_path(ns.profile))
    session = LiaisonSession.initialise(
        profile_path(ns.profile), passphrase, card, typed,
        liaison_name=name, use_keyring=not ns.no_keyring, discard_sealed=ns.discard_sealed,
    )
    # An erased profile's files are moved aside, never deleted (review r7m R7M-2): say where.
    for folder in sorted(previous_profile.listed(profile_path(ns.profile)) - before):
        console.say("liaison_out.previous_profile", folder=str(folder))
    try:
        status = session.status()
    finally:
        session.lock()
    code = status.vault.warning_code
    if code == "vault.passphrase_only" and ns.no_keyring:  # chosen, not missing (R7J-10)
        code = "liaison_out.passphrase_only_chosen"
    if code:
        console.warn(sentence(code, console.language))
    console.say("liaison_out.set_up")
    console.say("liaison_out.your_fingerprint", fingerprint=status.liaison_fingerprint)
    console.say("liaison_out.give_card")
    return 0


def _read_signal_file(path: str) -> dict[str, Any]:
    data = outside.read_outside(path, outside.SIGNAL_JSON)
    if len(data) > MAX_SIGNAL_JSON:
        raise CliError("signal.file_too_large")
    try:
        fields = json_input.loads_bounded(data)  # nesting bounded before json recurses
    except json_input.JsonInputError as exc:
        if exc.code != "input.not_json":
            raise
        raise CliError("signal.file_not_json", line=exc.line, column=exc.column) from None
    if not isinstance(fields, dict):
        raise CliError("signal.file_not_object")
    return fields


def _show_identifiers(console: Console, draft_id: str, hits: list[IdentifierWarning]) -> None:
    for hit in hits:
        console.warn(sentence("cli.identifier_hit", console.language, draft_id=draft_id,
                              field=hit.field, kind=identifier_kind(hit.kind, console.language),
                              start=hit.start + 1, end=hit.end))


def _show_outcome(console: Console, outcome: AttachmentOutcome, media_type: str = "") -> None:
    """One line per attachment, named by position: outcome word, media type, sentences."""
    kind = f", {media_type}" if media_type else ""
    text = " ".join(outcome.sentences(console.language))
    console.say("liaison_out.attachment", position=outcome.position, cleaning=outcome.cleaning,
                kind=kind, text=text)


def cmd_record(ns: argparse.Namespace, console: Console) -> int:
    fields = _read_signal_file(ns.source)
    # Attachments are named by position only: a file name can itself identify a reporter.
    for index, path in enumerate(ns.attach, start=1):
        if not path.is_file():
            raise CliError("cli.attachment_missing", index=index)
    session = _unlock(ns, console)
    try:
        draft_id = session.record(fields)
        try:
            for index, path in enumerate(ns.attach):
                try:
                    info = session.attach(draft_id, path, keep_original=index in ns.keep)
                except OSError as exc:
                    if exc.errno == errno.ENOSPC:
                        raise
                    raise CliError("cli.attachment_unreadable", index=index + 1,
                                   reason=exc.strerror or type(exc).__name__) from None
                _show_outcome(console, attachment_outcome(index + 1, info.cleaning,
                                                          info.warnings), info.media_type)
        except BaseException:
            session.delete(draft_id)  # all or nothing: no half-attached draft
            raise
        console.say("liaison_out.draft_saved", draft_id=draft_id)
        _show_identifiers(console, draft_id, session.check_identifiers(draft_id))
    finally:
        session.lock()
    return 0


def cmd_list(ns: argparse.Namespace, console: Console) -> int:
    session = _unlock(ns, console)
    try:
        entries = session.list_entries()
    finally:
        session.lock()
    # A table for scripts as much as for eyes: its header and values are codes in both languages.
    console.out(f"{'ID':32}  {'KIND':6}  {'SIZE':>12}  {'DATE':20}  STATUS")
    for entry in entries:
        console.out(f"{entry.id:32}  {entry.kind:6}  {entry.size:>12}  {entry.date[:19]:20}  "
                    f"{entry.status}")
    return 0


def cmd_delete(ns: argparse.Namespace, console: Console, session: LiaisonSession) -> int:
    ids = [check_id(entry_id) for entry_id in ns.ids]
    undelivered = [e for e in session.list_entries()
                   if e.kind == "sealed" and e.id in ids and e.status in HELD]
    if undelivered:
        console.warn(sentence("liaison_out.delete_undelivered", console.language,
                              count=len(undelivered)))
    if not ns.yes and not console.confirm(
            sentence("liaison_out.delete_question", console.language, count=len(ids))):
        console.say("liaison_out.nothing_deleted")
        return 1
    for entry_id in ids:
        session.delete(entry_id)
    console.say("liaison_out.deleted", count=len(ids))
    return 0


def cmd_seal(ns: argparse.Namespace, console: Console) -> int:
    session = _unlock(ns, console)
    failed = 0
    not_sealed: list[str] = []  # said again at the end, by id (review r7g L1)
    try:
        entries = session.list_entries()
        dates = {e.id: e.date[:19] for e in entries if e.kind == "draft"}  # as `list` shows it
        ids = [check_id(ns.id)] if ns.id else list(dates)
        if not ids:
            console.say("liaison_out.no_drafts")
        for draft_id in ids:
            try:
                hits = session.check_identifiers(draft_id)
            except SignalValidationError as exc:
                failed += 1
                not_sealed.append(draft_id)
                console.error(sentence("liaison_out.draft_incomplete", console.language,
                                       draft_id=draft_id))
                for problem in exc.errors:
                    console.error(f"  {problem.field}: " + field_error_line(
                        problem.field, problem.code, problem.limit, console.language))
                continue
            _show_identifiers(console, draft_id, hits)
            # what each attachment will be sealed as, before it is sealed (by position only)
            outcomes = session.attachment_outcomes(draft_id)
            for outcome in outcomes:
                _show_outcome(console, outcome)
            # As the window's seal question (review r11h F2): an attachment that is not clean
            # is asked about too, since sealing cannot be undone short of deleting the item.
            not_clean = [outcome.position for outcome in outcomes if not outcome.is_clean]
            if not_clean:
                console.warn(sentence("cli.seal_attachments_not_clean", console.language,
                                      draft_id=draft_id,
                                      positions=", ".join(map(str, not_clean))))
            if ((hits or not_clean) and not ns.yes
                    and not console.confirm(sentence("liaison_out.seal_anyway",
                                                     console.language, draft_id=draft_id))):
                console.say("liaison_out.not_sealed", draft_id=draft_id)
                not_sealed.append(draft_id)
                continue
            total = session.plaintext_size(draft_id)
            label = sentence("liaison_out.sealing", console.language, short_id=draft_id[:8])
            try:
                item = session.seal(
                    draft_id, progress=lambda done, label=label, total=total:
                    console.progress(label, done, total),
                )
            except AttachmentDamaged:
                # A blob deleted, emptied or swapped outside Seinpost: this draft stays as it
                # was, named; the others are still sealed, and the end says which were not.
                failed += 1
                not_sealed.append(draft_id)
                console.error(sentence("seal.draft_not_sealed", console.language,
                                       draft=f"{draft_id} ({dates.get(draft_id, '…')})"))
                continue
            console.progress_done()
            console.say("liaison_out.sealed", item_id=item.id, size=item.size)
            if item.warnings:
                console.warn(sentence("liaison_out.sealed_with_warnings", console.language,
                                      warnings=", ".join(item.warnings)))
    finally:
        session.lock()
    if not_sealed:
        console.error(sentence("seal.some_not_sealed", console.language,
                               sealed=len(ids) - len(not_sealed), total=len(ids),
                               drafts=", ".join(not_sealed)))
    return 1 if failed else 0


def cmd_status(ns: argparse.Namespace, console: Console) -> int:
    vault = Vault.open(profile_path(ns.profile)).status()
    console.say("liaison_out.keyring", keyring=vault.keyring)
    if vault.warning_code:
        console.warn(sentence(vault.warning_code, console.language))
    # An erased vault has no attempts left to count (review r7i R7I-3: "(None left)"); the
    # unlock below says it was erased.
    if vault.wipe_after is not None and vault.attempts_left is not None:
        console.say("liaison_out.wipe_after", wipe_after=vault.wipe_after,
                    left=vault.attempts_left)
    session = _unlock(ns, console)
    try:
        status = session.status()
    finally:
        session.lock()
    counts = status.counts
    console.say("liaison_out.counts", **counts)
    console.say("liaison_out.office", name=status.office_name,
                fingerprint=status.office_fingerprint)
    console.say("liaison_out.your_fingerprint", fingerprint=status.liaison_fingerprint)
    return 0


def cmd_card(ns: argparse.Namespace, console: Console) -> int:
    session = _unlock(ns, console)
    try:
        session.save_liaison_card(ns.out)
    finally:
        session.lock()
    console.say("liaison_out.card_written", path=ns.out)
    return 0


def _unlocked(command: Callable[[argparse.Namespace, Console, LiaisonSession], int]
              ) -> Callable[[argparse.Namespace, Console], int]:
    def run(ns: argparse.Namespace, console: Console) -> int:
        session = _unlock(ns, console)
        try:
            return command(ns, console, session)
        finally:
            session.lock()
    return run


COMMANDS = {
    "init": cmd_init, "record": cmd_record, "list": cmd_list, "seal": cmd_seal,
    "status": cmd_status, "card": cmd_card,
    "export": _export,
    "receipt": _unlocked(liaison_transfer.cmd_receipt),
    "office-card": _unlocked(liaison_transfer.cmd_office_card),
    "settings": liaison_settings.cmd_settings,
    "delete": _unlocked(cmd_delete),
}
