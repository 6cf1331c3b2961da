"""Each structural TIFF tag with the type and count TIFF 6.0 gives it (review r11h T1).

The container cleaner (`tiff_tags`) keeps the tags a reader needs to lay out the pixels. A tag
written with more values than the specification gives it (BitsPerSample with three values and
then a name, XResolution with seven rationals), or with another type (FillOrder as ASCII text,
the old SubfileType as UNDEFINED bytes, ReferenceBlackWhite as BYTEs) would carry whatever a
writer put there to the office: no decoder reads those bytes, as no decoder reads a PNG chunk
past its specified length (`png-chunk-lengths`). So each kept tag is written anew:

- a type TIFF 6.0 (and its supplements: TIFF Technical Notes, Adobe's PageMaker note for
  SampleFormat and the sample ranges) does not list for the tag drops it, except that whole
  numbers written as BYTE, SHORT or LONG become the tag's own type when they fit (a
  Compression written as a LONG is read so by libtiff, and dropping it would change the
  pixels);
- a count over what the specification gives is cut to that count (the values a reader reads);
  a count under it drops the tag, except that a per-sample tag may hold one value for all
  samples (libtiff and Pillow read it so);
- a value of an enumerated tag the specification does not name (FillOrder 1 or 2, Orientation
  1 to 8…) drops the tag.

Strip and tile offsets and byte counts are not judged here: `tiff_tags` writes them anew.
JPEGTables' bytes are cleaned by the JPEG segment cleaner; here only its type is checked.
"""

from __future__ import annotations

import struct

_BYTE, _ASCII, _SHORT, _LONG, _RATIONAL, _UNDEFINED = 1, 2, 3, 4, 5, 7
_NUMERIC = frozenset({1, 3, 4, 5, 6, 8, 9, 10, 11, 12})
"""BYTE, SHORT, LONG, RATIONAL, SBYTE, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE: the types a
sample's minimum or maximum may take (the samples' own type)."""
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_SAMPLES, _BITS = 277, 258
_PER_SAMPLE = "per sample"  # the count is SamplesPerPixel
_COLOUR_MAP = "colour map"  # the count is 3 × 2^BitsPerSample
_UP_TO_SAMPLES = "up to samples"  # ExtraSamples: at most SamplesPerPixel values
_ANY = "any"

SPECIFIED: dict[int, tuple[frozenset[int], int | str]] = {
    254: (frozenset({_LONG}), 1),  # NewSubfileType
    255: (frozenset({_SHORT}), 1),  # SubfileType
    256: (frozenset({_SHORT, _LONG}), 1),  # ImageWidth
    257: (frozenset({_SHORT, _LONG}), 1),  # ImageLength
    258: (frozenset({_SHORT}), _PER_SAMPLE),  # BitsPerSample
    259: (frozenset({_SHORT}), 1),  # Compression
    262: (frozenset({_SHORT}), 1),  # PhotometricInterpretation
    266: (frozenset({_SHORT}), 1),  # FillOrder
    274: (frozenset({_SHORT}), 1),  # Orientation
    277: (frozenset({_SHORT}), 1),  # SamplesPerPixel
    278: (frozenset({_SHORT, _LONG}), 1),  # RowsPerStrip
    282: (frozenset({_RATIONAL}), 1),  # XResolution
    283: (frozenset({_RATIONAL}), 1),  # YResolution
    284: (frozenset({_SHORT}), 1),  # PlanarConfiguration
    296: (frozenset({_SHORT}), 1),  # ResolutionUnit
    317: (frozenset({_SHORT}), 1),  # Predictor
    318: (frozenset({_RATIONAL}), 2),  # WhitePoint
    319: (frozenset({_RATIONAL}), 6),  # PrimaryChromaticities
    320: (frozenset({_SHORT}), _COLOUR_MAP),  # ColorMap
    322: (frozenset({_SHORT, _LONG}), 1),  # TileWidth
    323: (frozenset({_SHORT, _LONG}), 1),  # TileLength
    338: (frozenset({_SHORT}), _UP_TO_SAMPLES),  # ExtraSamples
    339: (frozenset({_SHORT}), _PER_SAMPLE),  # SampleFormat
    340: (_NUMERIC, _PER_SAMPLE),  # SMinSampleValue
    341: (_NUMERIC, _PER_SAMPLE),  # SMaxSampleValue
    347: (frozenset({_UNDEFINED}), _ANY),  # JPEGTables (its bytes: jpeg_segments)
    529: (frozenset({_RATIONAL}), 3),  # YCbCrCoefficients
    530: (frozenset({_SHORT}), 2),  # YCbCrSubSampling
    531: (frozenset({_SHORT}), 1),  # YCbCrPositioning
    532: (frozenset({_RATIONAL}), _PER_SAMPLE),  # ReferenceBlackWhite: two per sample
}
"""tag -> (types TIFF 6.0 allows, count). Offsets and byte counts (273, 279, 324, 325) are
written anew by `tiff_tags` and are not here."""
ENUMERATED: dict[int, frozenset[int]] = {
    255: frozenset({1, 2, 3}), 266: frozenset({1, 2}), 274: frozenset(range(1, 9)),
    284: frozenset({1, 2}), 296: frozenset({1, 2, 3}), 317: frozenset({1, 2, 3}),
    531: frozenset({1, 2}),
}
"""Tags whose one value is one of a few the specification names."""
WRITTEN_ANEW = frozenset({273, 279, 324, 325})

