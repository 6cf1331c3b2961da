"""Whether a duress unlock could remove every entry of the profile it would remove, asked
before any passphrase is tried, without changing anything (review r7j, R7J-9).

A duress unlock swaps a new profile folder in and removes the old one's own entries
(fs/folder_renewal.py `remove_now`: `OWN_NAMES`, ``.*.partial`` leftovers, all they hold), moving
any other entry into the new folder. Someone with root and the powered-off laptop can make one
of them impossible to remove or move: the immutable or append-only flag (``chattr +i``,
``chflags uchg``), or a folder given to another user. The real unlock removes nothing there and
opens; the duress unlock used to leave a hidden ``.<profile>.<hex>.partial`` folder holding what
it could not remove, beside the profile, and only after duress: a tell to whoever set the flag.
So `check_profile` looks at each such entry first, for every passphrase alike, and a profile
with one that cannot go is refused with `OwnEntryStuck` for the real passphrase, the duress one
and a wrong one alike, before anything is tried, counted or changed.

What is looked at (nothing is opened, written or followed):

- the folder holding the profile (the new profile is made and renamed there), the profile
  folder itself, every entry in it, and everything inside its own entries (the
  folders `sealed/` and `blobs/` with all they hold, at any depth); a link is an entry of its
  own, never followed;
- flags: on Linux the inode's immutable and append-only attributes, from ``statx`` (no open,
  no permission needed); where the C library has no ``statx``, from ``FS_IOC_GETFLAGS``
  (``fcntl.ioctl``) on a regular file or folder opened read-only without following a link or
  blocking (one that cannot be opened is not judged); on macOS and the BSDs ``st_flags``
  (``UF_IMMUTABLE``, ``SF_IMMUTABLE``, ``UF_APPEND``, ``SF_APPEND``); elsewhere nothing;
- folders: one this user does not own must let it write and enter (``os.access``); one it
  owns is fine whatever its mode, as the removal gives it 0700 back (fs/own_folders.py
  `remove_tree`). A folder this user cannot read is not looked inside.

Cost: one ``statx`` per file and an ``lstat`` more per folder, the same for every passphrase,
on the thread that builds the duress unlock's folder ahead (store/folder_ahead.py): 10,000
sealed files and blobs took 85 ms on the review machine (about an ``lstat`` each). Imports no
Qt, prints nothing.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from intake_app.errors import SeinpostError
from intake_app.fs.folder_renewal import is_own_name

_FLAGGED, _NOT_YOURS = "own.cannot_remove_flag", "own.cannot_remove_owner"
# Linux: statx's attributes (linux/stat.h) and the inode flags of FS_IOC_GETFLAGS (linux/fs.h).
_STATX_ATTR_IMMUTABLE, _STATX_ATTR_APPEND = 0x10, 0x20
_FS_IMMUTABLE_FL, _FS_APPEND_FL = 0x10, 0x20
_FS_IOC_GETFLAGS = 0x80086601 if sys.maxsize > 2**32 else 0x80046601  # _IOR('f', 1, long)
_AT_FDCWD, _AT_SYMLINK_NOFOLLOW = -100, 0x100
# macOS and the BSDs: st_flags (sys/stat.h).
_BSD_FLAGS = (getattr(stat, "UF_IMMUTABLE", 0) | getattr(stat, "SF_IMMUTABLE", 0)
              | getattr(stat, "UF_APPEND", 0) | getattr(stat, "SF_APPEND", 0))
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0))


class OwnEntryStuck(SeinpostError):
    """An entry of the profile that a duress unlock would remove cannot be removed: marked
    immutable or append-only (code "own.cannot_remove_flag", `{command}` the one that takes
    the mark off on this system) or a folder of another user this one may not write
    ("own.cannot_remove_owner"); `{path}` the entry."""

    code = _FLAGGED
    codes = (_FLAGGED, _NOT_YOURS)


def unmark_command(path: Path | str) -> str:
    """The command that takes the immutable and append-only marks off `path` on this system."""
    if sys.platform.startswith("linux"):
        return f"sudo chattr -i -a '{path}'"
    return f"sudo chflags nouchg,noschg,nouappnd,nosappnd '{path}'"


def check_profile(profile_dir: Path | str) -> None:
    """Raise OwnEntryStuck for the first entry of the profile folder `profile_dir` that a
    duress unlock could not remove or move (see the module docstring); nothing when every one
    can, when the folder is absent, or when the system tells nothing. Changes nothing."""
    try:
        info = os.lstat(profile_dir)
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode):
        return  # refused as it is by the vault's own checks
    ask = _Asker()
    ask.parent(os.path.dirname(os.path.abspath(profile_dir)))
    ask.folder(os.fspath(profile_dir), info)
    for entry in _entries(os.fspath(profile_dir)):
        if is_own_name(entry.name):
            ask.tree(entry)
        else:
            ask.entry(entry)  # moved into the new folder as it is


def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listed:
            return list(listed)
    except OSError:  # not readable to this user: not looked inside (see the docstring)
        return []


class _Asker:
    """One look at a profile (`check_profile`), statx's buffer made once for it."""

    def __init__(self) -> None:
        self._statx = _statx_call()
        if self._statx is not None:
            import ctypes

            self._buffer = ctypes.create_string_buffer(256)  # struct statx

    def tree(self, entry: os.DirEntry[str]) -> None:
        self.entry(entry)
        if entry.is_dir(follow_symlinks=False):
            for inside in _entries(entry.path):
                self.tree(inside)

    def entry(self, entry: os.DirEntry[str]) -> None:
        try:
            if entry.is_symlink():
                return  # removed or moved as a link; Linux keeps no flags on one
            folder = entry.is_dir(follow_symlinks=False)
            info = entry.stat(follow_symlinks=False) if folder or self._statx is None else None
        except OSError:
            return  # gone meanwhile
        if info is not None and folder:
            self.folder(entry.path, info)
        elif self._marked(entry.path, info):
            raise OwnEntryStuck(code=_FLAGGED, path=entry.path, command=unmark_command(entry.path))

    def parent(self, path: str) -> None:
        """The folder holding the profile: a duress unlock makes the new profile beside the
        old one and renames both there (review r7l R7L-5: ``chattr +a`` on it made the duress
        passphrase fail with "may not write there" while the real one opened)."""
        try:
            info = os.stat(path)
        except OSError:
            return
        if self._marked(path, info):
            raise OwnEntryStuck(code=_FLAGGED, path=path, command=unmark_command(path))
        if hasattr(os, "geteuid") and not os.access(path, os.W_OK | os.X_OK):
            raise OwnEntryStuck(code=_NOT_YOURS, path=path)

    def folder(self, path: str, info: os.stat_result) -> None:
        if self._marked(path, info):
            raise OwnEntryStuck(code=_FLAGGED, path=path, command=unmark_command(path))
        if (hasattr(os, "geteuid") and info.st_uid != os.geteuid()
                and not os.access(path, os.W_OK | os.X_OK)):
            raise OwnEntryStuck(code=_NOT_YOURS, path=path)

    def _marked(self, path: str, info: os.stat_result | None) -> bool:
        """Whether `path` (`info` its lstat, None when statx answers) is immutable or
        append-only."""
        flags = getattr(info, "st_flags", None) if info is not None else None
        if flags is not None:
            return bool(flags & _BSD_FLAGS)
        if self._statx is not None:
            found = self._statx(_AT_FDCWD, os.fsencode(path), _AT_SYMLINK_NOFOLLOW, 0,
                                self._buffer)
            raw = self._buffer.raw
            supported = int.from_bytes(raw[56:64], sys.byteorder)  # stx_attributes_mask
            if found == 0 and supported & _MARKS == _MARKS:
                return bool(int.from_bytes(raw[8:16], sys.byteorder) & _MARKS)  # stx_attributes
            if found != 0:
                return False  # gone meanwhile
        if info is None:
            try:
                info = os.lstat(path)
            except OSError:
                return False
        return sys.platform.startswith("linux") and _ioctl_marked(path, info)


