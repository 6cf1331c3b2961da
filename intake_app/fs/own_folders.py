"""The profile's own folders (`blobs/`, `sealed/`): never a link, never followed.

Recovery deletes files in them (orphan blobs, half-written files, sealed files of purged items)
and a duress unlock renews them. Someone who can write to the powered-off profile could put a
symbolic link where such a folder belongs, pointing at another profile's folder or a backup: a
path-based walk would then delete outside the profile, and a renewal that skipped the link would
keep every earlier sealed file behind it (review r7, F5 and F6). So:

- `open_folder` opens a folder with ``O_DIRECTORY | O_NOFOLLOW`` and checks the descriptor with
  ``fstat``; files are listed and removed relative to that descriptor (`names`, `remove`), so
  what is deleted is always inside the folder that was checked, with no race between check and
  use. A link, or anything that is not a folder, is `OwnFolderError`.
- `renew_folder` removes a folder with everything in it and makes it again; a link there is
  removed as a link (its target is never touched) and a real folder made in its place.
- `ensure_folder` makes a missing folder (0700) and refuses a link.
- `settle_folder` is what every open of the store does first, whatever passphrase opened the
  vault: a link or anything not a folder is refused, a folder whose permissions were taken
  away is given 0700 back (review r7d, D2). `Folder.clear` removes whatever sits at a name
  recovery expects to be its own file (review r7d, D3).
- `settle_profile` settles both and leaves no mark planted on the profile for a later look:
  the folder's special mode bits and every "user.*" extended attribute go (review r7i R7I-6).
- `clear_entry` removes whatever sits at one name of the profile (a file, a link, a FIFO, a
  folder with all it holds), never following a link: the duress unlock clears the names it is
  about to write, so nothing planted there can make it fail (review r7b, N2).

Nothing outside the profile is ever deleted. Where the platform cannot open a folder or remove
relative to one (Windows), `open_folder` checks with ``lstat`` and the calls use paths.
Imports no Qt and prints nothing.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from intake_app.errors import SeinpostError

PRIVATE_DIR = 0o700
_BY_DESCRIPTOR = (os.open in os.supports_dir_fd and os.unlink in os.supports_dir_fd
                  and os.listdir in os.supports_fd and hasattr(os, "O_DIRECTORY"))
_FLAGS = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0))


class OwnFolderError(SeinpostError):
    """A folder of the profile is a link, or something other than a folder."""

    code = "own.not_a_folder"

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"{path}: not a folder of this profile (a link or another kind)",
                         path=str(path))


class Folder:
    """An open folder of the profile: `fd` (None where the platform works by path) and `path`."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd

    def names(self, pattern: str) -> list[str]:
        """Names in the folder matching the shell `pattern` (``*.blob``; a leading dot must be
        matched explicitly, as `glob` does)."""
        listed = os.listdir(self.fd if self.fd is not None else self.path)
        return [name for name in listed if fnmatch.fnmatchcase(name, pattern)
                and (pattern.startswith(".") or not name.startswith("."))]

    def remove(self, name: str) -> int:
        """Unlink `name` (a plain file name) in this folder; 1 if removed, 0 if it was gone."""
        if os.sep in name or (os.altsep and os.altsep in name) or name in ("", ".", ".."):
            raise OwnFolderError(self.path / name)
        try:
            if self.fd is not None:
                os.unlink(name, dir_fd=self.fd)
            else:
                os.unlink(self.path / name)
        except FileNotFoundError:
            return 0
        return 1

    def clear(self, name: str) -> int:
        """Remove whatever is at `name` (a plain name) in this folder, never following a link:
        a regular file, a link, a FIFO, a socket or a device node as itself, a folder with
        everything in it (`remove_tree`). 1 if something was removed, 0 if nothing was there.
        Recovery meets names it expects to be its own files; someone with the powered-off
        profile can put anything there (`mkdir blobs/x.blob`), and an `unlink` of a folder
        failed with IsADirectoryError at every unlock with the real passphrase, while a duress
        unlock renewed the folder and opened (review r7d, D3). Raises OSError only for what
        cannot be removed at all (an immutable file, another owner's folder)."""
        if os.sep in name or (os.altsep and os.altsep in name) or name in ("", ".", ".."):
            raise OwnFolderError(self.path / name)
        try:
            if self.fd is not None:
                info = os.lstat(name, dir_fd=self.fd)
            else:
                info = os.lstat(self.path / name)
        except FileNotFoundError:
            return 0
        if stat.S_ISDIR(info.st_mode):
            # By path: the folder itself was opened without following a link and checked, and
            # `shutil.rmtree` neither follows a link nor lets one be swapped in mid-walk.
            remove_tree(self.path / name)
            return 1
        return self.remove(name)

    def clear_if_possible(self, name: str) -> int:
        """`clear`, but what cannot be removed at all (an immutable file, a folder of another
        owner: planted by someone with the powered-off laptop and root) is left where it is
        (0). For removals that only tidy or free space (a leftover of a cut-off write, an
        orphan blob whose key is gone, the ciphertext of a delivered or deleted item, which
        the liaison cannot open anyway): leaving such an entry harms nothing, the next unlock
        tries again, and failing on it would lock the person out of their profile with a
        file system error at every unlock, or fail a receipt after it was accepted."""
        try:
            return self.clear(name)
        except OwnFolderError:
            raise
        except OSError:
            return 0

    def sync(self) -> None:
        """Make removals in this folder durable (nothing where folders cannot be synced)."""
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(self.fd)


