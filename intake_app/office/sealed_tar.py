"""A strict reader of the sealed item's tar stream, on `tarfile`'s public API only.

The sealed item's plaintext is a POSIX tar (PAX format) written by `services/sealing.py`
(docs/ARCHITECTURE.md, "The sealed item"): 512-byte header blocks parsed with the documented
`tarfile.TarInfo.frombuf`, a PAX extended header (type "x", POSIX.1-2001 pax format, records
"<length> <key>=<value>\\n") before a member whose name or size does not fit the ustar header,
member data padded with zeros to 512 bytes, two zero blocks at the end and zeros up to the end
of the stream. Anything else is refused before it is read into memory: other header types
(GNU long names, global headers, sparse files), PAX keys other than `path` and `size`, extended
headers over 64 KiB, non-zero padding, and any read past the `budget` of bytes. Every size and
record length is a non-negative count of ASCII decimal digits (POSIX pax: "decimal"), so a
negative base-256 size cannot turn into an unbounded read and one item has one byte form (no
`+`, `_`, spaces or other scripts' digits, which Python's `int` would accept).
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from intake_app.errors import SeinpostError, Worded

BLOCK = 512
MAX_EXTENDED_HEADER = 64 << 10
_PAX_KEYS = {"path", "size"}
_ZERO_BLOCK = bytes(BLOCK)


class TarFormatError(SeinpostError):
    """The tar is not the strict form a sealed item has: a code per finding ("office.tar_*",
    sentences/office_unseal.py); `office/unseal.py` reports it inside an UnsealError."""

    code = "office.unseal"
    codes = ("office.unseal", *(f"office.tar_{key}" for key in (
        "negative_size", "too_large", "cut_short", "bad_header", "padding", "end_marker",
        "extended_too_large", "header_type", "data_after_end", "pax_no_length", "pax_malformed",
        "pax_not_utf8", "pax_unsupported", "size_not_decimal", "length_not_decimal")))


@dataclass(frozen=True)
class Member:
    """One member header: its name (UTF-8), size in bytes and tar type (tarfile.REGTYPE...)."""

    name: str
    size: int
    type: bytes


class SealedTarReader:
    """Reads members of the tar on `plain` one by one, never more than `budget` bytes in all."""

    def __init__(self, plain: BinaryIO, budget: int) -> None:
        self._plain = plain
        self._left = budget

    def _read_exact(self, count: int) -> bytes:
        # A negative count would make `read` return everything left: refuse it before reading.
        if count < 0:
            raise TarFormatError(code="office.tar_negative_size")
        if count > self._left:
            raise TarFormatError(code="office.tar_too_large")
        parts, wanted = [], count
        while wanted:
            chunk = self._plain.read(wanted)
            if not chunk:
                raise TarFormatError(code="office.tar_cut_short")
            parts.append(chunk)
            wanted -= len(chunk)
        self._left -= count
        return b"".join(parts)

    def _header(self, block: bytes) -> tarfile.TarInfo:
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeError, ValueError) as exc:
            raise TarFormatError(code="office.tar_bad_header", reason=Worded(
                str(exc), "office.tar_header_why")) from None
        if info.size < 0:  # base-256 sizes can be negative
            raise TarFormatError(code="office.tar_negative_size")
        return info

    def _skip_padding(self, size: int) -> None:
        if self._read_exact(-size % BLOCK).strip(b"\0"):
            raise TarFormatError(code="office.tar_padding")

    def next(self) -> Member | None:
        """The next member's header, or None at the end of the archive (two zero blocks)."""
        block = self._read_exact(BLOCK)
        if block == _ZERO_BLOCK:
            if self._read_exact(BLOCK) != _ZERO_BLOCK:
                raise TarFormatError(code="office.tar_end_marker")
            return None
        info = self._header(block)
        pax: dict[str, str] = {}
        if info.type == tarfile.XHDTYPE:
            if info.size > MAX_EXTENDED_HEADER:
                raise TarFormatError(code="office.tar_extended_too_large")
            pax = _parse_pax(self._read_exact(info.size))
            self._skip_padding(info.size)
            info = self._header(self._read_exact(BLOCK))
        if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME,
                         tarfile.GNUTYPE_LONGLINK, tarfile.GNUTYPE_SPARSE,
                         tarfile.SOLARIS_XHDTYPE):
            raise TarFormatError(code="office.tar_header_type")
        name = pax.get("path", info.name)
        size = _decimal(pax["size"], "size") if "size" in pax else info.size
        return Member(name, size, info.type)

    def read(self, member: Member, chunk: int) -> Iterator[bytes]:
        """The member's data in pieces of at most `chunk` bytes, then its padding is checked."""
        left = member.size
        while left:
            piece = self._read_exact(min(chunk, left))
            left -= len(piece)
            yield piece
        self._skip_padding(member.size)

    def finish(self, chunk: int) -> None:
        """Read to the end of the stream (so its last tag is checked); only zeros may follow."""
        while True:
            data = self._plain.read(min(chunk, self._left + 1))
            if not data:
                return
            self._left -= len(data)
            if self._left < 0 or data.strip(b"\0"):
                raise TarFormatError(code="office.tar_data_after_end")


def _parse_pax(data: bytes) -> dict[str, str]:
    """PAX records ("<length> <key>=<value>\\n", the length counting the whole record)."""
    records: dict[str, str] = {}
    position = 0
    while position < len(data):
        space = data.find(b" ", position)
        if space < 0:
            raise TarFormatError(code="office.tar_pax_no_length")
        length = _decimal(data[position:space].decode("ascii", "replace"), "length")
        end = position + length
        if length <= space - position + 1 or end > len(data) or data[end - 1:end] != b"\n":
            raise TarFormatError(code="office.tar_pax_malformed")
        key, equals, value = data[space + 1:end - 1].partition(b"=")
        if not equals:
            raise TarFormatError(code="office.tar_pax_malformed")
        try:
            text_key, text_value = key.decode("utf-8"), value.decode("utf-8")
        except UnicodeDecodeError:
            raise TarFormatError(code="office.tar_pax_not_utf8") from None
        if text_key not in _PAX_KEYS or text_key in records:
            raise TarFormatError(code="office.tar_pax_unsupported", key=repr(text_key[:20]))
        records[text_key] = text_value
        position = end
    return records


def _decimal(text: str, what: str) -> int:
    """`text` as a count: one or more ASCII digits 0-9 and nothing else (POSIX pax decimal).

    Raises TarFormatError "office.tar_<what>_not_decimal" otherwise (`what`: "size" of a
    member, "length" of a PAX record; a sign, `_`, spaces, non-ASCII digits)."""
    if not text or not text.isascii() or not text.isdigit():
        raise TarFormatError(code=f"office.tar_{what}_not_decimal")
    return int(text)
