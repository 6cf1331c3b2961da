"""PDF metadata removed with pikepdf (qpdf): the file opened, checked, cleaned, saved.

What is removed, neutralised or warned about, object by object, is `pdf_objects`' work (Info,
XMP, annotation authors and dates, scripts, launch actions, paths, signers' names); here the
file is opened within bounds and saved with a fresh document ID and streams as they were.
JPEG images inside the PDF lose their own EXIF/XMP segments and get their picture data
written anew from the same coefficients (losslessly, see jpeg_clean),
image objects and inline images in page content alike (`pdf_inline`);
colour profiles lose their device and maker, an XFA form goes when the pages show without it
(`pdf_streams`). The trailer, XMP under any key, 3D models and comments in content streams
are `pdf_hidden`'s; places, unapplied redactions, cropped pages, layers off, hidden fields
and sounds `pdf_out_of_sight`'s. What this does not reach is said in warnings, not hidden:
JPEG 2000 images, JPEGs that cannot be walked safely or are wrapped in another filter,
content that cannot be read within bounds, profiles that cannot be read,
a form that needs its XFA, and files embedded in the PDF that are not pictures are left as
they are (an attached picture is cleaned: `pdf_attached`).
"""

from __future__ import annotations

import io
import re

import pikepdf
from pikepdf import Dictionary, Name, Stream

from intake_app.media import sniff
from intake_app.media.jpeg_clean import clean_jpeg
from intake_app.media.jpeg_segments import NotAJpeg
from intake_app.media.pdf_annotations import appearance_streams, check_annotations
from intake_app.media.pdf_attached import clean_attached_files
from intake_app.media.pdf_fonts import clean_embedded_font
from intake_app.media.pdf_hidden import (
    remove_comments,
    remove_function_comments,
    remove_hidden_streams,
    scrub_trailer,
)
from intake_app.media.pdf_inline import clean_inline_images
from intake_app.media.pdf_marked import clean_property_lists
from intake_app.media.pdf_objects import scrub_objects
from intake_app.media.pdf_out_of_sight import warnings_out_of_sight
from intake_app.media.pdf_outline import neutralise_bookmark_names
from intake_app.media.pdf_palettes import zero_unused_entries
from intake_app.media.pdf_streams import (
    clean_colour_profile,
    content_streams,
    remove_xfa,
)
from intake_app.media.pdf_tails import cut_stream_tails
from intake_app.media.result import (
    PDF_3D_REMOVED,
    PDF_COLOUR_PROFILES_KEPT,
    PDF_EMBEDDED_FILES_NOT_CLEANED,
    PDF_EMBEDDED_IMAGES_NOT_CLEANED,
    PDF_ENCRYPTED,
    PDF_METADATA_PARTLY_REMOVED,
    PDF_PROTECTION_REMOVED,
    PDF_REPAIRED,
    PDF_SIGNATURES_KEPT,
    PDF_XFA_KEPT,
    UNREADABLE_PDF,
    Cleaned,
    NotCleanable,
)

MAX_PDF_OBJECTS = 250_000
"""More objects than real documents have (a 1,000-page report has tens of thousands); checked
against the trailer's /Size before any object is read, so a file claiming more costs nothing."""

# Filters whose image data is a whole file format with room for EXIF/XMP of its own.
_IMAGE_FILE_FILTERS = {"/DCTDecode", "/JPXDecode"}
_JPEG_ONLY = {"/DCTDecode"}


