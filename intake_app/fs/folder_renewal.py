"""Renewing a whole profile folder: a new folder built beside it, swapped in, the old one gone.

Why (review r7b, N3): a duress unlock must leave a profile that looks set up at that moment,
and a folder emptied in place keeps its birth time (statx). So the new profile is built in a
sibling folder on the same file system, made durable, and exchanged with the profile folder in
one step: ``renameat2(RENAME_EXCHANGE)`` on Linux (glibc, through ctypes); elsewhere two renames
(the profile moved aside to the "old" name, the new one to the profile's name), a cut between
them repaired by `finish_interrupted`.

Names, in the profile's parent folder (`<hex>`: 12 random hex digits, one renewal's two names):
``.<name>.<hex>.partial`` the new folder while it is built (after the exchange, the old one),
``.<name>.<hex>.old.partial`` (two renames only) the old folder moved aside. They look like the
app's other leftovers of an interrupted write (fs/atomic.py `temp_name`); `finish_interrupted`
removes one a cut left at the next start.

The old folder's names are removed before the answer and its disk space freed after it
(review r7c F5): freeing grows with the profile (about 0.1 s for 84 MB), which told someone
timing a duress unlock that something was purged. `remove_now` unlinks every name of the old
folder (never overwriting or truncating) with each file held open, while the swap is synced;
the held files are let go of after the answer (`_free_held`), or handed by a process that ends
first to one of its own (cli/background_removal.py, `take_held`); what a crash cut short, in
the background at the next start (`finish_interrupted`, `remove_in_background`).

Only the profile's own names are removed (`OWN_NAMES`, atomic-write leftovers ``.*.partial``),
a link as a link; any other entry (the person's own file, anything planted) is moved into the
new profile folder as it is, never deleted. Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from intake_app.fs import own_folders, profile_lock
from intake_app.fs.atomic import fsync_dir
from intake_app.fs.name_exchange import exchange

#: What the app writes in a profile folder (vault_file FILE_NAME, store.db and its logs, the
#: duress fallback store/fresh.py FRESH_NAME, store/core.py FOLDERS, the words a lock kept
#: store/lock_words.py FILE_NAME; test_profile_renewal).
OWN_NAMES = frozenset(
    ["vault.json", "blobs", "sealed", "lock-words.box"]
    + [f"{db}{suffix}" for db in ("store.db", "store.db.fresh")
       for suffix in ("", "-wal", "-shm", "-journal")])
_PARTIAL = ".*.partial"  # fs/atomic.py temp_name
# Siblings this process is building or swapping now: not a cut's leftovers to a repair on
# another thread (the window reads the vault's status in the background).
_BUSY: set[Path] = set()
_BUSY_LOCK = threading.Lock()
# Old folders being removed now (`remove_in_background`) by profile: a repair leaves them be.
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


def swap_in(folder: Path, sibling: Path,
            meanwhile: Callable[[Path], None] | None = None) -> Path | None:
    """Put the complete, synced folder `sibling` (from `new_sibling`) in the place of `folder`
    and return where the old folder now is, for the caller to remove (`remove_now`, `tidy`).
    `meanwhile(old)` is called while the swap is being made durable (the parent folder
    synced on a thread: the removal of the old folder need not wait for that flush, and
    cannot be on disk before the swap it follows). None, with `folder` untouched and
    `sibling` removed, when neither an exchange nor a rename can move them (a mount point,
    another file system): the caller then renews in place. Raises OSError for other failures
    before the new folder is in place (`finish_interrupted` repairs a cut at any step)."""
    folder, sibling = Path(folder), Path(sibling)
    profile_lock.follow(folder, sibling)  # the profile stays locked (fs/profile_lock.py)
    try:
        return _swap(folder, sibling, meanwhile)
    finally:
        release(sibling)


def _swap(folder: Path, sibling: Path,
          meanwhile: Callable[[Path], None] | None = None) -> Path | None:
    parent = folder.parent
    if exchange(folder, sibling):
        sync_while(parent, meanwhile, sibling)
        return sibling
    old = sibling.with_name(sibling.name.removesuffix(".partial") + ".old.partial")
    try:
        os.rename(folder, old)
    except OSError:
        own_folders.clear_entry(sibling)
        return None
    fsync_dir(parent)
    os.rename(sibling, folder)
    sync_while(parent, meanwhile, old)
    return old


def sync_while(parent: Path, meanwhile: Callable[[Path], None] | None, old: Path) -> None:
    """Sync `parent` (a swap; store/folder_ahead.py `finish_unused`) while `meanwhile(old)` runs."""
    if meanwhile is None:
        fsync_dir(parent)
        return
    syncing = threading.Thread(target=fsync_dir, args=(parent,), name="seinpost-sync")
    syncing.start()
    try:
        meanwhile(old)
    finally:
        syncing.join()


def remove_now(old: Path, folder: Path) -> None:
    """Remove the old profile folder `old` that `swap_in` handed back, before the caller
    answers, as `tidy` says (own names removed, links as links, anything else moved into the
    profile folder `folder`), in the time it takes to remove names, whatever they held.

    Removing a file's last name frees its disk space there and then, and that grows with what
    the profile held (about 0.1 s for 84 MB on this machine, review r7c F5): it is what made
    the duress unlock answer before the old folder was gone. So each regular file is opened
    first (without following a link, without blocking on a FIFO) and its name removed while it
    is held: the name goes at once (under a millisecond for the 84 MB profile), and the space
    is freed when the file is let go of, after the answer, on a thread of its own
    (`_free_held`), or, when the process ends first, in a process of its own
    (cli/background_removal.py, `take_held`). Nothing of the old folder is left to see when
    this returns. Its removal is made durable on that thread too (the parent folder synced):
    a power cut in the second after the answer can bring the old folder's names back, and the
    next start removes them (`finish_interrupted`). What cannot be removed at all is left for
    the next start as well; nothing is raised (a failure here would tell the duress passphrase
    from the real one)."""
    old, folder = Path(old), Path(folder)
    held: list[int] = []
    try:
        if os.name == "nt":  # a held file cannot lose its name there
            tidy(old, folder)
        else:
            _hide(old, folder, held)
    except OSError:
        pass  # left, with whatever could not go, for the next start (`finish_interrupted`)
    finally:
        free_later(held, old.parent)


#: How a file about to lose its name is held open: never through a link, never blocking.
HOLD_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0))
# Descriptors of files whose names `remove_now` removed, still held: their space is freed when
# they are closed (`_free_held`, or a process of its own at exit, `take_held`).
_HELD: list[int] = []


def _hide(old: Path, folder: Path, held: list[int]) -> None:
    """`tidy`, each regular file held open while its name is removed (`remove_now`): vault.json
    (the old slots) first, and on past what cannot be removed, the first failure raised last
    (review r7j, R7J-9: an immutable `sealed/` stopped it, and the old vault.json stayed)."""
    try:
        info = os.lstat(old)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        os.unlink(old)
        return
    failed: list[OSError] = []
    for name in sorted(os.listdir(old), key=lambda name: name != "vault.json"):
        try:
            if is_own_name(name):
                _hide_entry(Path(old) / name, held)
            elif not os.path.lexists(Path(folder) / name):
                own_folders.move_entry(Path(old) / name, Path(folder) / name)
        except OSError as exc:
            failed.append(exc)
    with contextlib.suppress(OSError):  # something of someone else's could not be moved
        os.rmdir(old)
    if failed:
        raise failed[0]


def _hide_entry(path: Path, held: list[int]) -> None:
    info = os.lstat(path)
    if stat.S_ISDIR(info.st_mode):
        try:
            names = os.listdir(path)
        except PermissionError:  # planted without permissions: the slower way past them
            own_folders.remove_tree(path)
            return
        for name in names:
            with contextlib.suppress(OSError):  # on past it: the folder's removal says it
                _hide_entry(path / name, held)
        try:
            os.rmdir(path)
        except PermissionError:
            own_folders.remove_tree(path)
        return
    if stat.S_ISREG(info.st_mode) and info.st_size > 0:
        with contextlib.suppress(OSError):  # not held (out of descriptors): freed right away
            held.append(os.open(path, HOLD_FLAGS))
    try:
        os.unlink(path)
    except PermissionError:
        own_folders.clear_entry(path)  # a folder around it without write permission


def _after_fork_in_child() -> None:
    """A forked child gets a lock of its own (one a parent's thread held would never be let go
    of there: a test's forked worker hung 48 min on SQLite's) and none of the parent's work."""
    global _BUSY_LOCK
    _BUSY_LOCK = threading.Lock()
    _HELD.clear()
    _REMOVING.clear()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


