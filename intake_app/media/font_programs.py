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
  `/Length2`, as the PDF says (fontTools' `t1Lib` for hex and eexec). In the clear text every
  string and every comment goes, except the first line (`%!PS-AdobeFont-1.0: name version`,
  which interpreters look for), and so does a name given as a value (`/Notice /Licensed_to_…
  def`: only `/FontName`, `/BaseFontName` and `/Encoding` keep theirs; names in arrays and
  procedures, glyph names among them, stay). The encrypted part is decrypted and read the same
  way outside its glyph programs: comments and name values go, and it is encrypted again only
  when something went (else it stays byte for byte); a string there (a standard font's Private
  dictionary has none) makes the program unreadable. What follows `currentfile closefile` in
  it, and everything after the encrypted part (the `/Length3` part), is not read by anything
  that draws: it becomes the fixed 512 zeros and `cleartomark` (a `{restore}if` after them, as
  fonts wrapped in `save` end, is kept). fontTools' PostScript interpreter (`psLib`) is not
  run: it executes the font's loops, and a hostile font can make them endless.

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
_BINARY_BLOCK = re.compile(rb"(?<!\d)(\d+)\s+(?:RD|-\|)\s")
"""`n RD <n bytes>` (or `-|`): a glyph or subroutine program in the decrypted part."""
_CLOSEFILE = re.compile(rb"currentfile\s+closefile")
_STRING = re.compile(rb"\((?!\))|<(?![<~])\s*+[0-9A-Fa-f][0-9A-Fa-f\s]*+>|<~")
"""A literal string, a non-empty hex string, or an ASCII85 one."""
_ZEROS = re.compile(rb"[\r\n]0{64}")
TRAILER = b"\n" + (b"0" * 64 + b"\n") * 8 + b"cleartomark\n"
"""What follows the encrypted part (Type 1 spec §7.2): 512 zeros and `cleartomark`."""
_LEAD = re.compile(rb"[\r\n \t]{0,4}")
_RESTORE = re.compile(rb"cleartomark\s*\{\s*restore\s*\}\s*if\b")
_DELIMITERS = b"()<>[]{}/% \t\r\n\f\x00"
_NAME_VALUED = frozenset({b"/FontName", b"/BaseFontName", b"/Encoding"})
"""Keys whose value is a name a renderer reads: the font's own name (the PDF's /BaseFont
repeats it), a multiple master instance's base font, an encoding by name."""


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
    body = _ZEROS.split(encrypted, maxsplit=1)[0]
    decrypted = _decrypted(body)
    if decrypted is None or b"/CharStrings" not in decrypted[4:]:
        return None
    private = _private_without_names(decrypted[4:])
    cleaned = _clear_text_without_names(clear)
    if private is None or cleaned is None:
        return None
    kept, read = private
    # the white space that ended the encrypted part stays as it was: an interpreter reads the
    # first byte after `closefile` decrypted, and a writer chose the bytes that end its token
    lead = _LEAD.match((encrypted + rest)[len(body) :]).group()  # type: ignore[union-attr]
    if kept != decrypted[4 : 4 + read] or decrypted[4 + read :].strip(_WHITESPACE):
        body = eexec.encrypt(decrypted[:4] + kept + b"\n", 55665)[0]
        lead = b"\n"
    trailer = lead + TRAILER.lstrip(b"\n")
    if _RESTORE.search(encrypted + rest):
        trailer += b"{restore}if\n"
    return cleaned + body + trailer, (len(cleaned), len(body), len(trailer))


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


def _decrypted(body: bytes) -> bytes | None:
    """The eexec part (binary or hex, Type 1 spec §7.2) decrypted, its 4 random bytes first."""
    if len(body) >= 4 and isHex(body[:4]):
        body = body.strip(_WHITESPACE)
        if not isHex(re.sub(rb"\s", b"", body)):
            return None
        body = deHexString(body)
    if len(body) < 4:
        return None
    return eexec.decrypt(body, 55665)[0]


def _private_without_names(decrypted: bytes) -> tuple[bytes, int] | None:
    """The decrypted part up to `currentfile closefile` (what follows is never read), its
    comments and name values gone outside the glyph and subroutine programs (`n RD <bytes>`,
    copied as they are), and how many bytes of `decrypted` that took; None if a string is
    there."""
    out = bytearray()
    position = 0
    while position < len(decrypted):
        block = _BINARY_BLOCK.search(decrypted, position)
        end = block.start() if block else len(decrypted)
        text = decrypted[position:end]
        closing = _CLOSEFILE.search(text)
        cleaned = _without_names(text[: closing.end()] if closing else text, strings=False)
        if cleaned is None:
            return None
        out += cleaned
        if closing is not None:
            return bytes(out), position + closing.end()
        if block is None:
            break
        program_end = block.end() + int(block.group(1))
        out += decrypted[end:program_end]
        position = program_end
    return bytes(out), len(decrypted)


def _clear_text_without_names(clear: bytes) -> bytes | None:
    """The clear text with every string emptied, every name value and comment gone, but the
    first line."""
    first_end = clear.find(b"\n") + 1 if clear.startswith(b"%!") else 0
    if clear.startswith(b"%!") and first_end == 0:
        return None
    rest = _without_names(clear[first_end:], strings=True)
    return None if rest is None else clear[:first_end] + rest


def _without_names(text: bytes, *, strings: bool) -> bytes | None:
    """PostScript `text` without comments and name values (a literal name right after another
    outside arrays and procedures, unless the key is in `_NAME_VALUED`: becomes `()`); strings
    are emptied when `strings`, else a string makes it None (unreadable)."""
    out = bytearray()
    position = 0
    depth = 0  # inside [ ] or { }: names there are array items or code, not values
    key: bytes | None = None
    while position < len(text):
        byte = text[position : position + 1]
        pair = text[position : position + 2]
        if byte == b"%":
            position = _line_end(text, position)
            continue
        if byte in b" \t\r\n\f\x00":
            out += byte
            position += 1
            continue
        if byte == b"(" or (byte == b"<" and pair not in (b"<<",)):
            end = _string_end(text, position) if byte == b"(" else _bracket_end(text, position)
            if end is None or not strings:
                return None
            out += b"()" if byte == b"(" else b"<>"
            position, key = end, None
            continue
        if byte == b"/" and pair != b"//":
            end = _token_end(text, position + 1)
            name = text[position:end]
            if depth == 0 and key is not None and key not in _NAME_VALUED:
                out += b"()"
                key = None
            else:
                out += name
                key = name if depth == 0 else None
            position = end
            continue
        if byte in b"[{":
            depth += 1
        elif byte in b"]}":
            depth = max(0, depth - 1)
        end = position + (2 if pair in (b"<<", b">>", b"//") else 1)
        if byte not in b"[]{}" and pair not in (b"<<", b">>"):
            end = _token_end(text, end)
        out += text[position:end]
        position, key = end, None
    return bytes(out)


def _token_end(text: bytes, position: int) -> int:
    """Where the name, number or operator going on at `position` ends."""
    while position < len(text) and text[position : position + 1] not in _DELIMITER_BYTES:
        position += 1
    return position


_DELIMITER_BYTES = frozenset(bytes([b]) for b in _DELIMITERS)


def _bracket_end(text: bytes, position: int) -> int | None:
    """Just past the `>` (or `~>`) that closes the hex or ASCII85 string at `position`."""
    closing = b"~>" if text[position : position + 2] == b"<~" else b">"
    end = text.find(closing, position + 1)
    return None if end < 0 else end + len(closing)


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