def clean_pdf(data: bytes) -> Cleaned:
    """`data` rewritten without its document metadata; raises NotCleanable for a PDF that needs
    a password to open (PDF_ENCRYPTED) or is broken. One protected only by an owner password
    is cleaned and saved unprotected, with the note PDF_PROTECTION_REMOVED; one with small
    faults qpdf repairs exactly (`_opened`) is cleaned with the note PDF_REPAIRED."""
    try:
        pdf, repaired = _opened(data)
        with pdf:
            # opened, so its user password is empty: protected only against editing or
            # printing (an owner password). It is cleaned like any PDF and saved without the
            # protection, which the office does not need (a note says so); a PDF that needs a
            # password to open raised PasswordError above and is sealed as it is
            protected = pdf.is_encrypted
            size = pdf.trailer.get(Name.Size)
            if not isinstance(size, int) or size > MAX_PDF_OBJECTS:
                raise NotCleanable(UNREADABLE_PDF)
            warnings = _strip(pdf) + ((PDF_PROTECTION_REMOVED,) if protected else ()) + (
                (PDF_REPAIRED,) if repaired else ())
            out = io.BytesIO()
            # a fresh document ID from the cleaned bytes: `scrub_trailer` dropped the original /ID
            # (with it in the trailer, qpdf keeps its first element, which links to the source).
            # Streams are copied as they are, never decompressed: a Flate bomb costs nothing.
            pdf.save(out, deterministic_id=True, fix_metadata_version=False,
                     stream_decode_level=pikepdf.StreamDecodeLevel.none,
                     recompress_flate=False, encryption=False)
    except NotCleanable:
        raise
    except pikepdf.PasswordError as exc:
        raise NotCleanable(PDF_ENCRYPTED) from exc
    except Exception as exc:  # hostile input: any qpdf failure means "not cleanable"
        raise NotCleanable(UNREADABLE_PDF) from exc
    return Cleaned(out.getvalue(), sniff.PDF, warnings)


def needs_password(data: bytes) -> bool:
    """True when `data` opens only with a password, opened as `clean_pdf` opens it (which then
    raises PDF_ENCRYPTED); nothing is cleaned, so it costs what qpdf's open costs: the trailer,
    the cross-reference table and the encryption dictionary. False for any other failure."""
    return _asks_password(data, recover=False) or _asks_password(data, recover=True)


def _asks_password(data: bytes, *, recover: bool) -> bool:
    """`needs_password` for one way of opening (`_opened` tries both: small faults repaired)."""
    try:
        with _open(data, recover=recover):
            return False
    except pikepdf.PasswordError:
        return True
    except Exception:  # hostile input: cleaning will say what is wrong with it
        return False


def _open(data: bytes, *, recover: bool = False) -> pikepdf.Pdf:
    # first without recovery of a damaged file: what qpdf rebuilds may silently lose content,
    # so only the small faults `_REPAIRABLE` names are repaired (`_opened`); never pushing
    # inherited page attributes down the page tree while opening: on a page tree whose object
    # numbers do not match their entries, qpdf died with SIGSEGV inside open() (found by
    # `make fuzz`, main's clean-pdf exit 77); that damage is refused by `_parse_every_object`
    return pikepdf.open(io.BytesIO(data), attempt_recovery=recover, inherit_page_attributes=False)


def _opened(data: bytes) -> tuple[pikepdf.Pdf, bool]:
    """`data` opened and every object read, and whether qpdf repaired it on the way.

    A file that opens without a word is taken as it is. One that needs repair is opened again
    with qpdf's recovery and kept only when every fault qpdf reports is one of `_REPAIRABLE`
    (a stream's /Length off, a carriage return alone after `stream`, cross-reference offsets
    that moved, as a mail gateway or a text-mode copy leaves them: review r11h P1) and its page
    tree holds the pages it declares; anything else is NotCleanable(UNREADABLE_PDF), sealed as
    it is with a warning. Raises pikepdf.PasswordError for a PDF that needs a password.
    """
    try:
        pdf = _open(data)
    except pikepdf.PasswordError:
        raise
    except pikepdf.PdfError:
        pdf = None
    if pdf is not None:
        try:
            _parse_every_object(pdf, repairable=False)
            return pdf, False
        except NotCleanable:
            pdf.close()
    pdf = _open(data, recover=True)
    try:
        _parse_every_object(pdf, repairable=True)
        count = pdf.Root.Pages.get(Name.Count)
        if not isinstance(count, int) or len(pdf.pages) != count:
            raise NotCleanable(UNREADABLE_PDF)  # pages lost or gained in the repair
    except Exception:
        pdf.close()
        raise
    return pdf, True


_REPAIRABLE = re.compile(
    r": (?:expected endstream|attempting to recover stream length|recovered stream length: \d+"
    r"|stream keyword followed by carriage return only|file is damaged|xref not found"
    r"|Attempting to reconstruct cross-reference table|expected n n obj)$")
"""qpdf's words for the faults it repairs exactly: a stream found by its `endstream`, offsets
found by scanning for each `n g obj`. Not among them: an object whose header names another
object ("expected 5 0 obj"), tokens read as strings, keys invented (/QPDFFake1), a file cut
off (no `startxref`)."""


