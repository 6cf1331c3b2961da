"""Issue 11, review r11j J9: a HEIC (the iPhone's default) or AVIF whose picture data is damaged
was sealed as it was with its Artist, Make and GPS. It is now cleaned in its container: the
EXIF and XMP items are zeroed in place, nothing else moves, the damaged picture data stays
unread (told: `image_data_not_trimmed`)."""

from __future__ import annotations

import io
import random

import pillow_heif
import pytest
from media_kit import exiftool, identifying_tags
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.heif_container import strip_heif
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED

pillow_heif.register_heif_opener()
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
       b'dc:creator="Jan Jansen"/></rdf:RDF></x:xmpmeta>')


def _photo(fmt: str) -> bytes:
    """The review's heic_damaged.py picture before the damage: noise, Artist, Make, GPS, XMP."""
    rng = random.Random(1)
    noise = Image.frombytes("RGB", (64, 64), bytes(rng.getrandbits(8) for _ in range(64 * 64 * 3)))
    exif = Image.Exif()
    exif[0x013B], exif[0x010F] = "Jan Jansen", "CanonCAM"
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 1.5)}
    out = io.BytesIO()
    noise.save(out, fmt, exif=exif.tobytes(), xmp=XMP)
    return out.getvalue()


def _damaged(data: bytes) -> bytes:
    """1200 bytes of the picture data in `mdat` overwritten, as the review did (bytes 8 to
    1208 of a HEIC's `mdat`; after the metadata items, which Pillow's AVIF writer puts first):
    no decoder reads it."""
    damaged = bytearray(data)
    at = max(damaged.index(b"mdat") + 8, damaged.index(b"</x:xmpmeta>") + 12)
    if at + 1200 > len(damaged):
        at = damaged.index(b"mdat") + 8
    damaged[at : at + 1200] = b"\xaa" * 1200
    return bytes(damaged)


@pytest.mark.parametrize("fmt", ["HEIF", "AVIF"])
def test_a_damaged_heic_or_avif_is_sealed_without_its_exif_and_xmp(fmt: str) -> None:
    original = _damaged(_photo(fmt))
    assert "IFD0:Artist" in exiftool(original)  # the review's finding
    result = clean_attachment(original, "IMG_0001.HEIC" if fmt == "HEIF" else "a.avif")
    assert (result.cleaning, result.warnings) == (
        "partly-cleaned", (IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED))
    tags = exiftool(result.data)
    assert not {"IFD0:Artist", "IFD0:Make", "GPS:GPSLatitude", "XMP-dc:Creator"} & set(tags)
    assert b"Jan Jansen" not in result.data and b"CanonCAM" not in result.data
    assert identifying_tags(result.data) == []
    assert len(result.data) == len(original)  # nothing moved: every offset still holds


def test_the_container_cleaner_leaves_a_readable_picture_readable() -> None:
    """Only metadata is touched: an intact HEIC cleaned so still decodes to the same pixels."""
    original = _photo("HEIF")
    cleaned, notes = strip_heif(original)
    assert notes == (IMAGE_DATA_NOT_TRIMMED,) and b"Jan Jansen" not in cleaned
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.tobytes() == before.tobytes()
