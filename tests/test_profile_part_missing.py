"""Review r7k R7K-12: one of a profile's two files deleted while the laptop was off.

- vault.json gone, store.db / sealed / blobs still there: every command said "There is no vault
  in this profile yet." and the window opened the first-run set-up, which led to moving the
  store away for good. Now it is VaultMissing ("vault.missing", the folder named, put vault.json
  back from a backup, nothing was changed) on both command lines' commands and on the window's
  unlock page instead of set-up.
- store.db gone, vault.json there: "no signal store yet: set it up first", and set-up then said
  the store of an earlier profile was still there. Now "store.missing" says store.db is missing.

Each case changes nothing: the remaining files stay byte for byte as they were (no attempt
counted). A folder that never held a profile still reads "vault.not_found".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreMissing
from intake_app.vault import VaultMissing, VaultNotFound

LOCALES = {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}


def _profile_with_a_sealed_signal(tmp_path: Path) -> Path:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    session.seal(session.record(signal_fields()))
    session.record(signal_fields(description="a draft"))
    session.lock()
    return profile


def _contents(profile: Path) -> dict[str, bytes]:
    return {str(path.relative_to(profile)): path.read_bytes()
            for path in sorted(profile.rglob("*")) if path.is_file()}


def _passfile(root: Path) -> Path:
    path = root / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def test_vault_json_deleted_beside_the_store_is_refused_as_missing_not_as_no_vault_yet(
        tmp_path: Path) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    (profile / "vault.json").unlink()
    before = _contents(profile)
    with pytest.raises(VaultMissing) as raised:
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert raised.value.code == "vault.missing"
    assert raised.value.params["folder"] == str(profile)
    assert _contents(profile) == before  # nothing written, nothing removed


@pytest.mark.parametrize("left", ["sealed", "blobs"])
def test_vault_json_deleted_with_only_sealed_or_blobs_left_is_still_missing(
        tmp_path: Path, left: str) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    (profile / "vault.json").unlink()
    for name in ("store.db", "store.db-wal", "store.db-shm"):
        (profile / name).unlink(missing_ok=True)
    other = "blobs" if left == "sealed" else "sealed"
    for path in (profile / other).iterdir():
        path.unlink()
    (profile / left / "kept.bin").write_bytes(b"x")  # blobs/ may be empty without attachments
    with pytest.raises(VaultMissing):
        LiaisonSession.unlock(profile, PASSPHRASE)


def test_a_folder_that_never_held_a_profile_still_has_no_vault_yet(tmp_path: Path) -> None:
    profile = tmp_path / "fresh"
    profile.mkdir(mode=0o700)
    (profile / "sealed").mkdir(mode=0o700)  # empty folders are not a store
    (profile / "blobs").mkdir(mode=0o700)
    with pytest.raises(VaultNotFound) as raised:
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert not isinstance(raised.value, VaultMissing)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("command", [["list"], ["status"], ["export", "--unlisted", "--to", "x"]])
def test_every_command_says_vault_json_is_missing_in_both_languages(
        tmp_path: Path, language: str, command: list[str]) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    (profile / "vault.json").unlink()
    result = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                      *command], cwd=tmp_path, env={"LANG": LOCALES[language]})
    assert result.returncode != 0
    said = sentence("vault.missing", language, folder=str(profile))
    assert said in result.stderr
    assert sentence("vault.not_found", language, folder=str(profile)) not in result.stderr


def test_the_window_shows_the_missing_key_file_on_the_unlock_page_not_set_up(
        qtbot, tmp_path: Path, english_ui) -> None:
    from intake_app.ui.main_window import MainWindow

    profile = _profile_with_a_sealed_signal(tmp_path)
    (profile / "vault.json").unlink()
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible(), timeout=20000)
    assert window.unlock_page.error.text() == "\u26a0 " + sentence(
        "vault.missing", "en", folder=str(profile))


def test_store_db_deleted_says_store_db_is_missing_and_counts_nothing(tmp_path: Path) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    for name in ("store.db", "store.db-wal", "store.db-shm"):
        (profile / name).unlink(missing_ok=True)
    before = _contents(profile)
    with pytest.raises(StoreMissing):
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert _contents(profile) == before  # vault.json as it was: no attempt counted
    for language in ("en", "nl"):
        said = sentence("store.missing", language)
        assert "store.db" in said and "vault.json" in said
        assert "set it up first" not in said and "richt het eerst in" not in said


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_command_line_says_store_db_is_missing(tmp_path: Path, language: str) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    for name in ("store.db", "store.db-wal", "store.db-shm"):
        (profile / name).unlink(missing_ok=True)
    result = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                      "list"], cwd=tmp_path, env={"LANG": LOCALES[language]})
    assert result.returncode != 0
    assert sentence("store.missing", language) in result.stderr
    assert "store.db" in result.stderr  # names the file that is gone


def _tamper_a_setting(profile: Path) -> None:
    """One tracked row changed while the laptop was off (review r7k R7K-8): the store is
    refused (StoreTampered)."""
    import sqlite3

    conn = sqlite3.connect(profile / "store.db")
    with conn:
        conn.execute("INSERT INTO settings VALUES ('auto_lock_minutes', 31)")
    conn.close()


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("damage", ["store_db_deleted", "setting_changed"])
def test_a_refused_store_says_its_sealed_files_can_still_be_saved_for_the_office(
        tmp_path: Path, language: str, damage: str) -> None:
    """Review r7k R7K-8/-12: the sealed files are intact age files to the office; the refusal
    is followed by how many there are and the command that saves them (`export --keyless`),
    which then copies them without opening the profile."""
    profile = _profile_with_a_sealed_signal(tmp_path)
    if damage == "store_db_deleted":
        for name in ("store.db", "store.db-wal", "store.db-shm"):
            (profile / name).unlink(missing_ok=True)
    else:
        _tamper_a_setting(profile)
    common = ["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path))]
    env = {"LANG": LOCALES[language]}
    result = run_cli([*common, "list"], cwd=tmp_path, env=env)
    assert result.returncode != 0
    assert sentence("liaison_out.sealed_left_refused", language, count=1) in result.stderr
    (tmp_path / "rescue").mkdir()
    saved = run_cli([*common, "export", "--keyless", "--to", str(tmp_path / "rescue")],
                    cwd=tmp_path, env=env)
    assert saved.returncode == 0, saved.stderr
    assert len(list((tmp_path / "rescue").glob("*.age"))) == 1


def test_a_wrong_passphrase_does_not_offer_the_sealed_files(tmp_path: Path) -> None:
    profile = _profile_with_a_sealed_signal(tmp_path)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase of this profile at all\n")
    result = run_cli(["--profile", str(profile), "--passphrase-file", str(wrong), "list"],
                     cwd=tmp_path, env={"LANG": LOCALES["en"]})
    assert result.returncode != 0
    assert "export --keyless" not in result.stderr
