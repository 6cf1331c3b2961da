"""What cleaning an attachment gives back, and the stable warning codes it can carry.

The codes are recorded in `signal.json` on the sealed item and translated by the UI, so they are
part of the format: add new ones, never rename old ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from intake_app.errors import SeinpostError

Cleaning = Literal["cleaned", "partly-cleaned", "original-kept", "not-cleanable"]
"""What happened to an attachment, as stored in the vault and sealed in `signal.json`:
"partly-cleaned" (since issue 11, review r11c K1) is a cleaned file with a warning that is not
a note (`NOTES`): something that may identify stayed, and its warnings say what. Older items
say "cleaned" for such a file; `stored_cleaning` reads them as partly cleaned."""

# Stable warning codes (see module docstring).
TYPE_NOT_CLEANABLE = "type_not_cleanable"
ORIGINAL_KEPT_MAY_IDENTIFY = "original_kept_may_identify"
TOO_LARGE_TO_CLEAN = "too_large_to_clean"
UNREADABLE_IMAGE = "unreadable_image"
IMAGE_FRAMES_DROPPED = "image_frames_dropped"
COLOUR_PROFILE_DROPPED = "colour_profile_dropped"
UNREADABLE_PDF = "unreadable_pdf"
PDF_ENCRYPTED = "pdf_encrypted"
PDF_METADATA_PARTLY_REMOVED = "pdf_metadata_partly_removed"
PDF_EMBEDDED_IMAGES_NOT_CLEANED = "pdf_embedded_images_not_cleaned"
PDF_EMBEDDED_FILES_NOT_CLEANED = "pdf_embedded_files_not_cleaned"
UNREADABLE_OFFICE_DOCUMENT = "unreadable_office_document"
OFFICE_COMMENTS_NOT_CLEANED = "office_comments_not_cleaned"
OFFICE_EMBEDDED_MEDIA_NOT_CLEANED = "office_embedded_media_not_cleaned"
IMAGE_CLEANED_IN_CONTAINER = "image_cleaned_in_container"
OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED = "office_embedded_objects_not_cleaned"
PDF_SIGNATURES_KEPT = "pdf_signatures_kept"
PDF_COLOUR_PROFILES_KEPT = "pdf_colour_profiles_kept"
PDF_XFA_KEPT = "pdf_xfa_form_kept"
PDF_FONTS_KEPT = "pdf_fonts_kept"
PDF_STAMPS_KEPT = "pdf_stamps_kept"
PDF_TEXT_BOXES_KEPT = "pdf_text_boxes_kept"
PDF_INK_KEPT = "pdf_ink_kept"
PDF_WATERMARKS_KEPT = "pdf_watermarks_kept"
PDF_PAGE_MARKS_KEPT = "pdf_page_marks_kept"
PDF_FONTS_REMOVED = "pdf_fonts_removed"
OFFICE_CROPPED_PICTURE_KEPT = "office_cropped_picture_kept"
OFFICE_SIGNATURE_REMOVED = "office_signature_removed"
PDF_3D_REMOVED = "pdf_3d_removed"
OFFICE_HEADER_FOOTER_TEXT_REMOVED = "office_header_footer_text_removed"
IMAGE_HAS_SUB_IMAGES = "image_has_sub_images"
JPEG_DATA_NOT_REBUILT = "jpeg_data_not_rebuilt"
PDF_CLEANER_STOPPED = "pdf_cleaner_stopped"
IMAGE_DATA_NOT_TRIMMED = "image_data_not_trimmed"
IMAGE_DEPTH_REDUCED = "image_depth_reduced"
MOTION_PHOTO_VIDEO_DROPPED = "motion_photo_video_dropped"
PDF_PROTECTION_REMOVED = "pdf_protection_removed"
PDF_REPAIRED = "pdf_repaired"
OFFICE_MACROS_REMOVED = "office_macros_removed"
UNREADABLE_SVG = "unreadable_svg"
IMAGE_COLOURS_CHANGED = "image_colours_changed"
"""A GIF written anew whose frames, as a viewer composes them, differ in colour from the
source's: the encoder chose a new palette (a transparent colour, frames over 256 colours)."""
OFFICE_UNSEEN_TEXT_REMOVED = "office_unseen_text_removed"
"""Word text no reader sees was removed: tracked deletions accepted, hidden text (r11j J6)."""
IMAGE_RECOMPRESSED = "image_recompressed"
"""A picture re-encoded lossily (a HEIC or AVIF photo as JPEG, a JPEG or lossy WebP that could
not be cleaned without decoding): its pixels differ a little from the source's (r11j J2)."""
SVG_CLEANER_STOPPED = "svg_cleaner_stopped"
"""An SVG drawing whose cleaning child reached a bound (time, memory), crashed or did not answer
(`svg_child`): sealed as it is."""
OFFICE_CLEANER_STOPPED = "office_cleaner_stopped"
"""An Office document whose cleaning child reached a bound (time, memory), crashed or did not
answer (`office_child`, review r11i R6): sealed as it is."""
IMAGE_CLEANER_STOPPED = "image_cleaner_stopped"
"""A picture whose cleaning child reached a bound (time, memory), crashed or did not answer,
and whose container could not be cleaned in a second child either (`image_child`): too large or
too complex to clean; sealed as it is."""
RTF_NOT_CLEANED = "rtf_not_cleaned"
"""An RTF document, sealed as it is: said by name, with what it keeps and how to have it
cleaned (save it as PDF or .docx), rather than as "a kind Seinpost cannot clean"."""
OFFICE_HIDDEN_CONTENT_KEPT = "office_hidden_content_kept"
"""An Office file holding content a reader does not see when simply viewing it (a hidden or very
hidden sheet, a hidden slide, speaker notes), kept as it is (`office_hidden`): cleaned with an
exception."""
OFFICE_SHEET_HIDDEN_CONTENT_KEPT = "office_sheet_hidden_content_kept"
"""An Office file holding spreadsheet content a reader does not see: a value in a hidden row or
column or in a cell formatted to show nothing, a name holding text or a constant or hidden, a
pivot cache of outside values, a chart's workbook holding data the chart does not show; kept as
it is (`office_sheet_hidden`, `office_chart_data`; review r11m R11M-4, R11M-15)."""
PDF_REDACTION_NOT_APPLIED = "pdf_redaction_not_applied"
"""A PDF with a /Redact annotation: marked for blacking out, not applied, so what lies under it
is still in the file (`pdf_out_of_sight`, review r11m R11M-16)."""
PDF_PAGE_CROPPED = "pdf_page_cropped"
"""A PDF page whose CropBox (or Trim, Bleed, Art box) leaves part of its MediaBox out of view:
the part cropped away is still in the file (`pdf_out_of_sight`, review r11m R11M-1)."""
PDF_HIDDEN_CONTENT_KEPT = "pdf_hidden_content_kept"
"""A PDF with content a reader does not see when simply viewing it: a layer off by default, a
hidden form field holding text (`pdf_out_of_sight`, review r11m R11M-2)."""
PDF_SOUND_KEPT = "pdf_sound_kept"
"""A PDF holding a sound recording (a sound annotation or action), kept as it is, as Office
audio is (`pdf_out_of_sight`, review r11m R11M-11)."""
IMAGE_COLOURS_CLIPPED = "image_colours_clipped"
"""A picture whose colours were converted to sRGB (a GIF's colour profile, or one that cannot be
kept cleaned) and some fell outside it: they are a little less vivid now (`colour`). A note."""
OFFICE_HIDDEN_SHAPES_KEPT = "office_hidden_shapes_kept"
"""An Office file holding a shape, picture or text box a viewer does not see: hidden in the
Selection Pane or by its VML style, or placed wholly beside the slide (`office_hidden_shapes`,
review r11m R11M-7); kept as it is: cleaned with an exception."""
IMAGE_INVISIBLE_COLOUR_KEPT = "image_invisible_colour_kept"
"""A picture with transparency cleaned at the container level (`picture_container`): its pixel
data is kept byte for byte, so colour under fully transparent pixels stays (`picture_alpha`,
review r11m R11M-14): cleaned with an exception."""

