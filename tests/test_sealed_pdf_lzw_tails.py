"""Bytes after the end of a RunLength stream, and an LZW or RunLength image's samples past what
it draws, are cut (issue 11, task b11 line 2; a named limit of r11g N3's tails, which cut Flate
only): a name written there reached the office. (qpdf writes an LZW stream anew as Flate,
decoded to its end code, so bytes after that code already went; the samples before it stayed.) Through the real path (attach, save, seal, stock age, tar); each stream is decoded by
qpdf before and after and compared with what it draws."""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from media_kit import CANARY, canaries, identifying_tags
from office_types_kit import seal
from pikepdf import Dictionary, Name

_TAIL = b"CANARY Jan Jansen C:\\Users\\jjansen\\scan.tif"
_PIXELS = bytes(range(48))  # a 4 x 4 RGB image
_CONTENT = b"q 10 0 0 10 0 0 cm /Lzw Do Q q 10 0 0 10 12 0 cm /Rl Do Q"


def lzw(data: bytes) -> bytes:
    """`data` as PDF LZW (ISO 32000-2 §7.4.4, EarlyChange 1): literal codes of 9 bits, a clear
    code before the table would need 10, the end code (257)."""
    codes, run = [256], 0
    for byte in data:
        if run == 250:
            codes.append(256)
            run = 0
        codes.append(byte)
        run += 1
    codes.append(257)
    bits = "".join(f"{code:09b}" for code in codes)
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def run_length(data: bytes) -> bytes:
    """`data` as RunLength (§7.4.5): literal runs of up to 128 bytes, then the end (128)."""
    return b"".join(bytes([len(data[i : i + 128]) - 1]) + data[i : i + 128] for i in range(0, len(data), 128)) + b"\x80"


def _pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(40, 20))
    images = {}
    for key, encode, name in (("/Lzw", lzw, Name.LZWDecode), ("/Rl", run_length, Name.RunLengthDecode)):
        image = pikepdf.Stream(document, b"", Type=Name.XObject, Subtype=Name.Image, Width=4, Height=4, ColorSpace=Name.DeviceRGB, BitsPerComponent=8)
        image.write(encode(_PIXELS + _TAIL) + _TAIL, filter=name)  # samples past the image, bytes past the end
        images[key] = image
    repeated = pikepdf.Stream(document, b"", Type=Name.XObject, Subtype=Name.Image, Width=4, Height=4, ColorSpace=Name.DeviceRGB, BitsPerComponent=8)
    repeated.write(bytes([257 - 128]) + b"A" + b"\x80" + _TAIL, filter=Name.RunLengthDecode)  # 128 "A"s for 48 samples
    images["/Rep"] = repeated
    document.pages[0].Resources = Dictionary(XObject=Dictionary(images))
    content = pikepdf.Stream(document, b"")
    content.write(lzw(_CONTENT) + _TAIL, filter=Name.LZWDecode)
    document.pages[0].Contents = document.make_indirect(content)
    out = io.BytesIO()
    document.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def test_lzw_and_run_length_streams_lose_what_follows_their_end_and_their_images_samples_past_what_they_draw(tmp_path: Path) -> None:
    original = _pdf()
    assert original.count(CANARY) == 5  # four after an end, one in RunLength's literal samples
    with pikepdf.open(io.BytesIO(original)) as before:
        assert before.pages[0].Resources.XObject["/Lzw"].read_bytes() == _PIXELS + _TAIL
    with pikepdf.open(io.BytesIO(original)) as before:
        # qpdf reads on past RunLength's end code (128), so the bytes after it decode too
        assert before.pages[0].Resources.XObject["/Rl"].read_bytes(pikepdf.StreamDecodeLevel.specialized).startswith(_PIXELS + _TAIL)
        assert before.pages[0].Contents.read_bytes() == _CONTENT
    sealed = seal(tmp_path, {"scan.pdf": original})
    entry = sealed.signal["attachments"][0]
    # Seinpost does not decode an LZW page content stream to look for comments and inline
    # pictures in it: told, as before (rows pdf-content-comments, pdf-inline-images-unreadable)
    assert entry["warnings"] == ["pdf_metadata_partly_removed", "pdf_embedded_images_not_cleaned"]
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == [] and identifying_tags(data) == []
    with pikepdf.open(io.BytesIO(data)) as cleaned:
        page = cleaned.pages[0]
        xobjects = page.Resources.XObject
        # qpdf writes no LZW: it decodes such a stream to its end code and writes it as Flate
        assert xobjects["/Lzw"].Filter == Name.FlateDecode and xobjects["/Rl"].Filter == Name.RunLengthDecode
        assert xobjects["/Lzw"].read_bytes() == _PIXELS and xobjects["/Rl"].read_bytes(pikepdf.StreamDecodeLevel.specialized) == _PIXELS
        assert page.Contents.read_bytes() == _CONTENT
        assert xobjects["/Rep"].read_bytes(pikepdf.StreamDecodeLevel.specialized) == b"A" * 48  # the run shortened