_MARKS = _STATX_ATTR_IMMUTABLE | _STATX_ATTR_APPEND
_STATX: list[object] = []  # [the C library's statx, or None], looked up once


def _statx_call() -> object | None:
    """The C library's ``statx`` (Linux, glibc 2.28 and later), or None."""
    if not sys.platform.startswith("linux"):
        return None
    if not _STATX:
        import ctypes  # only here: the window's first screen never loads it

        call = getattr(ctypes.CDLL(None, use_errno=True), "statx", None)
        if call is not None:
            call.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint,
                             ctypes.c_void_p)
        _STATX.append(call)
    return _STATX[0]


def _ioctl_marked(path: str, info: os.stat_result) -> bool:
    """FS_IOC_GETFLAGS's immutable or append-only flag on the regular file or folder `path`;
    False for anything else, or where it cannot be asked."""
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        return False  # never open a device node or a FIFO to ask
    import fcntl

    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return False  # cannot be asked (see the module docstring)
    try:
        flags = bytearray(8)
        fcntl.ioctl(fd, _FS_IOC_GETFLAGS, flags)
    except OSError:
        return False  # a file system without these flags
    finally:
        os.close(fd)
    return bool(int.from_bytes(flags[:4], sys.byteorder) & (_FS_IMMUTABLE_FL | _FS_APPEND_FL))
