"""Issue 7, review r7h R7H-12 and R7H-14: entries planted in `sealed/` or `blobs/` while the
laptop was off get the same answer from both passphrases and cost the duress unlock no work
per entry. The real unlock names a well-formed sealed file no row lists (`unlisted_sealed`) and
keeps it, keeps any other foreign name, and removes an orphan blob; the duress unlock used to
remove them all with the old folder, silently, one name at a time (60,000 planted names made it
seconds slower). Now the old folder holding them is carried into the new profile whole
(store/carry_over.py), and the new store's recovery treats them as the real one does.
Both vault modes; each passphrase on a profile of its own (a keyring profile cannot be copied).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_obstacles import used_profile

from intake_app.services.liaison import LiaisonSession

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes

PLANTED_ID = "ab" * 16
PLANTED_BYTES = b"age-encryption.org/v1 planted " * 10
ORPHAN_BLOB = "cd" * 16 + ".blob"
MANY = 300


def _plant(profile: Path) -> None:
    (profile / "sealed" / f"{PLANTED_ID}.age").write_bytes(PLANTED_BYTES)
    (profile / "sealed" / "notes").mkdir()
    (profile / "sealed" / "notes" / "inside.txt").write_bytes(b"someone's")
    (profile / "blobs" / ORPHAN_BLOB).write_bytes(b"orphan")
    for number in range(MANY):
        (profile / "blobs" / f"x{number:06d}").write_bytes(b"")


@pytest.fixture
def planted_names_touched(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every unlink, rename or open of a planted `x…` name in blobs/ this process makes."""
    touched: list[str] = []

    def watch(real):
        def call(path, *args, **kwargs):
            name = os.path.basename(os.fsdecode(path)) if isinstance(path, str | bytes | Path) \
                else ""
            if name.startswith("x0"):
                touched.append(name)
            return real(path, *args, **kwargs)
        return call

    for name in ("unlink", "rename", "open", "replace"):
        monkeypatch.setattr(os, name, watch(getattr(os, name)))
    yield touched


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["real", "duress"])
def test_a_planted_sealed_file_is_named_and_kept_by_both_passphrases(
        tmp_path: Path, use_keyring: bool, passphrase: str) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    _plant(profile)
    session = LiaisonSession.unlock(profile, passphrase)
    try:
        assert session.unlisted_sealed == (PLANTED_ID,)
    finally:
        session.lock()
    assert (profile / "sealed" / f"{PLANTED_ID}.age").read_bytes() == PLANTED_BYTES
    assert (profile / "sealed" / "notes" / "inside.txt").read_bytes() == b"someone's"
    again = LiaisonSession.unlock(profile, passphrase)  # and the next unlock says it again
    try:
        assert again.unlisted_sealed == (PLANTED_ID,)
    finally:
        again.lock()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["real", "duress"])
def test_planted_names_survive_both_passphrases_untouched_and_an_orphan_blob_goes_in_both(
        tmp_path: Path, use_keyring: bool, passphrase: str,
        planted_names_touched: list[str]) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    _plant(profile)
    planted_names_touched.clear()
    LiaisonSession.unlock(profile, passphrase).lock()
    assert planted_names_touched == []  # no work per planted name, whichever passphrase
    blobs = sorted(p.name for p in (profile / "blobs").iterdir())
    assert blobs == [f"x{number:06d}" for number in range(MANY)]  # the orphan blob removed


def test_the_duress_unlock_carries_no_file_of_the_emptied_store_along(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    own = sorted(p.name for p in (profile / "sealed").iterdir())
    assert len(own) == 1  # the profile's one sealed signal
    _plant(profile)
    session = LiaisonSession.unlock(profile, DURESS)
    assert session.list_entries() == []
    session.lock()
    assert sorted(p.name for p in (profile / "sealed").iterdir()) == [f"{PLANTED_ID}.age",
                                                                      "notes"]
    assert sorted(p.name for p in profile.parent.iterdir()) == sorted(
        ["profile", "office"])  # the old folder, and what was set aside in it, gone


def test_a_duress_unlock_killed_while_carrying_a_folder_leaves_a_profile_that_opens(
        tmp_path: Path) -> None:
    """Killed after the new profile's empty `sealed/` went and before the old one took its
    place: the profile is the emptied one, its missing folder made again at the next open, and
    the leftovers of the old folder removed by the next start (the planted entries with them,
    as before carrying existed)."""
    import signal

    from intake_app.store import carry_over
    from intake_app.vault import WrongPassphrase

    profile = used_profile(tmp_path / "coerced", False)
    _plant(profile)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            real_rename = os.rename

            def rename(source, target, *args, **kwargs):
                if Path(target) == profile / "sealed":
                    os.kill(os.getpid(), signal.SIGKILL)
                return real_rename(source, target, *args, **kwargs)

            carry_over.os.rename = rename
            LiaisonSession.unlock(profile, DURESS)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    assert not (profile / "sealed").exists()  # cut exactly there

    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert session.list_entries() == []
    finally:
        session.lock()
    assert (profile / "sealed").is_dir()
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, PASSPHRASE)
