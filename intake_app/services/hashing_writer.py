"""The sealed file's writer: hashes on one helper thread and writes on another, memory bounded.

Sealing is two cipher passes (opening the vault copy, encrypting to age) and then hashing and
writing the result. The age payload is sealed straight into this writer's buffers (it is an
age block sink, see crypto/age/outputs.py). One helper thread SHA-256-hashes each block and
hands it to the file writer (fs/direct_write.py), whose own thread writes it to the disk past
the page cache; `hashlib` (for large buffers) and the write release the GIL, so on two cores
the hash (0.6 s of CPU per GiB here, the largest single cost of sealing) runs beside the
ciphers instead of after each write. A few fixed buffers circulate between the threads:
memory stays flat whatever the size. The caller's fsync (fs/atomic.py) makes the file durable.
"""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from intake_app.crypto.age.outputs import BackgroundOutput
from intake_app.crypto.age.payload import SEALED_BLOCK
from intake_app.fs.direct_write import writer_for

BUFFER = SEALED_BLOCK  # one sealed block of the age payload per buffer
BUFFERS = 3  # one being filled, one being hashed, one waiting: flat memory


class HashingWriter:
    """A write-only stream to `out` that SHA-256-hashes what it wrote, in a helper thread.

    Also an age block sink (`acquire`/`submit`), so `age.open_encrypt` seals into its buffers.
    `finish()` waits and returns the hex digest; `abort()` stops without waiting for the disk.
    A write error is raised in the caller's thread at a later write or at finish. `size` is
    the number of bytes handed over so far. Nothing else may write to `out` meanwhile.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._digest = hashlib.sha256()
        self._file = writer_for(out)
        self.size = 0
        self._output = BackgroundOutput(self._hash_and_write, BUFFER, BUFFERS,
                                        name="seal-hasher")

    def _hash_and_write(self, view: memoryview) -> None:
        """Runs in the helper thread: the hash releases the GIL for large buffers; the file
        writer copies the block into its own buffer for its disk thread."""
        self._digest.update(view)
        self._file.write(view)

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
        """Wait until everything is hashed and written; return the SHA-256 hex digest.

        Raises the write error (OSError, e.g. ENOSPC) if one happened.
        """
        self._output.close()
        self._file.finish()
        return self._digest.hexdigest()

    def abort(self) -> None:
        """Stop: the helpers skip what is queued and end. Safe after finish()."""
        self._output.abort()
        self._file.abort()