def _parse_every_object(pdf: pikepdf.Pdf, *, repairable: bool) -> None:
    """Read every object once and refuse the file if qpdf had to repair anything on the way
    (with `repairable`: anything but `_REPAIRABLE`).

    An object whose header names another object than its cross-reference entry ("expected 5 0
    obj") made qpdf swap a dictionary for a stream under a handle pikepdf already held, and the
    process died with SIGSEGV (fuzzing found it: libFuzzer's exit 77 on the clean-pdf target).
    Such damage is refused before a single object is changed: sealed as is, with a warning.
    """
    for _ in pdf.objects:
        pass
    warnings = pdf.get_warnings()
    if warnings and not (repairable and all(_REPAIRABLE.search(w) for w in warnings)):
        raise NotCleanable(UNREADABLE_PDF)


def _strip(pdf: pikepdf.Pdf) -> tuple[str, ...]:
    emptied, removed_3d = remove_hidden_streams(pdf)
    findings, images = scrub_objects(pdf, emptied)
    neutralise_bookmark_names(pdf)  # titles that are a source file's name (review r11h B1)
    scrub_trailer(pdf)  # after the walk: a shared /Info is emptied there before it is let go
    warnings: list[str] = []
    if removed_3d or findings.removed_3d:
        warnings.append(PDF_3D_REMOVED)
    images_clean = all([_clean_image_stream(image) for image in images])
    for image in images:
        zero_unused_entries(image)  # palette entries no pixel uses (review r11m R11M-22)
    warnings.extend(check_annotations(findings.annotations))
    warnings.extend(warnings_out_of_sight(pdf, findings.annotations, findings.out_of_sight))
    drawn = {s.objgen: s for s in content_streams(pdf)}
    drawn.update((s.objgen, s) for a in findings.annotations for s in appearance_streams(a))
    comments_gone = all([remove_comments(stream) for stream in drawn.values()])
    properties_clean = all([clean_property_lists(stream) for stream in drawn.values()])
    if not remove_function_comments(pdf) or not comments_gone or not properties_clean:
        warnings.append(PDF_METADATA_PARTLY_REMOVED)
    inline_clean = all([clean_inline_images(stream) for stream in drawn.values()])
    if not images_clean or not inline_clean:
        warnings.append(PDF_EMBEDDED_IMAGES_NOT_CLEANED)
    if not all([clean_colour_profile(profile) for profile in findings.colour_profiles]):
        warnings.append(PDF_COLOUR_PROFILES_KEPT)
    fonts = {clean_embedded_font(*font) for font in findings.fonts}
    warnings.extend(sorted(warning for warning in fonts if warning))
    if not remove_xfa(pdf):
        warnings.append(PDF_XFA_KEPT)
    attached_clean, attached_warnings = clean_attached_files(pdf, findings.file_specs,
                                                             findings.embedded_streams)
    warnings.extend(code for code in attached_warnings if code not in warnings)
    cut_stream_tails(pdf)  # after every cleaner that rewrote a stream
    if findings.signed:
        warnings.append(PDF_SIGNATURES_KEPT)
    names = pdf.Root.get(Name.Names)
    if not attached_clean or (not findings.file_specs and isinstance(names, Dictionary)
                              and Name.EmbeddedFiles in names):
        warnings.append(PDF_EMBEDDED_FILES_NOT_CLEANED)
    return tuple(warnings)


def _clean_image_stream(stream: Stream) -> bool:
    """Strip a JPEG image's own metadata in place; False if it has some that stays."""
    filters = _filters(stream)
    if not filters & _IMAGE_FILE_FILTERS:
        return True  # raw or Flate pixels: nothing but samples
    if filters != _JPEG_ONLY:
        return False
    try:  # a PDF draws it by its own dictionary: no orientation, no profile of its own
        picture = clean_jpeg(stream.read_raw_bytes(), appearance=False)
    except NotAJpeg:
        return False
    stream.write(picture.data, filter=Name.DCTDecode, decode_parms=stream.get(Name.DecodeParms))
    return not picture.warnings  # picture data not rebuilt: bytes after a scan may stay


def _filters(stream: Stream) -> set[str]:
    value = stream.get(Name.Filter)
    if isinstance(value, Name):
        return {str(value)}
    if isinstance(value, pikepdf.Array):
        return {str(item) for item in value if isinstance(item, Name)}
    return set()
