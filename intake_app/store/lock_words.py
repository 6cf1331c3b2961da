"""The words a lock could not save, kept on disk until the next unlock of the same vault.

Why on disk (issue 12, task t12b): a lock waits only a moment for another program holding
store.db (ui/draft_keeper.py AUTOSAVE_WAIT_S), and what it could not save was held in memory
only; an app killed while locked (SIGKILL, a dead battery) lost it. The window now writes the
sealed words (DraftRows.seal_for_lock: XChaCha20-Poly1305 under a subkey of the vault key,
never plaintext) to `FILE_NAME` in the profile folder, atomically (temp, fsync, rename:
fs/atomic.py), and the next unlock of this vault saves them into the draft and removes the file.

The name says nothing of what is in it and is one of the profile's own (fs/folder_renewal.py
OWN_NAMES): a duress unlock removes it with the old profile folder, or in place with the old
store (store/fresh.py `put_in_place`), as it removes everything else of the real vault, so its
removal tells nothing more than the renewal itself does (docs/SECURITY.md, "Words kept at a
lock"). Imports no Qt.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from intake_app.fs.atomic import fsync_dir, write_atomic

#: The file in the profile folder (also in fs/folder_renewal.py OWN_NAMES).
FILE_NAME = "lock-words.box"
#: The largest sealed file read back (bytes): a record (drafts.py MAX_RECORD_BYTES, 1 MiB)
#: with its box's header, nonce and tag, and room to spare; anything larger is not ours.
MAX_FILE_BYTES = (1 << 20) + 4096


def write(profile_dir: Path, sealed: bytes) -> None:
    """Write `sealed` (bytes sealed by `DraftRows.seal_for_lock`) to `FILE_NAME` in
    `profile_dir`, atomically and privately (0600), replacing what was there. Raises OSError
    (ENOSPC for a full disk)."""
    write_atomic(Path(profile_dir) / FILE_NAME, sealed)


def read(profile_dir: Path) -> bytes | None:
    """The sealed words in `profile_dir`, or None when there is no such file, it is not a
    regular file (a link is never followed) or larger than MAX_FILE_BYTES. Raises OSError when
    it cannot be read."""
    path = Path(profile_dir) / FILE_NAME
    if path.is_symlink() or not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_NONBLOCK", 0))  # a FIFO planted there never blocks
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return handle.read(MAX_FILE_BYTES)


def remove(profile_dir: Path) -> None:
    """Remove `FILE_NAME` from `profile_dir` (nothing when it is not there), durably. Raises
    OSError when it cannot be removed."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(Path(profile_dir) / FILE_NAME)
    fsync_dir(Path(profile_dir))

