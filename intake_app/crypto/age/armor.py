"""ASCII armor: the strict PEM subset of the age spec, streamed in both directions.

Rules enforced when reading: optional whitespace (bounded) before BEGIN and after END; LF or CRLF
line ends; every base64 line is exactly 64 columns except the last, which is 1..64; canonical
base64 with `=` padding only at the very end; no headers, no empty lines, nothing else.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from .errors import ArmorError
from .source import ByteSource

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_BYTES_PER_LINE = 48
_WHITESPACE = b" \t\r\n"
MAX_WHITESPACE = 1024
_READ_BLOCK = (COLUMNS + 2) * 1024
_FULL_LINES = re.compile(rb"(?:[A-Za-z0-9+/]{64}\r?\n)+")
_LAST_LINE = re.compile(rb"[A-Za-z0-9+/]{1,64}={0,2}")


def skip_leading_whitespace(source: ByteSource) -> bytes:
    """Drop leading whitespace (bounded) and return a peek at what follows."""
    head = source.peek(MAX_WHITESPACE + len(BEGIN))
    stripped = head.lstrip(_WHITESPACE)
    skipped = len(head) - len(stripped)
    if skipped > MAX_WHITESPACE:
        raise ArmorError("too much whitespace before the armor")
    source.read(skipped)
    return stripped


def looks_armored(source: ByteSource) -> bool:
    """Whether the input starts (after whitespace) like PEM; consumes nothing."""
    return source.peek(MAX_WHITESPACE + len(BEGIN)).lstrip(_WHITESPACE).startswith(b"-----BEGIN")


def _is_end(line: bytes) -> bool:
    # END may be followed by trailing whitespace (checked, bounded, in _finish) or by EOF.
    return line[: len(END)] == END and not line[len(END) :].strip(_WHITESPACE)


def _strip_eol(line: bytes) -> bytes | None:
    if line.endswith(b"\r\n"):
        return line[:-2]
    if line.endswith(b"\n"):
        return line[:-1]
    return None


class ArmorReader:
    """Readable binary stream of the bytes inside an armored file."""

    def __init__(self, raw: Any) -> None:
        self._source = raw if isinstance(raw, ByteSource) else ByteSource(raw)
        skip_leading_whitespace(self._source)
        if _strip_eol(self._source.readline(len(BEGIN) + 2)) != BEGIN:
            raise ArmorError("armor does not start with the age BEGIN line")
        self._pending = b""
        self._finished = False

    def _next_block(self) -> bytes:
        block = self._source.peek(_READ_BLOCK)
        match = _FULL_LINES.match(block)
        if match:
            lines = self._source.read(match.end())
            return binascii.a2b_base64(lines.replace(b"\r", b"").replace(b"\n", b""))
        raw_line = self._source.readline(COLUMNS + 2)
        if _is_end(raw_line):
            self._finish()
            return b""
        line = _strip_eol(raw_line)
        if line is None or len(line) > COLUMNS or not _LAST_LINE.fullmatch(line):
            raise ArmorError("armor line is malformed, too long or not base64")
        try:
            data = base64.b64decode(line, validate=True)
        except binascii.Error:
            raise ArmorError("armor base64 is malformed or badly padded") from None
        if base64.b64encode(data) != line:
            raise ArmorError("armor base64 is not canonical")
        if not _is_end(self._source.readline(len(END) + 2)):
            raise ArmorError("armor has data after its last line or no END line")
        self._finish()
        return data

    def _finish(self) -> None:
        trailing = self._source.read(MAX_WHITESPACE + 1)
        if trailing.strip(_WHITESPACE) or len(trailing) > MAX_WHITESPACE:
            raise ArmorError("armor is followed by something other than whitespace")
        self._finished = True

    def read(self, size: int = -1) -> bytes:
        """Up to `size` decoded bytes (all that is left if `size` < 0); b"" at the end.

        Raises ArmorError when a line is malformed, not canonical base64, or the END line is missing
        (age spec, "ASCII armor"; RFC 7468 strict encoding).
        """
        out = bytearray()
        while (size < 0 or len(out) < size) and not (self._finished and not self._pending):
            if not self._pending:
                self._pending = self._next_block()
                continue
            take = len(self._pending) if size < 0 else size - len(out)
            out += self._pending[:take]
            self._pending = self._pending[take:]
        return bytes(out)

    def readinto(self, view: memoryview) -> int:
        """Decode into `view` (a writable byte buffer); return the byte count, 0 at the end.

        Raises ArmorError as `read` does.
        """
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)


class ArmorWriter:
    """Writable stream that armors what is written; `close()` writes the END line (not dst's)."""

    _GROUP = _BYTES_PER_LINE * 1024

    def __init__(self, dst: Any) -> None:
        self._dst = dst
        self._pending = bytearray()
        dst.write(BEGIN + b"\n")

    def _emit(self, data: bytes | bytearray) -> None:
        encoded = base64.b64encode(data)
        lines = [encoded[i : i + COLUMNS] for i in range(0, len(encoded), COLUMNS)]
        self._dst.write(b"\n".join(lines) + b"\n")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Buffer `data` (bytes), emit each complete group of 64-column lines; return len(data)."""
        self._pending += data
        if len(self._pending) >= self._GROUP:
            whole = len(self._pending) - len(self._pending) % _BYTES_PER_LINE
            self._emit(self._pending[:whole])
            del self._pending[:whole]
        return len(data)

    def close(self) -> None:
        """Emit the last (short) base64 line and the END line (age spec, "ASCII armor").

        Does not close the destination file.
        """
        if self._pending:
            self._emit(self._pending)
            self._pending.clear()
        self._dst.write(END + b"\n")
