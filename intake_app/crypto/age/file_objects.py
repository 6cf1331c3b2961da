"""Stream objects for callers that produce or consume data piece by piece."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

from intake_app.errors import ContractError

from .payload import PayloadSealer


class EncryptingWriter:
    """Writable binary stream; `close()` seals the final chunk, so only it makes a valid file.

    Leaving a `with` block by an exception does not seal: the output stays incomplete and will
    not decrypt. There is deliberately no finaliser, for the same reason. `dst` is not closed.
    """

    def __init__(self, sealer: PayloadSealer, finish_output: Callable[[], object]) -> None:
        self._sealer = sealer
        self._finish_output = finish_output
        self.closed = False

    def writable(self) -> bool:
        """Always True: this is a write-only file object."""
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Seal `data` (bytes) into the age payload; return the number of bytes taken (all of them).

        Raises ContractError when the stream is already closed or aborted; OSError from the output.
        """
        if self.closed:
            raise ContractError("write to a closed age stream")
        return self._sealer.write(data)

    def close(self) -> None:
        """Seal the final chunk and finish the output; a second call does nothing.

        Raises the output's error (for example OSError) if writing failed.
        """
        if not self.closed:
            self.closed = True
            self._sealer.finish()
            self._finish_output()

    def abort(self) -> None:
        """Mark the stream closed without sealing a final chunk: the output is left incomplete.
        The plaintext it held is zeroed."""
        self.closed = True
        self._sealer.wipe()

    def __enter__(self) -> EncryptingWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class DecryptingReader(io.RawIOBase):
    """Readable binary stream of verified plaintext; errors surface as age errors on read."""

    def __init__(self, batches: Iterator[memoryview]) -> None:
        super().__init__()
        self._batches = batches
        self._view: memoryview = memoryview(b"")
        self._position = 0
        self._failure: BaseException | None = None

    def readable(self) -> bool:
        """Always True: this is a read-only file object."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Copy verified plaintext into `buffer`; return the byte count, 0 at the end.

        Only chunks whose tag verified are returned. An error of the payload (PayloadError and the
        like) is raised, and raised again on every later call: a failed stream never ends cleanly.
        """
        target = memoryview(buffer).cast("B")
        while self._position >= len(self._view):
            if self._failure is not None:
                raise self._failure  # sticky: a failed stream never turns into a clean EOF
            try:
                self._view = next(self._batches)
            except StopIteration:
                return 0
            except BaseException as exc:
                self._failure = exc
                raise
            self._position = 0
        size = min(len(target), len(self._view) - self._position)
        target[:size] = self._view[self._position : self._position + size]
        self._position += size
        return size
