"""Where an export really goes: is the target folder a removable drive, or the laptop's disk?

A stick that was not mounted (or was pulled before writing started) leaves its mount point as an
ordinary folder on the laptop's own disk; an export there "succeeds" and nothing reaches the
office. The export cannot tell a stick from a folder by its path, so it asks the OS and warns.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

SAME_DEVICE = "export.same_device"
NOT_REMOVABLE = "export.not_removable"


def _linux_removable(device: int) -> bool | None:
    """True/False from sysfs for the block device `device` (st_dev); None when unknown."""
    link = Path(f"/sys/dev/block/{os.major(device)}:{os.minor(device)}")
    try:
        real = link.resolve(strict=True)
    except OSError:
        return False if os.major(device) == 0 else None  # tmpfs, overlay: memory, not a stick
    if "/usb" in str(real):
        return True
    for folder in (real, real.parent):  # a partition's flag lives on its disk
        with contextlib.suppress(OSError, ValueError):
            return (folder / "removable").read_text(encoding="ascii").strip() == "1"
    return None


def placement_warnings(folder: Path, profile_dir: Path) -> list[str]:
    """Codes of what is odd about exporting into `folder` (a key of intake_app.sentences).

    SAME_DEVICE: `folder` is on the same filesystem as the profile (a stick that was not there,
    so its mount point is a plain folder on the laptop's disk, looks exactly like this);
    NOT_REMOVABLE: the OS says the device is not removable (Linux only; unknown elsewhere).
    """
    warnings = []
    try:
        device = os.stat(folder).st_dev
        if device == os.stat(profile_dir).st_dev:
            warnings.append(SAME_DEVICE)
    except OSError:
        return warnings
    if sys.platform.startswith("linux") and SAME_DEVICE not in warnings and \
            _linux_removable(device) is False:
        warnings.append(NOT_REMOVABLE)
    return warnings
