"""A small buffered reader over a caller's binary file object.

The header parser needs lines and look-ahead; the payload wants big zero-copy reads. This class
gives both over any object with `read` (and, faster, `readinto`), reading only what is asked.
"""

from __future__ import annotations

from typing import Any

_BLOCK = 8192


class ByteSource:
    """A buffered reader over a binary file object that can peek ahead and read bounded lines,
    so the header parser never reads more than it is allowed to.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._raw_readinto = getattr(raw, "readinto", None)
        self._buffer = bytearray()
        self._eof = False

    def _fill(self, wanted: int) -> None:
        """Buffer at least `wanted` bytes, or everything up to EOF."""
        while len(self._buffer) < wanted and not self._eof:
            block = self._raw.read(max(_BLOCK, wanted - len(self._buffer)))
            if not block:
                self._eof = True
            else:
                self._buffer += block

    def peek(self, size: int) -> bytes:
        """Up to `size` bytes ahead, without consuming them (fewer only at the end of the input).

        Raises OSError from the underlying file.
        """
        self._fill(size)
        return bytes(self._buffer[:size])

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; fewer only at end of input."""
        self._fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def readline(self, limit: int) -> bytes:
        """One line with its b"\\n", or at most `limit` bytes without it (too long, or EOF)."""
        searched = 0
        while True:
            newline = self._buffer.find(b"\n", searched, limit)
            if newline >= 0:
                return self.read(newline + 1)
            if len(self._buffer) >= limit or self._eof:
                return self.read(limit)
            searched = len(self._buffer)
            self._fill(min(limit, len(self._buffer) + _BLOCK))

    def readinto_full(self, view: memoryview) -> int:
        """Fill `view` completely unless the input ends first; return the bytes stored."""
        done = 0
        total = len(view)
        if self._buffer:
            done = min(total, len(self._buffer))
            view[:done] = self._buffer[:done]
            del self._buffer[:done]
        while done < total and not self._eof:
            if self._raw_readinto is not None:
                got = self._raw_readinto(view[done:])
            else:
                block = self._raw.read(total - done)
                got = len(block) if block else 0
                view[done : done + got] = block or b""
            if not got:
                self._eof = True
            else:
                done += got
        return done
