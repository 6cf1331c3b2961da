"""Review r7i R7I-5 (issue 7): the one-app-per-profile lock fails closed.

A profile folder given mode 0300 while the laptop was off (write and search, no read: every
file in it is still reachable by name) could not be opened to be locked, and Seinpost went on
unlocked without a word, so a second window or command opened the same profile beside the
first. Now such a folder is refused with its sentence, before any passphrase is tried, so the
real and the duress passphrase meet the same refusal and nothing is counted or changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_oracle import used_profile, what_stays

from intake_app.sentences import sentence

ROOT = Path(__file__).resolve().parents[1]


def _status_as_the_owner(profile: Path, passfile: Path) -> subprocess.CompletedProcess[str]:
    """`intake-app status` in a child that meets the folder's mode as its owner would (root
    without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: these tests run as root)."""
    env = dict(os.environ, SEINPOST_LANG="en", PYTHONPATH=str(ROOT))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(["setpriv", "--inh-caps=-all",
                           "--bounding-set=-dac_override,-dac_read_search",
                           sys.executable, "-m", "intake_app", "--profile", str(profile),
                           "--passphrase-file", str(passfile), "status"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                          check=False)


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["real", "duress"])
def test_a_profile_folder_made_unreadable_offline_is_refused_before_any_passphrase(
        tmp_path: Path, passphrase: str) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    passfile = tmp_path / "pass"
    passfile.write_text(passphrase + "\n")
    before = what_stays(profile)
    os.chmod(profile, 0o300)
    done = _status_as_the_owner(profile, passfile)
    os.chmod(profile, 0o700)
    assert done.returncode != 0
    refusal = sentence("vault.profile_unlockable", "en", path=str(profile),
                       reason="Permission denied")
    assert refusal in " ".join(done.stderr.split())
    assert what_stays(profile) == before  # nothing counted, purged or renewed


def test_the_same_profile_with_its_permissions_back_opens(tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    done = _status_as_the_owner(profile, passfile)
    assert done.returncode == 0, done.stderr
