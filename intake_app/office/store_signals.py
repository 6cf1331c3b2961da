"""Rows for one ingested signal, and moving its staged attachments into the content store."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from intake_app.office.unseal import StagedAttachment, UnsealedItem
from intake_app.store.atomic import fsync_dir


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
             listed.media_type, listed.cleaning),
        )


def attachment_path(store: Path, sha256: str) -> Path:
    return store / sha256


def move_staged(staged: Sequence[StagedAttachment], store: Path) -> None:
    """Rename staged files to their content address (same folder tree, so atomic)."""
    for attachment in staged:
        target = attachment_path(store, attachment.sha256)
        if target.exists():
            attachment.path.unlink()  # same content already stored
        else:
            os.replace(attachment.path, target)
    if staged:
        fsync_dir(store)
