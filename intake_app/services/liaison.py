"""The liaison's use cases on one profile: set up, unlock, record, attach, check, seal, list.

`LiaisonSession` is what the GUI and the command line hold while the vault is unlocked. It joins
the vault (the key) and the store (what the key protects); every use case is one method, so
both front ends do exactly the same thing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from intake_app.crypto import keycard
from intake_app.domain.identifiers import find_identifiers
from intake_app.domain.signal import SignalRecord, validate_signal
from intake_app.domain.signal_errors import FIELD_NAMES, FieldError
from intake_app.domain.states import SignalState
from intake_app.errors import SeinpostError
from intake_app.fs.atomic import write_atomic
from intake_app.media.outcome import AttachmentOutcome, attachment_outcome
from intake_app.services import export as export_service
from intake_app.services import export_journal
from intake_app.services import office_card as office_card_service
from intake_app.services import receipts as receipt_service
from intake_app.services.attach import attach_file
from intake_app.services.draft_list import (
    CLEARED_SETTING,
    FINISHED,
    DraftSummary,
    StoredAttachment,
    summarise,
)
from intake_app.services.export import ExportResult
from intake_app.services.receipts import ReceiptResult
from intake_app.services.seal_draft import build_signal, seal_draft
from intake_app.store import settings as store_settings
from intake_app.store.attachments import AttachmentInfo
from intake_app.store.database import DatabaseCheck, remove_database
from intake_app.store.integrity_errors import StoreRolledBack
from intake_app.store.items import ItemInfo
from intake_app.store.local_store import LocalStore, utc_now
from intake_app.vault import KdfParams, Vault, VaultStatus
from intake_app.vault.profile import prepare_profile_dir

DEFAULT_LIAISON_NAME = "Liaison"
#: What the editor may keep in an unfinished draft (the record's own bookkeeping is added later).
EDITOR_FIELDS = frozenset(FIELD_NAMES) - {"schema_version", "created", "attachments"}


class FingerprintMismatch(keycard.KeyCardError):
    code = "keycard.fingerprint_mismatch"
    def __init__(self) -> None:
        super().__init__(
            "The fingerprint you typed does not match this office card: it was not accepted "
            "and nothing was set up. Check the card and the fingerprint with the office."
        )


def read_office_card(path: Path) -> keycard.KeyCard:
    """Parse an office card from a file from outside (bounded read, strict parse)."""
    card = keycard.load_card(path)
    if card.role != "office":
        raise keycard.KeyCardError("This is a liaison's card, not the office's card.")
    return card


@dataclass(frozen=True)
class IdentifierWarning:
    field: str
    kind: str
    start: int
    end: int


class ListEntry(NamedTuple):
    """One row of the liaison's list (a named tuple: the list makes 11,000 at once)."""

    id: str
    kind: str  # "draft" or "sealed"
    size: int
    date: str
    status: SignalState


@dataclass(frozen=True)
class ProfileStatus:
    vault: VaultStatus
    counts: dict[str, int]
    office_name: str
    office_fingerprint: str
    liaison_fingerprint: str


def _validated(fields: Mapping[str, Any], today: date | None) -> dict[str, Any]:
    record = SignalRecord.from_form({**fields, "attachments": []}, today=today)
    saved = record.to_dict()
    del saved["attachments"]  # they live in the store until sealing
    return saved


