"""Review r7f G4: an older vault.json and store.db put back beside a current sealed/
(passphrase-only mode, where nothing outside the profile remembers either) opened with no
notice, and the signal sealed since lay in sealed/ with no row naming it, unsaid. The unlock now
says it (the session's `unlisted_sealed`, the sentence `store.sealed_unlisted` on the command
line and in the window), never removes such a file, and copies it as it is for the office
(`export --unlisted`, the window's Save… button): the office opens the copy with its identity.
An ordinary life of a profile (seal, export, receipt, a seal cut before its row) never says it
(store/unlisted.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from liaison_fixtures import PASSPHRASE, run_cli, signal_fields
from rollback_kit import rollback_profile
from transfer_kit import open_at_office, set_up

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.unlisted import COPY_PREFIX


def _put_back_store_and_vault(tmp_path: Path) -> tuple[Path, str]:
    """A profile whose vault.json and store.db are put back from before a seal, sealed/ kept
    current; returns the profile and the id of the signal sealed after the copy."""
    profile = rollback_profile(tmp_path, use_keyring=False)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.seal(session.record(signal_fields(description="sealed before the copy")))
    session.lock()
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("vault.json", "store.db"):
        shutil.copy2(profile / name, copy / name)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    later = session.seal(session.record(signal_fields(description="sealed after")))
    session.lock()
    for name in ("vault.json", "store.db"):
        shutil.copy2(copy / name, profile / name)
    for extra in ("store.db-wal", "store.db-shm"):
        (profile / extra).unlink(missing_ok=True)
    return profile, later.id


def _passfile(root: Path) -> Path:
    path = root / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def test_a_store_put_back_from_before_a_seal_says_the_sealed_file_it_does_not_list(
        tmp_path: Path) -> None:
    profile, later = _put_back_store_and_vault(tmp_path)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.unlisted_sealed == (later,)
    assert later not in [entry.id for entry in session.list_entries()]
    session.lock()
    assert (profile / "sealed" / f"{later}.age").is_file()  # never removed

    listed = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                      "list"], cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert listed.returncode == 0, listed.stderr
    assert f"Warning: {sentence('store.sealed_unlisted', 'en', count=1)}" in \
        listed.stderr.splitlines()
    dutch = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                     "list"], cwd=tmp_path, env={"LANG": "nl_NL.UTF-8"})
    assert sentence("store.sealed_unlisted", "nl", count=1) in dutch.stderr


def test_export_unlisted_copies_the_file_as_it_is_and_the_office_opens_it(
        tmp_path: Path) -> None:
    profile, later = _put_back_store_and_vault(tmp_path)
    target = tmp_path / "stick"
    target.mkdir()
    saved = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                     "export", "--unlisted", "--to", str(target)],
                    cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert saved.returncode == 0, saved.stderr
    copy = target / f"{COPY_PREFIX}{later}.age"
    assert [p.name for p in target.iterdir()] == [copy.name]
    assert copy.read_bytes() == (profile / "sealed" / f"{later}.age").read_bytes()
    # The office opens it with its identity (the real age; the item is a tar of signal.json).
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "office" / "office.key"),
                             str(copy)], capture_output=True, check=True).stdout
    assert b"sealed after" in opened  # the signal sealed since, whole, for the office
    # Never handed over as the liaison's signals without saying they carry no signature
    # (review r7j R7J-6), in either language.
    assert f"Warning: {sentence('liaison_out.unlisted_unsigned', 'en')}" in \
        saved.stderr.splitlines()
    dutch = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                     "export", "--unlisted", "--to", str(target)],
                    cwd=tmp_path, env={"LANG": "nl_NL.UTF-8"})
    assert sentence("liaison_out.unlisted_unsigned", "nl") in dutch.stderr


def test_in_passphrase_only_mode_the_notice_names_both_a_store_put_back_and_planted_files(
        tmp_path: Path) -> None:
    """Review r7j R7J-6: without the keyring nothing tells an older store.db from a planted
    file, so the notice says both, and that the files are unverified for the office."""
    profile, _later = _put_back_store_and_vault(tmp_path)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.unlisted_notice == "store.sealed_unlisted"
    session.lock()
    for language in ("en", "nl"):
        said = sentence("store.sealed_unlisted", language, count=1)
        assert ("anyone can seal a file" in said) or ("iedereen kan een bestand" in said)
        assert ("unverified copies" in said) or ("niet-gecontroleerde kopieën" in said)


def test_in_keyring_mode_a_planted_sealed_file_is_called_planted_not_a_lost_signal(
        tmp_path: Path, secret_service) -> None:
    """Review r7j R7J-6: in keyring mode an older store.db put back is refused (StoreRolledBack),
    so a sealed file no row names was not made by this profile: the notice says it may have
    been planted and not to hand it over as the liaison's signal, in the window's and the
    command line's one sentence."""
    profile = rollback_profile(tmp_path, use_keyring=True)
    planted = "0123456789abcdef0123456789abcdef"
    (profile / "sealed" / f"{planted}.age").write_bytes(b"age-encryption.org/v1 planted")
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        assert session.unlisted_sealed == (planted,)
        assert session.unlisted_notice == "store.sealed_unlisted_planted"
    finally:
        session.lock()
    said = sentence("store.sealed_unlisted_planted", "en", count=1)
    assert "not made by it" in said and "Do not hand them over as your signals" in said
    assert "someone put back an older copy" not in said


def test_a_profile_used_as_usual_never_says_it(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    sealed = [session.seal(session.record(signal_fields())).id for _ in range(2)]
    session.record(signal_fields(description="a draft"))
    stick = tmp_path / "stick"
    stick.mkdir()
    result = session.export(stick)
    summary = open_at_office(office, result.paths)
    session.import_receipt(summary.receipt_path)
    draft = session.record(signal_fields(description="cut while sealing"))
    profile = session.profile_dir
    session.lock()
    # A seal cut after its file was written and before its row: the draft is still there,
    # and recovery removes the file (local_store.py): not a file the store does not know.
    (profile / "sealed" / f"{draft}.age").write_bytes(b"age-encryption.org/v1 cut")
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.unlisted_sealed == ()
    assert not (profile / "sealed" / f"{draft}.age").exists()
    assert sorted(sealed) == sorted(e.id for e in session.list_entries() if e.kind == "sealed")
    session.lock()


def test_a_planted_sealed_file_is_said_and_never_put_in_a_bundle(tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    real = session.seal(session.record(signal_fields())).id
    profile = session.profile_dir
    session.lock()
    planted = "0123456789abcdef0123456789abcdef"
    (profile / "sealed" / f"{planted}.age").write_bytes(b"planted by someone")
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.unlisted_sealed == (planted,)
    stick = tmp_path / "stick"
    stick.mkdir()
    result = session.export(stick)  # under the liaison's signature: only the store's items
    assert list(result.item_ids) == [real]
    session.lock()
