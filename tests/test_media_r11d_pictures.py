"""Review r11d J2, H2, K3/K4, M1, B2: pictures cleaned by what they are, without losing pixels,
and text with a byte order mark seen as text. Each file is made here and cleaned by the engine
the sealed path uses (`clean_attachment`); exiftool and the parts are read afterwards."""

from __future__ import annotations

import io

import inventory_r11d_kit as kit
from media_kit import canaries, exiftool, frames, identifying_tags, parts
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import IMAGE_FRAMES_DROPPED, IMAGE_RECOMPRESSED


def _samples(jpeg: bytes) -> bytes:
    with Image.open(io.BytesIO(jpeg)) as im:
        return im.tobytes()  # as stored, before orientation


def test_a_phone_jpeg_keeps_every_pixel_and_its_orientation_and_loses_camera_and_place() -> None:
    original = kit.phone_jpeg()
    result = clean_attachment(original, "IMG_2045.jpg")
    assert (result.cleaning, result.warnings, result.media_type) == ("cleaned", (), "image/jpeg")
    assert _samples(result.data) == _samples(original)  # not re-encoded: identical samples
    assert frames(result.data) == frames(original)  # and it stands as it did
    assert exiftool(result.data).get("IFD0:Orientation") == "Rotate 90 CW"
    assert canaries(result.data) == [] and identifying_tags(result.data) == []


def test_an_avif_photo_is_cleaned_to_a_jpeg_without_camera_or_place() -> None:
    original = kit.avif_photo()
    result = clean_attachment(original, "download.avif")
    assert (result.cleaning, result.warnings, result.media_type) == (
        "cleaned", (IMAGE_RECOMPRESSED,), "image/jpeg")  # told (r11j J2)
    assert result.suggested_name.endswith(".jpg")
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(result.data)) as after:
        assert after.size == before.size


def test_a_multi_picture_jpeg_keeps_the_first_losslessly_and_says_it_held_more_pictures() -> None:
    original = kit.mpo_photo()
    result = clean_attachment(original, "DSC01234.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_FRAMES_DROPPED,))
    assert _samples(result.data) == _samples(original)  # the first picture, unchanged
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    told = " ".join(attachment_outcome(1, result.cleaning, result.warnings).sentences("en"))
    assert told.startswith("Cleaned") and "more pictures in one file" in told


def test_office_pictures_whose_bytes_are_another_format_than_their_name_are_cleaned() -> None:
    result = clean_attachment(kit.pictures_named_otherwise(), "verslag.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    found = parts(result.data)
    assert found["word/media/image1.jpeg"].startswith(b"\x89PNG")  # cleaned as the PNG it is
    assert found["word/media/image2.png"].startswith(b"\xff\xd8")  # and the JPEG as a JPEG
    assert canaries(result.data) == [] and identifying_tags(result.data) == []


def test_text_with_a_utf8_or_utf16_byte_order_mark_is_stored_as_text() -> None:
    page = "\ufeff<html><body>Melding, C:\\Users\\jjansen</body></html>\r\n"
    for data in (page.encode("utf-8"), page.encode("utf-16-le"), page.encode("utf-16-be")):
        result = clean_attachment(data, "pagina.html")
        assert result.media_type == "text/plain", data[:4]
        assert result.suggested_name.endswith(".txt")