class LiaisonSession:
    def __init__(self, vault: Vault, store: LocalStore) -> None:
        self.vault = vault
        self.store = store
        #: True when this unlock emptied the profile because the vault key had changed (the
        #: duress passphrase was used and the emptying was interrupted): tell the person.
        self.purge_notice = False

    # ----- setting up and opening -----------------------------------------------------------

    @classmethod
    def initialise(
        cls,
        profile_dir: Path,
        passphrase: str,
        office_card: keycard.KeyCard,
        typed_fingerprint: str,
        *,
        liaison_name: str = DEFAULT_LIAISON_NAME,
        use_keyring: bool = True,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> LiaisonSession:
        """Create vault, store and liaison key; only with the office fingerprint confirmed."""
        if office_card.role != "office":
            raise keycard.KeyCardError("This is a liaison's card, not the office's card.")
        if not office_card.matches_fingerprint(typed_fingerprint):
            raise FingerprintMismatch()
        keycard.check_name(liaison_name)
        profile_dir = prepare_profile_dir(profile_dir)
        vault = Vault.create(
            profile_dir, passphrase, use_keyring=use_keyring, kdf=kdf, allow_weak_kdf=allow_weak_kdf
        )
        # All or nothing: a failure from here on removes the new vault (and its keyring
        # entry), so the profile is as it was and `init` can simply be run again.
        try:
            store = LocalStore.create(profile_dir, vault.key, office_card.raw, liaison_name)
            try:
                vault.set_store_epoch(store.epoch())
            except BaseException:
                store.close()
                remove_database(profile_dir)
                raise
        except BaseException:
            vault.discard()
            raise
        return cls(vault, store)

    @classmethod
    def unlock(cls, profile_dir: Path, passphrase: str) -> LiaisonSession:
        """Open the vault with `passphrase` and then its store; the store's integrity check,
        which needs no key, runs meanwhile (store/database.py, DatabaseCheck)."""
        vault = Vault.open(profile_dir)
        checked = DatabaseCheck(vault.profile_dir)
        try:
            key = vault.unlock(passphrase)
        except BaseException:
            checked.discard()  # a wrong passphrase is the answer, whatever the check found
            raise
        try:
            store = LocalStore.open(vault.profile_dir, key, checked=checked)
            try:
                # A whole store.db put back from an older copy is refused, never used.
                if store.epoch() < vault.store_epoch():
                    raise StoreRolledBack()
                vault.set_store_epoch(store.epoch())
            except BaseException:
                store.close()
                raise
        except BaseException:
            vault.lock()
            raise
        # Settle exports a crash interrupted (a stick that is not here waits for next time).
        with contextlib.suppress(Exception):
            export_journal.recover(store)
        session = cls(vault, store)
        # A purge at the duress unlock itself is silent by design (the person watching must
        # see an ordinary, empty profile); any other is told at once by both front ends.
        session.purge_notice = store.purged_on_open and not vault.opened_by_duress
        return session

    def lock(self) -> None:
        # Remember how far the store got, so an older copy of it is refused next time; a
        # failure here must not keep the vault open.
        with contextlib.suppress(SeinpostError, OSError):
            if self.vault.is_unlocked:
                self.vault.set_store_epoch(self.store.epoch())
        self.store.close()
        self.vault.lock()

    # ----- drafts ---------------------------------------------------------------------------

    def record(self, fields: Mapping[str, Any], *, today: date | None = None) -> str:
        """Validate the fields (SignalValidationError lists every problem) and save a draft."""
        return self.store.create_draft(_validated(fields, today))

    def save_draft(self, fields: Mapping[str, Any], draft_id: str | None = None) -> str:
        """Keep what the editor holds, complete or not; return the draft's id.

        Validation blocks sealing, never saving: a liaison mid-conversation must be able to keep
        half a record. Only the editor's own fields are kept (the store bounds their size and
        encrypts them); `draft_problems` and sealing check them. Raises DraftNotFound for an
        unknown `draft_id`.
        """
        kept = {name: value for name, value in fields.items() if name in EDITOR_FIELDS}
        if draft_id is None:
            return self.store.create_draft(kept)
        self.store.update_draft(draft_id, kept)
        return draft_id

    def has_draft(self, draft_id: str) -> bool:
        """Whether a draft with this id is still on the laptop (not sealed, not deleted)."""
        return self.store.has_draft(draft_id)

    def draft_problems(self, draft_id: str, *, today: date | None = None) -> list[FieldError]:
        """What must still be filled or fixed before the draft can be sealed (empty: ready)."""
        return validate_signal(self.read_draft(draft_id), today=today)

    def read_draft(self, draft_id: str) -> dict[str, Any]:
        """A draft's fields as the editor shows them (drafts are readable; sealed items not)."""
        fields = self.store.read_draft(draft_id)
        for kept_by_the_record in ("created", "schema_version"):
            fields.pop(kept_by_the_record, None)
        return fields

    def update_draft(
        self, draft_id: str, fields: Mapping[str, Any], *, today: date | None = None
    ) -> None:
        """Validate like `record` and replace the draft's fields; attachments stay."""
        self.store.update_draft(draft_id, _validated(fields, today))

    def attachment_outcomes(self, draft_id: str) -> list[AttachmentOutcome]:
        """Each attachment's cleaning outcome, by position, as it will be sealed.

        For the window and the command lines to show before sealing (codes and sentences from
        `intake_app.sentences`); no file names.
        """
        return [
            attachment_outcome(index, attachment.cleaning, attachment.warnings)
            for index, attachment in enumerate(self.store.list_attachments(draft_id), start=1)
        ]

    def attachment_names(self, draft_id: str) -> list[str]:
        return [attachment.name for attachment in self.store.list_attachments(draft_id)]

    def stored_attachments(self, draft_id: str) -> list[StoredAttachment]:
        """The draft's attachments in the vault with what cleaning did to each."""
        return [
            StoredAttachment(a.id, a.name, a.cleaning, tuple(a.warnings))
            for a in self.store.list_attachments(draft_id)
        ]

    def remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        """Take one attachment off a draft (its encrypted file is removed)."""
        self.store.remove_attachment(draft_id, attachment_id)

    def liaison_card_file_name(self) -> str:
        """A name with the key id, so cards of several liaisons on one stick never clash."""
        return f"liaison-{keycard.parse_card(self.store.liaison_card()).key_id[:8]}.card"

    def save_liaison_card(self, target: Path) -> None:
        """Write this liaison's public key card, for the office to register."""
        write_atomic(Path(target), self.store.liaison_card(), mode=0o644)  # public by design

    def delete(self, entry_id: str) -> None:
        """Delete a draft, or a sealed signal that will then never reach the office."""
        if self.store.has_draft(entry_id):
            self.store.delete_draft(entry_id)
        else:
            self.store.delete_item(entry_id)

    def attach(
        self,
        draft_id: str,
        path: Path,
        *,
        keep_original: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> AttachmentInfo:
        return attach_file(
            self.store, draft_id, path, keep_original=keep_original, progress=progress
        )

    def check_identifiers(self, draft_id: str) -> list[IdentifierWarning]:
        """Phone numbers, e-mail addresses, IBANs, … in the free text: pointed out, not removed."""
        record, _ = build_signal(self.store, draft_id)
        return [
            IdentifierWarning(field, hit.kind, hit.start, hit.end)
            for field, text in record.free_text().items()
            for hit in find_identifiers(text)
        ]

    def seal(self, draft_id: str, *, progress: Callable[[int], None] | None = None) -> ItemInfo:
        return seal_draft(self.store, draft_id, progress=progress)

    # ----- what the liaison may see ---------------------------------------------------------

    def list_entries(self, *, hide_cleared: bool = False) -> list[ListEntry]:
        """Drafts (oldest change first), then sealed items; ids, kinds, sizes and dates only.
        `hide_cleared` leaves out what `clear_finished` cleared."""
        cleared = ""
        if hide_cleared:
            with self.store.reading() as conn:
                cleared = store_settings.get(conn, CLEARED_SETTING) or ""
        entries = [
            ListEntry(draft_id, "draft", size, updated_at, SignalState.DRAFT)
            for draft_id, _created, updated_at, size, _count in self.store.list_drafts()
        ]
        entries += [
            ListEntry(i.id, "sealed", i.size, i.sealed_at, i.status)
            for i in self.store.list_items()
            if not (i.status in FINISHED and i.status_at <= cleared)
        ]
        return entries

    def clear_finished(self) -> None:
        """Take delivered and deleted signals off the window's list.

        Only a time is stored: their tombstones stay, so a receipt imported twice is still
        recognised.
        """
        with self.store.transaction() as conn:
            store_settings.put(conn, CLEARED_SETTING, utc_now())

    def draft_summaries(self) -> dict[str, DraftSummary]:
        """Category, period, place and missing-field count of every draft, by id."""
        return {d.id: summarise(self.store.read_draft(d.id)) for d in self.store.list_drafts()}

    def status(self) -> ProfileStatus:
        office = keycard.parse_card(self.store.office_card())
        liaison = keycard.parse_card(self.store.liaison_card())
        return ProfileStatus(
            vault=self.vault.status(),
            counts=self.store.counts(),
            office_name=office.name,
            office_fingerprint=office.fingerprint,
            liaison_fingerprint=liaison.fingerprint,
        )

    # ----- to the office and back (see services/export.py, receipts.py, office_card.py) ------

    def exportable_items(self) -> list[ItemInfo]:
        """Sealed items not yet delivered (status sealed or exported)."""
        return export_service.exportable_items(self.store)

    def export(
        self,
        target_dir: Path,
        item_ids: Sequence[str] | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        max_part_size: int | str | None = "auto",
    ) -> ExportResult:
        """Write a bundle into `target_dir`; None exports every exportable item."""
        return export_service.export_items(
            self.store, target_dir, item_ids, progress=progress, max_part_size=max_part_size
        )  # type: ignore[arg-type]

    def import_receipt(self, path: Path) -> ReceiptResult:
        """Verify the office's receipt and purge the signals it confirms."""
        return receipt_service.import_receipt(self.store, path)

    def update_office_card(self, path: Path) -> keycard.KeyCard:
        """Accept a rotated office card endorsed by the current office key."""
        return office_card_service.update_office_card(self.store, path)
