"""Palette entries no pixel uses, in a PDF picture's `/Indexed` lookup (review r11m R11M-22).

An `/Indexed` colour space (`[/Indexed base hival lookup]`, ISO 32000-2 §8.6.6.3) carries a
lookup of (hival + 1) × components bytes; a picture drawn with 12 colours may carry 256 entries,
and the ones no pixel uses are never shown: a program (or a person) can write anything there
("Jan Jansen JJLAPTOP" survived in the review's `pdf-indexed.pdf`). As the GIF rewriter does with
a colour table, every entry no sample of the picture uses becomes 0, byte count unchanged, so the
picture draws exactly as before.

Only where the samples can be read and nothing else can use the lookup: the colour space is
written in the image's own dictionary (not an indirect object another image or a page's
`/ColorSpace` resources could name and paint with any index), the lookup is a string there (not
a stream), the samples are raw or behind one `/FlateDecode` (no predictor or a PNG predictor),
its data covers the picture (at most `palette_indices.MAX_INFLATED` bytes, read a band at a
time), and `/Decode` is absent or the identity. Any other lookup stays as it is
(docs/CLEANING.md, `pdf-indexed-unused-entries`).
"""

from __future__ import annotations

from pikepdf import Array, Dictionary, Name, Stream, String

from intake_app.media.palette_indices import (
    filtered_indices,
    flat_indices,
    sample_indices,
    zeroed,
)


def zero_unused_entries(image: Stream) -> bool:
    """Set to 0 the entries of `image`'s `/Indexed` lookup that no sample uses, in place.

    Returns True when the lookup was read and trimmed (or had nothing unused), False when it
    was left as it is (not an `/Indexed` picture of its own, or its samples cannot be read)."""
    space = image.get(Name.ColorSpace)
    if not isinstance(space, Array) or space.is_indirect or len(space) != 4:
        return False
    if space[0] != Name.Indexed or not isinstance(space[2], int):
        return False
    lookup, hival = space[3], int(space[2])
    if not isinstance(lookup, String) or lookup.is_indirect or not 0 <= hival <= 255:
        return False
    used = _used_indices(image, hival)
    if used is None:
        return False
    table = bytes(lookup)
    components = len(table) // (hival + 1)
    if components == 0:
        return False
    kept = zeroed(table, used, components)
    if kept != table:
        space[3] = String(kept)
    return True


def _used_indices(image: Stream, hival: int) -> set[int] | None:
    """The palette indices `image`'s samples hold (an index above hival draws as hival), or
    None when they cannot be read: a depth `/Indexed` does not allow, a `/Decode` that maps
    samples elsewhere, more than `palette_indices.MAX_INFLATED` bytes, a filter other than one
    `/FlateDecode` (no predictor or a PNG predictor), data damaged or short of the samples.
    Never more than the picture's samples are inflated."""
    width, height, depth = (image.get(key) for key in (Name.Width, Name.Height,
                                                         Name.BitsPerComponent))
    if not all(isinstance(value, int) for value in (width, height, depth)):
        return None
    width, height, depth = int(width), int(height), int(depth)  # type: ignore[arg-type]
    if depth not in (1, 2, 4, 8) or width <= 0 or height <= 0:
        return None
    decode = image.get(Name.Decode)
    if decode is not None and [float(v) for v in decode] != [0.0, float((1 << depth) - 1)]:
        return None
    size = (width * depth + 7) // 8 * height
    found = _indices(image, width, height, depth, size)
    return None if found is None else {min(index, hival) for index in found}


def _indices(image: Stream, width: int, height: int, depth: int, size: int) -> set[int] | None:
    """The indices in `image`'s data (`size` bytes of samples), None where not read."""
    filters = image.get(Name.Filter)
    if isinstance(filters, Array) and len(filters) == 1:
        filters = filters[0]
    raw = image.read_raw_bytes()
    if filters is None:
        return sample_indices(raw[:size], depth) if len(raw) >= size else None
    if filters != Name.FlateDecode:
        return None
    parms = image.get(Name.DecodeParms)
    if isinstance(parms, Array) and len(parms) == 1:
        parms = parms[0]
    predictor = parms.get(Name.Predictor, 1) if isinstance(parms, Dictionary) else 1
    if parms is not None and not isinstance(parms, Dictionary):
        return None
    if predictor == 1:
        return flat_indices([raw], size, depth)
    if not isinstance(predictor, int) or predictor < 10 or (parms.get(Name.Colors, 1), parms.get(
            Name.BitsPerComponent, 8), parms.get(Name.Columns, 1)) != (1, depth, width):
        return None  # TIFF's predictor, or rows laid out unlike the picture's
    return filtered_indices([raw], width, height, depth)
