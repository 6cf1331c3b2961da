"""Cleaning one attachment before it is sealed (threat model 5: no identifying metadata).

Everything happens in memory, from bytes to bytes: a plaintext attachment never touches the disk
outside the encrypted vault, so no temporary files, and no attachment content in logs or errors.
"""

from __future__ import annotations

import logging

from intake_app.media import sniff
from intake_app.media.names import suggested_name
from intake_app.media.picture_kinds import CLEANABLE_IMAGE_TYPES, PICTURE_FORMATS
from intake_app.media.quiet import library_output_silenced
from intake_app.media.result import (
    ORIGINAL_KEPT_MAY_IDENTIFY,
    TOO_LARGE_TO_CLEAN,
    TYPE_NOT_CLEANABLE,
    UNREADABLE_OFFICE_DOCUMENT,
    Cleaned,
    Cleaning,
    CleanResult,
    NotCleanable,
    not_cleanable_code,
    stored_cleaning,
)
from intake_app.media.sniff import sniff_media_type

__all__ = [
    "MAX_CLEAN_BYTES",
    "CleanResult",
    "clean_attachment",
    "cleaned_media_type",
    "sniff_media_type",
]

log = logging.getLogger(__name__)

MAX_CLEAN_BYTES = 512 * 1024 * 1024
"""Larger attachments are not cleaned (the caller streams them into the seal as they are)."""


def clean_attachment(data: bytes, filename: str, *, keep_original: bool = False) -> CleanResult:
    """The attachment as it will be sealed: cleaned where its type allows, else as is, warned.

    Never raises for any content: a file that cannot be cleaned comes back unchanged with
    `cleaning="not-cleanable"` and a warning code saying why.
    """
    media_type = sniff_media_type(sniff.sniff_window(data), filename,
                                  read_at=lambda at, count: data[at:at + count], size=len(data))
    if keep_original:
        return _as_is(data, filename, media_type, "original-kept", ORIGINAL_KEPT_MAY_IDENTIFY)
    if len(data) > MAX_CLEAN_BYTES:
        return _as_is(data, filename, media_type, "not-cleanable", TOO_LARGE_TO_CLEAN)
    try:
        with library_output_silenced():  # no library warning or log line on the screen
            cleaned = _clean(data, media_type)
    except NotCleanable as outcome:
        # the type is known but this file is not usable; only the code is logged, never content
        log.info("attachment of type %s not cleaned: %s", media_type, outcome.warning)
        return _as_is(data, filename, media_type, "not-cleanable",
                      _said_of(outcome.warning, media_type, filename))
    if cleaned is None:
        return _as_is(data, filename, media_type, "not-cleanable", not_cleanable_code(media_type))
    return CleanResult(
        data=cleaned.data,
        media_type=cleaned.media_type,
        cleaning=stored_cleaning("cleaned", cleaned.warnings),  # type: ignore[arg-type]
        warnings=cleaned.warnings,
        suggested_name=suggested_name(filename, cleaned.media_type),
    )


def _said_of(warning: str, media_type: str, filename: str) -> str:
    """The warning told for a file the cleaner refused: a broken plain archive
    (`sniff.plain_archive`) is a kind Seinpost cannot clean, not a damaged Office document."""
    if warning == UNREADABLE_OFFICE_DOCUMENT and sniff.plain_archive(media_type, filename):
        return TYPE_NOT_CLEANABLE
    return warning


def _clean(data: bytes, media_type: str) -> Cleaned | None:
    # The cleaners load their libraries (Pillow with its HEIF plug-in, pikepdf, lxml) in their
    # bounded children; the rest is loaded when the first file needs it, not whenever the store
    # is opened: attaching and sealing a large video never needs them.
    from intake_app.media.image_child import clean_picture_in_child
    from intake_app.media.office_child import clean_office_in_child
    from intake_app.media.office_docs import OFFICE_CONTAINER_TYPES
    from intake_app.media.pdf_child import clean_pdf_in_child
    from intake_app.media.svg_child import clean_svg_in_child

    if media_type in CLEANABLE_IMAGE_TYPES:
        return clean_picture_in_child(data, media_type)  # Pillow in a bounded child (q11a)
    if media_type == sniff.PDF:
        return clean_pdf_in_child(data)  # qpdf in a bounded child: a crash is a sentence
    if media_type in OFFICE_CONTAINER_TYPES:
        return clean_office_in_child(data)  # bounded in time and memory (r11i R6)
    if media_type == sniff.SVG:
        return clean_svg_in_child(data)  # bounded in time and memory, as Office (r11i R6)
    if media_type == sniff.SVGZ:
        return clean_svg_in_child(data, compressed=True)
    return None


def cleaned_media_type(media_type: str) -> str | None:
    """The media type a file of (sniffed) `media_type` has once cleaned (a HEIC photo becomes a
    JPEG), or None when Seinpost has no cleaner for it: the cheap "can this be cleaned" probe
    (media.forecast). The same cleaners as `_clean`; loads their libraries on first use."""
    from intake_app.media.office_docs import OFFICE_CONTAINER_TYPES

    if media_type in PICTURE_FORMATS:
        return PICTURE_FORMATS[media_type][2]
    if media_type in (sniff.PDF, sniff.SVG) or media_type in OFFICE_CONTAINER_TYPES:
        return media_type
    return sniff.SVG if media_type == sniff.SVGZ else None


def _as_is(
    data: bytes, filename: str, media_type: str, cleaning: Cleaning, code: str
) -> CleanResult:
    return CleanResult(
        data=data,
        media_type=media_type,
        cleaning=cleaning,
        warnings=(code,),
        suggested_name=suggested_name(filename, media_type),
    )
