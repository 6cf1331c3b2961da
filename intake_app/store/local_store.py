"""The liaison's local store: encrypted drafts and attachments, sealed items, the identity.

Layout inside the profile folder::

    store.db            SQLite (WAL, full sync): ids, times, sizes and encrypted boxes only
    blobs/<att>.blob    attachment copies, secretstream-encrypted with a per-attachment key
    sealed/<id>.age     sealed items, age-encrypted to the office (the liaison cannot open them)

`LocalStore` joins the parts, each in its own module, over one connection (core.py): the drafts
and their attachments (drafts.py), the sealed items (items.py), the liaison's identity and the
office record (identity.py, trust.py), the export ledger with the bundle counter and the export
journal (ledger.py), and the liaison's preferences (preferences.py). This module opens, recovers
and, only on the duress proof, empties a store.

The store's public API is this module's `__all__` (LocalStore's public methods and the record
types they return) and the error modules (errors.py, integrity_errors.py): the services use
nothing else of the store, and never its SQLite connection (tests/test_layering.py).

Crash safety rests on one order of events, for every change that touches files and rows: write
the new file completely (atomic_writer), then change the rows in one transaction, then remove
the files that no row refers to. `recover()` runs at every open and finishes whatever a crash
interrupted, so after a kill each signal is either still a draft or fully sealed.

Trust and destruction (store/trust.py): the store belongs to one vault key, proven by its
authenticated state. A store whose state does not verify under the key that unlocked the vault
is refused (StoreKeyMismatch), never purged, unless the duress proof holds: then, and only
then, the vault key itself changed (the duress passphrase was used), and the store is emptied
into a fresh-looking one (new liaison key, default name, counter 0, no history), keeping only
the office card the proof vouches for. `purged_on_open` tells the session; nothing tells the
person (only the duress key empties: services/opening.py).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from intake_app.fs import own_folders
from intake_app.fs.atomic import ensure_private_dir
from intake_app.store import contents as row_digest
from intake_app.store import (
    duress_proof,
    fresh,
    identity,
    items,
    kept_root,
    legacy,
    trust,
    unlisted,
)
from intake_app.store.attachments import AttachmentInfo
from intake_app.store.blobs import MAGIC as BLOB_MAGIC
from intake_app.store.blobs import PLAIN_BLOCK
from intake_app.store.core import FOLDERS
from intake_app.store.database import (
    DB_NAME,
    DatabaseCheck,
    close_unfolded,
    create_database,
    finish_opening,
    open_database,
    remove_database,
)
from intake_app.store.drafts import LIST_DRAFTS, MAX_RECORD_BYTES, DraftInfo, DraftRows
from intake_app.store.folder_ahead import FolderAhead, discard_prepared, prepare_profile
from intake_app.store.fresh import remove_erased_store, store_left_behind
from intake_app.store.identity import IdentityAndOffice
from intake_app.store.ids import check_id, new_id, utc_now
from intake_app.store.integrity_errors import (
    DuressProofOutdated,
    OfficeRecordOutdated,
    StoreKeyMismatch,
    StoreTampered,
)
from intake_app.store.items import ItemInfo, SealedItems
from intake_app.store.ledger import ExportLedger, LedgerEntry
from intake_app.store.preferences import Preferences
from intake_app.store.schema import CURRENT_VERSION as STORE_SCHEMA_VERSION
from intake_app.store.settings import get as settings_row

PARTIAL_PATTERN = ".*.partial"  #: leftovers of interrupted atomic writes (fs/atomic.py)

__all__ = [
    "BLOB_MAGIC",
    "LIST_DRAFTS",
    "MAX_RECORD_BYTES",
    "PLAIN_BLOCK",
    "STORE_SCHEMA_VERSION",
    "AttachmentInfo",
    "DatabaseCheck",
    "DraftInfo",
    "FolderAhead",
    "ItemInfo",
    "LedgerEntry",
    "LocalStore",
    "check_id",
    "discard_prepared",
    "new_id",
    "prepare_profile",
    "remove_database",
    "remove_erased_store",
    "store_left_behind",
    "utc_now",
]


class LocalStore(DraftRows, SealedItems, IdentityAndOffice, ExportLedger, Preferences):
    """One open store. Holds the vault key until `close()`; safe to share between threads."""

    @classmethod
    def create(cls, profile_dir: Path, vault_key: bytes, office_card: bytes,
               liaison_name: str, *, prepared: sqlite3.Connection | None = None) -> LocalStore:
        """A new store holding the verified office card and a new liaison identity, in the
        store.db `prepared` made before the key (`prepare_profile`), else in a new one
        (StoreExists when there is one: it is left alone)."""
        ensure_private_dir(Path(profile_dir))
        conn = prepared if prepared is not None else create_database(Path(profile_dir))
        try:
            store = cls(profile_dir, conn, vault_key)
            for folder in (store.blob_dir, store.sealed_dir):
                own_folders.check_folder(folder)  # a link there is refused (fs/own_folders.py)
            with store.transaction() as tx:
                trust.start(tx, vault_key, office_card)
                identity.create_liaison_identity(tx, vault_key, liaison_name)
        except BaseException:
            conn.close()
            remove_database(Path(profile_dir))  # the one this call created: nothing left behind
            for folder in FOLDERS:
                with contextlib.suppress(OSError):
                    (Path(profile_dir) / folder).rmdir()  # only if empty, as it was made
            raise
        return store

    @classmethod
    def open(cls, profile_dir: Path, vault_key: bytes, *,
             checked: DatabaseCheck | None = None,
             check_epoch: Callable[[int, bool, bool], None] | None = None,
             renewal: fresh.Renewal | None = None,
             ahead: FolderAhead | None = None,
             duress_typed: bool = False) -> LocalStore:
        """The store of this vault key, recovered after any crash; StoreKeyMismatch if it is
        not this key's (see the module docstring). `checked` is the database check the caller
        started before it had the key (else it runs now). `check_epoch(epoch, migrated,
        twin_required)` is called with the store's change number once its state verified (as
        found, before this open upgraded its rows_version) and before recovery removes any
        file (`migrated`: this open moved a store of the old format; `twin_required`: the
        duress proof was of the current form, so vault.json's mark must carry its twin); it
        raises to refuse an older copy or a changed mark (the vault's marks), and the store
        closes. When the duress proof holds, `renewal.check(epoch, twin_key)` is called with
        the change number the proof vouches for and the key of the mark's twin (None for a
        store the previous version prepared), before anything is written or emptied: it raises
        to refuse an older copy of the proven rows (B5 in docs/SECURITY.md) or a changed mark,
        and then nothing changes; `renewal.vault_file` then gives vault.json for the new
        profile folder (store/fresh.py, `_start_afresh`), built in the folder `ahead` began
        while the passphrase was stretched (folder_ahead.py; None: begun now). A duress proof
        of the oldest form is DuressProofOutdated.
        `duress_typed`: this unlock is a held duress unlock (the real passphrase still exists),
        so the rows are checked as the real unlock would check them before anything is emptied
        (`_check_proven`); an unlock finishing an emptying a cut interrupted (the old rows
        already forgotten, vault.json already rewritten) is not."""
        if checked is None:
            conn = open_database(Path(profile_dir))
        else:
            conn = finish_opening(checked.result(), Path(profile_dir))
        store = cls(profile_dir, conn, vault_key)
        try:
            # First, alike for every passphrase: a folder replaced by a link or a file refused,
            # one stripped of its permissions repaired (r7d D2), no planted mark left (r7i R7I-6).
            own_folders.settle_profile(profile_dir, (store.sealed_dir, store.blob_dir))
            store._check_key(check_epoch, renewal, duress_typed, ahead)
        except BaseException:
            # Refused: store.db stays byte for byte as it was, a WAL planted beside it unfolded
            # (database.close_unfolded), so taking that WAL away brings the store back.
            store.close(fold=False)
            raise
        try:
            store.recover()
        except BaseException:
            store.close()
            raise
        return store

    def __enter__(self) -> LocalStore:
        return self

    def recover(self) -> dict[str, int]:
        """Finish what a crash interrupted; return what was removed, by kind.

        Both folders are opened without following a link, every removal relative to them
        (fs/own_folders.py): a folder replaced by a link is refused (OwnFolderError).
        Whatever sits at a name recovery removes is removed as what it is (`Folder.clear`,
        review r7d, D3); what cannot be removed at all is left and not counted
        (`Folder.clear_if_possible`): the unlock goes on, the same for both passphrases."""
        removed = {"partials": 0, "unsealed": 0, "purged": 0, "blobs": 0}
        with own_folders.open_folder(self.sealed_dir) as sealed, \
                own_folders.open_folder(self.blob_dir) as blob_folder:
            with self.reading() as conn:
                drafts = {row[0] for row in conn.execute("SELECT id FROM drafts")}
                gone = items.gone_ids(conn)
                known = drafts | {row[0] for row in conn.execute("SELECT id FROM items")}
                blobs = {row[0] for row in conn.execute("SELECT id FROM attachments")}
            for folder in (sealed, blob_folder):
                for name in folder.names(PARTIAL_PATTERN):
                    removed["partials"] += folder.clear_if_possible(name)
            names = sealed.names("*.age")
            self.unlisted_sealed = unlisted.find(names, known)  # left, and said (unlisted.py)
            for name in names:
                # A sealed file whose draft still exists never got its item row: the seal did
                # not happen. One whose item is delivered/deleted was being purged. Any other
                # file is left alone: removing it could lose a signal.
                stem = name[:-len(".age")]
                if stem in drafts:
                    removed["unsealed"] += sealed.clear_if_possible(name)
                elif stem in gone:
                    removed["purged"] += sealed.clear_if_possible(name)
            for name in blob_folder.names("*.blob"):
                if name[:-len(".blob")] not in blobs:
                    removed["blobs"] += blob_folder.clear_if_possible(name)
            if any(removed.values()):
                sealed.sync()
                blob_folder.sync()
        return removed

    def _check_key(self, check_epoch: Callable[[int, bool, bool], None] | None = None,
                   renewal: fresh.Renewal | None = None,
                   duress_typed: bool = False, ahead: FolderAhead | None = None) -> None:
        # `check_epoch` runs inside this transaction: a refusal rolls back whatever the open
        # changed (a migration of the old format, a renewed proof), so it loses nothing.
        # The real and the duress unlock check the same things in the same order, each under
        # the keys it holds (trust.py, `duress_rows`): the duress proof over the rows it
        # covers, the row digest, the office record, then the marks; so whatever someone
        # changed, both passphrases meet the same refusal (review r7c, F1 and F2).
        with self.transaction() as conn:
            if not trust.has_state(conn) and legacy.is_legacy(conn):
                legacy.migrate(conn, self._vault_key)  # a store from before the integrity work
                identity.check_identity(conn, self._vault_key)  # the new proof vouches for it
                self.migrated_on_open = True
                if check_epoch is not None:
                    check_epoch(trust.state(conn, self._vault_key).epoch, True, False)
                return
            state = trust.read_state(conn, self._vault_key)
            if state is not None:
                form = duress_proof.check_proof(conn, self._vault_key)  # an older form renewed
                if form < 4:  # the renewed proof vouches for the identity rows from now on
                    identity.check_identity(conn, self._vault_key)
                self._check_contents(conn, state)
                trust.office_record(conn, self._vault_key)  # refuses an outdated record now
                if check_epoch is not None:
                    # The epoch as found, before any upgrade of its rows_version above: an
                    # older copy must not pass by being upgraded (the refusal rolls it back).
                    # A proof of form 3 or 4 was written beside a mark with its twin, so
                    # vault.json's mark must carry it (vault/store_mark.py).
                    check_epoch(state.epoch, False, form >= 3)
                return
            proof = duress_proof.duress_proof_holds(conn, self._vault_key)
            if proof is None:
                raise StoreKeyMismatch()
            if proof.form == 1:
                raise DuressProofOutdated()  # prepared before the proof covered the state
            auto_lock = None  # kept only from rows checked under the proven digest (R7J-2):
            if proof.keys is not None and duress_typed:
                if proof.form < 4:  # as the real unlock checks them before renewing the proof
                    identity.check_identity_unkeyed(conn)
                self._check_proven(conn, proof)
                auto_lock = fresh.kept_auto_lock(conn)
            if renewal is not None:
                # An older copy of the proven rows, or a changed mark: refused, nothing written.
                renewal.check(proof.epoch, proof.keys.twin if proof.keys else None)
            built = (ahead if ahead is not None else FolderAhead(self.profile_dir)).take()
            # Kept when something was planted in it (kept_root.py); the old rows' names are
            # unknown to an unlock finishing an emptying (already forgotten): None.
            keep = built is not None and kept_root.has_foreign(self.profile_dir)
            self._kept_own = fresh.own_names(conn) if keep and duress_typed else None
            if built is None or keep:
                fresh.forget_in_place(conn, renewal)  # vault.json rewritten in place
        self.duress_seen = proof.keys.seen if proof.keys else None  # as vault_seen.py, r7g M1
        self._start_afresh(proof.office_card, built, renewal, (proof.shown_name, auto_lock),
                           keep)

    def _check_proven(self, conn: sqlite3.Connection, proof: duress_proof.DuressProof) -> None:
        """A duress unlock's check of what the real unlock checks (`_check_contents`,
        trust.office_record), under the keys `duress_rows` holds for it: the rows against the
        proven state's digest (an export journal no digest covered is let pass, as the real
        unlock drops it, and the emptying removes it), then the office record's version.
        StoreTampered or OfficeRecordOutdated, exactly where the real unlock says them."""
        assert proof.keys is not None and proof.state is not None
        expected = proof.state.rows
        if expected is None:
            raise StoreTampered()  # a current proof is only written beside the current digest
        if row_digest.digest_under(conn, proof.keys.rows) != expected:
            journal = row_digest.EXPORT_JOURNAL
            if (settings_row(conn, journal) is None or row_digest.digest_under(
                    conn, proof.keys.rows, without=(journal,)) != expected):
                raise StoreTampered()
        if proof.office_version < proof.state.office_version:
            raise OfficeRecordOutdated()
        if proof.office_version != proof.state.office_version:
            raise StoreTampered()

    def _check_contents(self, conn: sqlite3.Connection, state: trust.State) -> None:
        """Compare the rows with the state's authenticated digest; StoreTampered when a row
        was deleted, changed or put back from a copy. A state of an earlier `rows_version`
        (contents.py) is checked under its own rule (the XOR of before review r7) and over the
        rows it covered only, and then, in this same transaction, brought to the current
        version (the sum and counts) over the rows as they are: the rows it left out (the
        preferences) were never authenticated, so they are taken as found, once. From then on
        the version under the state's MAC says which rule and rows hold, and no change to them
        is taken again (docs/SECURITY.md, "Preferences" and "store.db")."""
        left_out = row_digest.LEFT_OUT[state.rows_version]
        if not self._rows_hold(conn, state, left_out):
            if not self._drop_unaccounted_journal(conn, state, left_out):
                raise StoreTampered()  # a row deleted, changed or put back from a copy
        if state.rows_version != row_digest.ROWS_VERSION:
            trust.write_state(conn, self._vault_key, state.replace(
                rows=row_digest.full_digest(conn, self._vault_key), xor_contents=None,
                rows_version=row_digest.ROWS_VERSION))

    def _rows_hold(self, conn: sqlite3.Connection, state: trust.State,
                   without: tuple[str, ...]) -> bool:
        """Whether the rows (but the settings named in `without`) are the ones `state`'s
        digest vouches for, under the state's own rule (contents.py). Raises StoreTampered
        for a primary key that appears twice."""
        if state.rows is None:
            return state.xor_contents == row_digest.xor_digest(conn, self._vault_key,
                                                               without=without)
        return state.rows == row_digest.full_digest(conn, self._vault_key, without=without)

    def _drop_unaccounted_journal(self, conn: sqlite3.Connection, state: trust.State,
                                  left_out: tuple[str, ...]) -> bool:
        """An export journal row the authenticated digest never covered (written by a version
        before the journal was tracked, or planted) is removed unread: it acts on nothing.
        True when that made the store whole; a journal row the digest did cover and that was
        changed, deleted or put back is never dropped (the caller refuses the store).
        `left_out`: the other settings rows this state's digest does not cover."""
        from intake_app.store import settings

        journal = row_digest.EXPORT_JOURNAL
        if settings.get(conn, journal) is None:
            return False
        if not self._rows_hold(conn, state, (journal, *left_out)):
            return False
        settings.delete(conn, journal)
        # Whole again only if nothing of it is left (a lookup by name finds one row; a second
        # one beside a key SQLite believes unique would stay, and be acted on).
        return self._rows_hold(conn, state, left_out)

    def _start_afresh(self, office_card: bytes, built: tuple[Path, sqlite3.Connection] | None,
                      renewal: fresh.Renewal | None, kept: tuple = (None, None),
                      keep: bool = False) -> None:
        """The duress proof held: the store begins again as a new one, in new files and folders
        (store/fresh.py), keeping only the office card the proof vouched for and `kept` (the
        name shown and the auto-lock minutes, fresh.fill's last two arguments). Where a folder
        could be made beside the profile (`built`), a whole new profile is built there with
        its vault.json (`renewal.vault_file`) and swapped in, and the old folder removed
        before this returns (nothing of it is left to see; review r7c F5, the stop-20 note);
        the old store and vault.json are never written, so a cut before the swap leaves the old
        profile whole. `keep`: the profile folder stays, its own entries renewed with the
        built ones (kept_root.py). Else (None) it is renewed in place (`_check_key`)."""
        sibling = None
        if built is not None:
            if renewal is not None and not keep:
                renewal.begin()
            make = renewal.vault_file if renewal is not None and not keep else None
            sibling = fresh.build_profile(built, self._vault_key, office_card, make, *kept)
        with self._lock:
            # Closed before anything moves: SQLite removes its log files by name at close.
            # Without folding its WAL into it: the old store goes with the old folder, and the
            # fold would make the unlock wait longer the more the profile held (review r7c,
            # F5); a cut before the swap leaves the WAL beside it, which the next open reads.
            own = fresh.own_names(self._conn)  # what is not the store's goes along (R7H-12)
            close_unfolded(self._conn, self.profile_dir / DB_NAME)
            try:  # Swapped in, and the old folder removed while the swap is made durable.
                old = None if sibling is None or keep else fresh.renew_profile(
                    self.profile_dir, sibling, renewal.done if renewal is not None else None, own)
                if keep:
                    kept_root.renew_inside(self.profile_dir, sibling, self._kept_own)
                    old = self.profile_dir
            finally:
                if sibling is not None:
                    fresh.release(sibling)  # a leftover of a failure: the next start's to remove
            if keep and renewal is not None:
                renewal.done()
            if old is None:
                if sibling is not None:
                    # Built, but the two folders could not be swapped after all: the old store
                    # is emptied in place, as `_check_key` does when no folder can be made.
                    self._conn = open_database(self.profile_dir)
                    with self.transaction() as conn:
                        fresh.forget_in_place(conn, renewal)
                    close_unfolded(self._conn, self.profile_dir / DB_NAME)
                fresh.write_fresh_store(self.profile_dir, self._vault_key, office_card, *kept)
                fresh.renew_folders(self.profile_dir)
                fresh.put_in_place(self.profile_dir)
                if renewal is not None:
                    renewal.done()
            self._conn = open_database(self.profile_dir)
        self.purged_on_open = True
