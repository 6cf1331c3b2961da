"""Review r7i R7I-6 (issue 7): marks planted on the powered-off profile no longer tell the real
passphrase from the duress one.

With the liaison's own rights and the laptop off, someone sets a sticky or setgid bit on the
profile folder, or an extended attribute ("user.mark") on the folder, `sealed/`, `store.db` or
`vault.json`, and reads it back after the person was made to unlock. Before, every mark was
still there after the real passphrase and gone after the duress one (which renews the folder).
Now both leave the same: the folder 0700 exactly, no "user.*" attribute anywhere.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_oracle import answer, used_profile

MARKED = ("", "sealed", "blobs", "store.db", "vault.json")


def _xattr(name: str) -> Callable[[Path], None]:
    def plant(profile: Path) -> None:
        os.setxattr(profile / name, "user.mark", b"seen before")
    return plant


def _mode(bits: int) -> Callable[[Path], None]:
    def plant(profile: Path) -> None:
        os.chmod(profile, bits)
    return plant


MARKS = {
    "sticky bit on the folder": _mode(0o1700),
    "setgid bit on the folder": _mode(0o2700),
    **{f"user.mark on {name or 'the folder'}": _xattr(name) for name in MARKED},
}


def _marks(profile: Path) -> tuple[int, dict[str, list[str]]]:
    """The folder's mode and the user.* attributes left on what a mark was planted on."""
    found = {name: [a for a in os.listxattr(profile / name) if a.startswith("user.")]
             for name in MARKED if (profile / name).exists()}
    return stat.S_IMODE(os.stat(profile).st_mode), {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("mark", list(MARKS))
def test_a_mark_planted_offline_is_gone_after_the_real_passphrase_as_after_the_duress_one(
        tmp_path: Path, mark: str) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    pristine = tmp_path / "pristine"
    shutil.copytree(profile, pristine, symlinks=True)
    MARKS[mark](profile)
    assert answer(profile, PASSPHRASE) == ("opened", "3 entries")
    after_real = _marks(profile)
    shutil.rmtree(profile)
    shutil.copytree(pristine, profile, symlinks=True)
    MARKS[mark](profile)
    assert answer(profile, DURESS) == ("opened", "0 entries")
    assert _marks(profile) == (0o700, {})
    assert after_real == (0o700, {})
