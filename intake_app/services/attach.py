"""Attaching a file to a draft: cleaned in memory, then stored encrypted in the vault.

Files up to media.clean.MAX_CLEAN_BYTES are read into memory and cleaned there; the original
bytes never reach the disk. Larger files, and files whose original the liaison chose to keep,
are streamed into the encrypted blob as they are (flat memory) with the warning recorded.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

from intake_app.fs import outside
from intake_app.media import clean, result, sniff
from intake_app.media.forecast import (
    SCAN_CHUNK,
    CleaningForecast,
    forecast_cleaning,
    has_encrypt_key,
    pdf_needs_password,
    too_large_found,
)
from intake_app.media.names import suggested_name
from intake_app.media.office_zip import directory_refusal
from intake_app.media.tiff_layout import has_sub_images, has_sub_images_at
from intake_app.store.errors import StoreError
from intake_app.store.local_store import AttachmentInfo, LocalStore

_OFFICE_TYPES = frozenset({sniff.DOCX, sniff.XLSX, sniff.PPTX})
"""Packages whose ZIP directory the forecast reads (`office_zip.directory_refusal`)."""


class AttachmentUnreadable(StoreError):
    """The file changed (size or content) while it was being attached; nothing was added."""

    code = "attach.file_changed"
    default_message = "The file changed while it was being attached; nothing was added. Try again."


def forecast_attachment(path: Path, *, keep_original: bool = False) -> CleaningForecast:
    """What attaching `path` will do (media.forecast), from its first bytes and size, for the
    editor to say before the draft is saved. A PDF that will be cleaned is read a chunk at a
    time for an `/Encrypt` key (flat memory); only one that has it is read whole and opened
    (never cleaned) in the PDF cleaner's child, to ask whether it opens only with a password
    (`media.forecast.pdf_needs_password`). An Office package's ZIP directory is read (no entry
    inflated) for what the cleaner refuses from it (`office_zip.directory_refusal`), a TIFF's
    directory chain and a JPEG's header segments for more than the cleaner walks (a few bytes
    a page or segment, `forecast.too_large_found`). Raises
    OutsideFileError when it cannot be read."""
    path = Path(path)
    needs_password = False
    sub_images = None
    office_refusal = None
    too_large = False
    with outside.open_outside(path, outside.ATTACHMENT) as source:
        head = source.read(sniff.SNIFF_BYTES)
        if sniff.wants_more(head):  # an XML prologue past the head, or gzip: an SVG?
            head += source.read(sniff.MAX_PROLOGUE_BYTES - len(head))
        size = source.size  # type: ignore[attr-defined]

        def read_at(at: int, count: int) -> bytes:
            return _read_at(source, at, count)

        media_type = clean.sniff_media_type(head, path.name, read_at=read_at, size=size)
        if media_type == sniff.TIFF and has_sub_images(head) is None:  # directory after pixels
            sub_images = has_sub_images_at(read_at)
        if not keep_original and size <= clean.MAX_CLEAN_BYTES:
            too_large = too_large_found(media_type, read_at)
        if (not keep_original and size <= clean.MAX_CLEAN_BYTES and media_type == sniff.PDF
                and has_encrypt_key(_chunks(source, head))):
            source.seek(0)
            data = source.read(clean.MAX_CLEAN_BYTES + 1)
            needs_password = pdf_needs_password(data)
            del data
        if (not keep_original and size <= clean.MAX_CLEAN_BYTES
                and media_type in _OFFICE_TYPES):
            office_refusal = directory_refusal(source, size)  # its directory only (r11i L3)
        return forecast_cleaning(head, path.name, size, keep_original=keep_original,
                                 needs_password=needs_password, sub_images=sub_images,
                                 office_refusal=office_refusal, too_large=too_large,
                                 read_at=read_at)


def _read_at(source: io.BufferedReader, offset: int, count: int) -> bytes:
    source.seek(offset)
    return source.read(count)


def _chunks(source: io.BufferedReader, head: bytes) -> Iterator[bytes]:
    """`head`, then the rest of `source` a `SCAN_CHUNK` at a time (at most the cleaner's limit)."""
    yield head
    read = len(head)
    while read <= clean.MAX_CLEAN_BYTES and (chunk := source.read(SCAN_CHUNK)):
        read += len(chunk)
        yield chunk


def attach_file(
    store: LocalStore,
    draft_id: str,
    path: Path,
    *,
    keep_original: bool = False,
    progress: Callable[[int], None] | None = None,
) -> AttachmentInfo:
    """Clean (unless `keep_original`) and store `path` on the draft; return what was stored."""
    path = Path(path)
    with outside.open_outside(path, outside.ATTACHMENT) as source:
        size = source.size  # type: ignore[attr-defined]
        if keep_original or size > clean.MAX_CLEAN_BYTES:
            head = source.read(sniff.SNIFF_BYTES)
            media_type = clean.sniff_media_type(  # a ZIP by its directory too (r11k R11K-6)
                head, path.name, read_at=lambda at, count: _read_at(source, at, count),
                size=size)
            source.seek(0)
            if keep_original:
                cleaning, warning = "original-kept", result.ORIGINAL_KEPT_MAY_IDENTIFY
            else:
                cleaning, warning = "not-cleanable", result.TOO_LARGE_TO_CLEAN
            # Read once, from the first byte, straight from the disk (fs/direct_read.py).
            with outside.read_once(source, outside.ATTACHMENT) as whole:
                return store.add_attachment(
                    draft_id, whole, name=suggested_name(path.name, media_type),
                    media_type=media_type, cleaning=cleaning, warnings=[warning],
                    progress=progress,
                )
        # Bounded read: the file may grow between fstat and read.
        data = source.read(clean.MAX_CLEAN_BYTES + 1)
    if len(data) > clean.MAX_CLEAN_BYTES:
        raise AttachmentUnreadable()
    cleaned = clean.clean_attachment(data, path.name)
    del data
    return store.add_attachment(
        draft_id, io.BytesIO(cleaned.data), name=cleaned.suggested_name,
        media_type=cleaned.media_type, cleaning=cleaned.cleaning,
        warnings=list(cleaned.warnings), progress=progress,
    )
