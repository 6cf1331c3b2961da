"""Issue 11, review r11j J2: a HEIC or AVIF photo becomes a JPEG whose pixels differ from the
photo's (the review's green picture with a yellow disc: up to 73 levels, told only "Cleaned").
The JPEG keeps full colour resolution (4:4:4, so the photo's chroma is not halved once more)
and the outcome says the photo was compressed anew, in both languages."""

from __future__ import annotations

import io

import pillow_heif
import pytest
from PIL import Image, ImageChops, ImageDraw, JpegImagePlugin

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import IMAGE_RECOMPRESSED

pillow_heif.register_heif_opener()


def _photo(fmt: str) -> bytes:
    """The review's heic_exif.heic / avif_exif.avif (scripts/gen.py), with an Artist."""
    im = Image.new("RGB", (64, 64), (30, 140, 60))
    ImageDraw.Draw(im).ellipse([10, 10, 40, 40], fill=(240, 240, 0))
    exif = Image.Exif()
    exif[0x013B] = "Jan Jansen"
    out = io.BytesIO()
    im.save(out, fmt, exif=exif.tobytes(), quality=90)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["HEIF", "AVIF"])
def test_a_heic_or_avif_photo_is_told_it_was_compressed_anew(fmt: str) -> None:
    original = _photo(fmt)
    result = clean_attachment(original, "foto.heic" if fmt == "HEIF" else "foto.avif")
    assert (result.cleaning, result.warnings, result.media_type) == (
        "cleaned", (IMAGE_RECOMPRESSED,), "image/jpeg")
    assert b"Jan Jansen" not in result.data
    with Image.open(io.BytesIO(result.data)) as jpeg, Image.open(io.BytesIO(original)) as photo:
        assert JpegImagePlugin.get_sampling(jpeg) == 0  # 4:4:4
        difference = ImageChops.difference(photo.convert("RGB"), jpeg.convert("RGB"))
        assert max(high for _, high in difference.getextrema()) <= 40  # 4:2:0 gave 73 (HEIC)


def test_the_note_is_told_in_both_languages() -> None:
    outcome = attachment_outcome(1, "cleaned", (IMAGE_RECOMPRESSED,))
    assert outcome.is_clean  # a note: nothing identifying stayed
    for language in ("en", "nl"):
        assert "HEIC" in " ".join(outcome.sentences(language))
