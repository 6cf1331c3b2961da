"""Names taken out of Type 1 and CFF font programs embedded in a PDF (`/FontFile`, `/FontFile3`).

A font program says who made it and for whom in strings no viewer needs to draw a glyph: CFF's
top dictionary (Adobe Technical Note #5176, "The Compact Font Format Specification", §9:
Notice, Copyright, FullName, FamilyName, and the free-form PostScript and BaseFontName), and a
Type 1 font's clear text (Adobe "Type 1 Font Format", §2–3: the `FontInfo` dictionary's
Notice, Copyright, FullName, FamilyName, and the `%%Title`, `%%Creator`, `%%CreationDate`,
`%%For` comments a font editor writes). A font made for one person or office, or by a
person, names them there.

- CFF (`/Type1C`, `/CIDFontType0C`, and the `CFF ` table of an OpenType font): read and written
  back with fontTools' `cffLib`; those strings go from the top dictionary and from every font
  dictionary of a CID font (`FDArray`), whose FontName goes too. The string table is rebuilt
  from what is still used, so a string nothing points to goes too. Glyph programs are copied as
  they were.
- Type 1: split into its clear text and its encrypted part by the stream's `/Length1` and
  `/Length2`, as the PDF says (fontTools' `t1Lib` for hex and eexec). Every string and every
  comment of the clear text goes, except the first line (`%!PS-AdobeFont-1.0: name version`,
  which interpreters look for). The encrypted part (hints and glyph programs) stays byte for
  byte; it is decrypted only to check that it holds no string of its own, as a standard font's
  does not. fontTools' PostScript interpreter (`psLib`) is not run: it executes the font's
  loops, and a hostile font can make them endless.

The font's own name (CFF's name index, Type 1's `/FontName`) stays: the PDF's `/BaseFont`
repeats it and a viewer matches the two. Whatever cannot be read this way returns None: the
caller removes the font program and warns (docs/CLEANING.md `pdf-font-programs`).
"""

from __future__ import annotations

import io
import re

from fontTools.cffLib import CFFFontSet
from fontTools.misc import eexec
from fontTools.t1Lib import deHexString, isHex
from fontTools.ttLib import TTFont

MAX_FONT_PROGRAM = 16 * 1024 * 1024
"""Bytes of one font program read; a larger one counts as unreadable."""

CFF_IDENTIFYING = ("Notice", "Copyright", "FullName", "FamilyName", "PostScript", "BaseFontName")
"""Top and font dictionary strings no glyph needs (CFF spec §9, Table 9)."""

_EEXEC = re.compile(rb"currentfile\s+eexec\s*$")
_WHITESPACE = b" \t\r\n\f\x00"
_BINARY_BLOCK = re.compile(rb"(\d+)\s+(?:RD|-\|)\s")
"""`n RD <n bytes>` (or `-|`): a glyph or subroutine program in the decrypted part."""
_CLOSEFILE = re.compile(rb"currentfile\s+closefile")
_STRING = re.compile(rb"\((?!\))|<(?![<~])[0-9A-Fa-f\s]*[0-9A-Fa-f][0-9A-Fa-f\s]*>")
"""A literal string or a non-empty hex string."""


def clean_cff(data: bytes) -> bytes | None:
    """A bare CFF font program without identifying strings; None if fontTools cannot read it or
    write it back."""
    if len(data) > MAX_FONT_PROGRAM:
        return None
    try:
        fonts = CFFFontSet()
        fonts.decompile(io.BytesIO(data), None)
        if fonts.major != 1:
            return None  # CFF2 has no place in /FontFile3
        if not strip_cff_strings(fonts):
            return data
        out = io.BytesIO()
        fonts.compile(out, TTFont(recalcBBoxes=False))
        return out.getvalue()
    except Exception:  # hostile input: any failure means "unreadable", removed and warned
        return None


def strip_cff_strings(fonts: CFFFontSet) -> bool:
    """Remove CFF_IDENTIFYING from every top dictionary, and from every font dictionary of a CID
    font its FontName too (no viewer draws with it); True if any was there."""
    changed = False
    for top in fonts.topDictIndex:
        dictionaries: list[tuple[object, tuple[str, ...]]] = [(top, CFF_IDENTIFYING)]
        fd_array = getattr(top, "FDArray", None) if "ROS" in top.rawDict else None
        if fd_array is not None:
            dictionaries.extend((fd, (*CFF_IDENTIFYING, "FontName")) for fd in fd_array)
        for dictionary, keys in dictionaries:
            for key in keys:
                if key in dictionary.rawDict:
                    del dictionary.rawDict[key]
                    changed = True
                if key in dictionary.__dict__:
                    delattr(dictionary, key)
                    changed = True
    return changed


