"""Review r7j, R7J-9 (medium): one entry of the old profile that cannot be removed (an immutable
`sealed/`, set with root while the laptop was off) made a duress unlock leave the old vault.json,
which the real passphrase still opens (passphrase-only mode), in a hidden folder beside the
profile.

The duress unlock's removal of the old folder (fs/folder_renewal.py `_hide`) stopped at the first
entry it could not remove, in directory order; vault.json came after `sealed/`. Now vault.json
(the old slots) goes first and the removal goes on past what cannot be removed: whatever is left
beside the profile, no vault.json is. Both vault modes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import duress_kit
from duress_kit import DURESS
from test_duress_obstacles import used_profile

from intake_app.fs import folder_renewal
from intake_app.services.liaison import LiaisonSession

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def test_an_immutable_sealed_folder_leaves_no_old_vault_json_beside_the_profile(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path, use_keyring)
    subprocess.run(["chattr", "+i", str(profile / "sealed")], check=True)
    try:
        coerced = LiaisonSession.unlock(profile, DURESS)
        assert coerced.list_entries() == []
        coerced.lock()
        folder_renewal.wait_for_removals()
        left = [path for path in tmp_path.rglob("vault.json") if path != profile / "vault.json"]
    finally:
        for path in tmp_path.rglob("sealed"):
            subprocess.run(["chattr", "-i", str(path)], check=False)
    assert left == []
