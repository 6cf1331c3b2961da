"""Issue 7: a duress passphrase set with the previous version (its proof covered no profile
state, so it is no longer trusted) typed at the first unlock after updating.

What the person watching sees must be what an ordinary wrong passphrase shows: the same error,
the same sentence, the same attempts left; nothing about a duress passphrase. Nothing changes:
vault.json stays byte for byte, the real passphrase still opens the profile with every signal,
and after that unlock (which renews the proof) the duress passphrase empties it as it should.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duress_kit
import pytest
from liaison_fixtures import PASSPHRASE, run_cli
from tamper_kit import Reference, build_reference
from test_duress_rollback import DURESS, duress_outcome

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import WrongPassphrase


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("reference"))


def old_form_profile(reference: Reference, folder: Path) -> Path:
    """A copy of the reference whose duress proof is of the oldest form, over the kcv and the
    office record only (as a store prepared before the proof covered the profile state holds),
    made with the duress key the real passphrase reaches."""
    profile = folder / "profile"
    shutil.copytree(reference.profile, profile)
    duress_kit.plant_proof_form(profile, 1)
    return profile


def test_a_duress_passphrase_with_an_old_proof_looks_like_a_wrong_passphrase_and_changes_nothing(
        reference: Reference, tmp_path: Path) -> None:
    profile = old_form_profile(reference, tmp_path / "duress")
    ordinary = old_form_profile(reference, tmp_path / "wrong")
    vault_json = (profile / "vault.json").read_bytes()
    with pytest.raises(WrongPassphrase) as duress:
        LiaisonSession.unlock(profile, DURESS)
    with pytest.raises(WrongPassphrase) as wrong:
        LiaisonSession.unlock(ordinary, "not the passphrase at all")
    assert (duress.value.code, str(duress.value), duress.value.attempts_left) == (
        wrong.value.code, str(wrong.value), wrong.value.attempts_left)
    assert (profile / "vault.json").read_bytes() == vault_json
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # renews the proof
    try:
        ids = {entry.id for entry in session.list_entries()}
    finally:
        session.lock()
    assert ids == set(reference.drafts) | set(reference.items)
    assert duress_outcome(reference, profile, tmp_path) == "sealed to the current office key"


def test_on_the_command_line_a_duress_passphrase_with_an_old_proof_reads_as_a_wrong_one(
        reference: Reference, tmp_path: Path) -> None:
    def listing(profile: Path, passphrase: str) -> tuple[int, str, str]:
        passfile = profile.parent / "pass"
        passfile.write_text(passphrase + "\n")
        done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                       cwd=profile.parent)
        return done.returncode, done.stdout, done.stderr.replace(str(profile), "PROFILE")

    duress = listing(old_form_profile(reference, tmp_path / "duress"), DURESS)
    wrong = listing(old_form_profile(reference, tmp_path / "wrong"), "not the passphrase at all")
    assert duress == wrong
    assert duress[0] != 0
