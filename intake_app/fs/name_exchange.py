"""Swapping two names in one step (Linux's renameat2 with RENAME_EXCHANGE), for the profile
folder's renewal (folder_renewal.py) and a set-up's swap (services/profile_setup.py). Imports
no Qt.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h


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
