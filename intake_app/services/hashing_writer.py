"""The sealed file's writer: writes and SHA-256-hashes on a helper thread, with bounded memory.

Sealing is two cipher passes (opening the vault copy, encrypting to age) and then writing and
hashing the result. The age payload is sealed straight into this writer's buffers (it is an
age block sink, see crypto/age/outputs.py), and one helper thread writes and hashes them:
`write()` and `hashlib` (for large buffers) release the GIL, so that work runs beside the
ciphers. A few fixed buffers circulate between the threads: memory stays flat whatever the
size, and nothing is copied on the way. Write-back starts early (fs/writeback.py), so the
final fsync, which durability still requires, finds little left to do.
"""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from intake_app.crypto.age.outputs import BackgroundOutput
from intake_app.crypto.age.payload import SEALED_BLOCK
from intake_app.fs.writeback import EarlyWriteback

BUFFER = SEALED_BLOCK  # one sealed block of the age payload per buffer
BUFFERS = 3  # one being filled, one being written, one waiting: flat memory


class HashingWriter:
    """A write-only stream to `out` that SHA-256-hashes what it wrote, in a helper thread.

    Also an age block sink (`acquire`/`submit`), so `age.open_encrypt` seals into its buffers.
    `finish()` waits and returns the hex digest; `abort()` stops without waiting for the disk.
    A write error is raised in the caller's thread at a later write or at finish. `size` is
    the number of bytes handed over so far.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = hashlib.sha256()
        self._writeback = EarlyWriteback(out)
        self.size = 0
        self._output = BackgroundOutput(self._write_and_hash, BUFFER, BUFFERS)

    def _write_and_hash(self, view: memoryview) -> None:
        """Runs in the helper thread: both calls release the GIL for large buffers."""
        self._out.write(view)
        self._digest.update(view)
        self._writeback.wrote(len(view))

    def writable(self) -> bool:
        """Always True: this is a writable stream."""
        return True

    def acquire(self) -> memoryview:
        """An empty buffer of BUFFER bytes to fill (raises a write error from the helper)."""
        return self._output.acquire()

    def submit(self, view: memoryview) -> None:
        """Queue a filled part of a buffer from `acquire` for writing and hashing, in order."""
        self.size += len(view)
        self._output.submit(view)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Copy `data` into buffers and queue them (for small writes such as the age header)."""
        view = memoryview(data).cast("B")
        for start in range(0, len(view), BUFFER):
            part = view[start : start + BUFFER]
            buffer = self.acquire()
            buffer[: len(part)] = part
            self.submit(buffer[: len(part)])
        return len(view)

    def finish(self) -> str:
        """Wait until everything is written; return the SHA-256 hex digest."""
        self._output.close()
        return self._digest.hexdigest()

    def abort(self) -> None:
        """Stop: the helper skips what is queued and ends. Safe after finish()."""
        self._output.abort()
