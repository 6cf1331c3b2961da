"""The liaison's whole flow in the real window: set up, record, seal, lock, unlock."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import nacl.signing
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from intake_app.crypto import age, keycard
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
# The assertions read English: set it, whatever an earlier test in this worker left installed.
pytestmark = pytest.mark.usefixtures("english_ui")


class AnsweringDialogs(FileDialogs):
    """File choosers that answer with prepared paths, like a user clicking them would."""

    def __init__(self, card: Path, attachments: list[Path]) -> None:
        self.card = card
        self.files = attachments

    def open_card(self, parent):
        return self.card

    def open_attachments(self, parent):
        return list(self.files)


@pytest.fixture
def office(tmp_path: Path) -> tuple[str, Path]:
    identity, recipient = age.generate_x25519()
    card = keycard.create_card(
        nacl.signing.SigningKey.generate(), "office", "Centraal Meldpunt", [recipient]
    )
    path = tmp_path / "office.card"
    path.write_bytes(card)
    return identity, path


def gps_photo(path: Path) -> Path:
    image = Image.new("RGB", (32, 24), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CanaryCam"  # Make
    gps = exif.get_ifd(0x8825)
    gps[2] = (52.0, 5.0, 17.0)  # latitude
    gps[4] = (4.0, 53.0, 44.0)  # longitude
    image.save(path, "JPEG", exif=exif)
    return path


def make_window(qtbot, tmp_path: Path, card: Path, files: list[Path], **kwargs) -> MainWindow:
    window = MainWindow(tmp_path / "profile", dialogs=AnsweringDialogs(card, files), **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def set_up(qtbot, window: MainWindow) -> None:
    """The first run as a liaison goes through it: language, card checked by ear, passphrase."""
    page = window.setup_page
    assert window.pages.currentWidget() is page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    assert not page.fingerprint_label.isVisible()  # not shown before the liaison typed it
    fingerprint = keycard.parse_card(window.dialogs.card.read_bytes()).fingerprint
    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert page.fingerprint_label.isVisible() and page.card_next.isEnabled()
    qtbot.mouseClick(page.card_next, Qt.LeftButton)
    page.liaison_name.setText("Liaison Utrecht")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.use_keyring.setChecked(False)
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 3, timeout=30000)
    assert page.own_fingerprint.text() and not page.own_qr.pixmap().isNull()
    qtbot.mouseClick(page.finish_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)


def fill_editor(editor, description: str) -> None:
    editor = editor.form
    editor.set_fields({"period": {"kind": "date", "start": "2026-01-12"}})  # never assumed
    editor.category.set_code("intimidation")
    editor.actor.set_code("unknown")
    editor.targets.set_codes(["individual"])
    editor.channel.set_code(editor.channel.itemData(1))
    editor.place_kind.set_code("municipality")
    editor.municipality.setText("Utrecht")
    editor.description.setPlainText(description)
    editor.impact.set_codes(["fear_for_family"])
    editor.urgency.set_code("medium")
    editor.anonymity.set_code(editor.anonymity.itemData(1))
    editor.consent.set_codes(["office_only"])
    editor.reported.set_code("no")
    editor.reliability.set_code("B")
    editor.credibility.set_code("2")


def test_first_run_record_seal_lock_unlock(qtbot, tmp_path: Path, office) -> None:
    identity, card = office
    photo = gps_photo(tmp_path / "photo.jpg")
    window = make_window(qtbot, tmp_path, card, [photo])
    set_up(qtbot, window)
    page = window.workspace
    # We chose passphrase only: the user is told, once, above the list (and in Security).
    assert "No system keyring was available" in page.message.text()
    assert page.message.isVisible() and page.message.objectName() == "warning"
    assert "Centraal Meldpunt" in page.office_label.text()

    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    fill_editor(editor, "Een bezoeker van het consulaat dreigde de familie. Bel 06-12345678.")
    assert editor.form.identifier_hint.isVisible()  # the phone number is pointed out, not removed
    (mark,) = editor.form.description.extraSelections()
    assert mark.cursor.selectedText() == "06-12345678"
    assert "06-12345678" in editor.form.description.toPlainText()
    qtbot.mouseClick(editor.attachments_panel.add_button, Qt.LeftButton)
    assert editor.attachments_panel.list.count() == 1
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not page.busy, timeout=20000)
    assert page.entries()[0].kind == "draft"

    page.table.selectRow(0)
    qtbot.mouseClick(page.seal_button, Qt.LeftButton)
    confirm = page.confirm
    assert "may identify someone:\n\u26a0 Intimidation or threats" in confirm.text()  # repeated
    assert "a phone number “06-12345678”" in confirm.text()  # before sealing, with its words
    qtbot.mouseClick(confirm.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.entries() and page.entries()[0].kind == "sealed", timeout=20000)
    item = page.entries()[0]
    assert page.table.item(0, 0).text() == "Sealed"

    # The office opens it with nothing but its age identity.
    sealed = (tmp_path / "profile" / "sealed").glob(f"{item.id}*")
    plain = io.BytesIO()
    with open(next(sealed), "rb") as src:
        age.decrypt(src, plain, identities=[identity])
    plain.seek(0)
    with tarfile.open(fileobj=plain, mode="r|") as tar:
        members = {}
        for member in tar:
            members[member.name] = tar.extractfile(member).read()
    signal = json.loads(members["signal.json"])
    assert signal["description"].startswith("Een bezoeker")
    (attached,) = [name for name in members if name.startswith("attachments/")]
    cleaned = Image.open(io.BytesIO(members[attached]))
    assert not cleaned.getexif()

    # Lock, a wrong passphrase, then the right one.
    qtbot.mouseClick(page.lock_button, Qt.LeftButton)
    assert window.session is None
    unlock = window.unlock_page
    assert window.pages.currentWidget() is unlock
    unlock.passphrase.setText("not the passphrase")
    qtbot.mouseClick(unlock.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: unlock.error.isVisible(), timeout=20000)
    assert "Wrong passphrase" in unlock.error.text()
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    assert [e.kind for e in window.workspace.entries()] == ["sealed"]
    window.lock()


def test_editor_marks_missing_fields_and_focuses_the_first(qtbot, tmp_path: Path, office) -> None:
    from intake_app.ui.signal_editor import SignalEditor

    editor = SignalEditor(AnsweringDialogs(office[1], []))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_errors(editor.problems())
    assert editor.summary.isVisible()
    assert editor.summary.objectName() == "error"
    assert editor.form.error_label("category").isVisible()
    assert editor.form.error_label("description").isVisible()
    assert not editor.form.error_label("actor").isVisible()  # it has a valid default
    assert editor.focusWidget() is editor.form.urgency  # the first field in question


def test_idle_window_locks_itself(qtbot, tmp_path: Path, office) -> None:
    window = make_window(qtbot, tmp_path, office[1], [], idle_seconds=1)
    set_up(qtbot, window)
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert window.pages.currentWidget() is window.unlock_page
