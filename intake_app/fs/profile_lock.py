"""One running Seinpost per profile folder (review r12y R18, issue 12).

Two windows (or a window and a command line) on one profile each unlock the same vault and
save the same drafts without knowing of each other: the last save silently overwrote the other's
words, and Ctrl+L locked only one of them. So a process that works on a profile holds a lock on
it for as long as it runs, and a second start on that profile is refused (`ProfileInUse`).

The lock is the system's: `flock(LOCK_EX | LOCK_NB)` on the profile *folder itself* (an open
descriptor of the directory), never a file written for it. The system lets go of it when the
process ends in any way (a crash, `kill -9`, a power cut), so there is no stale lock to clear,
and nothing is written to the disk:

- someone with the powered-off laptop finds no lock file to read, plant or change: there is
  none. Whatever they put in the folder is not looked at here; a folder they swapped for
  something else is refused by the profile checks (vault/profile.py) as before;
- a profile a duress unlock renewed (fs/folder_renewal.py) carries no trace of the lock either,
  so the lock cannot tell a renewed profile from a fresh one. The renewal swaps a new folder into
  the profile's place; the lock goes along (`follow`): the new folder is locked before the swap,
  so the profile stays locked without a gap (a lock belongs to the folder, not to its name).

The worst a planted obstacle can do is a refusal whose sentence says how to recover (close
Seinpost everywhere, or restart the computer; give the folder its permissions back): never a
wipe, never lost words. The lock fails closed (review r7i R7I-5): a profile folder that is
there but cannot be opened to be locked (mode 0300 set while the laptop was off: write and
search, no read, so every file in it is still reachable by name) is refused (`ProfileUnlockable`),
for both passphrases alike, since this runs before any unlock; before, it went on unlocked
without a word. Only a file system that answers "no locks here" (ENOLCK, EOPNOTSUPP: some
network shares) or a system without `flock` (Windows) lets the profile be used unlocked, as
before (a warning in the log, no content); a folder not there yet, or a link or a file in its
place, is left to set-up and the profile checks. Held for the rest of the process: there is
nothing to release. Imports no Qt, prints nothing.
"""

from __future__ import annotations

import errno
import logging
import os
import threading
from pathlib import Path

from intake_app.errors import SeinpostError

try:
    import fcntl
except ImportError:  # Windows: no flock (module docstring)
    fcntl = None  # type: ignore[assignment]

_log = logging.getLogger(__name__)
_HELD: dict[Path, list[int]] = {}  # profile folder → descriptors of the folders locked for it
_MUTEX = threading.Lock()
# A file system without locks: the profile is used as before, unlocked.
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.EBADF, errno.EINVAL}
# Opening the folder failed because nothing lockable is there: no folder yet (set-up makes it),
# a link or a file in its place (the profile checks refuse those with their own sentence).
_NOT_A_FOLDER = {errno.ENOENT, errno.ENOTDIR, errno.ELOOP}


class ProfileInUse(SeinpostError):
    """Another running Seinpost (a window or a command) works on this profile folder."""

    code = "vault.profile_in_use"


class ProfileUnlockable(SeinpostError):
    """The profile folder is there but cannot be opened to be locked (code
    "vault.profile_unlockable"; review r7i R7I-5): its permissions were changed (mode 0300),
    or the system refused for another reason (`reason`, the system's words). Nothing was
    opened or changed."""

    code = "vault.profile_unlockable"


def hold(folder: Path | str) -> bool:
    """Lock the profile folder `folder` for this process, until it ends.

    True when it is held now (again: a second call is a no-op), False when it cannot be locked
    here (no such folder, not a folder, a file system or system without locks): the caller goes
    on unlocked. Raises `ProfileInUse` when another process holds it, `ProfileUnlockable`
    when the folder is there but cannot be opened to be locked (it fails closed)."""
    path = Path(folder).expanduser().absolute()
    with _MUTEX:
        if path in _HELD:
            return True
        fd = _lock(path)
        if fd is None:
            return False
        _HELD[path] = [fd]
        return True


def follow(folder: Path | str, new: Path | str) -> None:
    """`new` is about to be swapped into the place of `folder` (fs/folder_renewal.py): when
    this process holds `folder`, lock `new` too, so the profile stays locked after the swap.
    Nothing when `folder` is not held or `new` cannot be locked."""
    path = Path(folder).expanduser().absolute()
    with _MUTEX:
        fds = _HELD.get(path)
        if fds is None:
            return
        try:
            fd = _lock(Path(new))
        except ProfileInUse:  # a folder this process just made: no one else can hold it
            return
        if fd is not None:
            fds.append(fd)


def held(folder: Path | str) -> bool:
    """Whether this process holds the lock of `folder`."""
    with _MUTEX:
        return Path(folder).expanduser().absolute() in _HELD


def _lock(path: Path) -> int | None:
    """A descriptor of the folder `path` holding its lock; None when it cannot be locked here.
    Raises ProfileInUse when another process holds it, ProfileUnlockable when the folder
    cannot be opened for another reason than not being a folder (a permission taken away)."""
    if fcntl is None:
        return None
    try:
        # O_DIRECTORY | O_NOFOLLOW: a link or a file planted in its place is never opened (and
        # so never blocks, as a FIFO would); the profile checks refuse those later anyway.
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno in _NOT_A_FOLDER:
            return None
        raise ProfileUnlockable(path=str(path), reason=exc.strerror or type(exc).__name__
                                ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise ProfileInUse() from None
        if exc.errno in _NO_LOCKS:
            _log.warning("the profile folder cannot be locked here (%s)", errno.errorcode.get(
                exc.errno, exc.errno))
            return None
        raise
    return fd
