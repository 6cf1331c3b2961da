"""A lossy WebP's VP8 data keeps only what its decoder reads (review r11l R11L-2; issue 11).

A lossy WebP is cleaned in its RIFF container, every pixel kept; but r11l appended "Jan Jansen
C:\\Users\\jjansen\\Desktop SERIAL9876" inside the `VP8 ` chunk after the frame's last partition
(chunk and RIFF sizes fixed; Pillow decodes it the same), and it reached the office told
"Cleaned". The same can hide inside the first partition's declared size, or a token partition's
that is not the last (RFC 6386 §9.1, §9.5). Each case is planted here by the test's own
partition walker, sealed or cleaned, and checked for every 4-byte run of the planted bytes and
for every frame's pixels.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

from media_kit import CANARY, frames
from office_types_kit import seal
from PIL import Image
from tools import require_tool

from intake_app.media.clean import clean_attachment
from intake_app.media.images import MAX_PIXELS, _webp_pixels
from intake_app.media.result import IMAGE_DATA_NOT_TRIMMED
from intake_app.media.vp8_partitions import Trials

TAIL = b"Jan Jansen C:\\Users\\jjansen\\Desktop SERIAL9876"


def _photo(size: tuple[int, int] = (48, 32), seed: int = 2) -> Image.Image:
    """Noise, as r11l's repro makes it (`mk3.py`): the partitions are dense."""
    pixels = bytes((i * 7919 + seed * 104729) * 2654435761 >> 13 & 0xFF
                   for i in range(size[0] * size[1] * 3))
    return Image.frombytes("RGB", size, pixels)


def _lossy(picture: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, "WEBP", quality=80, **options)
    return out.getvalue()


def _chunk(kind: bytes, value: bytes) -> bytes:
    return kind + struct.pack("<I", len(value)) + value + b"\x00" * (len(value) & 1)


def _walk(data: bytes, start: int, change: Callable[[bytes], bytes], which: bytes) -> bytes:
    """The chunks of `data` from `start`, each `which` one's data through `change` (inside
    animation frames too), their sizes written anew."""
    out, at = [], start
    while at + 8 <= len(data):
        kind, size = data[at:at + 4], struct.unpack("<I", data[at + 4:at + 8])[0]
        value = data[at + 8:at + 8 + size]
        if kind == which:
            value = change(value)
        elif kind == b"ANMF":
            value = value[:16] + _walk(value, 16, change, which)
        out.append(_chunk(kind, value))
        at += 8 + size + (size & 1)
    return b"".join(out)


def _rewrite(webp: bytes, change: Callable[[bytes], bytes], which: bytes = b"VP8 ") -> bytes:
    """`webp` with every `which` chunk's data (a frame's `VP8 ` by default) through `change`."""
    body = b"WEBP" + _walk(webp, 12, change, which)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _vp8(webp: bytes) -> list[bytes]:
    found: list[bytes] = []
    _rewrite(webp, lambda value: found.append(value) or value)
    return found


def _first_size(frame: bytes) -> int:
    return int.from_bytes(frame[:3], "little") >> 5  # RFC 6386 §9.1: 19 bits after 5


def _with_first_size(frame: bytes, size: int, first: bytes) -> bytes:
    tag = int.from_bytes(frame[:3], "little") & 0x1F | size << 5
    return tag.to_bytes(3, "little") + frame[3:10] + first + frame[10 + _first_size(frame):]


def _inside_first(tail: bytes) -> Callable[[bytes], bytes]:
    """Plant `tail` after the first partition's data, inside its declared size."""
    def plant(frame: bytes) -> bytes:
        first = frame[10:10 + _first_size(frame)]
        return _with_first_size(frame, len(first) + len(tail), first + tail)
    return plant


def planted_photo() -> bytes:
    """The inventory's `webp-vp8-partition-tail`: the canary hidden after the first partition's
    data (inside its declared size) and after the last partition."""
    tail = CANARY + b" C:\\Users\\jjansen SERIAL9876"
    return _rewrite(_rewrite(_lossy(_photo(seed=11)), lambda frame: frame + tail),
                    _inside_first(tail))


def keeps_plain_pixels(found: dict[str, bytes]) -> bool:
    """The cleaned `planted_photo` shows exactly what the photo without the canary shows."""
    return frames(found[""]) == frames(_lossy(_photo(seed=11)))


def _runs_left(data: bytes, planted: bytes = TAIL) -> list[bytes]:
    """Every 4-byte run of `planted` that is still in `data`."""
    return sorted({planted[i:i + 4] for i in range(len(planted) - 3)
                   if planted[i:i + 4] in data})