@contextlib.contextmanager
def open_folder(path: Path | str) -> Iterator[Folder]:
    """The folder `path` of the profile, opened without following a link.

    Raises OwnFolderError when `path` is a link (to a folder or not) or not a folder,
    FileNotFoundError when it is absent, another OSError when it cannot be opened."""
    path = Path(path)
    if not _BY_DESCRIPTOR:
        check_folder(path)
        yield Folder(path, None)
        return
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
            raise OwnFolderError(path) from None
        raise
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OwnFolderError(path)
        yield Folder(path, fd)
    finally:
        os.close(fd)


def check_folder(path: Path | str) -> None:
    """OwnFolderError unless `path` itself (not what a link points at) is a folder;
    FileNotFoundError when absent."""
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        raise OwnFolderError(path)


def settle_folder(path: Path | str) -> None:
    """Make the profile's folder `path` (`blobs/`, `sealed/`) usable the same way for every
    passphrase, before anything depends on which one opened the vault: OwnFolderError when a
    link or anything other than a folder is there; a folder whose owner may not read, write or
    enter it (``chmod 000``, planted with the liaison's own rights) is given 0700 back, as the
    duress unlock's renewal gets past it (`remove_tree`). Before, the real passphrase was
    refused by such a folder while the duress passphrase renewed it and opened (review r7d,
    D2). FileNotFoundError when absent; OSError when the mode cannot be changed (another
    owner's folder)."""
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise OwnFolderError(path)
    if stat.S_IMODE(info.st_mode) & PRIVATE_DIR != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)


#: What a profile folder holds that someone could mark while the laptop is off (`settle_profile`).
_MARKED_FILES = ("vault.json", "store.db", "store.db-wal", "store.db-shm")


def settle_profile(profile_dir: Path | str, folders: tuple[Path, ...]) -> None:
    """Settle the profile's own `folders` (`settle_folder`), then leave no mark planted on the
    profile folder, its folders and its files for a later look to read (review r7i R7I-6): the
    folder's sticky, setgid or setuid bit is dropped (mode 0700 exactly, as a duress unlock's
    renewed folder has it), and every extended attribute of the user namespace ("user.*", what
    the liaison's own rights can write) is removed. Before, marks planted with the laptop off
    survived the real passphrase and vanished at the duress one, which renews everything; now
    both leave none. Run at every open of the store, before anything depends on which
    passphrase opened the vault. The folder's inode number is not a mark this can take away
    (docs/SECURITY.md, D6). Raises what `settle_folder` raises; a mark that cannot be removed
    (no extended attributes on this file system) is left."""
    for folder in folders:
        settle_folder(folder)
    profile_dir = Path(profile_dir)
    info = os.lstat(profile_dir)
    if stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) & ~0o777:
        os.chmod(profile_dir, stat.S_IMODE(info.st_mode) & 0o777)
    for path in (profile_dir, *folders, *(profile_dir / name for name in _MARKED_FILES)):
        _drop_user_attributes(path)


