"""A picture inside another file cleaned by the type its bytes have: the one path for pictures
in Office documents (`office_docs`), SVG drawings (`svg_data`) and files attached to a PDF
(`pdf_attached`).

A JPEG is cleaned losslessly with its orientation and a cleaned colour profile (`jpeg_clean`);
a PNG, GIF, TIFF or WebP as a picture attached alone is (`images.clean_image`: re-encoded
from its pixels, the colour under fully transparent pixels cleared, `transparent_pixels`; or
cleaned at the container level). Its warnings join the document's. Word opens a PNG named
.jpeg, so the name of the part does not decide (review r11d K3). Moved here from
`office_docs` (issue 11, task t11b): svg and pdf_attached no longer load the Office cleaner
to reach it.
"""

from __future__ import annotations

from intake_app.media import sniff
from intake_app.media.jpeg_clean import clean_jpeg
from intake_app.media.jpeg_segments import NotAJpeg
from intake_app.media.result import OFFICE_EMBEDDED_MEDIA_NOT_CLEANED, Cleaned, NotCleanable

_RE_ENCODED = frozenset({sniff.PNG, sniff.GIF, sniff.TIFF, sniff.WEBP})


def clean_picture(data: bytes, warnings: list[str]) -> bytes | None:
    """A picture inside a document cleaned by the type its bytes have (Word opens a PNG named
    .jpeg: r11d K3), a JPEG losslessly with its orientation and cleaned colour profile (what it
    *is*); None (and OFFICE_EMBEDDED_MEDIA_NOT_CLEANED in `warnings`) when it cannot be. The
    warnings of a cleaned one are added to `warnings`. Also for pictures inside an SVG (`svg`)
    and files attached to a PDF (`pdf_attached`)."""
    from intake_app.media.images import clean_image  # Pillow and its plug-ins: loaded late

    media_type = sniff.sniff_media_type(data[: sniff.SNIFF_BYTES], "")
    try:
        if media_type == sniff.JPEG:
            jpeg = clean_jpeg(data, appearance=True)
            picture = Cleaned(jpeg.data, sniff.JPEG, jpeg.warnings)
        elif media_type in _RE_ENCODED:
            picture = clean_image(data, media_type)
        else:
            raise NotCleanable(OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
    except (NotCleanable, NotAJpeg):
        _warn(warnings, OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
        return None
    if picture.media_type != media_type:
        _warn(warnings, OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
        return None
    for code in picture.warnings:  # cleaned at the container level, a profile dropped: said
        _warn(warnings, code)
    return picture.data


def _warn(warnings: list[str], code: str) -> None:
    if code not in warnings:
        warnings.append(code)
