"""At a duress unlock: a profile folder holding entries the app did not make is kept, and only
the app's own entries in it are renewed, so the unlock does no work per planted entry.

A duress unlock builds a whole new profile folder beside the old one and swaps it in
(store/fresh.py, fs/folder_renewal.py), and whatever the app did not make in the old folder
is moved into the new one (never deleted: the real unlock keeps it too). For `sealed/` and
`blobs/` that costs one rename of the folder (store/carry_over.py, review r7h R7H-14); for the
profile folder itself it cost one rename per entry: 40,000 empty files planted beside
vault.json made a duress unlock take 3.2 to 4.6 s against 1.1 to 2.1 s for the real one
(review r7l, R7L-8), which told an inspector the duress passphrase was used.

So a duress unlock first looks at the profile folder's first `LOOKED_AT` entries at most
(`has_foreign`). When each is one the app makes there (vault.json, store.db and its log files,
the duress fallback store's, `sealed/` and `blobs/` as folders, vault.json's temporary name),
the folder is renewed whole as before. Otherwise the profile folder stays (it keeps its earlier
birth time, as it does after a real unlock, which touches none of it) and its own entries are
renewed inside it (`renew_inside`): vault.json was already rewritten in place with the old rows
forgotten (fresh.py `forget_in_place`, the in-place renewal's crash order: a cut from here on
leaves a store the duress passphrase empties again), then `sealed/` and `blobs/` are replaced by
the new folder's empty ones, or, where they hold entries the old store's rows do not name,
kept with only the old store's own entries moved out, and last store.db is replaced by the new
folder's. What the old folders held is moved into the new folder, which is then removed as the
old profile folder is after a swap (`folder_renewal.remove_now`: names at once, disk space
after the answer). Work: a bounded number of renames, whatever was planted; the planted entries
stay where they were, untouched, as the real unlock leaves them. Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Mapping
from pathlib import Path

from intake_app.fs import folder_renewal, own_folders
from intake_app.fs.atomic import fsync_dir
from intake_app.store.carry_over import is_own
from intake_app.store.core import FOLDERS

#: How many entries of the profile folder `has_foreign` reads at most: a used profile holds
#: at most the eleven names the app writes there (fs/folder_renewal.py OWN_NAMES) and a few
#: temporary names of vault.json, so more than this is something planted.
LOOKED_AT = 32
_DB = "store.db"  # database.py DB_NAME (fresh.py imports this module's caller's neighbours)
#: The files of the app's own names (one list: folder_renewal.OWN_NAMES; lock-words.box was
#: missing from a copy here, and a duress unlock kept the real vault's words file).
_FILES = folder_renewal.OWN_NAMES - frozenset(FOLDERS)
_WORDS = "lock-words.box"  # store/lock_words.py FILE_NAME: the old vault's, sealed
_VAULT_TEMP = re.compile(  # fs/atomic.py temp_name of the files written atomically here
    r"\.(?:vault\.json|lock-words\.box)\.[0-9a-f]{12}\.partial")


def has_foreign(profile_dir: Path) -> bool:
    """Whether the profile folder `profile_dir` holds an entry the app does not make there (a
    name of its own of the wrong kind counts: a folder at store.db.fresh, say), or more than
    `LOOKED_AT` entries; at most that many are read. False when it cannot be read (the
    renewal then goes as before)."""
    try:
        with os.scandir(profile_dir) as listed:
            for count, entry in enumerate(listed):
                if count >= LOOKED_AT or not _made_here(entry):
                    return True
    except OSError:
        return False
    return False


def _made_here(entry: os.DirEntry[str]) -> bool:
    try:
        if entry.name in FOLDERS:
            return entry.is_dir(follow_symlinks=False)
        if entry.name in _FILES or _VAULT_TEMP.fullmatch(entry.name):
            return entry.is_file(follow_symlinks=False)
    except OSError:
        return False
    return False


def renew_inside(profile_dir: Path, sibling: Path,
                 own: Mapping[str, frozenset[str]] | None) -> None:
    """Renew the app's own entries of `profile_dir` with the complete, synced new profile
    folder `sibling` (fresh.build_profile, made without vault.json: it was written in place
    already), as the module docstring says; `own`: the names in `sealed/` and `blobs/` the old
    store's rows name (fresh.own_names; None at an unlock finishing an emptying a cut
    interrupted, whose rows are gone: both folders are then replaced whole, as the in-place
    renewal empties them). The old store's connection must be closed. `sibling`
    is removed before this returns, its disk space freed after (folder_renewal.remove_now).
    Raises OSError (what was done stays: the next duress unlock finishes it)."""
    profile_dir, sibling = Path(profile_dir), Path(sibling)
    aside = sibling / f".{profile_dir.name}.{os.urandom(6).hex()}.partial"
    os.mkdir(aside, own_folders.PRIVATE_DIR)
    held: list[int] = []
    try:
        for name in FOLDERS:  # emptied before the store goes, as the in-place renewal does
            mine = None if own is None else own.get(name, frozenset())
            _renew_folder(profile_dir / name, sibling / name, aside, mine)
        if os.path.lexists(profile_dir / _WORDS):  # sealed under the old vault key: goes too
            os.rename(profile_dir / _WORDS, aside / _WORDS)
        fsync_dir(profile_dir)
        for suffix in ("-wal", "-shm", "-journal"):  # the old store's, never joined to the new
            _hold(profile_dir / f"{_DB}{suffix}", held)
            own_folders.clear_entry(profile_dir / f"{_DB}{suffix}")
        _hold(profile_dir / _DB, held)
        os.replace(sibling / _DB, profile_dir / _DB)
        fsync_dir(profile_dir)
    finally:
        folder_renewal.free_later(held, profile_dir)
    folder_renewal.remove_now(sibling, profile_dir)


def _renew_folder(old: Path, new: Path, aside: Path, mine: frozenset[str] | None) -> None:
    """`old` (sealed/ or blobs/ of the profile) replaced by the empty `new` when all it holds
    is the old store's own (`mine`; None: unknown, replaced whatever it holds); else kept, its
    own entries moved into `aside`."""
    try:
        entries = [] if mine is None else os.listdir(old)
        if not os.path.lexists(old):
            raise FileNotFoundError(old)
    except FileNotFoundError:
        os.rename(new, old)
        return
    if mine is None or all(is_own(entry, mine) for entry in entries):
        os.rename(old, aside / old.name)
        os.rename(new, old)
        return
    moved = aside / f".{old.name}.partial"
    os.mkdir(moved, own_folders.PRIVATE_DIR)
    for entry in entries:
        if is_own(entry, mine):
            os.rename(old / entry, moved / entry)


def _hold(path: Path, held: list[int]) -> None:
    """The old store's file at `path` held open while its name goes, so its disk space is
    freed after the answer (as fs/folder_renewal.py `remove_now` does); nothing if absent."""
    with contextlib.suppress(OSError):
        held.append(os.open(path, folder_renewal.HOLD_FLAGS))
