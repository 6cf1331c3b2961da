"""Sealing one draft: validate, write sealed/<id>.age, then turn the draft into an item.

The order is what makes a kill at any moment safe (see store/local_store.py): the sealed file
is complete and durable before the one transaction that inserts the item row and deletes the
draft; the attachment blobs are removed after it. A crash before the COMMIT leaves the draft
(and the next open removes the orphan sealed file), a crash after it leaves the sealed item.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from intake_app.crypto import keycard
from intake_app.domain.signal import SignalRecord, signal_to_json
from intake_app.fs.atomic import atomic_writer
from intake_app.media.names import sealed_name
from intake_app.media.result import stored_cleaning
from intake_app.services.hashing_writer import HashingWriter
from intake_app.services.sealing import SealAttachment, seal_signal
from intake_app.store.local_store import AttachmentInfo, ItemInfo, LocalStore


def member_name(index: int, attachment: AttachmentInfo) -> str:
    """The tar member name of the `index`th attachment (from 1): `attachments/NN-attachment-N.ext`.

    Never the liaison's own file name, which stays in the vault for the editor (`sealed_name`).
    """
    return f"attachments/{index:02d}-{sealed_name(index, attachment.name, attachment.media_type)}"


def build_signal(store: LocalStore, draft_id: str) -> tuple[SignalRecord, list[SealAttachment]]:
    """The validated record (raises SignalValidationError) and its attachments, in order."""
    fields = store.read_draft(draft_id)
    entries: list[dict[str, Any]] = []
    to_seal: list[SealAttachment] = []
    for index, attachment in enumerate(store.list_attachments(draft_id), start=1):
        name = member_name(index, attachment)
        entries.append({
            "file": name, "sha256": attachment.sha256, "size": attachment.size,
            "media_type": attachment.media_type,
            # a draft an older version stored as "cleaned" with an exception is sealed as such
            "cleaning": stored_cleaning(attachment.cleaning, attachment.warnings),
            "warnings": list(attachment.warnings),
        })
        opener = functools.partial(store.open_attachment, attachment)
        to_seal.append(SealAttachment(name, attachment.size, opener))
    record = SignalRecord.from_form({**fields, "attachments": entries})
    return record, to_seal


def seal_draft(
    store: LocalStore, draft_id: str, *, progress: Callable[[int], None] | None = None
) -> ItemInfo:
    """Seal the draft to the verified office card's recipients; return the new item."""
    record, attachments = build_signal(store, draft_id)
    office = keycard.parse_card(store.office_card())
    warnings = {code for entry in record.attachments for code in entry.warnings}
    with atomic_writer(store.item_path(draft_id)) as out:
        sink = HashingWriter(out)
        try:
            seal_signal(signal_to_json(record), attachments, office.recipients,
                        sink, progress=progress)  # type: ignore[arg-type]
            sha256 = sink.finish()
        finally:
            sink.abort()
    store.commit_seal(draft_id, sink.size, sha256, warnings)
    return store.get_item(draft_id)


def plaintext_size(store: LocalStore, draft_id: str) -> int:
    """Roughly how many bytes sealing will process, for a progress bar."""
    return sum(a.size for a in store.list_attachments(draft_id))
