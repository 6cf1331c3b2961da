"""Renewing a whole profile folder: a new folder built beside it, swapped in, the old one gone.

Why (review r7b, N3): a duress unlock must leave a profile that looks set up at that moment,
and a folder emptied in place keeps its birth time (statx), older than everything in it. So the
new profile is built completely in a sibling folder on the same file system, made durable, and
then exchanged with the profile folder in one step: ``renameat2(RENAME_EXCHANGE)`` on Linux
(glibc's wrapper, through ctypes). Where that is missing (another kernel or C library, a file
system without it) two renames take its place: the profile folder moved aside to the "old" name,
then the new one moved to the profile's name; `finish_interrupted` repairs a cut between them.

Names, in the profile's parent folder (`<name>` is the profile folder's name, `<hex>` 12 random
hex digits, shared by one renewal's two names):

    .<name>.<hex>.partial       the new folder while it is built; after the exchange, the old one
    .<name>.<hex>.old.partial   (two renames only) the old folder moved aside

They look like the app's other leftovers of an interrupted write (fs/atomic.py `temp_name`).
A cut leaves one, and `finish_interrupted` removes it at the next start.

The old folder is removed after the answer, never while someone waits (review r7c, F5): its
removal grows with what the profile held (about a second for 84 MB on a loaded machine), and a
duress unlock that took that much longer than an ordinary one told someone timing it that
something was purged. So `swap_in` only swaps and hands back the old folder, and
`remove_in_background` removes it on a thread of its own; the removal only unlinks names
(never overwrites or truncates a file), so what it does is what `tidy` did before the answer.
A process that ends before its removal is done hands it to a process of its own
(cli/background_removal.py, `removals_pending`), and whatever a crash cut short is a leftover
like any other, removed in the background at the next start (`finish_interrupted`).

What the old folder holds is removed only under the profile's own names (`OWN_NAMES`, and
the atomic-write leftovers ``.*.partial``), a link removed as a link and never followed; any
other entry (a file of the person's own in a profile folder they chose, or anything planted)
is moved into the new profile folder as it is, never deleted. Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import os
import re
import stat
import threading
from pathlib import Path

from intake_app.fs import own_folders
from intake_app.fs.atomic import fsync_dir

#: What the app itself writes in a profile folder: vault/vault_file.py FILE_NAME, store.db
#: and its log files (store/database.py), the duress unlock's in-place fallback (store/fresh.py
#: FRESH_NAME and its logs), the store's folders (store/core.py FOLDERS).
#: tests/test_profile_renewal.py holds this list to those modules' names.
OWN_NAMES = frozenset(
    ["vault.json", "blobs", "sealed"]
    + [f"{db}{suffix}" for db in ("store.db", "store.db.fresh")
       for suffix in ("", "-wal", "-shm", "-journal")])
_PARTIAL = ".*.partial"  # fs/atomic.py temp_name
_RENAME_EXCHANGE = 2  # linux/fs.h
# Siblings this process is building or swapping now: a repair on another thread (the window
# reads the vault's status in the background) must not take them for a cut's leftovers.
_BUSY: set[Path] = set()
_BUSY_LOCK = threading.Lock()
# Old folders this process is removing now (`remove_in_background`), with the profile folder
# each belonged to: a repair at start leaves them to the thread already at work.
_REMOVING: dict[Path, tuple[Path, threading.Thread]] = {}


def is_own_name(name: str) -> bool:
    """Whether `name` in a profile folder is one the app writes (removed with the old folder)."""
    return name in OWN_NAMES or fnmatch.fnmatchcase(name, _PARTIAL)


def _pattern(folder: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(folder.name)}\.([0-9a-f]{{12}})(\.old)?\.partial")


def new_sibling(folder: Path) -> Path | None:
    """Make an empty private (0700) folder beside `folder` to build its replacement in; None
    when the parent folder does not allow it (no permission, read-only), so the caller renews
    in place instead. `folder` being a mount point is found later (`swap_in`)."""
    folder = Path(folder)
    sibling = folder.with_name(f".{folder.name}.{os.urandom(6).hex()}.partial")
    with _BUSY_LOCK:
        try:
            os.mkdir(sibling, own_folders.PRIVATE_DIR)
        except OSError:
            return None
        _BUSY.add(sibling)
    return sibling


def release(sibling: Path) -> None:
    """`sibling` (from `new_sibling`) is no longer worked on: swapped in, or given up."""
    with _BUSY_LOCK:
        _BUSY.discard(Path(sibling))


def swap_in(folder: Path, sibling: Path) -> Path | None:
    """Put the complete, synced folder `sibling` (from `new_sibling`) in the place of `folder`
    and return where the old folder now is, for the caller to remove (`remove_in_background`,
    `tidy`). None, with `folder` untouched and `sibling` removed, when neither an exchange nor
    a rename can move them (a mount point, another file system): the caller then renews in
    place. Raises OSError for other failures before the new folder is in place
    (`finish_interrupted` repairs a cut at any step)."""
    folder, sibling = Path(folder), Path(sibling)
    try:
        return _swap(folder, sibling)
    finally:
        release(sibling)


def _swap(folder: Path, sibling: Path) -> Path | None:
    parent = folder.parent
    if exchange(folder, sibling):
        fsync_dir(parent)
        return sibling
    old = sibling.with_name(sibling.name.removesuffix(".partial") + ".old.partial")
    try:
        os.rename(folder, old)
    except OSError:
        own_folders.clear_entry(sibling)
        return None
    fsync_dir(parent)
    os.rename(sibling, folder)
    fsync_dir(parent)
    return old


def remove_in_background(old: Path, folder: Path) -> None:
    """Remove the old profile folder `old` (`tidy`, into the profile folder `folder`) on a
    thread of its own, so nobody waits for it (review r7c, F5). What cannot be removed
    (something planted that this user may not delete) is left for `finish_interrupted` at the
    next start, and nothing is raised: a failure there would tell the duress passphrase from
    the real one. A daemon thread: a process that ends first hands the rest over
    (`removals_pending`), and a cut leaves a leftover the next start removes."""
    old, folder = Path(old), Path(folder)
    thread = threading.Thread(target=_remove, args=(old, folder), daemon=True,
                              name="seinpost-old-profile-removal")
    with _BUSY_LOCK:
        if old in _REMOVING:
            return  # already being removed by this process
        _REMOVING[old] = (folder, thread)
    thread.start()


def _remove(old: Path, folder: Path) -> None:
    try:
        with contextlib.suppress(OSError):
            tidy(old, folder)
    finally:
        with _BUSY_LOCK:
            _REMOVING.pop(old, None)


def removals_pending() -> list[Path]:
    """The profile folders whose old folder this process is still removing (each once)."""
    with _BUSY_LOCK:
        return sorted({folder for folder, _ in _REMOVING.values()})


def wait_for_removals(timeout: float | None = None) -> bool:
    """Wait until this process's removals (`remove_in_background`) are done, at most `timeout`
    seconds in all (None: as long as they take); True when none is left."""
    with _BUSY_LOCK:
        threads = [thread for _, thread in _REMOVING.values()]
    for thread in threads:
        thread.join(timeout)
    with _BUSY_LOCK:
        return not _REMOVING


def exchange(first: Path, second: Path) -> bool:
    """Swap the two names in one step (``renameat2(RENAME_EXCHANGE)``); False where the system
    or the file system cannot (then nothing moved). Raises OSError for other failures."""
    if os.name != "posix":
        return False
    import ctypes  # only here: the window's first screen never loads it

    libc = ctypes.CDLL(None, use_errno=True)
    call = getattr(libc, "renameat2", None)
    if call is None:
        return False
    call.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                     ctypes.c_uint)
    at_cwd = -100  # AT_FDCWD: both paths are absolute or relative to the same folder
    if call(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EXDEV, errno.EBUSY,
                errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(first))


def tidy(old: Path, folder: Path) -> None:
    """Remove the old profile folder `old`: the profile's own names removed (a folder with all
    it holds, a link as a link), every other entry moved into `folder` as it is (never deleted;
    left in `old` if `folder` has that name already), then `old` itself if it is empty. A link
    or file at `old` is removed as itself. Raises OSError."""
    try:
        info = os.lstat(old)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        os.unlink(old)
        fsync_dir(Path(old).parent)
        return
    for name in os.listdir(old):
        if is_own_name(name):
            own_folders.clear_entry(Path(old) / name)
        elif not os.path.lexists(Path(folder) / name):
            os.rename(Path(old) / name, Path(folder) / name)
    fsync_dir(Path(folder))
    with contextlib.suppress(OSError):  # something of someone else's could not be moved
        os.rmdir(old)
    fsync_dir(Path(old).parent)


def finish_interrupted(folder: Path) -> None:
    """Repair a renewal of `folder` cut off at any step (see the module docstring): with the
    profile folder missing between the two renames, the complete new folder is moved in (or,
    if only the old one was moved aside, that one back), at once; then every leftover is
    removed as `tidy` says, in the background (`remove_in_background`: a start never waits for
    it, so an unlock right after a duress one takes no longer either). Nothing when there is
    none, or the parent folder cannot be read; a leftover that cannot be removed is left for
    the next start."""
    folder = Path(folder).absolute()
    pattern = _pattern(folder)
    try:
        names = os.listdir(folder.parent)
    except OSError:
        return
    leftovers = {}
    with _BUSY_LOCK:
        busy = {path.name for path in (*_BUSY, *_REMOVING) if path.parent == folder.parent}
    for name in names:
        found = pattern.fullmatch(name)
        base = name.removesuffix(".partial").removesuffix(".old") + ".partial"
        if found and base not in busy and name not in busy:
            leftovers[name] = found
    if not leftovers:
        return
    if not os.path.lexists(folder):
        _put_back(folder, leftovers)
    if not _is_folder(folder):
        return
    for name in list(leftovers):
        remove_in_background(folder.parent / name, folder)


def _put_back(folder: Path, leftovers: dict[str, re.Match[str]]) -> None:
    """The profile folder is missing: a renewal by two renames was cut between them. The new
    folder is complete once the old one was moved aside (`swap_in` moves it only then)."""
    for name, found in leftovers.items():
        if not found.group(2) or not _is_folder(folder.parent / name):
            continue
        new = name.removesuffix(".old.partial") + ".partial"
        chosen = new if new in leftovers and _is_folder(folder.parent / new) else name
        with contextlib.suppress(OSError):
            os.rename(folder.parent / chosen, folder)
            del leftovers[chosen]
            fsync_dir(folder.parent)
            return


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False
