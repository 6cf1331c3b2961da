"""The one reader for files from outside: opened without blocking, regular files only, bounded.

Every file a person hands to Seinpost (a key card, a receipt, a signal JSON file, a key file, a
bundle part, an attachment) may be hostile or simply wrong: a FIFO that never delivers a byte, a
device such as ``/dev/zero`` that never ends, a folder, or a file far larger than its kind can be.
`read_outside` and `open_outside` are the only ways the package opens such a file:

- the open never blocks (``O_NONBLOCK``: a FIFO without a writer opens at once and is refused);
- ``fstat`` on the open descriptor must show a regular file (no race between check and open);
- each kind of file has one size bound (`Kind.max_bytes`), checked against ``st_size`` and again
  while reading, so a file that grows while it is read is refused too;
- files Seinpost finds by itself in a folder (bundle parts) are opened with ``O_NOFOLLOW``, so a
  symbolic link planted next to them is refused; a path a person typed may be a link.

Failures are `OutsideFileError` with a stable code; the message names the file as the person gave
it, never its content. This module imports no Qt and prints nothing.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from intake_app.errors import SeinpostError
from intake_app.fs.direct_read import DirectReader


@dataclass(frozen=True)
class Kind:
    """A kind of outside file: a label for messages and the largest size accepted (bytes)."""

    label: str
    max_bytes: int
    follow_symlinks: bool = True


# One bound per kind of file. The parsers check their own, tighter limits after reading.
CARD = Kind("key card", 64 * 1024)
RECEIPT = Kind("receipt", 8 << 20)
SIGNAL_JSON = Kind("signal file", 1 << 20)
PASSPHRASE = Kind("passphrase file", 64 * 1024)  # the reader says "too large" past 16 KiB
KEY_FILE = Kind("key file", 1 << 20)
BUNDLE_PART = Kind("bundle part", 1 << 50, follow_symlinks=False)
ATTACHMENT = Kind("attachment", 1 << 40)


class OutsideFileError(SeinpostError):
    """A file from outside cannot be used: missing, unreadable, not a regular file or too large.

    `code` is one of `codes`; `path` is the path as given (a `{path}` in the sentence), `reason`
    what was found (for "unreadable", the OS's words).
    """

    codes = ("outside.missing", "outside.unreadable", "outside.not_regular", "outside.too_large")

    def __init__(self, code: str, path: Path | str, detail: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {detail}", code=code, path=self.path, reason=detail)


def _flags(kind: Kind) -> int:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not kind.follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    return flags


def _describe_mode(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def open_fd(path: Path | str, kind: Kind) -> tuple[int, int]:
    """Open `path` read-only without blocking; return (descriptor, size in bytes).

    The caller owns the descriptor. Raises OutsideFileError (missing, unreadable, not a regular
    file, larger than `kind.max_bytes`).
    """
    try:
        fd = os.open(path, _flags(kind))
    except FileNotFoundError:
        raise OutsideFileError("outside.missing", path, f"no such {kind.label}") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not kind.follow_symlinks:
            raise OutsideFileError("outside.not_regular", path,
                                   "is a symbolic link, not a regular file") from None
        if exc.errno == errno.ENXIO:  # a socket or a device without a reader
            raise OutsideFileError("outside.not_regular", path,
                                   "is not a regular file") from None
        raise OutsideFileError("outside.unreadable", path,
                               exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OutsideFileError("outside.not_regular", path, _describe_mode(info.st_mode))
        if info.st_size > kind.max_bytes:
            raise OutsideFileError("outside.too_large", path,
                                   f"is too large to be a {kind.label}")
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


class BoundedReader(io.RawIOBase):
    """A read-only raw stream over an outside file that never yields more than `limit` bytes.

    Reading past `limit` (the file grew after it was opened) raises OutsideFileError
    ``outside.too_large``. Seeking is allowed (bundle entries are read by offset).
    """

    def __init__(self, fd: int, path: Path | str, kind: Kind) -> None:
        super().__init__()
        self._file = io.FileIO(fd, "rb", closefd=True)
        self._path = path
        self._kind = kind
        self.name = str(path)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def fileno(self) -> int:
        return self._file.fileno()

    def readinto(self, buffer) -> int:  # type: ignore[override]
        try:
            count = self._file.readinto(buffer)
        except BlockingIOError:  # cannot happen for a regular file; never spin on it
            raise OutsideFileError("outside.not_regular", self._path,
                                   "is not a regular file") from None
        except OSError as exc:
            raise OutsideFileError("outside.unreadable", self._path,
                                   exc.strerror or type(exc).__name__) from None
        if count and self._file.tell() > self._kind.max_bytes:
            raise OutsideFileError("outside.too_large", self._path,
                                   f"is too large to be a {self._kind.label}")
        return count or 0

    def close(self) -> None:
        if not self.closed:
            self._file.close()
        super().close()


def open_outside(path: Path | str, kind: Kind, *, buffering: int = 1 << 16) -> io.BufferedReader:
    """Open an outside file of `kind` for streaming; see the module docstring for the checks.

    Returns a buffered binary reader (use it as a context manager) whose size at open time is in
    its ``size`` attribute (bytes). Raises OutsideFileError.
    """
    fd, size = open_fd(path, kind)
    reader = io.BufferedReader(BoundedReader(fd, path, kind), buffer_size=buffering)
    reader.size = size  # type: ignore[attr-defined]
    return reader


def read_outside(path: Path | str, kind: Kind) -> bytes:
    """All bytes of the outside file at `path` (at most `kind.max_bytes`); OutsideFileError."""
    with open_outside(path, kind) as handle:
        return handle.read()


class _OnceReader(DirectReader):
    """DirectReader whose read errors are OutsideFileError, as BoundedReader's are."""

    def __init__(self, fd: int, path: Path | str, kind: Kind) -> None:
        self._path = path
        self._kind = kind
        super().__init__(fd, limit=kind.max_bytes, too_far=lambda: OutsideFileError(
            "outside.too_large", path, f"is too large to be a {kind.label}"))

    def readinto(self, target) -> int:  # type: ignore[override]
        try:
            return super().readinto(target)
        except OutsideFileError:
            raise
        except OSError as exc:
            raise OutsideFileError("outside.unreadable", self._path,
                                   exc.strerror or type(exc).__name__) from None


def read_once(handle: io.BufferedReader, kind: Kind) -> io.RawIOBase:
    """A new stream of the whole file that `handle` (from `open_outside`) has open, from its
    first byte, for a large file read once from start to end: straight from the disk into a
    few reused buffers (fs/direct_read.py), bounded by `kind.max_bytes` as `handle` is.

    The caller closes both. Reads raise OutsideFileError (unreadable, too large).
    """
    return _OnceReader(os.dup(handle.fileno()), handle.name, kind)