WARNING_CODES: tuple[str, ...] = (
    TYPE_NOT_CLEANABLE,
    ORIGINAL_KEPT_MAY_IDENTIFY,
    TOO_LARGE_TO_CLEAN,
    UNREADABLE_IMAGE,
    IMAGE_FRAMES_DROPPED,
    COLOUR_PROFILE_DROPPED,
    UNREADABLE_PDF,
    PDF_ENCRYPTED,
    PDF_METADATA_PARTLY_REMOVED,
    PDF_EMBEDDED_IMAGES_NOT_CLEANED,
    PDF_EMBEDDED_FILES_NOT_CLEANED,
    UNREADABLE_OFFICE_DOCUMENT,
    OFFICE_COMMENTS_NOT_CLEANED,
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED,
    IMAGE_CLEANED_IN_CONTAINER,
    OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED,
    PDF_SIGNATURES_KEPT,
    PDF_COLOUR_PROFILES_KEPT,
    PDF_XFA_KEPT,
    PDF_FONTS_KEPT,
    PDF_STAMPS_KEPT,
    PDF_TEXT_BOXES_KEPT,
    PDF_INK_KEPT,
    PDF_WATERMARKS_KEPT,
    PDF_PAGE_MARKS_KEPT,
    PDF_FONTS_REMOVED,
    OFFICE_CROPPED_PICTURE_KEPT,
    OFFICE_SIGNATURE_REMOVED,
    PDF_3D_REMOVED,
    OFFICE_HEADER_FOOTER_TEXT_REMOVED,
    IMAGE_HAS_SUB_IMAGES,
    JPEG_DATA_NOT_REBUILT,
    PDF_CLEANER_STOPPED,
    IMAGE_DATA_NOT_TRIMMED,
    IMAGE_DEPTH_REDUCED,
    MOTION_PHOTO_VIDEO_DROPPED,
    PDF_PROTECTION_REMOVED,
    OFFICE_MACROS_REMOVED,
    UNREADABLE_SVG,
    RTF_NOT_CLEANED,
    PDF_REPAIRED,
    IMAGE_COLOURS_CHANGED,
    OFFICE_UNSEEN_TEXT_REMOVED,
    IMAGE_RECOMPRESSED,
    OFFICE_CLEANER_STOPPED,
    SVG_CLEANER_STOPPED,
    IMAGE_CLEANER_STOPPED,
    OFFICE_HIDDEN_CONTENT_KEPT,
    OFFICE_SHEET_HIDDEN_CONTENT_KEPT,
    IMAGE_COLOURS_CLIPPED,
    PDF_REDACTION_NOT_APPLIED,
    PDF_PAGE_CROPPED,
    PDF_HIDDEN_CONTENT_KEPT,
    PDF_SOUND_KEPT,
    OFFICE_HIDDEN_SHAPES_KEPT,
    IMAGE_INVISIBLE_COLOUR_KEPT,
)

