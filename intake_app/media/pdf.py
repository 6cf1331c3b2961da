"""PDF metadata removed with pikepdf (qpdf): Info dictionary, XMP streams, annotation authors,
page thumbnails, pdfTeX file paths, signers' names and places.

JPEG images inside the PDF lose their own EXIF/XMP segments (losslessly, see jpeg_segments). What
this does not reach is said in warnings, not hidden: JPEG 2000 images and JPEGs that cannot be
walked safely keep their metadata, and files embedded in the PDF are left as they are.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Dictionary, Name, Stream

from intake_app.media import sniff
from intake_app.media.jpeg_segments import NotAJpeg, strip_jpeg_metadata
from intake_app.media.result import (
    PDF_EMBEDDED_FILES_NOT_CLEANED,
    PDF_EMBEDDED_IMAGES_NOT_CLEANED,
    PDF_ENCRYPTED,
    PDF_METADATA_PARTLY_REMOVED,
    PDF_SIGNATURES_KEPT,
    UNREADABLE_PDF,
    Cleaned,
    NotCleanable,
)

MAX_PDF_OBJECTS = 250_000
"""More objects than real documents have (a 1,000-page report has tens of thousands); checked
against the trailer's /Size before any object is read, so a file claiming more costs nothing."""

# Keys that hold metadata or an application's private data on any dictionary or stream.
_METADATA_KEYS = (Name.Metadata, Name.PieceInfo, Name.Thumb)
# pdfTeX records the file name (a path on the author's disk) of every included picture.
_PTEX_PREFIX = "/PTEX."
# A signature's own description of its signer; its certificate stays (warned).
_SIGNATURE_KEYS = (Name.Name, Name.Location, Name.ContactInfo, Name.Reason, Name.M)
# Filters whose image data is a whole file format with room for EXIF/XMP of its own.
_IMAGE_FILE_FILTERS = {"/DCTDecode", "/JPXDecode"}
_JPEG_ONLY = {"/DCTDecode"}


def clean_pdf(data: bytes) -> Cleaned:
    """`data` rewritten without its document metadata; raises NotCleanable for encrypted/broken."""
    try:
        # no recovery of a damaged file: what qpdf would rebuild may silently lose content, and
        # the evidence is better sealed as is (with a warning) than cleaned into something else
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
            if pdf.is_encrypted:
                raise NotCleanable(PDF_ENCRYPTED)
            size = pdf.trailer.get(Name.Size)
            if not isinstance(size, int) or size > MAX_PDF_OBJECTS:
                raise NotCleanable(UNREADABLE_PDF)
            warnings = _strip(pdf)
            out = io.BytesIO()
            # a fresh document ID from the content: the original /ID can link back to the source.
            # Streams are copied as they are, never decompressed: a Flate bomb costs nothing.
            pdf.save(out, deterministic_id=True, fix_metadata_version=False,
                     stream_decode_level=pikepdf.StreamDecodeLevel.none,
                     recompress_flate=False)
    except NotCleanable:
        raise
    except pikepdf.PasswordError as exc:
        raise NotCleanable(PDF_ENCRYPTED) from exc
    except Exception as exc:  # hostile input: any qpdf failure means "not cleanable"
        raise NotCleanable(UNREADABLE_PDF) from exc
    return Cleaned(out.getvalue(), sniff.PDF, warnings)


def _strip(pdf: pikepdf.Pdf) -> tuple[str, ...]:
    warnings: list[str] = []
    if Name.Info in pdf.trailer:
        del pdf.trailer[Name.Info]
    uncleaned_images = signed = False
    for obj in pdf.objects:
        if not isinstance(obj, Dictionary | Stream):
            continue
        for key in _METADATA_KEYS:
            if key in obj:
                del obj[key]
        for key in [k for k in obj.keys() if str(k).startswith(_PTEX_PREFIX)]:
            del obj[key]
        if obj.get(Name.Type) == Name.Sig or (Name.ByteRange in obj and Name.Contents in obj):
            signed = True
            for key in _SIGNATURE_KEYS:
                if key in obj:
                    del obj[key]
        if isinstance(obj, Stream) and obj.get(Name.Subtype) == Name.Image:
            uncleaned_images = not _clean_image_stream(obj) or uncleaned_images
    if uncleaned_images:
        warnings.append(PDF_EMBEDDED_IMAGES_NOT_CLEANED)
    if signed:
        warnings.append(PDF_SIGNATURES_KEPT)
    if not _strip_annotation_authors(pdf):
        warnings.append(PDF_METADATA_PARTLY_REMOVED)
    names = pdf.Root.get(Name.Names)
    if isinstance(names, Dictionary) and Name.EmbeddedFiles in names:
        warnings.append(PDF_EMBEDDED_FILES_NOT_CLEANED)
    return tuple(warnings)


def _clean_image_stream(stream: Stream) -> bool:
    """Strip a JPEG image's own metadata in place; False if it has some that stays."""
    filters = _filters(stream)
    if not filters & _IMAGE_FILE_FILTERS:
        return True  # raw or Flate pixels: nothing but samples
    if filters != _JPEG_ONLY:
        return False
    try:
        stripped = strip_jpeg_metadata(stream.read_raw_bytes())
    except NotAJpeg:
        return False
    stream.write(stripped, filter=Name.DCTDecode, decode_parms=stream.get(Name.DecodeParms))
    return True


def _filters(stream: Stream) -> set[str]:
    value = stream.get(Name.Filter)
    if isinstance(value, Name):
        return {str(value)}
    if isinstance(value, pikepdf.Array):
        return {str(item) for item in value if isinstance(item, Name)}
    return set()


def _strip_annotation_authors(pdf: pikepdf.Pdf) -> bool:
    """Remove the author (/T) and dates of comments on every page; False if a page was unreadable.

    Form fields (widgets) keep /T: there it is the field's name, not a person's.
    """
    complete = True
    for page in pdf.pages:
        try:
            annots = page.obj.get(Name.Annots)
            if not isinstance(annots, pikepdf.Array):
                continue
            for annot in annots:
                if not isinstance(annot, Dictionary) or annot.get(Name.Subtype) == Name.Widget:
                    continue
                for key in (Name.T, Name.M, Name.CreationDate):
                    if key in annot:
                        del annot[key]
        except Exception:  # one malformed page must not stop the others from being cleaned
            complete = False
    return complete
