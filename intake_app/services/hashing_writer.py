"""The sealed file's writer: hashes and writes on two helper threads, memory bounded, no copy.

Sealing is two cipher passes (opening the vault copy, encrypting to age) and then hashing and
writing the result. The age payload is sealed straight into the file writer's own page-aligned
buffers (this is an age block sink, see crypto/age/outputs.py, lending the buffers of
fs/direct_write.py); one helper thread SHA-256-hashes each full buffer while another writes it
to the disk past the page cache. `hashlib` (for large buffers) and the write release the GIL, so
on two cores the hash (0.6 s of CPU per GiB here, the largest single cost of sealing) runs
beside the ciphers and the disk. A few fixed buffers circulate between the threads: memory
stays flat whatever the size. The caller's fsync (fs/atomic.py) makes the file durable.
"""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from intake_app.crypto.age.payload import SEALED_BLOCK
from intake_app.fs.direct_write import writer_for

BUFFER = SEALED_BLOCK  # the most one write call is split into, as the age writer's blocks


class HashingWriter:
    """A write-only stream to `out` that SHA-256-hashes what it wrote, in a helper thread.

    Also an age block sink (`acquire`/`submit`), so `age.open_encrypt` seals into its buffers.
    `finish()` waits and returns the hex digest; `abort()` stops without waiting for the disk.
    A write error is raised in the caller's thread at a later write or at finish. `size` is
    the number of bytes handed over so far. Nothing else may write to `out` meanwhile.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._digest = hashlib.sha256()
        self._file = writer_for(out, observe=self._digest.update)
        self.size = 0

    def writable(self) -> bool:
        """Always True: this is a writable stream."""
        return True

    def acquire(self) -> memoryview:
        """An empty buffer of at least BUFFER bytes to fill (raises an earlier write error)."""
        return self._file.acquire()

    def submit(self, view: memoryview) -> None:
        """Hand over the filled front of the buffer from `acquire`, to be hashed and written."""
        self.size += len(view)
        self._file.submit(view)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Copy `data` (bytes, such as the age header) to be hashed and written; return its
        length. Raises an earlier write error."""
        count = self._file.write(data)
        self.size += count
        return count

    def finish(self) -> str:
        """Wait until everything is hashed and written; return the SHA-256 hex digest.

        Raises the write error (OSError, e.g. ENOSPC) if one happened.
        """
        self._file.finish()
        return self._digest.hexdigest()

    def abort(self) -> None:
        """Stop: the helpers skip what is queued and end. Safe after finish()."""
        self._file.abort()
