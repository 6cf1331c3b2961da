"""SIGKILL at every file-system step of a set-up: the profile is then set up, or not at all
(review r7e F4; issue 7, scenario 8).

Set-up wrote vault.json, store.db and `blobs/` in the profile folder itself; a kill after any of
them left a profile that neither `init` ("already has a vault") nor unlock ("no signal store
yet", "does not belong to this vault … restore from a backup") accepted. Now it is built beside
the profile folder and swapped in (services/profile_setup.py). A forked child sets up a profile
and kills itself right after its k-th file-system step (test_kill_export.py's counter), for
every k; then the person's next step must work: either unlock opens the complete profile, or
unlock says there is no vault yet (nothing about tampering) and `init` sets it up afresh, and
no leftover stays beside it once that start is done.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office
from test_kill_export import _in_child

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, VaultNotFound
from intake_app.vault.profile import wait_for_removals


@pytest.fixture(params=["passphrase-only", "keyring"])
def keyring_mode(request: pytest.FixtureRequest) -> bool:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
        return True
    return False


def test_a_set_up_killed_at_any_step_is_complete_or_can_be_set_up_again(
        tmp_path: Path, keyring_mode: bool) -> None:
    office = make_office(tmp_path / "office")

    def set_up(profile: Path) -> LiaisonSession:
        return LiaisonSession.initialise(
            profile, PASSPHRASE, office.parsed, office.parsed.fingerprint,
            liaison_name="Amina Haddad", use_keyring=keyring_mode,
            kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)

    def leftovers(profile: Path) -> list[str]:
        return sorted(p.name for p in profile.parent.iterdir()
                      if p.name.startswith(f".{profile.name}."))

    steps_file = tmp_path / "steps"
    counted = tmp_path / "counted" / "profile"
    assert os.WEXITSTATUS(_in_child(lambda: set_up(counted).lock(), 0, steps_file)) == 0
    steps = int(steps_file.read_text())
    assert steps > 10
    outcomes = {"complete": 0, "set up again": 0}
    killed = 0
    for kill_after in range(1, steps + 1):
        profile = tmp_path / f"cut-{kill_after}" / "profile"
        profile.parent.mkdir()
        status = _in_child(lambda: set_up(profile).lock(), kill_after)  # noqa: B023
        # The count varies by a step or two between runs (SQLite's own files): a child may end
        # before its k-th step, with the profile set up.
        was_killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        assert was_killed or os.WEXITSTATUS(status) == 0, kill_after
        killed += was_killed
        try:
            session = LiaisonSession.unlock(profile, PASSPHRASE)
            outcomes["complete"] += 1
        except VaultNotFound:  # not set up: no vault (nothing that suggests tampering)
            session = set_up(profile)
            outcomes["set up again"] += 1
        session.lock()
        LiaisonSession.unlock(profile, PASSPHRASE).lock()
        assert wait_for_removals(60)
        assert leftovers(profile) == [], kill_after
        assert sorted(p.name for p in profile.iterdir()) == [
            "blobs", "sealed", "store.db", "vault.json"], kill_after
    print(f"set-up cut at each of {steps} steps: {outcomes}")
    assert killed >= steps - 3  # nearly every run was really killed mid-way
    assert outcomes["complete"] >= 1 and outcomes["set up again"] >= 1
