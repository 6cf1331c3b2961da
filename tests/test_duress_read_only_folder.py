"""A read-only folder of the person's own in the profile (``chmod 0500 photos``, no root needed)
goes into the renewed profile at a duress unlock like any other entry of theirs, and nothing of
the old profile stays beside it (review r7l R7L-6: moving a folder to another parent needs its
write permission, so it stayed in a hidden ``.<profile>.<hex>.partial`` folder for good, after a
duress unlock only: a tell). Run as the liaison's user meets it: a child without the
capabilities that let root past a folder's mode (these tests run as root)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_obstacles import used_profile

CODE = ("import sys; from pathlib import Path; "
        "from intake_app.errors import SeinpostError; "
        "from intake_app.fs import folder_renewal; "
        "from intake_app.services.liaison import LiaisonSession\n"
        "try:\n    s = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2])\n"
        "    print(len(s.list_entries())); s.lock(); folder_renewal.wait_for_removals()\n"
        "except SeinpostError as exc:\n    print(exc.code)")


def _unlock_without_root_powers(profile: Path, passphrase: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    done = subprocess.run(["setpriv", "--inh-caps=-all",
                           "--bounding-set=-dac_override,-dac_read_search,-fowner",
                           sys.executable, "-c", CODE, str(profile), passphrase],
                          capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).parent.parent, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_read_only_folder_of_ones_own_moves_into_the_new_profile_at_a_duress_unlock(
        tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    photos = profile / "photos"
    photos.mkdir()
    (photos / "kaart.jpg").write_bytes(b"\xff\xd8 mine")
    photos.chmod(0o500)
    try:
        assert _unlock_without_root_powers(profile, PASSPHRASE) == "2"
        assert _unlock_without_root_powers(profile, DURESS) == "0"  # an empty profile
        beside = sorted(p.name for p in profile.parent.iterdir())
        assert [name for name in beside if name.endswith(".partial")] == [], beside
        assert (profile / "photos" / "kaart.jpg").read_bytes() == b"\xff\xd8 mine"
        assert (profile / "photos").stat().st_mode & 0o777 == 0o500  # its mode kept
    finally:
        for folder in profile.parent.rglob("photos"):
            folder.chmod(0o700)
