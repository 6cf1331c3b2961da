"""Pictures cleaned at the container level keep exactly the image data a decoder uses (review
r11d P1, P2, P4, P6, T2, D3): every 16-bit sample compared before and after, the CANARY gone."""

from __future__ import annotations

import lzma
import random
import struct
import zlib

import inventory_r11d_kit as kit
import pytest
from media_kit import canaries

from intake_app.media import sniff
from intake_app.media.clean import clean_attachment
from intake_app.media.images import clean_image
from intake_app.media.result import (
    IMAGE_CLEANED_IN_CONTAINER,
    IMAGE_DATA_NOT_TRIMMED,
    Cleaned,
    stored_cleaning,
)


def _cleaned(data: bytes, name: str) -> bytes:
    result = clean_attachment(data, name)
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert canaries(result.data) == []
    return result.data


def _in_this_process(data: bytes, media_type: str) -> Cleaned:
    """`images.clean_image` run here, not in the cleaning child (`image_child`), so that a bound
    the test lowers holds; partly cleaned, as `clean_attachment` stores it."""
    result = clean_image(data, media_type)
    assert result.warnings == (IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED)
    assert stored_cleaning("cleaned", result.warnings) == "partly-cleaned"
    return result


def test_an_interlaced_16_bit_png_keeps_its_seven_passes_and_loses_the_stream_tail() -> None:
    original = kit.png_interlaced_tail()
    cleaned = _cleaned(original, "a.png")
    assert kit.inflated(cleaned) == kit.inflated(original)  # inflation stops at the stream's end
    assert kit.TAIL not in cleaned and len(cleaned) < len(original)


def test_a_16_bit_png_cut_off_inside_its_data_keeps_the_rows_it_has_then_iend() -> None:
    raw = kit.rows16()
    stream = zlib.compress(raw, 0)[: len(raw) // 2]  # stored: the first half of the rows
    original = kit.png16(kit.chunk(b"IDAT", stream)[:-4] + kit.TAIL[:0], end=False)
    cleaned = _cleaned(original, "a.png")
    assert kit.chunk_kinds(cleaned) == [b"IHDR", b"IDAT", b"IEND"]
    kept = kit.inflated(cleaned)
    assert 0 < len(kept) < len(raw) and raw.startswith(kept)


def test_a_plain_16_bit_png_comes_out_byte_for_byte() -> None:
    original = kit.png16(kit.chunk(b"IDAT", zlib.compress(kit.rows16())))
    assert _cleaned(original, "a.png") == original


def _apng16(tail: bytes) -> bytes:
    """Two 16-bit frames: the default image (IDAT) and one fdAT frame with `tail` after its
    stream; sequence numbers 0 (fcTL), 1 (fcTL), 2 (fdAT)."""
    frame = struct.pack(">IIII", 8, 8, 0, 0) + struct.pack(">HHBB", 1, 10, 0, 0)
    control = kit.chunk(b"acTL", struct.pack(">II", 2, 0))
    first = kit.chunk(b"fcTL", struct.pack(">I", 0) + frame)
    second = kit.chunk(b"fcTL", struct.pack(">I", 1) + frame)
    data = kit.chunk(b"fdAT", struct.pack(">I", 2) + zlib.compress(kit.rows16()[::-1]) + tail)
    return kit.png16(kit.chunk(b"IDAT", zlib.compress(kit.rows16())), before=control + first,
                     after=second + data)


def test_an_animated_16_bit_png_frame_loses_its_stream_tail_and_keeps_its_numbering() -> None:
    cleaned = _cleaned(_apng16(kit.TAIL), "a.png")
    assert cleaned == _apng16(b"")  # the frame's data ends where its stream ends


@pytest.mark.parametrize("compression", ["tiff_lzw", "tiff_adobe_deflate", "packbits", "lzma"])
def test_a_large_noisy_compressed_strip_keeps_every_sample_and_loses_its_tail(
    compression: str,
) -> None:
    """300 x 60 pixels of noise: LZW's dictionary fills and is cleared, codes reach 12 bits."""
    noise = random.Random(7).randbytes(300 * 60 * 6)
    strip = kit.pillow_strip(noise, 900, 60, compression)
    original = kit.tiff16(strip + kit.TAIL, kit._TIFF_CODES[compression], width=300, height=60)
    cleaned = _cleaned(original, "a.tif")
    code = kit._TIFF_CODES[compression]
    assert kit.strip_samples(kit.tiff_strip(cleaned), code, 900, 60) == noise


def test_a_deflate_strip_with_an_extra_row_inside_its_stream_is_compressed_anew() -> None:
    samples = kit.samples16()
    original = kit.tiff16(zlib.compress(samples + kit.TAIL, 0), 8)  # stored: TAIL readable
    cleaned = _cleaned(original, "a.tif")
    assert zlib.decompress(kit.tiff_strip(cleaned)) == samples


def test_an_lzma_strip_with_an_extra_row_inside_its_stream_is_compressed_anew() -> None:
    samples = kit.samples16()
    hidden = lzma.compress(samples + kit.TAIL, format=lzma.FORMAT_XZ, preset=0)
    original = kit.tiff16(hidden, 34925)
    assert kit.strip_samples(kit.tiff_strip(original), 34925, 12, 4) == samples  # libtiff reads
    cleaned = _cleaned(original, "a.tif")
    assert lzma.decompress(kit.tiff_strip(cleaned)) == samples


def test_an_uncompressed_strip_shorter_than_its_rows_is_kept_as_it_is() -> None:
    samples = kit.samples16()[:-6]  # one pixel short: a cut-off scan
    original = kit.tiff16(samples)
    result = clean_attachment(original, "a.tif")
    assert kit.tiff_strip(result.data) == samples


def test_image_data_too_large_to_inflate_within_bounds_is_kept_and_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stream that inflates further than png_data.MAX_INFLATED (here lowered to 64 bytes, as
    a hostile 1,032:1 stream would go past 1 GiB) is kept as it is, the text chunk still goes,
    and the liaison reads that something may have stayed (partly cleaned)."""
    from intake_app.media import png_data

    monkeypatch.setattr(png_data, "MAX_INFLATED", 64)
    header = kit.chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, 0))
    idat = kit.chunk(b"IDAT", zlib.compress(kit.rows16()) + kit.TAIL)
    text = kit.chunk(b"tEXt", b"Author\x00" + kit.TAIL)
    original = b"\x89PNG\r\n\x1a\n" + header + text + idat + kit.chunk(b"IEND", b"")
    result = _in_this_process(original, sniff.PNG)  # where the bound was lowered
    assert kit.chunk_kinds(result.data) == [b"IHDR", b"IDAT", b"IEND"]
    assert result.data.count(kit.TAIL) == 1  # in the image data, kept; not in the text


def test_an_lzw_strip_too_large_to_walk_is_kept_whole_and_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake_app.media import tiff_data

    monkeypatch.setattr(tiff_data, "MAX_WALKED", 16)  # the strip below is larger
    result = _in_this_process(kit.tiff_compressed_tail("tiff_lzw"), sniff.TIFF)
    assert kit.tiff_strip(result.data).endswith(kit.TAIL)
