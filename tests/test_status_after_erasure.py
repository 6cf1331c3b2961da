"""Review r7i R7I-3 (issue 7): `intake-app status` on a vault that erased itself after wrong
passphrases printed "Erases itself after 3 wrong passphrases (None left)" before saying it was
erased. Now the wipe-after line is left out for an erased vault, and the erasure is what is
said."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, run_cli
from passphrase_kit import wipe_after_three

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import VaultWiped, WrongPassphrase


def test_status_of_an_erased_vault_says_it_was_erased_and_counts_nothing_left(
        tmp_path: Path, secret_service: object) -> None:
    profile = wipe_after_three(tmp_path, PASSPHRASE, keyring=True)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "not the passphrase at all 42")
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(profile, "not the passphrase at all 42")
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    done = run_cli(["status", "--profile", str(profile), "--passphrase-file", str(passfile)],
                   cwd=tmp_path, env={"SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert "Erases itself" not in done.stdout
    assert "None" not in done.stdout + done.stderr
    assert sentence("vault.wiped", "en") in " ".join(done.stderr.split())
