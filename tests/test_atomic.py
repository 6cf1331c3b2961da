from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from intake_app.fs.atomic import atomic_writer, remove_partials, write_atomic


def test_write_is_private_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    write_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_failed_write_leaves_old_file_and_no_leftover(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    write_atomic(target, b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"new but unfinished")
        raise RuntimeError("medium pulled")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.bin"]


def test_remove_partials(tmp_path: Path) -> None:
    (tmp_path / ".x.bin.abc.partial").write_bytes(b"half")
    (tmp_path / "keep.bin").write_bytes(b"whole")
    assert remove_partials(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.bin"]
