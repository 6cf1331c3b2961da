"""Review r7j, R7J-9 (medium): one entry of the old profile that cannot be removed (an immutable
`sealed/`, set with root while the laptop was off) made a duress unlock leave the old vault.json,
which the real passphrase still opens (passphrase-only mode), in a hidden folder beside the
profile; and, once that was mended, still a hidden `.<profile>.<hex>.partial` folder holding
what it could not remove: a tell that appeared only after the duress passphrase.

Now every entry the duress unlock would remove is looked at before any passphrase is tried
(fs/removable.py, store/folder_ahead.py `check_ahead`): one that cannot be removed refuses the
real, the duress and a wrong passphrase alike, with one sentence naming it and the command that
mends it, nothing counted or changed; taken off, the real passphrase opens as before. Behind
that, the removal of the old folder (fs/folder_renewal.py `_hide`) still takes vault.json first
and goes on past what cannot be removed. Both vault modes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, unlock_without_root_powers
from liaison_fixtures import PASSPHRASE
from small_disk import skip_or_fail
from test_duress_obstacles import used_profile
from test_duress_oracle import answer

from intake_app.fs import folder_renewal, removable
from intake_app.services.liaison import LiaisonSession

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def _needs_chattr() -> None:
    if shutil.which("chattr") is None or os.geteuid() != 0:
        skip_or_fail("needs root and chattr (e2fsprogs)")


def _sealed_file(profile: Path) -> Path:
    return next((profile / "sealed").glob("*.age"))


# name -> (the marked entry in the profile, the chattr flag): set with root, laptop off.
MARKS = {
    "immutable sealed/": (lambda p: p / "sealed", "i"),
    "immutable file inside sealed/": (_sealed_file, "i"),
    "append-only blobs/": (lambda p: p / "blobs", "a"),
    "immutable store.db": (lambda p: p / "store.db", "i"),
    # the duress unlock makes and renames the new profile beside it (review r7l R7L-5)
    "append-only folder holding the profile": (lambda p: p.parent, "a"),
}


def _chattr(path: Path, flags: str) -> None:
    subprocess.run(["chattr", flags, str(path)], check=True, timeout=30)


def _unmark_all(root: Path) -> None:
    """Every mark under `root` taken off, wherever a renewal moved the entry (else pytest could
    not remove the test's folder)."""
    subprocess.run(["chattr", "-R", "-f", "-i", "-a", str(root)], capture_output=True,
                   check=False, timeout=60)


@pytest.fixture
def marked(request: pytest.FixtureRequest, tmp_path: Path, use_keyring: bool,
           ) -> Iterator[tuple[Path, Path]]:
    """(the used profile, its entry marked as `request.param` of MARKS says); unmarked after."""
    _needs_chattr()
    profile = used_profile(tmp_path / "coerced", use_keyring)
    where, flag = MARKS[request.param]
    entry = where(profile)
    _chattr(entry, f"+{flag}")
    try:
        yield profile, entry
    finally:
        _unmark_all(tmp_path)


def _partials(parent: Path) -> list[str]:
    folder_renewal.wait_for_removals()
    return sorted(path.name for path in parent.iterdir() if path.name.endswith(".partial"))


@pytest.mark.parametrize("marked", list(MARKS), indirect=True)
def test_an_entry_that_cannot_be_removed_refuses_every_passphrase_alike_and_leaves_no_partial(
        marked: tuple[Path, Path]) -> None:
    profile, entry = marked
    vault_json = (profile / "vault.json").read_bytes()
    duress = answer(profile, DURESS)
    real = answer(profile, PASSPHRASE)
    wrong = answer(profile, "not the passphrase at all")
    assert real[0] == "own.cannot_remove_flag"
    assert str(entry) in real[1] and f"chattr -i -a '{entry}'" in real[1]
    assert duress == real == wrong
    assert (profile / "vault.json").read_bytes() == vault_json  # nothing counted or changed
    assert _partials(profile.parent) == []


@pytest.mark.parametrize("marked", ["immutable file inside sealed/"], indirect=True)
def test_once_the_mark_is_taken_off_the_real_passphrase_opens_everything(
        marked: tuple[Path, Path]) -> None:
    profile, entry = marked
    assert answer(profile, DURESS)[0] == "own.cannot_remove_flag"
    _chattr(entry, "-i")
    assert answer(profile, PASSPHRASE) == ("opened", "2 entries")  # a draft and a sealed one


def test_a_folder_of_another_user_that_may_not_be_written_refuses_both_passphrases(
        tmp_path: Path) -> None:
    # As the liaison's user would meet it: a child without the capabilities that let root
    # past a folder's owner and mode (these tests run as root), with `sealed/` given to
    # another user and closed to this one.
    profile = used_profile(tmp_path / "coerced", False)
    os.chown(profile / "sealed", 4321, 4321)
    os.chmod(profile / "sealed", 0o755)
    answers = [unlock_without_root_powers(profile, p) for p in (DURESS, PASSPHRASE)]
    assert answers == ["own.cannot_remove_owner"] * 2
    assert _partials(profile.parent) == []


def test_past_the_check_an_immutable_sealed_folder_leaves_no_old_vault_json_beside_the_profile(
        tmp_path: Path, use_keyring: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # The second line of defence: were an entry missed by the check ahead, the removal of the
    # old folder still takes vault.json (the old slots) first and goes on past the entry.
    _needs_chattr()
    profile = used_profile(tmp_path, use_keyring)
    monkeypatch.setattr(removable, "check_profile", lambda profile_dir: None)
    _chattr(profile / "sealed", "+i")
    try:
        coerced = LiaisonSession.unlock(profile, DURESS)
        assert coerced.list_entries() == []
        coerced.lock()
        folder_renewal.wait_for_removals()
        left = [path for path in tmp_path.rglob("vault.json") if path != profile / "vault.json"]
    finally:
        _unmark_all(tmp_path)
    assert left == []
