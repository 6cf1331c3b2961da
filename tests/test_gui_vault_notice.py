"""Review r7e, F3 in the window: an unlock that meets a vault.json the store has not seen (one
put back from before the duress passphrase was set, passphrase-only mode) says so in a box, in
the shared sentence, and the security settings no longer say a duress passphrase is set; an
ordinary unlock shows no such box (store/vault_seen.py)."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence
from intake_app.ui.main_window import MainWindow

DURESS = "everything is fine at the harbour 77"


def notices(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "undone_notice") if box.isVisible()]


def test_the_window_says_when_vault_json_was_put_back_from_before_the_duress_passphrase(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    session.lock()
    copy = (profile / "vault.json").read_bytes()
    window = unlocked_window(qtbot, profile, Answers())
    window.session.set_duress_passphrase(PASSPHRASE, DURESS)
    qtbot.wait(200)
    assert notices(window) == []  # an ordinary unlock says nothing
    window.lock()

    (profile / "vault.json").write_bytes(copy)
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: bool(notices(window)), timeout=5000)
    [notice] = notices(window)
    assert notice.text() == sentence("vault.state_undone", "en")
    assert window.session.duress_passphrase_set() is None
    window.lock()


class SaveAnswers(Answers):
    def choose_unlisted_folder(self, parent):
        return self.folder


def test_the_window_says_sealed_files_its_store_does_not_list_and_saves_them(
        qtbot, tmp_path: Path, english_ui) -> None:
    from test_sealed_unlisted import _put_back_store_and_vault

    from intake_app.store.unlisted import COPY_PREFIX

    profile, later = _put_back_store_and_vault(tmp_path)
    answers = SaveAnswers()
    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    window = unlocked_window(qtbot, profile, answers)

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox, "unlisted_notice") if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    [notice] = shown()
    assert notice.text() == sentence("store.sealed_unlisted", "en", count=1)
    [save] = [b for b in notice.buttons() if b.objectName() == "save_unlisted"]
    save.click()
    page = window.workspace
    copy = answers.folder / f"{COPY_PREFIX}{later}.age"
    qtbot.waitUntil(lambda: not page.busy and copy.exists(), timeout=10000)
    assert copy.read_bytes() == (profile / "sealed" / f"{later}.age").read_bytes()
    qtbot.waitUntil(lambda: str(copy) in page.message.text(), timeout=5000)
    # Said with the copies: they carry no signature of the liaison (review r7j R7J-6).
    assert sentence("liaison_out.unlisted_unsigned", "en") in page.message.text()
    window.lock()