Entry = tuple[int, int, bytes]  # (type, count, raw value bytes)


def as_specified(tags: dict[int, Entry], order: str) -> dict[int, Entry]:
    """The page's tags, each with a type TIFF 6.0 gives it and at most its specified count (see
    the module's docstring); tags that cannot be so are left out. `order` is "<" or ">"."""
    samples = _first(tags, _SAMPLES, order, 1) if _fits(tags.get(_SAMPLES), _SAMPLES) else 1
    bits = _first(tags, _BITS, order, 1) if _BITS in tags else 1
    result: dict[int, Entry] = {}
    for tag, (kind, number, raw) in tags.items():
        if tag in WRITTEN_ANEW:
            result[tag] = (kind, number, raw)
            continue
        types, count = SPECIFIED.get(tag, (frozenset(), 0))
        wanted = _count(tag, count, number, samples, bits)
        if wanted is None:
            continue
        if kind in types:
            entry = (kind, wanted, raw[: _SIZES[kind] * wanted])
        else:
            converted = _as_integer_type(kind, raw[: _SIZES.get(kind, 0) * wanted], types, order)
            if converted is None:
                continue
            entry = (converted[0], wanted, converted[1])
        if tag in ENUMERATED and _first({tag: entry}, tag, order, 0) not in ENUMERATED[tag]:
            continue
        result[tag] = entry
    return result


def _as_integer_type(kind: int, raw: bytes, types: frozenset[int],
                     order: str) -> tuple[int, bytes] | None:
    """Whole numbers written as BYTE, SHORT or LONG where the tag wants another of these
    (Compression as a LONG, NewSubfileType as a SHORT): (the tag's own type, the values in it),
    or None when the type is not a whole number or a value does not fit."""
    code = {_BYTE: "B", _SHORT: "H", _LONG: "I"}.get(kind)
    if code is None or not types & {_SHORT, _LONG} or len(raw) % _SIZES[kind]:
        return None
    values = struct.unpack(f"{order}{len(raw) // _SIZES[kind]}{code}", raw)
    if _SHORT in types and all(value < 1 << 16 for value in values):
        return _SHORT, struct.pack(f"{order}{len(values)}H", *values)
    if _LONG in types:
        return _LONG, struct.pack(f"{order}{len(values)}I", *values)
    return None


def _count(tag: int, count: int | str, number: int, samples: int, bits: int) -> int | None:
    """How many values to keep of `number`, or None to drop the tag."""
    if count == _ANY:
        return number
    if count == _UP_TO_SAMPLES:
        return min(number, samples) if number else None
    if count == _PER_SAMPLE:
        full = samples * (2 if tag == 532 else 1)
        if number == 1 and tag != 532:
            return 1  # one value for every sample: libtiff and Pillow read it so
        return full if number >= full else None
    if count == _COLOUR_MAP:
        full = 3 * (1 << bits) if 0 < bits <= 16 else 0
        return full if full and number >= full else None
    assert isinstance(count, int)
    return count if number >= count else None


def _fits(entry: Entry | None, tag: int) -> bool:
    return entry is not None and entry[0] in SPECIFIED[tag][0] and entry[1] >= 1


def _first(tags: dict[int, Entry], tag: int, order: str, default: int) -> int:
    """The first value of a SHORT or LONG tag, or `default`."""
    kind, number, raw = tags[tag]
    if number < 1 or kind not in (_SHORT, _LONG, _BYTE):
        return default
    code = {_SHORT: "H", _LONG: "I", _BYTE: "B"}[kind]
    return int(struct.unpack_from(order + code, raw)[0])
