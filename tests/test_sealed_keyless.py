"""Review r7j R7J-7: with the keyring entry or vault.json destroyed, the profile cannot be
opened, but its sealed signals are age files to the office that need no vault key. The command
line says so truthfully (never that they "will not arrive") and `export --keyless` copies every
sealed file as it is, without a passphrase, with the same unsigned caveat as `--unlisted`."""

from __future__ import annotations

import subprocess
from pathlib import Path

from liaison_fixtures import PASSPHRASE, run_cli, signal_fields
from rollback_kit import rollback_profile
from transfer_kit import set_up

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.unlisted import COPY_PREFIX
from intake_app.vault import device_secret, vault_file

ENGLISH = {"LANG": "en_GB.UTF-8"}


def _passfile(root: Path) -> Path:
    path = root / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def _sealed(session: LiaisonSession, count: int) -> list[str]:
    return [session.seal(session.record(signal_fields(description=f"sealed {n}"))).id
            for n in range(count)]


def test_with_vault_json_gone_the_sealed_signals_are_said_deliverable_and_saved_without_key(
        tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    ids = _sealed(session, 2)
    session.record(signal_fields(description="a draft"))
    profile = session.profile_dir
    session.lock()
    (profile / "vault.json").unlink()  # destroyed while the laptop was out of her hands

    status = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                      "status"], cwd=tmp_path, env=ENGLISH)
    assert status.returncode == 1
    assert sentence("liaison_out.sealed_left_keyless", "en", count=2) in status.stderr

    stick = tmp_path / "stick"
    stick.mkdir()
    saved = run_cli(["--profile", str(profile), "export", "--keyless", "--to", str(stick)],
                    cwd=tmp_path, env=ENGLISH)  # no passphrase asked, none given
    assert saved.returncode == 0, saved.stderr
    assert sorted(p.name for p in stick.iterdir()) == sorted(f"{COPY_PREFIX}{i}.age" for i in ids)
    for item_id in ids:
        copy = stick / f"{COPY_PREFIX}{item_id}.age"
        assert copy.read_bytes() == (profile / "sealed" / f"{item_id}.age").read_bytes()
    assert f"Warning: {sentence('liaison_out.unlisted_unsigned', 'en')}" in \
        saved.stderr.splitlines()
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "office-card" / "office.key"),
                             str(stick / f"{COPY_PREFIX}{ids[0]}.age")],
                            capture_output=True, check=True).stdout
    assert b"sealed 0" in opened  # the office opens it as it would from a bundle

    dutch = run_cli(["--profile", str(profile), "export", "--keyless", "--to", str(stick)],
                    cwd=tmp_path, env={"LANG": "nl_NL.UTF-8"})
    assert sentence("liaison_out.unlisted_unsigned", "nl") in dutch.stderr


def test_with_the_keyring_entry_gone_the_refusal_no_longer_says_signals_will_not_arrive(
        tmp_path: Path, secret_service) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    _sealed(session, 1)
    session.lock()
    device_secret.delete(vault_file.read(profile).profile_id)

    status = run_cli(["--profile", str(profile), "--passphrase-file", str(_passfile(tmp_path)),
                      "status"], cwd=tmp_path, env=ENGLISH)
    assert status.returncode == 1
    assert sentence("vault.device_secret_missing", "en") in status.stderr
    assert "will not arrive" not in status.stderr
    assert sentence("liaison_out.sealed_left_keyless", "en", count=1) in status.stderr
    stick = tmp_path / "stick"
    stick.mkdir()
    saved = run_cli(["--profile", str(profile), "export", "--keyless", "--to", str(stick)],
                    cwd=tmp_path, env=ENGLISH)
    assert saved.returncode == 0 and len(list(stick.iterdir())) == 1, saved.stderr


def test_export_keyless_or_unlisted_with_ids_or_all_is_a_clear_refusal(tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    session.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    common = ["--profile", str(tmp_path / "profile"), "--passphrase-file",
              str(_passfile(tmp_path)), "export", "--to", str(stick), "--all"]
    for flag, code in (("--keyless", "cli.keyless_alone"), ("--unlisted", "cli.unlisted_alone")):
        refused = run_cli([*common, flag], cwd=tmp_path, env=ENGLISH)
        assert refused.returncode == 1, refused.stderr  # was 70: an internal error
        assert sentence(code, "en") in refused.stderr


def test_the_lock_page_offers_to_save_the_sealed_files_when_the_key_is_lost(
        qtbot, tmp_path: Path, english_ui, secret_service) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    from test_gui_delivery import Answers

    from intake_app.ui.main_window import MainWindow

    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    [item_id] = _sealed(session, 1)
    session.lock()
    device_secret.delete(vault_file.read(profile).profile_id)
    stick = tmp_path / "stick"
    stick.mkdir()

    class Folder(Answers):
        def choose_unlisted_folder(self, parent):
            return stick

    window = MainWindow(profile, dialogs=Folder())
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.save_sealed.isVisible(), timeout=20000)
    assert "can still reach the office" in page.error.text()
    qtbot.mouseClick(page.save_sealed, Qt.LeftButton)
    copy = stick / f"{COPY_PREFIX}{item_id}.age"
    qtbot.waitUntil(lambda: copy.exists() and bool(page.findChildren(QMessageBox,
                                                                     "sealed_saved")),
                    timeout=20000)
    assert copy.read_bytes() == (profile / "sealed" / f"{item_id}.age").read_bytes()
    [told] = page.findChildren(QMessageBox, "sealed_saved")
    assert sentence("liaison_out.unlisted_unsigned", "en") in told.text()
    told.close()
    window.close()