def free_later(fds: list[int], parent: Path) -> None:
    """Close the descriptors `fds` (files whose names were removed, opened with `HOLD_FLAGS`)
    on a thread of their own once `parent` is synced: their disk space is freed after the
    answer (`_free_held`; a process that ends first hands them on, `take_held`)."""
    with _BUSY_LOCK:
        _HELD.extend(fds)
    threading.Thread(target=_free_held, args=(parent,), daemon=True,
                     name="seinpost-free-space").start()


def _free_held(parent: Path) -> None:
    """Make the removal durable, then let go of the held files, freeing their space."""
    fsync_dir(parent)
    while True:
        with _BUSY_LOCK:
            if not _HELD:
                return
            fd = _HELD.pop()
        with contextlib.suppress(OSError):
            os.close(fd)


def take_held() -> list[int]:
    """The descriptors `remove_now` still holds, taken away from the freeing thread: a process
    that ends now hands them to a process of its own (cli/background_removal.py), which frees
    their space; the caller closes them."""
    with _BUSY_LOCK:
        fds = list(_HELD)
        _HELD.clear()
    return fds


def remove_in_background(old: Path, folder: Path) -> None:
    """Remove the old profile folder `old` (`tidy`, into the profile folder `folder`) on a
    daemon thread nobody waits for (review r7c, F5). What cannot be removed is left for
    `finish_interrupted` at the next start, and nothing is raised (a failure would tell the
    duress passphrase from the real one); a process that ends first hands the rest over."""
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
            own_folders.move_entry(Path(old) / name, Path(folder) / name)
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
