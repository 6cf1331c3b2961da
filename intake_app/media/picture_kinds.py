"""Which pictures Seinpost cleans and what each becomes, without loading Pillow.

The process that attaches a file asks this table (`clean`, `forecast`); the cleaning itself,
and every library that reads a picture's bytes, runs in a bounded child (`image_child`).
"""

from __future__ import annotations

from intake_app.media import sniff

PICTURE_FORMATS: dict[str, tuple[str, str, str]] = {
    sniff.JPEG: ("JPEG", "JPEG", sniff.JPEG),
    sniff.PNG: ("PNG", "PNG", sniff.PNG),
    sniff.WEBP: ("WEBP", "WEBP", sniff.WEBP),
    sniff.GIF: ("GIF", "GIF", sniff.GIF),
    sniff.TIFF: ("TIFF", "TIFF", sniff.TIFF),
    sniff.HEIC: ("HEIF", "JPEG", sniff.JPEG),  # HEIC becomes JPEG: simpler, opens everywhere
    sniff.AVIF: ("AVIF", "JPEG", sniff.JPEG),  # as HEIC (Pillow's own AVIF plug-in decodes it)
}
"""Sniffed media type -> (Pillow's decoder, Pillow's encoder, media type of the result). A
HEIC or AVIF with an alpha plane becomes PNG instead; one cleaned at the container level keeps
its own type."""
CLEANABLE_IMAGE_TYPES = frozenset(PICTURE_FORMATS)
CLEANED_PICTURE_TYPES = CLEANABLE_IMAGE_TYPES | {sniff.PNG, sniff.JPEG}
"""Media types a cleaned picture may have: its own, JPEG or PNG."""
