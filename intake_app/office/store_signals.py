"""Rows for one ingested signal, and its staged attachments on their way into the content store.

An open decrypts attachments into its own ``.staging-*`` folder inside the store and moves them
to their content address only after its transaction committed: a rollback then leaves nothing
in the store. While an open runs, its folder holds an exclusive SQLite lock on a file inside it
(portable, and released by the operating system when the process dies), so `finish_staging`
(run by `database.connect`) can tell a live folder from one left by a killed or failed open: it
moves the files a committed bundle still needs into place and deletes the rest.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from intake_app.bundle.layout import SHA256_HEX
from intake_app.fs.atomic import fsync_dir
from intake_app.media.result import stored_cleaning
from intake_app.office.unseal import StagedAttachment, UnsealedItem

STAGING_PREFIX = ".staging-"
_IN_USE = "in-use.lock"
_STAGED = ".staged"


def _codes(values: frozenset[str]) -> str:
    return ";".join(sorted(values))


def insert_signal(conn: sqlite3.Connection, liaison_key_id: str, item_id: str, bundle_id: str,
                  received: str, item: UnsealedItem) -> None:
    """Insert the signal row (codes as columns, plus the exact signal.json) and its attachments."""
    record = item.record
    period = record.period.to_dict()
    conn.execute(
        "INSERT INTO signals (liaison_key_id, item_id, bundle_id, received, category, actor, "
        "targets, channel, period_kind, period_start, period_end, place_kind, place_value, "
        "impact, urgency, anonymity, consent, reported_elsewhere, source_reliability, "
        "information_credibility, created, signal_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            liaison_key_id, item_id, bundle_id, received, record.category, record.actor,
            _codes(record.targets), record.channel, period["kind"],
            period.get("start") or period.get("month"), period.get("end"),
            record.place.kind, record.place.value, _codes(record.impact), record.urgency,
            record.anonymity, _codes(record.consent), record.reported_elsewhere,
            record.source_reliability, record.information_credibility,
            record.to_dict()["created"], item.signal_json.decode("utf-8"),
        ),
    )
    for position, (listed, staged) in enumerate(zip(record.attachments, item.attachments,
                                                    strict=True)):
        conn.execute(
            "INSERT INTO attachments (liaison_key_id, item_id, position, file, sha256, size, "
            "media_type, cleaning) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (liaison_key_id, item_id, position, listed.file, staged.sha256, staged.size,
             listed.media_type, stored_cleaning(listed.cleaning, listed.warnings)),
        )


def attachment_path(store: Path, sha256: str) -> Path:
    """Where an attachment's content lives in the content-addressed `store` (by SHA-256 hex)."""
    return store / sha256


def _try_lock(folder: Path) -> sqlite3.Connection | None:
    """An exclusive lock on `folder`'s lock file, or None if another open holds it."""
    conn = None
    try:
        conn = sqlite3.connect(folder / _IN_USE, isolation_level=None, timeout=0)
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None
    return conn


class StagingFolder:
    """One open's private staging folder, locked until `close`."""

    def __init__(self, store: Path) -> None:
        self.path = store / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
        os.mkdir(self.path, 0o700)  # new and private: plaintext attachments pass through here
        lock = _try_lock(self.path)
        if lock is None:  # only if a concurrent sweep removed the brand-new folder
            shutil.rmtree(self.path, ignore_errors=True)
            raise OSError("the staging folder for attachments could not be prepared")
        self._lock = lock
        self.keep = False  # set when committed files could not be moved: the next sweep does it

    def address(self, staged: Sequence[StagedAttachment]) -> list[StagedAttachment]:
        """Rename staged files to ``<sha256>.staged`` (one per content): a sweep can finish them."""
        by_hash: dict[str, StagedAttachment] = {}
        for attachment in staged:
            if attachment.sha256 in by_hash:
                attachment.path.unlink()
                continue
            named = self.path / f"{attachment.sha256}{_STAGED}"
            os.replace(attachment.path, named)
            by_hash[attachment.sha256] = dataclasses.replace(attachment, path=named)
        return list(by_hash.values())

    def close(self) -> None:
        """Release the staging lock and remove the folder unless `keep` is set."""
        self._lock.close()  # before removing: Windows cannot delete an open file
        if not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)


def move_staged(staged: Sequence[StagedAttachment], store: Path) -> None:
    """Rename staged files to their content address (same folder tree, so atomic). Only after
    the rows naming them are committed; a repeat is harmless (content-addressed)."""
    for attachment in staged:
        target = attachment_path(store, attachment.sha256)
        if target.is_file():
            with contextlib.suppress(FileNotFoundError):
                attachment.path.unlink()  # same content already stored
        else:
            os.replace(attachment.path, target)
    if staged:
        fsync_dir(store)


def finish_staging(conn: sqlite3.Connection, store: Path) -> None:
    """Deal with staging folders no live open holds: move files that committed rows need but
    the store lacks into place (the open died between COMMIT and the move), delete the rest."""
    for folder in sorted(store.glob(f"{STAGING_PREFIX}*")):
        if folder.is_symlink() or not folder.is_dir():
            with contextlib.suppress(OSError):
                folder.unlink()
            continue
        lock = _try_lock(folder)
        if lock is None:
            continue  # an open is using it right now
        try:
            _recover(conn, folder, store)
        except OSError:
            continue  # a file still cannot go into place: keep it for the next connect
        finally:
            lock.close()
        shutil.rmtree(folder, ignore_errors=True)


def _recover(conn: sqlite3.Connection, folder: Path, store: Path) -> None:
    moved = False
    for path in folder.glob(f"*{_STAGED}"):
        sha256 = path.name[: -len(_STAGED)]
        target = attachment_path(store, sha256)
        if not SHA256_HEX.fullmatch(sha256) or target.is_file() or path.is_symlink():
            continue
        row = conn.execute("SELECT size FROM attachments WHERE sha256 = ? LIMIT 1",
                           (sha256,)).fetchone()
        if row is not None and path.stat().st_size == row[0]:
            os.replace(path, target)
            moved = True
    if moved:
        fsync_dir(store)
