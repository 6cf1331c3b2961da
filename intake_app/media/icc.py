"""ICC colour profiles without the device, its maker, its owner and the calibration date.

A profile is a 128-byte header, a tag table, and tagged elements (ICC.1:2022, sections 7.2 and
7.3). A monitor profile made by a calibration tool names the display's maker and model, often
the computer ("Jan's MacBook Pro") and the date it was measured. What stays is what turns
numbers into colours: the header's size, version, class, colour spaces, rendering intent and
PCS illuminant, the flag and attribute bits the standard defines, and the colour tags
(`_COLOUR_TAGS`), each only as far as its type says a reader reads (`used_ranges`: a curve's
entries, a LUT's tables, an mAB/mBA element's curves, matrix and CLUT; bytes after or between
them within the declared size stay zero), a colorant table's and a named-colour tag's names
neutral. Every other header byte becomes zero (`_HEADER_KEPT`; ICC.1:2022 section
7.2, the profile header): the preferred CMM and the primary platform (for both, zero means
"none"), the date and time, the device manufacturer and model, the profile creator, the
profile ID (zero means "not computed"), the flag and attribute bits the standard leaves to
vendors, and the 28 reserved bytes 100 to 127, which the standard says shall be zero but which
any tool can fill. Every other tag keeps its type and becomes empty; bytes outside
the header, the tag table and the tagged elements become zero. A version 5 (iccMAX, ICC.2)
profile gives bytes 100 to 127 a colour meaning and is not read. Returns None when the bytes
are not a profile it can read safely, so the caller keeps it and warns, or drops it.
"""

from __future__ import annotations

import struct

_COLOUR_TAGS = frozenset({
    b"rXYZ", b"gXYZ", b"bXYZ", b"wtpt", b"bkpt", b"rTRC", b"gTRC", b"bTRC", b"kTRC", b"chad",
    b"chrm", b"lumi", b"A2B0", b"A2B1", b"A2B2", b"B2A0", b"B2A1", b"B2A2", b"gamt", b"pre0",
    b"pre1", b"pre2", b"ncl2", b"clro", b"clrt", b"clot", b"tech", b"view", b"meas", b"rig0",
    b"rig2", b"D2B0", b"D2B1", b"D2B2", b"D2B3", b"B2D0", b"B2D1", b"B2D2", b"B2D3", b"vcgt",
    b"ciis", b"cicp", b"c2sp", b"s2cp", b"svcn", b"aabg", b"aagg", b"aarg",
})
"""Tags that describe colour, not who or what made the profile."""
_HEADER_KEPT = ((0, 4), (8, 24), (36, 40), (66, 80))
"""Header byte ranges copied (ICC.1:2022 section 7.2): size; version, class, data colour space
and PCS; the "acsp" signature; the rendering intent's low 16 bits (the high ones are reserved)
and the PCS illuminant. The rest of the 128 bytes is written as zero."""
_FLAG_BITS = (47, 0x03)
"""Profile flags, byte and mask: embedded, not independent (bits 16-31 are the CMM vendor's)."""
_ATTRIBUTE_BITS = (63, 0x0F)
"""Device attributes, byte and mask: the four media bits (bits 32-63 are the vendor's)."""
_MAX_TAGS = 1024


def clean_icc(profile: bytes) -> bytes | None:
    """`profile` with identifying header fields zeroed and non-colour tags emptied; None if it
    is not a profile that can be read (size, signature, tag table out of bounds)."""
    if len(profile) < 132 or profile[36:40] != b"acsp" or profile[8] >= 5:
        return None
    (declared,) = struct.unpack(">I", profile[:4])
    (count,) = struct.unpack(">I", profile[128:132])
    if declared > len(profile) or declared < 132 or count > _MAX_TAGS:
        return None
    if 132 + 12 * count > declared:
        return None
    # a fresh profile of zeros: only the header, the tag table and the tags' own bytes are copied,
    # so nothing between or after the tagged elements (any tool may leave bytes there) rides along
    out = bytearray(declared)
    table_end = 132 + 12 * count
    out[128:table_end] = profile[128:table_end]
    for start, end in _HEADER_KEPT:
        out[start:end] = profile[start:end]
    for at, mask in (_FLAG_BITS, _ATTRIBUTE_BITS):
        out[at] = profile[at] & mask
    tags = [struct.unpack(">4sII", profile[132 + 12 * i:144 + 12 * i]) for i in range(count)]
    if any(offset + size > declared or size < 8 or offset < 128 for _, offset, size in tags):
        return None
    colour = [(offset, offset + size) for sig, offset, size in tags if sig in _COLOUR_TAGS]
    for start, end in colour:
        ranges = used_ranges(profile[start:end])
        if ranges is None:
            return None  # declares less than its type needs: damaged
        for first, last in ranges:  # a tail after them, or a gap between, stays zero
            out[start + first:start + last] = profile[start + first:start + last]
        _blank_names(out, start, ranges[-1][1])
    for signature, offset, size in tags:
        if signature in _COLOUR_TAGS:
            continue
        if any(offset < end and start < offset + size for start, end in colour):
            return None  # shares bytes with a colour tag: emptying it would change colours
        out[offset:offset + 8] = profile[offset:offset + 8]  # the element's type signature
        if profile[offset:offset + 4] == b"mluc" and size >= 16:
            out[offset + 12:offset + 16] = struct.pack(">I", 12)  # zero records of 12 bytes
    return bytes(out)


_FIXED = {b"XYZ ": 12, b"sf32": 4, b"uf32": 4, b"ui32": 4, b"ui16": 2, b"ui08": 1, b"dtim": 12,
          b"sig ": 4, b"view": 28, b"meas": 28}
