"""THE sealing code path: a signal and its attachments as one tar stream, straight into age.

The plaintext is a POSIX tar (PAX format) with `signal.json` first and then
`attachments/NN-name` in order, every member a regular file, mode 0600, mtime 0, uid/gid 0 and
no user or group names (docs/ARCHITECTURE.md, "The sealed item"). It is written block by block
into `age.open_encrypt`, so no plaintext ever reaches a temporary file and memory stays flat
however large an attachment is. The GUI, the command line and the tests all seal through here.

The headers come from `tarfile.TarInfo.tobuf` (public API, PAX format) and the members' bytes
go straight from the vault blob reader's blocks into the age writer's (views lent by the
reader, both zeroed when they close), or, from any other stream, through one buffer that is
zeroed at the end. `tarfile`'s stream mode
(`tarfile.open(fileobj=..., mode="w|")`) is not used, by decision (docs/ARCHITECTURE.md, "The
sealed item"): it copies every piece of an attachment into new `bytes` objects (its
`copyfileobj` and its record buffer) that are freed unwiped. Sealing a 3 MiB attachment with it
left about 3,000 copies of a 20-byte plaintext marker in freed memory, against none with this
writer, and its tar layer cost 0.31 s of CPU per GiB against about 0 s
(`benchmarks/sealed_tar.py`). `tests/test_seal_memory.py` fails if any copy is left behind.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from intake_app.crypto import age
from intake_app.store.errors import AttachmentDamaged
from intake_app.store.local_store import PLAIN_BLOCK

BLOCK = 512
RECORD = 20 * BLOCK  # tar's record size: the archive is padded to a whole record
COPY_CHUNK = PLAIN_BLOCK // 4  # small: the blob reader and the age writer hold blocks already
SIGNAL_MEMBER = "signal.json"

Progress = Callable[[int], None]


class AttachmentSizeMismatch(AttachmentDamaged):
    """An attachment changed size while it was being sealed; nothing was sealed."""

    code = "seal.attachment_changed"
    default_message = "An attachment changed size while it was being sealed; nothing was sealed."


@dataclass(frozen=True)
class SealAttachment:
    """One attachment to seal: its tar member name, exact size and a way to read it."""

    member_name: str  # "attachments/NN-name"
    size: int
    open: Callable[[], BinaryIO]  # returns a fresh readable plaintext stream; closed after use


def _header(name: str, size: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8", errors="strict")


def _padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class _Counter:
    """Counts what reaches the tar stream so the archive can be padded to a whole record."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.written = 0

    def write(self, data: bytes | memoryview) -> None:
        self.out.write(data)
        self.written += len(data)


def seal_signal(
    signal_json: bytes,
    attachments: Sequence[SealAttachment],
    recipients: Sequence[str],
    dst: BinaryIO,
    *,
    progress: Progress | None = None,
) -> None:
    """Write the sealed item for `signal_json` and `attachments` to `dst`, encrypted to
    `recipients`.

    `progress(bytes_done)` counts plaintext bytes (signal.json and attachments) and may raise to
    cancel. On any exception the age stream is not finished, so `dst` never holds a file that
    decrypts; write `dst` through `atomic_writer` so it is removed as well.
    """
    total_done = 0

    def advance(count: int) -> None:
        nonlocal total_done
        total_done += count
        if progress is not None:
            progress(total_done)

    writer = age.open_encrypt(dst, recipients)
    try:
        tar = _Counter(writer)  # type: ignore[arg-type]
        tar.write(_header(SIGNAL_MEMBER, len(signal_json)))
        tar.write(signal_json)
        tar.write(_padding(len(signal_json)))
        advance(len(signal_json))
        for attachment in attachments:
            tar.write(_header(attachment.member_name, attachment.size))
            with attachment.open() as stream:
                _copy_exactly(stream, attachment.size, tar, advance)
            tar.write(_padding(attachment.size))
        tar.write(b"\0" * (2 * BLOCK))
        tar.write(_padding_to_record(tar.written))
    except BaseException:
        writer.abort()
        raise
    writer.close()


def _copy_exactly(stream: BinaryIO, size: int, tar: _Counter, advance: Progress) -> None:
    """Copy exactly `size` bytes of `stream`, which must then be at its end.

    A vault blob (store/blobs.py) lends views of the blocks its reader decrypted ahead on its
    own thread (`readview`), and the age writer copies them into the block it seals
    (crypto/age/payload.py): one copy of the plaintext on this thread, not two. Any other
    stream is read into one small reused buffer, zeroed when done.
    """
    readview = getattr(stream, "readview", None)
    if readview is not None:
        copied = 0
        while copied < size:
            view = readview(min(PLAIN_BLOCK, size - copied))
            if not len(view):
                raise AttachmentSizeMismatch()
            tar.write(view)
            copied += len(view)
            advance(len(view))
        if len(readview(1)):
            raise AttachmentSizeMismatch()
        return
    buffer = memoryview(bytearray(COPY_CHUNK))
    try:
        copied = 0
        while copied < size:
            count = stream.readinto(buffer[: min(COPY_CHUNK, size - copied)])
            if not count:
                raise AttachmentSizeMismatch()
            tar.write(buffer[:count])
            copied += count
            advance(count)
        if stream.readinto(buffer[:1]):
            raise AttachmentSizeMismatch()
    finally:
        buffer[:] = bytes(COPY_CHUNK)  # no attachment plaintext left in freed memory


def _padding_to_record(size: int) -> bytes:
    return b"\0" * (-size % RECORD)
