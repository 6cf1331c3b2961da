"""The liaison's use cases on one profile: set up, unlock, record, attach, check, seal, list.

`LiaisonSession` is what the GUI and the command line hold while the vault is unlocked. It joins
the vault (the key) and the store (what the key protects) and keeps both to itself: every use
case is one method, so both front ends do exactly the same thing, and no key, vault or store
reaches a front end (tests/test_layering.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.crypto import keycard
from intake_app.domain.identifiers import find_identifiers
from intake_app.domain.signal import SignalRecord, validate_signal
from intake_app.domain.signal_errors import FIELD_NAMES, FieldError
from intake_app.domain.states import SignalState
from intake_app.errors import SeinpostError
from intake_app.fs.atomic import write_atomic
from intake_app.fs.sealed_files import SealedCopies
from intake_app.media.outcome import AttachmentOutcome, attachment_outcome
from intake_app.services import export as export_service
from intake_app.services import held_signals
from intake_app.services import office_card as office_card_service
from intake_app.services import receipts as receipt_service
from intake_app.services.attach import attach_file, forecast_attachment
from intake_app.services.draft_list import (
    FINISHED,
    DraftSummary,
    StoredAttachment,
    SummaryCache,
    summarise,  # noqa: F401 - the window's list and seal question take it from here
)
from intake_app.services.export import ExportResult
from intake_app.services.kept_files import KeptFilesOfSession
from intake_app.services.office_card import CardUpdate
from intake_app.services.opening import close_profile, open_profile, remember
from intake_app.services.profile_setup import create_profile
from intake_app.services.receipts import ReceiptResult
from intake_app.services.seal_draft import build_signal, plaintext_size, seal_draft
from intake_app.services.session_security import SessionSecurity
from intake_app.services.session_types import (
    FingerprintMismatch,
    IdentifierWarning,
    ListEntry,
    ProfileStatus,
    read_office_card,
)
from intake_app.store.errors import AttachmentDamaged
from intake_app.store.local_store import AttachmentInfo, ItemInfo, LocalStore, check_id, utc_now
from intake_app.vault import KdfParams, Vault

__all__ = [
    "DEFAULT_LIAISON_NAME",
    "EDITOR_FIELDS",
    "AttachmentDamaged",
    "AttachmentOutcome",
    "FingerprintMismatch",
    "IdentifierWarning",
    "LiaisonSession",
    "ListEntry",
    "ProfileStatus",
    "attachment_outcome",
    "check_id",
    "forecast_attachment",
    "read_office_card",
]

DEFAULT_LIAISON_NAME = "Liaison"
_STATES = {state.value: state for state in SignalState}  # a stored status, as the enum
#: What the editor may keep in an unfinished draft (the record's own bookkeeping is added later).
EDITOR_FIELDS = frozenset(FIELD_NAMES) - {"schema_version", "created", "attachments"}


def _validated(fields: Mapping[str, Any], today: date | None) -> dict[str, Any]:
    record = SignalRecord.from_form({**fields, "attachments": []}, today=today)
    saved = record.to_dict()
    del saved["attachments"]  # they live in the store until sealing
    return saved


class LiaisonSession(SessionSecurity, KeptFilesOfSession):
    """One unlocked profile. Create with `initialise` or `unlock`; `lock` ends it."""

    def __init__(self, vault: Vault, store: LocalStore, *,
                 finished_emptying: bool = False) -> None:
        """Use `initialise` or `unlock`. `finished_emptying`: this unlock finished a duress
        unlock's emptying a cut interrupted (services/opening.py), as silent as that one."""
        self._vault = vault
        self._store = store
        #: Tell the person ("vault.state_undone"): this unlock met a vault.json the store had
        #: not seen (an older copy put back, store/vault_seen.py); never the one a cut duress
        #: unlock wrote itself.
        self.undone_notice = store.vault_state_noticed and not finished_emptying
        #: Sealed files no row names (store/unlisted.py), told by the sentence `unlisted_notice`:
        #: in keyring mode, which refuses an older store.db, they were planted (r7j R7J-6).
        self.unlisted_sealed = store.unlisted_sealed
        self.unlisted_notice = ("store.sealed_unlisted_planted" if vault.keyring_mode
                                else "store.sealed_unlisted")
        self._summaries = SummaryCache()

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
        discard_sealed: bool = False,
    ) -> LiaisonSession:
        """Create vault, store and liaison key; only with the office fingerprint confirmed
        (FingerprintMismatch otherwise). All or nothing; `discard_sealed`: `create_profile`."""
        vault, store, _ = create_profile(
            profile_dir, passphrase, office_card, typed_fingerprint, liaison_name=liaison_name,
            use_keyring=use_keyring, kdf=kdf, allow_weak_kdf=allow_weak_kdf,
            discard_sealed=discard_sealed)
        return cls(vault, store)

    @classmethod
    def unlock(cls, profile_dir: Path, passphrase: str) -> LiaisonSession:
        """Open the vault with `passphrase` and then its store (services/opening.py); a SIGTERM
        or SIGHUP meanwhile is delivered once it answered (held_signals.py)."""
        with held_signals.held():
            vault, store, finished_emptying = open_profile(profile_dir, passphrase)
        return cls(vault, store, finished_emptying=finished_emptying)

    @property
    def profile_dir(self) -> Path:
        """The profile folder this session opened (vault.json, store.db, blobs/, sealed/)."""
        return self._vault.profile_dir

    def lock(self) -> None:
        """Close the store and lock the vault; safe to repeat."""
        close_profile(self._vault, self._store)

    def wait_for_cleanup(self) -> None:
        """Wait until the files of sealed or deleted drafts are gone from disk (the store
        removes them in the background once their keys are gone)."""
        self._store.wait_for_cleanup()

    # ----- drafts ---------------------------------------------------------------------------

    def record(self, fields: Mapping[str, Any], *, today: date | None = None) -> str:
        """Validate the fields (SignalValidationError lists every problem) and save a draft."""
        return self._store.create_draft(_validated(fields, today))

    def save_draft(self, fields: Mapping[str, Any], draft_id: str | None = None, *,
                   wait_s: float | None = None) -> str:
        """Keep what the editor holds, complete or not; return the draft's id. Validation
        blocks sealing, never saving: a liaison mid-conversation must be able to keep half a
        record. Only the editor's own fields are kept (the store bounds their size and
        encrypts them). `wait_s`: the longest wait (s) for another program holding the store
        (default 10 s; then sqlite3's busy error). Raises DraftNotFound for an unknown id.
        """
        kept = {name: value for name, value in fields.items() if name in EDITOR_FIELDS}
        if draft_id is None:
            return self._store.create_draft(kept, wait_s=wait_s)
        self._summaries.forget(draft_id)
        self._store.update_draft(draft_id, kept, wait_s=wait_s)
        return draft_id

    def has_draft(self, draft_id: str) -> bool:
        """Whether a draft with this id is still on the laptop (not sealed, not deleted)."""
        return self._store.has_draft(draft_id)

    def draft_problems(self, draft_id: str, *, today: date | None = None) -> list[FieldError]:
        """What must still be filled or fixed before the draft can be sealed (empty: ready)."""
        return validate_signal(self.read_draft(draft_id), today=today)

    def read_draft(self, draft_id: str) -> dict[str, Any]:
        """A draft's fields as the editor shows them (drafts are readable; sealed items not)."""
        fields = self._store.read_draft(draft_id)
        for kept_by_the_record in ("created", "schema_version"):
            fields.pop(kept_by_the_record, None)
        return fields

    def update_draft(
        self, draft_id: str, fields: Mapping[str, Any], *, today: date | None = None
    ) -> None:
        """Validate like `record` and replace the draft's fields; attachments stay."""
        self._summaries.forget(draft_id)
        self._store.update_draft(draft_id, _validated(fields, today))

    def attachment_outcomes(self, draft_id: str) -> list[AttachmentOutcome]:
        """Each attachment's cleaning outcome, by position, as it will be sealed.

        For the window and the command lines to show before sealing (codes and sentences from
        `intake_app.sentences`); no file names.
        """
        return [
            attachment_outcome(index, attachment.cleaning, attachment.warnings)
            for index, attachment in enumerate(self._store.list_attachments(draft_id), start=1)
        ]

    def attachment_names(self, draft_id: str) -> list[str]:
        """The cleaned file names of the draft's attachments, in order."""
        return [attachment.name for attachment in self._store.list_attachments(draft_id)]

    def stored_attachments(self, draft_id: str) -> list[StoredAttachment]:
        """The draft's attachments in the vault with what cleaning did to each."""
        return [
            StoredAttachment(a.id, a.name, a.cleaning, tuple(a.warnings))
            for a in self._store.list_attachments(draft_id)
        ]

    def remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        """Take one attachment off a draft (its encrypted file is removed)."""
        self._store.remove_attachment(draft_id, attachment_id)

    def open_attachment(self, draft_id: str, attachment_id: str) -> BinaryIO:
        """A readable binary stream of one attachment as it will be sealed (cleaned, verified
        as it is read). AttachmentDamaged if the draft has no such attachment."""
        for attachment in self._store.list_attachments(draft_id):
            if attachment.id == attachment_id:
                return self._store.open_attachment(attachment)
        raise AttachmentDamaged("That attachment is no longer on this draft.")

    def plaintext_size(self, draft_id: str) -> int:
        """Roughly how many bytes sealing the draft will process (its attachments), for a
        progress bar."""
        return plaintext_size(self._store, draft_id)

    def liaison_card(self) -> bytes:
        """This liaison's public key card file (bytes), for the office to register."""
        return self._store.liaison_card()

    def liaison_name(self) -> str:
        """The name on this liaison's card (what the duress profile's card shows by default)."""
        return keycard.parse_card(self.liaison_card()).name

    def office_card(self) -> bytes:
        """The current office card file (bytes), from the verified office record."""
        return self._store.office_card()

    def liaison_card_file_name(self) -> str:
        """A name with the key id, so cards of several liaisons on one stick never clash."""
        return f"liaison-{keycard.parse_card(self.liaison_card()).key_id[:8]}.card"

    def save_liaison_card(self, target: Path) -> None:
        """Write this liaison's public key card, for the office to register."""
        write_atomic(Path(target), self.liaison_card(), mode=0o644)  # public by design

    def delete(self, entry_id: str) -> None:
        """Delete a draft, or a sealed signal that will then never reach the office."""
        if self._store.has_draft(entry_id):
            self._store.delete_draft(entry_id)
        else:
            self._store.delete_item(entry_id)
        self._remember()

    def attach(
        self,
        draft_id: str,
        path: Path,
        *,
        keep_original: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> AttachmentInfo:
        """Clean the file at `path` in memory and keep it encrypted on the draft
        (services/attach.py); `progress(bytes)` may raise to cancel. The returned info holds
        names, sizes and cleaning outcome, never a key."""
        return attach_file(
            self._store, draft_id, path, keep_original=keep_original, progress=progress
        )

    def check_identifiers(self, draft_id: str) -> list[IdentifierWarning]:
        """Phone numbers, e-mail addresses, IBANs, … in the free text: pointed out, not removed."""
        record, _ = build_signal(self._store, draft_id)
        return [
            IdentifierWarning(field, hit.kind, hit.start, hit.end)
            for field, text in record.free_text().items()
            for hit in find_identifiers(text)
        ]

    def seal(self, draft_id: str, *, progress: Callable[[int], None] | None = None) -> ItemInfo:
        """Seal the draft to the office card (services/seal_draft.py); the draft becomes an
        item. `progress(bytes)` may raise to cancel; the draft then stays as it was."""
        item = seal_draft(self._store, draft_id, progress=progress)
        self._remember()
        return item

    # ----- what the liaison may see ---------------------------------------------------------

    def list_entries(self, *, hide_cleared: bool = False) -> list[ListEntry]:
        """Drafts (oldest change first), then sealed items; ids, kinds, sizes and dates only.
        `hide_cleared` leaves out what `clear_finished` cleared."""
        cleared = self._store.list_cleared_at() if hide_cleared else ""
        drafts, sealed = self._store.list_rows()
        draft = SignalState.DRAFT
        entries = [ListEntry(i, "draft", size, date, draft) for i, date, size in drafts]
        entries += [
            ListEntry(i, "sealed", size, date, _STATES[status])
            for i, size, date, status, status_at in sealed
            if not (status in FINISHED and status_at <= cleared)
        ]
        return entries

    def draft_entry(self, draft_id: str) -> ListEntry | None:
        """One draft's row of `list_entries` as stored now (size and time change with every
        save), or None when there is no such draft."""
        row = self._store.draft_row(draft_id)
        return None if row is None else ListEntry(draft_id, "draft", row[1], row[0],
                                                  SignalState.DRAFT)

    def clear_finished(self) -> None:
        """Take delivered and deleted signals off the window's list.

        Only a time is stored: their tombstones stay, so a receipt imported twice is still
        recognised.
        """
        self._store.set_list_cleared_at(utc_now())

    def item(self, item_id: str) -> ItemInfo:
        """One sealed item as listed (id, size, hash, dates, state, bundle id: no content).

        Raises ItemNotFound, or DraftNotFound for a malformed id.
        """
        return self._store.get_item(item_id)

    def draft_summaries(self, *, budget: int | None = None,
                        step: Callable[[], None] | None = None) -> dict[str, DraftSummary]:
        """Category, period, place and missing-field count of every draft, by id (a draft
        decrypted again only when it changed: draft_list.SummaryCache). `budget`: at most
        this many drafts are decrypted, the others not kept are left out (0: only what is
        kept); `step()` before each (a worker's progress, which may raise Cancelled). May be
        called from a worker while the window calls it too."""
        return self._summaries.summaries(self._store.list_drafts(), self._store.read_draft,
                                         budget=budget, step=step)

    def status(self) -> ProfileStatus:
        """The vault's status, counts by state, and the office's and liaison's fingerprints."""
        office = keycard.parse_card(self.office_card())
        liaison = keycard.parse_card(self.liaison_card())
        return ProfileStatus(
            vault=self._vault.status(),
            counts=self._store.counts(),
            office_name=office.name,
            office_fingerprint=office.fingerprint,
            liaison_fingerprint=liaison.fingerprint,
        )

    # ----- to the office and back (see services/export.py, receipts.py, office_card.py) ------

    def exportable_items(self) -> list[ItemInfo]:
        """Sealed items not yet delivered (status sealed or exported)."""
        return export_service.exportable_items(self._store)

    def export(
        self,
        target_dir: Path,
        item_ids: Sequence[str] | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        max_part_size: int | str | None = "auto",
    ) -> ExportResult:
        """Write a bundle into `target_dir`; None exports every exportable item."""
        result = export_service.export_items(
            self._store, target_dir, item_ids, progress=progress, max_part_size=max_part_size
        )  # type: ignore[arg-type]
        self._remember()
        return result

    def save_unlisted(self, target_dir: Path) -> SealedCopies:
        """`unlisted_sealed`'s files copied as they are into `target_dir` (store/unlisted.py)."""
        return self._store.copy_unlisted(target_dir)

    def import_receipt(self, path: Path) -> ReceiptResult:
        """Verify the office's receipt and purge the signals it confirms."""
        result = receipt_service.import_receipt(self._store, path)
        self._remember()
        return result

    def update_office_card(self, path: Path) -> keycard.KeyCard:
        """`update_office_cards` for one file; the current office card afterwards."""
        return self.update_office_cards([path]).card

    def update_office_cards(self, paths: Sequence[Path]) -> CardUpdate:
        """Accept the office's rotated cards in the files `paths` (cards or chain files, any
        order), each endorsed by the one before (services/office_card.py)."""
        update = office_card_service.update_office_cards(self._store, paths)
        self._remember()
        return update

    def _remember(self) -> None:
        # After a change a rollback must not undo, the vault's marks (and in keyring mode the
        # keyring's) move up at once rather than at `lock`: a laptop switched off without
        # locking cannot then be handed an older copy of itself (services/opening.py).
        with contextlib.suppress(SeinpostError, OSError):
            remember(self._vault, self._store)
