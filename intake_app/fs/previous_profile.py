"""An erased profile's files moved aside, never deleted, by the set-up that replaces them.

Review r7m R7M-2, R7M-3: no keyring state proves an erasure (a keyring planted with the laptop
off is encrypted by the next login with the person's own password), so the set-up the window
offers and `intake-app init --discard-sealed` removed a store, a vault.json and sealed signals
that the real keyring, moved aside, could still open. Now set-up moves them into a new folder
beside the profile, `<profile>.previous-<UTC time>` (the time only: nothing of the content in
the name), made private (0700), with atomic renames, and says where; the person or a helper
can put the old profile back together with the real keyring. A set-up in place (no folder can
be made beside the profile, or the profile folder is a mount point) moves them into
`<profile>/previous-<UTC time>` instead, the one place a rename can reach there.

Imports no Qt and prints nothing.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from intake_app.fs import own_folders
from intake_app.fs.atomic import fsync_dir

#: What marks a folder beside the profile as one of its previous profiles.
MARK = ".previous-"
_TRIES = 100  # names with the same second: `-2` … ; more than this is refused (OSError)


def reserve(profile_dir: Path, *, inside: bool = False) -> Path:
    """A new empty private folder `<profile>.previous-<YYYYmmddTHHMMSSZ>[-n]` beside
    `profile_dir` (`inside`: `<profile>/previous-…`), never an existing one. Raises OSError
    (FileExistsError after `_TRIES` names taken, or the folder not writable)."""
    profile_dir = Path(profile_dir).absolute()
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    where = profile_dir if inside else profile_dir.parent
    base = f"previous-{stamp}" if inside else f"{profile_dir.name}{MARK}{stamp}"
    for number in range(1, _TRIES + 1):
        target = where / (base if number == 1 else f"{base}-{number}")
        try:
            os.mkdir(target, own_folders.PRIVATE_DIR)
        except FileExistsError:
            continue
        return target
    raise FileExistsError(f"{base}-{_TRIES}")


def set_aside_folder(old: Path, profile_dir: Path) -> Path:
    """Move the whole folder `old` (the previous profile folder after a swap, beside
    `profile_dir`) to a new `reserve`d name in one rename, and return that name. Raises
    OSError (then `old` is where it was)."""
    target = reserve(profile_dir)
    try:
        os.rename(old, target)  # onto the empty folder just made: one atomic step
    except OSError:
        with contextlib.suppress(OSError):
            os.rmdir(target)
        raise
    fsync_dir(target.parent)
    return target


def set_aside_entries(profile_dir: Path, names: tuple[str, ...]) -> Path | None:
    """Move each of `names` that exists in `profile_dir` (files, folders, links as links) into
    a new `reserve`d folder inside it (a set-up in place), one rename each, and return it;
    None (nothing made) when none exists. Raises OSError: the entries moved so far are moved
    back first."""
    profile_dir = Path(profile_dir)
    present = [name for name in names if os.path.lexists(profile_dir / name)]
    if not present:
        return None
    target = reserve(profile_dir, inside=True)
    moved: list[str] = []
    try:
        for name in present:
            os.rename(profile_dir / name, target / name)
            moved.append(name)
    except OSError:
        put_back(profile_dir, target, tuple(moved))
        raise
    fsync_dir(target)
    fsync_dir(profile_dir)
    return target


def put_back(profile_dir: Path, target: Path, names: tuple[str, ...]) -> None:
    """Undo `set_aside_entries` (a set-up that then failed): each of `names` back from
    `target` into `profile_dir` where nothing took its place, then `target` if empty."""
    for name in names:
        if not os.path.lexists(Path(profile_dir) / name):
            with contextlib.suppress(OSError):
                os.rename(Path(target) / name, Path(profile_dir) / name)
    with contextlib.suppress(OSError):
        os.rmdir(target)
    with contextlib.suppress(OSError):
        fsync_dir(Path(profile_dir))


def listed(profile_dir: Path) -> set[Path]:
    """The previous-profile folders beside and inside `profile_dir` (by name; none where a
    folder cannot be read): the command line and the window compare this before and after a
    set-up to say where it moved the old files."""
    profile_dir = Path(profile_dir).absolute()
    found: set[Path] = set()
    for where, prefix in ((profile_dir.parent, profile_dir.name + MARK),
                          (profile_dir, MARK.lstrip("."))):
        with contextlib.suppress(OSError):
            found.update(where / name for name in os.listdir(where) if name.startswith(prefix))
    return found
