"""A real, small filesystem for full-disk tests: a tmpfs mounted for the test (needs root).

Outside CI a machine without root skips these tests; in CI they must run, so there it fails.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tools import require_tool


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def skip_or_fail(reason: str) -> None:
    if in_ci():
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str, *, mode: str | None = None,
                inodes: int | None = None) -> Iterator[Path]:
    """Mount a tmpfs of `size` (e.g. "256k", "2m") on a new `folder` for the duration; with
    `inodes`, at most that many files and folders on it."""
    folder.mkdir()
    if os.geteuid() != 0:
        skip_or_fail("mounting a small tmpfs needs root")
    options = (f"size={size}" + (f",mode={mode}" if mode else "")
               + (f",nr_inodes={inodes}" if inodes else ""))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        skip_or_fail(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def ext4_image(folder: Path, size_mib: int = 32) -> Iterator[Path]:
    """A real ext4 file system of `size_mib` MiB in an image file, loop-mounted on a new
    `folder` for the duration (needs root): a plain block device, no copy-on-write, where what
    a file system frees unzeroed can be read back. Yields the mount point; on leaving, it is
    unmounted (everything written reaches the image) and the image stays at
    `folder.with_name(folder.name + ".img")` for the test to read."""
    folder.mkdir()
    if os.geteuid() != 0:
        skip_or_fail("mounting an ext4 image needs root")
    image = folder.with_name(folder.name + ".img")
    with open(image, "wb") as handle:
        handle.truncate(size_mib << 20)
    subprocess.run([require_tool("mkfs.ext4"), "-q", "-F", str(image)], check=True,
                   capture_output=True)
    mounted = subprocess.run(["mount", "-o", "loop", "-t", "ext4", str(image), str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        skip_or_fail(f"cannot loop-mount an ext4 image here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


@contextlib.contextmanager
def ramfs(folder: Path) -> Iterator[Path]:
    """Mount a ramfs on a new `folder` for the duration: a real file system that refuses
    O_DIRECT (it has no direct I/O at all), where large files must be read through the cache."""
    folder.mkdir()
    if os.geteuid() != 0:
        skip_or_fail("mounting a ramfs needs root")
    mounted = subprocess.run(["mount", "-t", "ramfs", "ramfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        skip_or_fail(f"cannot mount a ramfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def fat_stick(folder: Path, size_mib: int = 32) -> Iterator[Path]:
    """A real FAT32 file system of `size_mib` MiB mounted on a new `folder` (needs root): the
    kernel's vfat through a loop device where the kernel has it, else the FUSE driver fusefat.
    Yields the mount point; the way it was mounted is in `folder.fat_driver`."""
    folder.mkdir()
    if os.geteuid() != 0:
        skip_or_fail("mounting a FAT image needs root")
    image = folder.with_name(folder.name + ".img")
    with open(image, "wb") as handle:
        handle.truncate(size_mib << 20)
    subprocess.run([require_tool("mkfs.vfat"), "-F", "32", str(image)], check=True,
                   capture_output=True)
    kernel = subprocess.run(["mount", "-o", "loop", "-t", "vfat", str(image), str(folder)],
                            capture_output=True, text=True, check=False)
    if kernel.returncode == 0:
        unmount = ["umount", "-l", str(folder)]
    else:  # no vfat in this kernel (as in some containers): the FUSE driver
        fuse = subprocess.run([require_tool("fusefat"), "-o", "rw+", str(image), str(folder)],
                              capture_output=True, text=True, check=False)
        if fuse.returncode != 0:
            skip_or_fail(f"cannot mount FAT here: kernel: {kernel.stderr.strip()}; "
                         f"fusefat: {fuse.stderr.strip()}")
        unmount = [require_tool("fusermount3"), "-u", "-z", str(folder)]
    try:
        yield folder
    finally:
        subprocess.run(unmount, check=False, capture_output=True)
        image.unlink(missing_ok=True)
