"""Which file size limit a target folder has: FAT32 sticks cannot hold a file of 4 GiB or more."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

FAT_MAX_FILE = (4 << 30) - 1
# The kernel's drivers, and the FUSE FAT driver (fusefat shows as "fuse.fusefat").
_FAT_TYPES = {"vfat", "msdos", "fat", "fat32", "umsdos", "fuse.fusefat"}


def _linux_fs_type(path: Path) -> str | None:
    # The longest mount point that contains `path` is the one it lives on.
    best, best_type = "", None
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                fields = line.split()
                if len(fields) < 3:
                    continue
                mount = fields[1].replace("\\040", " ")
                inside = str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")
                if inside and len(mount) >= len(best):
                    best, best_type = mount, fields[2]
    except OSError:
        return None
    return best_type


def _windows_fs_type(path: Path) -> str | None:
    import ctypes  # only on Windows

    root = os.path.splitdrive(str(path))[0] + "\\"
    name = ctypes.create_unicode_buffer(64)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(  # type: ignore[attr-defined]
        root, None, 0, None, None, None, name, len(name)
    )
    return name.value if ok else None


def _mac_fs_type(path: Path) -> str | None:
    # `mount` lines look like "/dev/disk2s1 on /Volumes/STICK (msdos, local, ...)".
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
        best, best_type = "", None
        for line in out.splitlines():
            if " on " not in line or " (" not in line:
                continue
            mount = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            kind = line.rsplit(" (", 1)[1].split(",")[0].strip(" )")
            if (str(path) + "/").startswith(mount.rstrip("/") + "/") and len(mount) >= len(best):
                best, best_type = mount, kind
        return best_type
    return None


def filesystem_type(folder: Path) -> str | None:
    """The filesystem type name of `folder` as the OS reports it, or None when unknown."""
    path = Path(folder).resolve()
    try:
        if sys.platform.startswith("linux"):
            return _linux_fs_type(path)
        if sys.platform == "win32":
            return _windows_fs_type(path)
        if sys.platform == "darwin":
            return _mac_fs_type(path)
    except (OSError, ValueError, AttributeError):
        return None
    return None


def max_file_size(folder: Path) -> int | None:
    """FAT_MAX_FILE on FAT filesystems (vfat/msdos/FAT32), else None (no limit we know of)."""
    kind = filesystem_type(folder)
    return FAT_MAX_FILE if kind and kind.lower() in _FAT_TYPES else None
