"""What cleaning will do with a file, said before it is done (the editor's attachment list).

`forecast_cleaning(head, filename, size)` looks only at the first bytes and the size, as
`clean_attachment` and `services.attach` decide: kept as original when the liaison chose so,
too large to clean, no cleaner for the type, or cleaned. A file whose type has a cleaner may
still come back with exceptions (a damaged picture, a PDF part Seinpost cannot read): the
outcome after saving says so. No Qt; the file's content never leaves this call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from intake_app.media import sniff
from intake_app.media.avif_depth import declares_alpha
from intake_app.media.clean import MAX_CLEAN_BYTES, cleaned_media_type
from intake_app.media.jpeg_segments import too_many_header_segments
from intake_app.media.names import suggested_name
from intake_app.media.result import (
    IMAGE_HAS_SUB_IMAGES,
    ORIGINAL_KEPT_MAY_IDENTIFY,
    PDF_ENCRYPTED,
    TOO_LARGE_TO_CLEAN,
    TYPE_NOT_CLEANABLE,
    UNREADABLE_SVG,
    Cleaning,
    not_cleanable_code,
)
from intake_app.media.svg_entities import refused_in_head
from intake_app.media.tiff_layout import has_sub_images, more_pages_than_cleaned
from intake_app.media.zip_directory import ReadAt
from intake_app.sentences import sentence

#: Sentence code (intake_app.sentences) of each forecast, before the warnings' own sentences.
FORECAST_CODES: dict[str, str] = {
    "cleaned": "media.will_be_cleaned",
    "original-kept": "media.original_kept",
    "not-cleanable": "media.will_not_be_cleaned",
}


@dataclass(frozen=True)
class CleaningForecast:
    """What will happen to one file when the draft is saved.

    `cleaning` is what `clean_attachment` will record unless cleaning fails ("cleaned" means a
    cleaner will run); `warnings` the warning codes known already (`media.result`);
    `stored_name` the name it will have in the vault (its extension matched to its content:
    a `.xyz` holding plain text is stored as `.txt`, so nobody opens it as something else).
    """

    media_type: str
    cleaning: Cleaning
    warnings: tuple[str, ...]
    stored_name: str

    @property
    def will_be_cleaned(self) -> bool:
        """True when a cleaner will run on the file (its outcome may still hold exceptions)."""
        return self.cleaning == "cleaned"

    def sentences(self, lang: str = "nl") -> list[str]:
        """What will happen, then why, in `lang` ("nl"/"en"), from the one table."""
        return [sentence(FORECAST_CODES[self.cleaning], lang),
                *(sentence(f"media.{code}", lang) for code in self.warnings)]

    def __repr__(self) -> str:  # the name is the liaison's own: never in a repr or a log
        return f"CleaningForecast(media_type={self.media_type!r}, cleaning={self.cleaning!r})"


def forecast_cleaning(
    head: bytes, filename: str, size: int, *, keep_original: bool = False,
    needs_password: bool = False, sub_images: bool | None = None,
    office_refusal: str | None = None, too_large: bool = False, read_at: ReadAt | None = None,
) -> CleaningForecast:
    """The forecast for a file of `size` bytes named `filename` whose first bytes are `head`
    (at least `sniff.SNIFF_BYTES` where the file has them, up to `sniff.MAX_PROLOGUE_BYTES`
    where `sniff.wants_more` asks for them). `needs_password`: the file is a PDF
    that opens only with a password (`pdf_needs_password`), sealed as it is. `sub_images`: a
    TIFF whose first directory lies past `head` was read there (`tiff_layout.has_sub_images_at`)
    and is laid out like a raw file. `office_refusal`: the warning an Office package's ZIP
    directory gets (`office_zip.directory_refusal`: too large, a bomb), sealed as it is.
    `too_large`: the file, read past `head`, is a TIFF whose directory chain holds more pages
    than the cleaner keeps or a JPEG with more header segments than the cleaner walks
    (`too_large_found`), sealed as it is. `read_at`: the whole file (`zip_directory.ReadAt`),
    for a ZIP whose first bytes do not name its kind (`sniff.sniff_media_type`), and for a HEIC
    or AVIF's properties up to HEIF_PROPERTY_BYTES (its alpha plane). Never raises
    for any content."""
    media_type = sniff.sniff_media_type(head, filename, read_at=read_at, size=size)
    name = suggested_name(filename, media_type)
    if keep_original:
        return CleaningForecast(media_type, "original-kept", (ORIGINAL_KEPT_MAY_IDENTIFY,), name)
    if size > MAX_CLEAN_BYTES:
        return CleaningForecast(media_type, "not-cleanable", (TOO_LARGE_TO_CLEAN,), name)
    out_type = cleaned_media_type(media_type)
    if out_type is None:
        return CleaningForecast(media_type, "not-cleanable", (not_cleanable_code(media_type),),
                                name)
    if sniff.plain_archive(media_type, filename):  # as clean.py tells it, however it ends
        return CleaningForecast(media_type, "not-cleanable", (TYPE_NOT_CLEANABLE,), name)
    if office_refusal is not None:  # as office_docs refuses the package (r11i L3, R6)
        return CleaningForecast(media_type, "not-cleanable", (office_refusal,), name)
    if media_type == sniff.PDF and needs_password:  # as pdf.clean_pdf refuses it
        return CleaningForecast(media_type, "not-cleanable", (PDF_ENCRYPTED,), name)
    if media_type == sniff.SVG and refused_in_head(head):  # as svg.clean_svg refuses it
        return CleaningForecast(media_type, "not-cleanable", (UNREADABLE_SVG,), name)
    if media_type == sniff.TIFF and (has_sub_images(head) or sub_images):  # as images refuses
        return CleaningForecast(media_type, "not-cleanable", (IMAGE_HAS_SUB_IMAGES,), name)
    if too_large or too_large_found(media_type, lambda at, count: head[at:at + count]):
        return CleaningForecast(media_type, "not-cleanable", (TOO_LARGE_TO_CLEAN,), name)
    if media_type in (sniff.HEIC, sniff.AVIF) and declares_alpha(
            head if read_at is None else read_at(0, min(size, HEIF_PROPERTY_BYTES))):
        out_type = sniff.PNG  # as images._clean writes a picture with an alpha plane
    return CleaningForecast(media_type, "cleaned", (), suggested_name(filename, out_type))


def too_large_found(media_type: str, read_at: Callable[[int, int], bytes]) -> bool:
    """Whether the file of sniffed `media_type` read by `read_at(offset, size)` is one the
    picture cleaners refuse as too large from its structure alone, before decoding: a TIFF
    chaining more pages than `tiff_tags` keeps, a JPEG with more header segments than
    `jpeg_segments` walks (review r11k R11K-4). Reads a few bytes a page or segment."""
    if media_type == sniff.TIFF:
        return more_pages_than_cleaned(read_at)
    if media_type == sniff.JPEG:
        return too_many_header_segments(read_at)
    return False


def _name_pattern(name: str) -> bytes:
    """A PDF name token `/name` as a regular expression over bytes, each character either
    itself or its `#xx` escape (ISO 32000-1, 7.3.5: `/En#63rypt` is `/Encrypt`)."""
    return b"/" + b"".join(
        b"(?:%s|#%s)" % (re.escape(char.encode()), b"".join(
            b"[%s%s]" % (digit.lower().encode(), digit.upper().encode()) if digit.isalpha()
            else digit.encode() for digit in f"{ord(char):02x}"))
        for char in name)


ENCRYPT_KEY = re.compile(_name_pattern("Encrypt"))
"""The trailer's `/Encrypt` key, however its name is spelled. It is never inside a compressed
object stream (the trailer, or a cross-reference stream's dictionary, is plain), so a search of
the file's bytes finds every encrypted PDF."""
ENCRYPT_KEY_BYTES = 3 * len("Encrypt") + 1
"""The longest spelling of `/Encrypt` (every character escaped): how far chunks overlap."""
SCAN_CHUNK = 1024 * 1024
HEIF_PROPERTY_BYTES = 1024 * 1024
"""How much of a HEIC or AVIF the forecast reads for its properties: a colour profile of 13 KB
put the alpha property past the first 4 KiB, and the forecast named a JPEG for what was sealed
as a PNG (review r11l R11L-3); profiles are kilobytes, a megabyte reads past any real one."""
"""Bytes the forecast reads at a time while it looks for `/Encrypt` in a PDF."""


def has_encrypt_key(chunks: Iterable[bytes]) -> bool:
    """Whether the PDF whose bytes come as `chunks` (in order) has an `/Encrypt` key, in any
    spelling; memory stays at one chunk however long the file is."""
    tail = b""
    for chunk in chunks:
        window = tail + chunk
        if ENCRYPT_KEY.search(window):
            return True
        tail = window[-ENCRYPT_KEY_BYTES:]
    return False


def pdf_needs_password(data: bytes) -> bool:
    """Whether the PDF `data` (the whole file) opens only with a password, so cleaning will
    seal it as it is. Only a file with `/Encrypt` in its bytes (`ENCRYPT_KEY`, name escapes
    included) is asked, and it is asked of qpdf in the PDF cleaner's bounded child
    (`pdf_child.needs_password_in_child`: qpdf never runs in this process), which opens it as
    the cleaner does and cleans nothing, so the forecast and the outcome cannot disagree; a
    PDF protected only against editing or printing (an empty user password) opens and will be
    cleaned."""
    if not has_encrypt_key([data]):
        return False
    from intake_app.media.pdf_child import needs_password_in_child

    return needs_password_in_child(data)