def clean_type1(
    data: bytes, length1: object, length2: object
) -> tuple[bytes, tuple[int, int, int]] | None:
    """A Type 1 font program (PDF `/FontFile`) without identifying strings and comments, and its
    `/Length1`, `/Length2`, `/Length3` (clear text, encrypted part, what follows); None if it is
    not a Type 1 program this can read."""
    if len(data) > MAX_FONT_PROGRAM:
        return None
    try:
        return _clean_type1(data, length1, length2)
    except Exception:  # hostile input (odd hex, bad lengths): "unreadable", removed and warned
        return None


def _clean_type1(
    data: bytes, length1: object, length2: object
) -> tuple[bytes, tuple[int, int, int]] | None:
    split = _split(data, length1, length2)
    if split is None:
        return None
    clear, encrypted, rest = split
    decrypted = _decrypted(encrypted)
    if decrypted is None or b"/CharStrings" not in decrypted or _has_string(decrypted):
        return None
    cleaned = _clear_text_without_names(clear)
    if cleaned is None:
        return None
    return cleaned + encrypted + rest, (len(cleaned), len(encrypted), len(rest))


def _split(data: bytes, length1: object, length2: object) -> tuple[bytes, bytes, bytes] | None:
    """(clear text, encrypted part, what follows), by /Length1 and /Length2 where they agree
    with the program, else by where `currentfile eexec` ends."""
    if isinstance(length1, int) and isinstance(length2, int) and 0 < length1 < len(data) \
            and 0 < length2 <= len(data) - length1 and _EEXEC.search(data[:length1].rstrip()):
        return data[:length1], data[length1 : length1 + length2], data[length1 + length2 :]
    found = re.search(rb"currentfile\s+eexec(?:\r\n|[\r\n \t])", data)
    if found is None:
        return None
    return data[: found.end()], data[found.end() :], b""


def _decrypted(encrypted: bytes) -> bytes | None:
    """The eexec part decrypted (binary or hex, Type 1 spec §7.2), its 4 random bytes dropped;
    any trailing zeros and `cleartomark` a writer left in it are cut off first."""
    body = re.split(rb"[\r\n]0{64}", encrypted, maxsplit=1)[0]
    if len(body) >= 4 and isHex(body[:4]):
        body = body.strip(_WHITESPACE)
        if not isHex(re.sub(rb"\s", b"", body)):
            return None
        body = deHexString(body)
    if len(body) < 4:
        return None
    plain, _ = eexec.decrypt(body, 55665)
    return plain[4:]


def _has_string(decrypted: bytes) -> bool:
    """Whether the decrypted part holds a PostScript string outside its glyph programs (a
    standard font's Private dictionary has none), up to `currentfile closefile`, after which
    the rest is padding."""
    position = 0
    while position < len(decrypted):
        block = _BINARY_BLOCK.search(decrypted, position)
        end = block.start() if block else len(decrypted)
        text = decrypted[position:end]
        closing = _CLOSEFILE.search(text)
        if _STRING.search(text[: closing.start()] if closing else text):
            return True
        if block is None or closing is not None:
            return False
        position = block.end() + int(block.group(1))
    return False


def _clear_text_without_names(clear: bytes) -> bytes | None:
    """The clear text with every string emptied and every comment gone but the first line."""
    first_end = clear.find(b"\n") + 1 if clear.startswith(b"%!") else 0
    if clear.startswith(b"%!") and first_end == 0:
        return None
    out = bytearray(clear[:first_end])
    position = first_end
    while position < len(clear):
        byte = clear[position : position + 1]
        if byte == b"%":
            position = _line_end(clear, position)
        elif byte == b"(":
            end = _string_end(clear, position)
            if end is None:
                return None
            out += b"()"
            position = end
        elif byte == b"<" and clear[position + 1 : position + 2] not in (b"<", b"~"):
            end = clear.find(b">", position)
            if end < 0:
                return None
            out += b"<>"
            position = end + 1
        else:
            out += byte
            position += 1
    return bytes(out)


def _line_end(text: bytes, position: int) -> int:
    """Where the comment starting at `position` ends (its newline is kept)."""
    ends = [i for i in (text.find(b"\n", position), text.find(b"\r", position)) if i >= 0]
    return min(ends) if ends else len(text)


def _string_end(text: bytes, position: int) -> int | None:
    """Just past the `)` that closes the string opening at `position` (nested parentheses and
    backslash escapes counted); None if it never closes."""
    depth = 0
    index = position
    while index < len(text):
        char = text[index : index + 1]
        if char == b"\\":
            index += 2
            continue
        if char == b"(":
            depth += 1
        elif char == b")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None