def _drop_user_attributes(path: Path) -> None:
    if not hasattr(os, "listxattr"):  # no extended attributes on this system
        return
    try:
        names = os.listxattr(path, follow_symlinks=False)
    except OSError:  # not there, or no extended attributes on this file system
        return
    for name in names:
        if name.startswith("user."):
            with contextlib.suppress(OSError):
                os.removexattr(path, name, follow_symlinks=False)


def ensure_folder(path: Path | str) -> Path:
    """Make the folder `path` (0700) if nothing is there; return it. An existing folder is left
    as it is. OwnFolderError when a link or anything else is there (a dangling link too)."""
    path = Path(path)
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, PRIVATE_DIR)
    check_folder(path)
    return path


def renew_folder(path: Path | str) -> Path:
    """Remove the folder `path` with everything in it and make it again, empty, 0700.

    A link there (or any other non-folder) is removed itself: what it points at stays untouched.
    `shutil.rmtree` does not follow links inside the folder either (it removes them as entries).
    Raises OSError."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            remove_tree(path)
        else:
            os.unlink(path)
    os.mkdir(path, PRIVATE_DIR)
    return path


def clear_entry(path: Path | str) -> None:
    """Remove whatever is at `path` (a name inside the profile): a folder with everything in it,
    anything else (a file, a link, a FIFO, a socket) as itself; nothing when absent. A link is
    never followed, here or inside a folder removed (`shutil.rmtree` removes links as entries).
    Raises OSError when something cannot be removed."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        remove_tree(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def remove_tree(path: Path | str) -> None:
    """`shutil.rmtree(path)` (links removed as entries, never followed) that also gets past a
    folder inside whose permissions this user took away (mode 0500 or 0000, planted with the
    liaison's own rights while the laptop was off): such a folder, never a link, is given
    0700 back and the removal tried again (review r7b, N2). Raises OSError for what still
    cannot be removed (an immutable file, a folder of another owner)."""
    shutil.rmtree(path, onerror=_past_permissions)


def _own_folder_writable(folder: str) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False  # a link (or anything else) is never changed
    os.chmod(folder, PRIVATE_DIR)
    return True


def _past_permissions(func: object, failed: str, exc_info: tuple) -> None:
    error = exc_info[1]
    if isinstance(error, FileNotFoundError):
        return  # removed meanwhile (by a retry below)
    if not isinstance(error, PermissionError):
        raise error
    if func in (os.open, os.scandir):  # a folder that cannot be read: opened up, then removed
        if not _own_folder_writable(failed):
            raise error
        shutil.rmtree(failed, onerror=_past_permissions)
        return
    if func not in (os.unlink, os.rmdir) or not _own_folder_writable(os.path.dirname(failed)):
        raise error
    func(failed)


def move_entry(source: Path, target: Path) -> None:
    """Rename `source` (an entry of the old profile folder that is not the app's own) to
    `target` in the new one. Moving a folder to another parent changes its ``..``, which needs
    its write permission: a folder of the person's own without it (``chmod 0500 photos``) stayed
    behind in the hidden old folder, after a duress unlock only (review r7l R7L-6). Such a folder
    gets its owner's write bit for the move and its mode back after. Raises OSError."""
    try:
        os.rename(source, target)
    except PermissionError:
        info = os.lstat(source)
        if (not stat.S_ISDIR(info.st_mode) or not hasattr(os, "geteuid")
                or info.st_uid != os.geteuid()):
            raise
        os.chmod(source, stat.S_IMODE(info.st_mode) | stat.S_IWUSR)
        try:
            os.rename(source, target)
        finally:
            os.chmod(target if os.path.lexists(target) else source, stat.S_IMODE(info.st_mode))