NOTES: frozenset[str] = frozenset({
    IMAGE_CLEANED_IN_CONTAINER,
    IMAGE_FRAMES_DROPPED,
    COLOUR_PROFILE_DROPPED,
    OFFICE_SIGNATURE_REMOVED,
    PDF_FONTS_REMOVED,
    PDF_3D_REMOVED,
    OFFICE_HEADER_FOOTER_TEXT_REMOVED,
    IMAGE_DEPTH_REDUCED,
    MOTION_PHOTO_VIDEO_DROPPED,
    PDF_PROTECTION_REMOVED,
    OFFICE_MACROS_REMOVED,
    PDF_REPAIRED,
    IMAGE_COLOURS_CHANGED,
    OFFICE_UNSEEN_TEXT_REMOVED,
    IMAGE_RECOMPRESSED,
    IMAGE_COLOURS_CLIPPED,
})
"""Warnings that say how a file was cleaned, not that anything identifying stayed in it: a
picture cleaned without decoding (only what a viewer reads is kept), frames or a colour profile
dropped, a digital signature, an unreadable font program, a 3D model, a sheet's header and
footer text or macros removed, a picture's colours stored with fewer bits, a motion photo's
video left out, a PDF's protection against editing or printing removed, small faults of a
PDF repaired, a GIF's colours chosen anew, a Word document's deleted and hidden text
removed, a photo compressed anew, colours outside sRGB made less vivid. Every other
warning of a cleaned file is an exception: something that may identify is still in it."""


def not_cleanable_code(media_type: str) -> str:
    """The warning for a file of (sniffed) `media_type` that no cleaner takes: RTF_NOT_CLEANED
    for an RTF document, else TYPE_NOT_CLEANABLE."""
    return RTF_NOT_CLEANED if media_type == "text/rtf" else TYPE_NOT_CLEANABLE


def stored_cleaning(cleaning: str, warnings: Iterable[str]) -> str:
    """The outcome to store or seal for `cleaning` with `warnings`: "partly-cleaned" for a
    cleaned file with any warning that is not a note, else `cleaning` as it is (also for values
    this version does not know: the reader decides about those)."""
    if cleaning == "cleaned" and any(code not in NOTES for code in warnings):
        return "partly-cleaned"
    return cleaning


@dataclass(frozen=True)
class CleanResult:
    """One attachment as it will be sealed.

    `data` is exactly what goes into the sealed item; `media_type` was sniffed from the content
    (after cleaning, so a HEIC photo comes back as image/jpeg); `suggested_name` is a safe base
    name whose extension matches `media_type`.
    """

    data: bytes
    media_type: str
    cleaning: Cleaning
    warnings: tuple[str, ...]
    suggested_name: str

    def __repr__(self) -> str:  # never put attachment bytes (or the name) in a repr or a log
        return (
            f"CleanResult(size={len(self.data)}, media_type={self.media_type!r}, "
            f"cleaning={self.cleaning!r}, warnings={self.warnings!r})"
        )


@dataclass(frozen=True)
class Cleaned:
    """What a type-specific cleaner returns to `clean_attachment`."""

    data: bytes
    media_type: str
    warnings: tuple[str, ...] = ()


class NotCleanable(SeinpostError):
    """A cleaner could not clean this input; `warning` is the stable warning code to record.

    An outcome inside the media room (the attachment is then kept as is, with that warning),
    not something a person is shown as an error.
    """

    code = "media.not_cleanable"

    def __init__(self, warning: str) -> None:
        super().__init__(warning)
        self.warning = warning
