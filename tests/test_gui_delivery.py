"""Export and receipt import in the real window, against a real office."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from small_disk import small_tmpfs
from transfer_kit import open_at_office, seal_signals, set_up

from intake_app.bundle.placement import NOT_REMOVABLE, SAME_DEVICE
from intake_app.crypto import keycard
from intake_app.sentences import sentence
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


class Answers(FileDialogs):
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.receipt: Path | None = None

    def choose_export_folder(self, parent):
        return self.folder

    def open_receipt(self, parent):
        return self.receipt

    def save_card_as(self, parent, file_name):
        return None if self.folder is None else self.folder / file_name


def unlocked_window(qtbot, profile: Path, answers: Answers,
                    passphrase: str = PASSPHRASE) -> MainWindow:
    window = MainWindow(profile, dialogs=answers)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.passphrase.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    return window


def test_export_then_receipt_erases_the_delivered_signals(qtbot, tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    session.lock()
    answers = Answers()
    window = unlocked_window(qtbot, tmp_path / "profile", answers)
    page = window.workspace
    assert [e.status for e in page.entries()] == ["sealed", "sealed"]

    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "exported" in page.message.text(), timeout=20000)
    assert [e.status for e in page.entries()] == ["exported", "exported"]
    (bundle,) = answers.folder.iterdir()
    assert bundle.name in page.message.text()

    summary = open_at_office(office, [bundle])
    assert sorted(summary.stored) == sorted(ids)

    forged = tmp_path / "forged.receipt"
    forged.write_bytes(summary.receipt_path.read_bytes().replace(b'"', b"'", 1))
    answers.receipt = forged
    qtbot.mouseClick(page.receipt_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    assert "Nothing was erased" in page.message.text()
    assert [e.status for e in page.entries()] == ["exported", "exported"]

    answers.receipt = summary.receipt_path
    qtbot.mouseClick(page.receipt_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "erased" in page.message.text(), timeout=20000)
    assert [e.status for e in page.entries()] == ["delivered", "delivered"]
    assert not list((tmp_path / "profile" / "sealed").glob("*.age"))

    # The same receipt again (review r12u F10: "0 signals; they were erased"): its own sentence.
    page.show_message("")
    qtbot.mouseClick(page.receipt_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    assert page.message.text() == sentence("receipt.nothing_new", "en")
    assert [e.status for e in page.entries()] == ["delivered", "delivered"]
    window.lock()


def test_a_full_stick_is_reported_and_nothing_changes(qtbot, tmp_path: Path) -> None:
    """A real, small file system that the bundle does not fit on."""
    _office, session = set_up(tmp_path)
    [item] = seal_signals(session, 1, attachment_size=256 * 1024, folder=tmp_path)
    session.lock()
    answers = Answers()
    with small_tmpfs(tmp_path / "stick", "64k") as stick:
        answers.folder = stick
        window = unlocked_window(qtbot, tmp_path / "profile", answers)
        page = window.workspace
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
        assert "the stick is full" in page.message.text()
        assert "nothing was lost" in page.message.text()
        assert list(stick.iterdir()) == []  # no partial bundle left behind
        assert [e.status for e in page.entries()] == ["sealed"]
        assert (tmp_path / "profile" / "sealed" / f"{item}.age").exists()
        window.lock()


def test_a_stick_pulled_out_before_the_export_is_reported_and_nothing_changes(
        qtbot, tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    seal_signals(session, 1)
    session.lock()
    answers = Answers()
    answers.folder = tmp_path / "no-such-stick"  # pulled out before the export started
    window = unlocked_window(qtbot, tmp_path / "profile", answers)
    page = window.workspace
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    assert "nothing was lost" in page.message.text()
    assert [e.status for e in page.entries()] == ["sealed"]
    window.lock()


def test_my_key_card_is_saved_for_the_office(qtbot, tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    expected = keycard.parse_card(session.liaison_card())
    session.lock()
    answers = Answers()
    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    window = unlocked_window(qtbot, tmp_path / "profile", answers)
    page = window.workspace
    qtbot.mouseClick(page.my_card_button, Qt.LeftButton)
    qtbot.waitExposed(page.my_card)
    assert expected.fingerprint in page.my_card.fingerprint.text()  # to read to the office
    qtbot.mouseClick(page.my_card.save_button, Qt.LeftButton)
    (saved,) = answers.folder.iterdir()
    card = keycard.parse_card(saved.read_bytes())
    assert card.role == "liaison" and card.fingerprint == expected.fingerprint
    assert saved.name in page.my_card.result.text()
    window.lock()
    assert not page.my_card.isVisible()  # the lock closes it


@pytest.mark.parametrize("where", ["the profile's own disk", "a drive that is not removable"])
def test_the_export_says_where_the_bundle_went_and_warns_about_the_drive(
        qtbot, tmp_path: Path, where: str) -> None:
    """The engine's placement warning and the full path of the bundle, as the command line
    shows them: a stick that was not plugged in leaves a plain folder on the laptop."""
    _office, session = set_up(tmp_path)
    seal_signals(session, 1)
    session.lock()
    answers = Answers()
    with contextlib.ExitStack() as stack:
        if where == "the profile's own disk":
            answers.folder, expected = tmp_path / "media" / "stick", SAME_DEVICE
            answers.folder.mkdir(parents=True)
        else:  # a separate file system in memory: not the profile's, not removable either
            answers.folder = stack.enter_context(small_tmpfs(tmp_path / "fixed", "4m"))
            expected = NOT_REMOVABLE
        window = unlocked_window(qtbot, tmp_path / "profile", answers)
        page = window.workspace
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
        (bundle,) = answers.folder.iterdir()
        text = page.message.text()
        assert sentence(expected, "en") in text
        assert str(bundle) in text.splitlines()  # the full path, on a line of its own
        assert page.message.objectName() == "warning" and text.startswith("\u26a0")
        assert [e.status for e in page.entries()] == ["exported"]
        window.lock()