"""Types that are an 8-byte head and whole items of this size (ICC.1:2022 section 10)."""
_PARA_PARAMETERS = {0: 1, 1: 3, 2: 4, 3: 5, 4: 7}


def used_length(element: bytes) -> int | None:
    """Bytes of a tagged element (`element`: its declared bytes) that a reader uses, by its
    type (ICC.1:2022 section 10): a curve its count of entries, a LUT its dimensions, fixed
    types their whole items; what follows within the declared size is read by nothing. None
    when the element declares fewer bytes than its own fields need. A type not listed here
    (vendor types) keeps its declared size; mAB and mBA are read by `lut_ranges`."""
    size = len(element)
    kind = element[:4]
    used: int | None = size
    if kind in _FIXED:
        used = 8 + (size - 8) // _FIXED[kind] * _FIXED[kind]
    elif kind == b"curv" and size >= 12:
        used = 12 + 2 * struct.unpack(">I", element[8:12])[0]
    elif kind == b"para" and size >= 12:
        count = _PARA_PARAMETERS.get(struct.unpack(">H", element[8:10])[0])
        used = None if count is None else 12 + 4 * count
    elif kind == b"chrm" and size >= 12:
        used = 12 + 8 * struct.unpack(">H", element[8:10])[0]
    elif kind == b"clrt" and size >= 12:
        used = 12 + 38 * struct.unpack(">I", element[8:12])[0]
    elif kind == b"clro" and size >= 12:
        used = 12 + struct.unpack(">I", element[8:12])[0]
    elif kind == b"ncl2" and size >= 84:
        count, coords = struct.unpack(">II", element[12:20])
        used = 84 + count * (38 + 2 * coords)
    elif kind in (b"mft1", b"mft2") and size >= 52:
        inputs, outputs, grid = element[8], element[9], element[10]
        if kind == b"mft1":
            used = 48 + 256 * inputs + grid ** inputs * outputs + 256 * outputs
        else:
            entries_in, entries_out = struct.unpack(">HH", element[48:52])
            used = 52 + 2 * (entries_in * inputs + grid ** inputs * outputs
                             + entries_out * outputs)
    return used if used is not None and used <= size else None


def used_ranges(element: bytes) -> list[tuple[int, int]] | None:
    """The byte ranges of a tagged element that a reader uses, in order: `(0, used_length)`,
    or for a lutAToB or lutBToA element (`mAB `, `mBA `) its head and each of its curves,
    matrix and CLUT (`lut_ranges`), so that a gap between them is not copied either. None
    when the element is damaged."""
    if element[:4] in (b"mAB ", b"mBA "):
        return lut_ranges(element)
    used = used_length(element)
    return None if used is None else [(0, used)]


def lut_ranges(element: bytes) -> list[tuple[int, int]] | None:
    """The used byte ranges of a lutAToB or lutBToA element (ICC.1:2022 sections 10.12 and
    10.13): its 32-byte head without the reserved bytes, then each element its offset points
    to (0: absent): B curves, matrix (12 numbers), M curves, CLUT (16 grid sizes, precision,
    the table), A curves; each curve is a `curv` or `para` read by `used_length`, the next
    one starting at a multiple of four. None when an offset or size falls outside `element`
    or a curve is of another type."""
    if len(element) < 32:
        return None
    inputs, outputs = element[8], element[9]
    b_at, matrix_at, m_at, clut_at, a_at = struct.unpack(">5I", element[12:32])
    a_to_b = element[:4] == b"mAB "
    b_count, a_count = (outputs, inputs) if a_to_b else (inputs, outputs)
    m_count = outputs if a_to_b else inputs
    ranges = [(0, 4), (8, 10), (12, 32)]
    for at, count in ((b_at, b_count), (m_at, m_count), (a_at, a_count)):
        if at and not _add_curves(element, at, count, ranges):
            return None
    if matrix_at:
        ranges.append((matrix_at, matrix_at + 48))
    if clut_at:
        if clut_at + 20 > len(element) or element[clut_at + 16] not in (1, 2):
            return None
        points = 1
        for grid in element[clut_at:clut_at + inputs]:
            points *= grid
            if points > len(element):
                return None
        ranges += [(clut_at, clut_at + 17),
                   (clut_at + 20, clut_at + 20 + points * outputs * element[clut_at + 16])]
    if any(last > len(element) for _, last in ranges):
        return None
    return sorted(ranges)


def _add_curves(element: bytes, at: int, count: int, ranges: list[tuple[int, int]]) -> bool:
    for _ in range(count):
        if at >= len(element) or element[at:at + 4] not in (b"curv", b"para"):
            return False
        used = used_length(element[at:])
        if used is None:
            return False
        ranges.append((at, at + used))
        at += (used + 3) // 4 * 4
    return True


def _blank_names(out: bytearray, start: int, used: int) -> None:
    """Names in a colour tag become neutral: a colorant table's (32 bytes each before its PCS
    values) "Colorant N"; a named-colour tag's prefix and suffix empty, its vendor flag zero and
    each colour's root name "Colour N". A printer's ink and spot colour names label numbers a
    reader converts without them, and a tool may write any text there (review r11f F4)."""
    kind = bytes(out[start:start + 4])
    if kind == b"clrt":
        for number, at in enumerate(range(start + 12, start + used, 38), start=1):
            out[at:at + 32] = f"Colorant {number}".encode().ljust(32, b"\0")
    elif kind == b"ncl2":
        (coords,) = struct.unpack(">I", out[start + 16:start + 20])
        out[start + 8:start + 12] = bytes(4)
        out[start + 20:start + 84] = bytes(64)
        for number, at in enumerate(range(start + 84, start + used, 38 + 2 * coords), start=1):
            out[at:at + 32] = f"Colour {number}".encode().ljust(32, b"\0")
