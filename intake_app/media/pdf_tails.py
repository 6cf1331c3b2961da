"""Bytes inside PDF streams that no reader decodes: cut (review r11g N3).

A Flate stream can carry bytes after its zlib data ends, and an image's samples can run past
what its dictionary draws (Width × Height × components × bits). Viewers never show them; a
tool or a hand can put anything there (a name, a path). Seinpost copies streams as they are
(`pdf.py`: a Flate bomb costs nothing), so these would reach the office:

- every stream whose only filter is /FlateDecode is cut where its zlib data ends;
- an image with no filter, or Flate (with a PNG or TIFF predictor too), whose samples are
  longer than its dictionary needs is cut to that length (Flate: decoded, cut and compressed
  anew);
- a stream whose only filter is /LZWDecode (EarlyChange 1, the default) or /RunLengthDecode is
  cut after its end code, and an image's after the code or run that completes its samples (a
  run shortened to end there), an end code written there (issue 11's task b11; the codes are
  walked, never decoded: `tiff_data`'s LZW walker, as for TIFF strips, within
  `tiff_data.MAX_WALKED`). qpdf then writes an LZW stream anew as Flate (it writes no LZW),
  decoded to its end code; a RunLength stream stays RunLength, and qpdf's decoder reads on past
  its end code (128), so what followed it was read by some readers before.

Every colour space an image may have is measured (ISO 32000-2 §8.6): device and CIE spaces,
`/ICCBased` by its profile's `/N`, `/Separation` (one component), `/DeviceN` (one a colourant
name), `/Indexed` and image masks (one).

Decoding is bounded by `pdf_streams.MAX_DECODED`; a stream over it is left as it is.
"""

from __future__ import annotations

import sys
import zlib

import pikepdf
from pikepdf import Array, Name, Stream

from intake_app.media.pdf_streams import MAX_DECODED
from intake_app.media.tiff_data import LZW, MAX_WALKED, NotTrimmed, trimmed

_COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/DeviceRGB": 3, "/CalRGB": 3, "/Lab": 3,
               "/DeviceCMYK": 4, "/Indexed": 1}


def cut_stream_tails(pdf: pikepdf.Pdf) -> None:
    """Cut, in place, every stream of `pdf` as the module says."""
    for obj in pdf.objects:
        if isinstance(obj, Stream):
            _cut(obj)


def _cut(stream: Stream) -> None:
    value = stream.get(Name.Filter)
    flate = value == Name.FlateDecode or (
        isinstance(value, Array) and len(value) == 1 and value[0] == Name.FlateDecode)
    if value is not None and not flate:
        _cut_walked(stream, value)
        return
    raw = stream.read_raw_bytes()
    needed = _image_bytes(stream)
    if not flate:
        if needed is not None and len(raw) > needed:
            stream.write(raw[:needed])
        return
    inflater = zlib.decompressobj()
    try:
        decoded = inflater.decompress(raw, MAX_DECODED + 1)
    except zlib.error:
        return
    if not inflater.eof or len(decoded) > MAX_DECODED:
        return
    parms = stream.get(Name.DecodeParms)
    if needed is not None and parms is not None:
        needed = _predicted_bytes(stream, parms)
    if needed is not None and len(decoded) > needed:
        stream.write(zlib.compress(decoded[:needed]), filter=Name.FlateDecode, decode_parms=parms)
    elif inflater.unused_data:
        stream.write(raw[: len(raw) - len(inflater.unused_data)], filter=Name.FlateDecode,
                     decode_parms=parms)