def _decodes(webp: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(webp)) as picture:
            picture.load()
        return True
    except OSError:
        return False


def test_r11l_name_folder_and_serial_after_the_last_partition_do_not_reach_the_office(tmp_path: Path) -> None:
    plain = _lossy(_photo())
    planted = _rewrite(plain, lambda frame: frame + TAIL)
    assert frames(planted) == frames(plain) and planted.count(b"Jansen") == 1
    sealed = seal(tmp_path, {"foto.webp": planted})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    assert sealed.members[1].endswith(".webp")
    assert [word for word in (b"Jansen", b"jjansen", b"SERIAL9876") if word in data] == []
    assert _runs_left(data) == []
    assert frames(data) == frames(planted)
    forecast = sealed.forecasts[0]
    assert (forecast.cleaning, Path(forecast.stored_name).suffix) == ("cleaned", ".webp")


def test_bytes_inside_the_first_partitions_declared_size_are_cut(tmp_path: Path) -> None:
    plain = _lossy(_photo(seed=5))
    planted = _rewrite(plain, _inside_first(TAIL))
    assert frames(planted) == frames(plain) and TAIL in planted
    result = clean_attachment(planted, "foto.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(plain)


def test_bytes_inside_a_middle_token_partition_of_eight_are_cut(tmp_path: Path) -> None:
    require_tool("convert")
    path = tmp_path / "parts.webp"
    subprocess.run(["convert", "-size", "160x120", "-seed", "7", "plasma:fractal", "-define",
                    "webp:low-memory=true", "-define", "webp:partitions=3", "-quality", "80",
                    str(path)], check=True, capture_output=True)
    original = path.read_bytes()
    frame = _vp8(original)[0]
    at = 10 + _first_size(frame)
    sizes = [int.from_bytes(frame[at + 3 * i:at + 3 * i + 3], "little") for i in range(7)]
    assert 0 < sum(sizes) < len(frame) - at - 21  # eight token partitions (RFC 6386 §9.5)

    def plant(data: bytes) -> bytes:  # into the fourth, its size field grown to hold it
        start = at + 21 + sum(sizes[:4])
        grown = (sizes[3] + len(TAIL)).to_bytes(3, "little")
        return data[:at + 9] + grown + data[at + 12:start] + TAIL + data[start:]

    planted = _rewrite(original, plant)
    assert frames(planted) == frames(original) and TAIL in planted
    result = clean_attachment(planted, "parts.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(original)


def test_a_plain_lossy_photo_keeps_its_pixels_and_its_data_ends_where_the_decoder_stops() -> None:
    original = _lossy(_photo(size=(97, 61), seed=9))
    result = clean_attachment(original, "foto.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert frames(result.data) == frames(original)
    frame = _vp8(result.data)[0]
    assert len(frame) <= len(_vp8(original)[0])
    first = frame[10:10 + _first_size(frame)]
    one_fewer_first = _with_first_size(frame, len(first) - 1, first[:-1])
    assert not _decodes(_rewrite(result.data, lambda _: one_fewer_first))
    assert not _decodes(_rewrite(result.data, lambda _: frame[:-1]))  # the last partition


def test_an_animation_of_lossy_frames_loses_what_each_frame_hides() -> None:
    pictures = [_photo(seed=seed) for seed in (3, 4, 6)]
    out = io.BytesIO()
    pictures[0].save(out, "WEBP", save_all=True, append_images=pictures[1:],
                     duration=[80, 120, 200], loop=2, quality=70)
    original = out.getvalue()
    planted = _rewrite(_rewrite(original, lambda frame: frame + TAIL), _inside_first(TAIL))
    assert planted.count(TAIL) == 2 * len(_vp8(original)) >= 6
    assert frames(planted) == frames(original)
    result = clean_attachment(planted, "anim.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(original)
    with Image.open(io.BytesIO(result.data)) as cleaned:
        assert cleaned.info.get("loop") == 2


def test_a_lossy_webp_whose_frame_does_not_decode_is_partly_cleaned_not_cleaned() -> None:
    original = _lossy(_photo(size=(64, 64), seed=8))
    cut = _rewrite(original, lambda frame: frame[:len(frame) * 2 // 3] + TAIL)
    assert not _decodes(cut)
    result = clean_attachment(cut, "foto.webp")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (IMAGE_DATA_NOT_TRIMMED,))


def test_a_frame_over_the_trial_budget_is_kept_and_said_not_trimmed() -> None:
    frame = _vp8(_rewrite(_lossy(_photo()), lambda frame: frame + TAIL))[0]
    enough = Trials(_webp_pixels, MAX_PIXELS)
    assert TAIL not in (enough.shortest_frame(frame) or TAIL)
    assert Trials(_webp_pixels, MAX_PIXELS, pixels_left=10 * 48 * 32).shortest_frame(frame) is None
    assert Trials(_webp_pixels, 48 * 32 - 1).shortest_frame(frame) is None  # one frame too large


def _sticker(size: tuple[int, int] = (61, 37)) -> Image.Image:
    """Colour and alpha both varying, as a sticker or a logo with soft edges."""
    picture = Image.new("RGBA", size)
    picture.putdata([(x * 4 % 256, y * 7 % 256, x * y % 256, x * y * 3 % 256)
                     for y in range(size[1]) for x in range(size[0])])
    return picture


def _kinds(webp: bytes) -> list[tuple[bytes, int]]:
    """(FourCC, alpha compression or -1) of the top-level chunks."""
    found, at = [], 12
    while at + 8 <= len(webp):
        size = struct.unpack("<I", webp[at + 4:at + 8])[0]
        kind = webp[at:at + 4]
        found.append((kind, webp[at + 8] & 3 if kind == b"ALPH" else -1))
        at += 8 + size + (size & 1)
    return found


def test_bytes_after_a_lossy_stickers_lossless_alpha_plane_are_cut() -> None:
    original = _lossy(_sticker())
    assert (b"ALPH", 1) in _kinds(original)  # libwebp's default: the alpha plane lossless
    planted = _rewrite(original, lambda alpha: alpha + TAIL, b"ALPH")
    assert frames(planted) == frames(original) and TAIL in planted
    result = clean_attachment(planted, "sticker.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(original)


def test_bytes_after_raw_alpha_are_cut_at_a_byte_a_pixel(tmp_path: Path) -> None:
    require_tool("convert")
    _sticker().save(tmp_path / "sticker.png")
    subprocess.run(["convert", str(tmp_path / "sticker.png"), "-define",
                    "webp:alpha-compression=0", "-quality", "80", str(tmp_path / "raw.webp")],
                   check=True, capture_output=True)
    original = (tmp_path / "raw.webp").read_bytes()
    assert (b"ALPH", 0) in _kinds(original)
    planted = _rewrite(original, lambda alpha: alpha + TAIL, b"ALPH")
    assert frames(planted) == frames(original)
    result = clean_attachment(planted, "sticker.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(original)


def test_an_alpha_plane_no_decoder_reads_goes() -> None:
    original = _lossy(_sticker())
    body = original[12:] + _chunk(b"ALPH", b"\x00" + TAIL)  # raw, after the image: unread
    planted = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body
    result = clean_attachment(planted, "sticker.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == [] and [k for k, _ in _kinds(result.data)].count(b"ALPH") == 1
    assert frames(result.data) == frames(original)  # (libwebp's demuxer refuses the planted file)


def test_two_alpha_planes_before_the_image_keep_their_data_and_are_told() -> None:
    original = _lossy(_sticker())
    at = original.index(b"ALPH")
    size = struct.unpack("<I", original[at + 4:at + 8])[0]
    alpha = original[at + 8:at + 8 + size]
    body = (original[12:at] + _chunk(b"ALPH", alpha) + _chunk(b"ALPH", alpha + TAIL)
            + original[at + 8 + size + (size & 1):])  # libwebp's still decoder reads the last
    planted = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body
    result = clean_attachment(planted, "sticker.webp")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (IMAGE_DATA_NOT_TRIMMED,))
    assert [k for k, _ in _kinds(result.data)].count(b"ALPH") == 2  # kept as it was, told


def test_an_animation_of_lossy_stickers_loses_what_each_alpha_plane_hides() -> None:
    pictures = [_sticker(), _sticker().rotate(180), _sticker().transpose(0)]
    out = io.BytesIO()
    pictures[0].save(out, "WEBP", save_all=True, append_images=pictures[1:],
                     duration=[90, 110, 130], loop=0, quality=75)
    original = out.getvalue()
    planted = _rewrite(original, lambda alpha: alpha + TAIL, b"ALPH")
    assert planted.count(TAIL) >= 3 and frames(planted) == frames(original)
    result = clean_attachment(planted, "stickers.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _runs_left(result.data) == []
    assert frames(result.data) == frames(original)
