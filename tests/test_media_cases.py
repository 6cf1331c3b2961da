"""Issue 11's five cases, each as a small file made here, plus the shared input that showed it.

Each checks the cleaned output with exiftool and by reading the file's parts (or its pixels).
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from media_kit import canaries, exiftool, frames, identifying_tags, samples
from PIL import Image, ImageFile, ImageOps, ImageSequence
from PIL.TiffImagePlugin import IFDRational, ImageFileDirectory_v2

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER

CASES = Path(__file__).resolve().parent / "data" / "cases"


def encode(im: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()


# --- 3: animated GIF with "restore to background" ------------------------------------------
def restore_to_background_gif() -> bytes:
    """Three frames, one 8x8 square each at a new place, transparent elsewhere, disposal 2."""
    shots = []
    for step, colour in enumerate(((255, 0, 0), (0, 160, 0), (0, 0, 255))):
        frame = Image.new("P", (24, 24), 0)
        frame.putpalette([255, 255, 255, *colour] + [0] * 762)
        frame.paste(1, (step * 8, step * 8, step * 8 + 8, step * 8 + 8))
        shots.append(frame)
    return encode(shots[0], "GIF", save_all=True, append_images=shots[1:], duration=[100, 250, 400],
                  loop=0, disposal=2, transparency=0, comment=b"CANARY gif comment")


@pytest.mark.parametrize("source", ["made", "shared"])
def test_an_animated_gif_keeps_every_frame_timing_and_transparency(source: str) -> None:
    original = restore_to_background_gif() if source == "made" else (
        CASES / "E_gif_animated.gif").read_bytes()
    result = clean_attachment(original, "a.gif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    before, after = frames(original), frames(result.data)
    assert len(after) == len(before) > 1
    for (pixels_before, duration_before), (pixels_after, duration_after) in zip(
        before, after, strict=True
    ):
        assert pixels_after == pixels_before  # no piling up: each frame as it was shown
        assert duration_after == duration_before
    visible = [sum(1 for i in range(3, len(p), 4) if p[i]) for p, _ in after]
    assert visible == [64, 64, 64]
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.info.get("loop") == 0
    assert canaries(result.data) == [] and identifying_tags(result.data) == []


# --- 4: 16-bit big-endian TIFF ----------------------------------------------------------------
def tiff_16bit(byte_order: str) -> bytes:
    im = Image.new("I;16", (256, 8))
    im.putdata([x * 257 + y for y in range(8) for x in range(256)])
    if byte_order == "MM":
        im = Image.frombytes("I;16B", im.size, im.tobytes("raw", "I;16B"))
    tags = ImageFileDirectory_v2()
    tags[315] = "CANARY Jan Jansen Artist"
    tags[271] = "CANARY scanner make"
    tags[316] = "CANARY-host"
    return encode(im, "TIFF", tiffinfo=tags)


@pytest.mark.parametrize("source", ["MM", "II", "shared"])
def test_a_16_bit_tiff_in_either_byte_order_is_cleaned_keeping_its_16_bits(source: str) -> None:
    original = (CASES / "F_tiff_16bit_MM.tif").read_bytes() if source == "shared" else (
        tiff_16bit(source))
    result = clean_attachment(original, "scan.tif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert "IFD0:Artist" in exiftool(original)
    assert identifying_tags(result.data) == [] and canaries(result.data) == []
    assert exiftool(result.data)["IFD0:BitsPerSample"] == 16
    assert samples(result.data) == samples(original)


def test_a_48_bit_colour_tiff_keeps_its_16_bits_through_the_container() -> None:
    raw = b"".join(struct.pack(">HHH", x * 4000, y * 9000, (x * y) % 65536)
                   for y in range(4) for x in range(8))
    original = _tiff_from_strip(raw, width=8, height=4, bits=(16, 16, 16), photometric=2)
    result = clean_attachment(original, "scan.tif")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert identifying_tags(result.data) == [] and canaries(result.data) == []
    assert raw in result.data  # the samples, byte for byte
    assert exiftool(result.data)["IFD0:BitsPerSample"] == "16 16 16"


def _tiff_from_strip(
    strip: bytes, *, width: int, height: int, bits: tuple[int, ...], photometric: int
) -> bytes:
    """A big-endian TIFF built by hand, with an Artist, a Make and a private tag."""
    texts = {315: b"CANARY Artist\x00", 271: b"CANARY Make\x00", 40001: b"CANARY private\x00"}
    entries: list[tuple[int, int, int, bytes]] = [
        (256, 3, 1, struct.pack(">HH", width, 0)), (257, 3, 1, struct.pack(">HH", height, 0)),
        (258, 3, len(bits), struct.pack(f">{len(bits)}H", *bits)), (259, 3, 1, b"\x00\x01\x00\x00"),
        (262, 3, 1, struct.pack(">HH", photometric, 0)), (273, 4, 1, b""),
        (277, 3, 1, struct.pack(">HH", len(bits), 0)), (278, 3, 1, struct.pack(">HH", height, 0)),
        (279, 4, 1, struct.pack(">I", len(strip))),
        *((tag, 2, len(text), text) for tag, text in texts.items()),
    ]
    entries.sort()
    ifd_size = 2 + 12 * len(entries) + 4
    extra = bytearray()
    data_start = 8 + ifd_size
    body = bytearray()
    for tag, kind, count, value in entries:
        if tag == 273:
            value = b"\x00\x00\x00\x00"  # patched below
        if len(value) > 4:
            value_at = data_start + len(extra)
            extra += value + (b"\x00" if len(value) % 2 else b"")
            value = struct.pack(">I", value_at)
        body += struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\x00")
    strip_at = data_start + len(extra)
    index = [e[0] for e in entries].index(273)
    body[12 * index + 8 : 12 * index + 12] = struct.pack(">I", strip_at)
    ifd = struct.pack(">H", len(entries)) + bytes(body) + b"\x00\x00\x00\x00"
    return b"MM\x00*" + struct.pack(">I", 8) + ifd + bytes(extra) + strip


# --- 5: a truncated JPEG with GPS and a camera make ------------------------------------------
def truncated_jpeg_with_gps(orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CANARY Make"
    exif[0x0110] = "CANARY Model"
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (IFDRational(52), IFDRational(22), IFDRational(3377, 100))
    gps[3], gps[4] = "E", (IFDRational(4), IFDRational(53), IFDRational(2718, 100))
    gps[18] = "CANARY datum"
    im = Image.radial_gradient("L").resize((160, 120)).convert("RGB")
    whole = encode(im, "JPEG", quality=90, exif=exif, comment=b"CANARY comment")
    return whole[: len(whole) * 2 // 3]


@pytest.mark.parametrize("source", ["made", "made-rotated", "shared"])
def test_a_truncated_jpeg_loses_gps_and_make_but_keeps_its_picture_bytes(source: str) -> None:
    original = {
        "made": lambda: truncated_jpeg_with_gps(),
        "made-rotated": lambda: truncated_jpeg_with_gps(orientation=6),
        "shared": lambda: (CASES / "jpeg_truncated_gps.jpg").read_bytes(),
    }[source]()
    assert any("GPS" in tag for tag in exiftool(original))
    result = clean_attachment(original, "IMG_1.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert identifying_tags(result.data) == [] and canaries(result.data) == []
    scan = original.index(b"\xff\xda")
    assert original[scan:] in result.data  # the compressed picture, untouched
    assert frames(_decoded_as_far_as_possible(result.data)) == frames(
        _decoded_as_far_as_possible(original))  # same picture, same way up
    orientation = exiftool(result.data).get("IFD0:Orientation")
    assert orientation == (None if source != "made-rotated" else "Rotate 90 CW")


def _decoded_as_far_as_possible(data: bytes) -> bytes:
    """A cut-off JPEG decoded the way a lenient viewer shows it, as a PNG keeping orientation."""
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            return encode(ImageOps.exif_transpose(im), "PNG")
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False


def test_an_animated_png_and_webp_keep_every_frame() -> None:
    shots = [Image.new("RGBA", (16, 16), (0, 0, 0, 0)) for _ in range(3)]
    for step, shot in enumerate(shots):
        shot.paste((200, 10 * step, 30, 255), (step * 4, 0, step * 4 + 4, 16))
    for fmt, name in (("PNG", "a.png"), ("WEBP", "a.webp")):
        options = {"lossless": True} if fmt == "WEBP" else {"disposal": 1}
        original = encode(shots[0], fmt, save_all=True, append_images=shots[1:],
                          duration=[120, 80, 300], loop=2, **options)
        result = clean_attachment(original, name)
        assert result.cleaning == "cleaned", fmt
        assert frames(result.data) == frames(original), fmt
        with Image.open(io.BytesIO(result.data)) as im:
            assert len(list(ImageSequence.Iterator(im))) == 3