def _image_bytes(stream: Stream) -> int | None:
    """Bytes an image's samples take by its dictionary; None when not an image or not known."""
    if stream.get(Name.Subtype) != Name.Image:
        return None
    width, height = stream.get(Name.Width), stream.get(Name.Height)
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return None
    if stream.get(Name.ImageMask) is True:
        components, bits = 1, 1
    else:
        components = _components(stream.get(Name.ColorSpace))
        bits = stream.get(Name.BitsPerComponent)
        if components is None or bits not in (1, 2, 4, 8, 16):
            return None
    return height * ((width * components * int(bits) + 7) // 8)


def _components(space: object) -> int | None:
    """Colour components of one sample in `space` (a name or an array, ISO 32000-2 §8.6); None
    when it cannot be told (an unknown name, a profile without a sane /N)."""
    if isinstance(space, pikepdf.Name):
        return _COMPONENTS.get(str(space))
    if not isinstance(space, Array) or len(space) == 0:
        return None
    family = space[0]
    if family == Name.ICCBased and len(space) > 1 and isinstance(space[1], Stream):
        count = space[1].get(Name.N)
        return int(count) if isinstance(count, int) and count in (1, 3, 4) else None
    if family == Name.Separation:
        return 1
    if family == Name.DeviceN and len(space) > 1 and isinstance(space[1], Array):
        return len(space[1]) if 0 < len(space[1]) <= 32 else None  # 32: §8.6.6.5's limit
    return _components(family)


def _predicted_bytes(stream: Stream, parms: object) -> int | None:
    """Bytes an image's predicted samples take, from /DecodeParms /Columns /Colors
    /BitsPerComponent (ISO 32000-2 §7.4.4.4): a PNG predictor (10 to 15) writes a tag byte and
    a row per image row, the TIFF predictor (2) the row alone; None for another predictor or
    shape."""
    if not isinstance(parms, pikepdf.Dictionary):
        return None
    predictor = parms.get(Name.Predictor, 1)
    if not isinstance(predictor, int) or (predictor < 10 and predictor not in (1, 2)):
        return None
    if predictor == 1:
        return _image_bytes(stream)
    columns, colours = parms.get(Name.Columns, 1), parms.get(Name.Colors, 1)
    bits, height = parms.get(Name.BitsPerComponent, 8), stream.get(Name.Height)
    if not all(isinstance(v, int) and v > 0 for v in (columns, colours, bits, height)):
        return None
    tag = 0 if predictor == 2 else 1
    return int(height) * (tag + (int(columns) * int(colours) * int(bits) + 7) // 8)


def _cut_walked(stream: Stream, value: object) -> None:
    """A stream whose only filter is LZW (EarlyChange 1) or RunLength, cut as the module says."""
    kind = value[0] if isinstance(value, Array) and len(value) == 1 else value
    parms = stream.get(Name.DecodeParms)
    if kind not in (Name.LZWDecode, Name.RunLengthDecode) or isinstance(parms, Array):
        return
    if kind == Name.LZWDecode and isinstance(parms, pikepdf.Dictionary) and parms.get(
            Name.EarlyChange, 1) != 1:
        return
    raw = stream.read_raw_bytes()
    if len(raw) > MAX_WALKED:
        return
    needed = _image_bytes(stream)
    if needed is not None and parms is not None:
        needed = _predicted_bytes(stream, parms)
    limit = sys.maxsize if needed is None else needed
    if kind == Name.LZWDecode:
        try:
            cut = trimmed(raw, LZW, limit)
        except NotTrimmed:
            return
    else:
        cut = _run_length_used(raw, limit)
    if cut != raw:
        stream.write(cut, filter=kind, decode_parms=parms)


def _run_length_used(raw: bytes, needed: int) -> bytes:
    """The runs of `raw` (ISO 32000-2 §7.4.5) a decoder reads for `needed` bytes, the last one
    shortened to end there, then the end of data (128)."""
    out = bytearray()
    pos = produced = 0
    while pos < len(raw) and produced < needed and raw[pos] != 128:
        length = raw[pos]
        literal = length < 128
        size, count = (length + 2, length + 1) if literal else (2, 257 - length)
        if pos + size > len(raw):
            break  # a run cut off: a decoder stops before it
        count = min(count, needed - produced)
        if literal:
            out += bytes([count - 1]) + raw[pos + 1 : pos + 1 + count]
        else:
            out += bytes([257 - count if count > 1 else 0]) + raw[pos + 1 : pos + 2]
        pos += size
        produced += count
    return bytes(out) + b"\x80"
