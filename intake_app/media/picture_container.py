"""Pictures cleaned at the container level: their metadata segments, chunks, tags, blocks or
items removed and only the picture data a decoder uses kept (`png_data`, `tiff_data`,
`jpeg_scan`; a HEIC's and a WebP's kept unread), no pixel decoded.

`images.clean_image` comes here for a picture it cannot or may not decode; `image_child` runs
this alone in a second bounded child when the first was stopped (task q11a).
"""

from __future__ import annotations

from collections.abc import Callable

from intake_app.media import sniff
from intake_app.media.gif_blocks import NotAGif, strip_gif
from intake_app.media.heif_container import NotAHeif, strip_heif
from intake_app.media.jpeg_clean import clean_jpeg
from intake_app.media.jpeg_segments import NotAJpeg
from intake_app.media.picture_alpha import has_alpha_channel
from intake_app.media.png_chunks import NotAPng, strip_png_metadata
from intake_app.media.result import (
    IMAGE_CLEANED_IN_CONTAINER,
    IMAGE_DATA_NOT_TRIMMED,
    IMAGE_INVISIBLE_COLOUR_KEPT,
    Cleaned,
    NotCleanable,
)
from intake_app.media.tiff_tags import NotATiff, strip_tiff_metadata
from intake_app.media.webp_container import NotAWebp, strip_webp


def clean_container(data: bytes, media_type: str, code: str, *, cleared: bool = False,
                    ) -> Cleaned:
    """`data` (of sniffed `media_type`) with its metadata removed at the container level, no
    pixel decoded: Cleaned with IMAGE_CLEANED_IN_CONTAINER first among its warnings, and
    IMAGE_INVISIBLE_COLOUR_KEPT when it has transparency (`picture_alpha`) whose colour the
    caller did not read as 0 (`cleared`; review r11m R11M-14). Raises NotCleanable(`code`)
    where the container cannot be walked."""
    strip: Callable[[bytes], tuple[bytes, tuple[str, ...]]] | None = _CONTAINER_CLEANERS.get(
        media_type)
    if strip is None:
        raise NotCleanable(code)
    try:
        stripped, said = strip(data)
    except (NotAJpeg, NotAPng, NotATiff, NotAGif, NotAWebp, NotAHeif) as exc:
        raise NotCleanable(code) from exc
    kept = () if cleared or not has_alpha_channel(data, media_type) else (
        IMAGE_INVISIBLE_COLOUR_KEPT,)  # pixel data kept byte for byte: what alpha 0 hides too
    return Cleaned(stripped, media_type, (IMAGE_CLEANED_IN_CONTAINER, *said, *kept))


def _strip_jpeg(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    picture = clean_jpeg(data, appearance=True, allow_truncated=True)
    return picture.data, picture.warnings


def _strip_webp(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A WebP that cannot be decoded: its image data is kept as it is, unread (r11i R7)."""
    stripped, notes = strip_webp(data)
    return stripped, (*notes, IMAGE_DATA_NOT_TRIMMED)


_CONTAINER_CLEANERS: dict[str, Callable[[bytes], tuple[bytes, tuple[str, ...]]]] = {
    sniff.JPEG: _strip_jpeg,
    sniff.PNG: strip_png_metadata,  # each with its notes: a profile dropped, data not cut
    sniff.TIFF: strip_tiff_metadata,
    sniff.GIF: strip_gif,  # review r11i R7
    sniff.WEBP: _strip_webp,
    sniff.HEIC: strip_heif,  # review r11j J9: EXIF and XMP items zeroed, picture data unread
    sniff.AVIF: strip_heif,
}
