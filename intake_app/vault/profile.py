"""Where a profile lives, and the checks before we put anything secret in it.

The profile folder holds the vault file and the encrypted store. It is created 0700 and every file
in it is written 0600 (see intake_app/fs/atomic.py). A folder that is a symbolic link, belongs
to another user or is open to others is refused: each would let someone else read or redirect
what we write. An existing folder's mode is never changed (it may be someone's shared folder).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from intake_app.fs.atomic import ensure_private_dir
from intake_app.vault.errors import UnsafeProfileDir

APP_NAME = "Seinpost"


def default_profile_dir() -> Path:
    """The per-user data folder: ~/.local/share/Seinpost, %LOCALAPPDATA%\\Seinpost, …"""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_profile_dir(option: str | os.PathLike[str] | None) -> Path:
    """The folder given with `--profile DIR`, or the default one."""
    if option is None or str(option) == "":
        return default_profile_dir()
    return Path(option).expanduser().absolute()


def finish_renewal(path: Path) -> None:
    """Repair a renewal of the profile folder `path` that a cut interrupted (a duress unlock
    swaps in a whole new folder, store/fresh.py): a leftover beside it is removed, or, cut
    between two renames, the new folder moved into place (fs/folder_renewal.py). Runs before
    anything looks for the profile; nothing when there is no leftover."""
    from intake_app.fs import folder_renewal  # here: the window's first screen rarely needs it

    folder_renewal.finish_interrupted(Path(path).expanduser().absolute())


def removals_pending() -> list[Path]:
    """The profile folders whose old folder (swapped out by a duress unlock) this process is
    still removing after the unlock answered (fs/folder_renewal.py, review r7c F5)."""
    from intake_app.fs import folder_renewal

    return folder_renewal.removals_pending()


def take_held() -> list[int]:
    """The files a duress unlock removed whose space is still to be freed (held open), taken
    for a process that ends now to hand over; the caller closes them
    (fs/folder_renewal.py `take_held`)."""
    from intake_app.fs import folder_renewal

    return folder_renewal.take_held()


def wait_for_removals(timeout: float | None = None) -> bool:
    """Wait at most `timeout` seconds (None: as long as it takes) for `removals_pending` to be
    done; True when none is left."""
    from intake_app.fs import folder_renewal

    return folder_renewal.wait_for_removals(timeout)


def hold_profile(path: str | os.PathLike[str]) -> bool:
    """Lock the profile folder `path` for this process, for as long as it runs: one running
    Seinpost per profile (fs/profile_lock.py). False when it cannot be locked here (no folder
    yet, no locks on that file system); raises ProfileInUse (code "vault.profile_in_use") when
    another window or command holds it, ProfileUnlockable (code "vault.profile_unlockable")
    when the folder is there but cannot be opened to be locked (review r7i R7I-5)."""
    from intake_app.fs import profile_lock

    return profile_lock.hold(Path(path))


def prepare_profile_dir(path: Path) -> Path:
    """Create `path` private (0700) or check an existing one; raise UnsafeProfileDir if unsafe.
    A renewal cut off there is finished first (`finish_renewal`).

    An existing folder is never changed: one open to others (group or other bits) is refused
    with code "vault.profile_dir_open"."""
    path = Path(path).expanduser().absolute()
    finish_renewal(path)
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UnsafeProfileDir(f"The profile folder cannot be read ({exc.strerror}).") from exc
    if info is not None:
        _check_existing(path, info)
    # A folder that cannot be created (a read-only or full disk, no permission) is not unsafe:
    # the OSError goes on to the one error model, which names a full disk, a refusal or the
    # system's reason ("Read-only file system") instead of calling the folder a link.
    ensure_private_dir(path)
    info = path.lstat()
    # Checked again after creation: someone may have raced us to the name.
    _check_existing(path, info)
    return path


def _check_existing(path: Path, info: os.stat_result) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeProfileDir(
            "The profile folder is a symbolic link; use the real folder instead."
        )
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeProfileDir("The profile path exists but is not a folder.")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise UnsafeProfileDir("The profile folder belongs to another user.")
    if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
        # Refused, never tightened: an existing folder may be someone's shared folder (a chmod
        # would lock it and drop its sticky bit); the person decides, the sentence says how.
        raise UnsafeProfileDir(f"The profile folder {path} is open to others.",
                               code="vault.profile_dir_open", path=str(path))


def holds_store(profile_dir: Path) -> bool:
    """Whether `profile_dir` holds any part of a profile's store: store.db (or its WAL), or
    sealed/ or blobs/ that is not an empty folder (a link or a file there counts, and is not
    followed). With vault.json absent this is a profile whose key file is missing, not one
    never set up (VaultMissing, review r7k R7K-12): the window shows the unlock page, which
    says so, instead of set-up."""
    folder = Path(profile_dir)
    if any(os.path.lexists(folder / name) for name in ("store.db", "store.db-wal")):
        return True
    for name in ("sealed", "blobs"):
        path = folder / name
        if not os.path.lexists(path):
            continue
        if path.is_symlink() or not path.is_dir():
            return True
        try:
            with os.scandir(path) as entries:
                if any(True for _ in entries):
                    return True
        except OSError:
            return True
    return False
