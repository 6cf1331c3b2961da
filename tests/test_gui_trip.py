"""The whole trip in the real window on a 1024×600 screen, against a real office.

Set-up → record with an attachment → autosave → auto-lock with the editor open → unlock → the
text is still there → seal → export → the office opens the bundle → the receipt is imported
from the file name the office writes → delivered.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest
from bundle_kit import Office
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_flow import gps_photo
from transfer_kit import office_card

from intake_app.bundle.receipt import RECEIPT_GLOB
from intake_app.office import registry
from intake_app.office.ingest import open_bundle
from intake_app.ui.attachment_panel import NAME_ROLE
from intake_app.ui.dialogs import FileDialogs, receipt_filter
from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")

STORY = "Two men waited outside the mosque and asked about my cousin's visa"


class Liaison(FileDialogs):
    """Answers the file choosers as the liaison would, from one USB stick."""

    def __init__(self, card: Path, photo: Path, stick: Path,
                 card_folder: Path | None = None) -> None:
        self.card, self.photo, self.stick = card, photo, stick
        self.card_folder = card_folder or stick  # where the liaison saves their own card
        self.receipt: Path | None = None

    def open_card(self, parent):
        return self.card

    def open_attachments(self, parent):
        return [self.photo]

    def save_card_as(self, parent, file_name):
        return None if self.card_folder is None else self.card_folder / file_name

    def choose_export_folder(self, parent):
        return self.stick

    def open_receipt(self, parent):
        return self.receipt


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def test_the_whole_trip_at_1024x600(qtbot, tmp_path: Path) -> None:
    screen = QApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == (1024, 600)
    office = Office(tmp_path / "office")
    card_path = tmp_path / "office.card"
    card_path.write_bytes(office_card(office))
    stick = tmp_path / "stick"
    stick.mkdir()
    liaison = Liaison(card_path, gps_photo(tmp_path / "photo.jpg"), stick)
    window = MainWindow(tmp_path / "profile", dialogs=liaison, idle_seconds=5, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # Set-up, as a first-time liaison: the fingerprint is typed as the office reads it.
    page = window.setup_page
    _click(qtbot, page.start_button)
    _click(qtbot, page.choose_card)
    qtbot.keyClicks(page.typed_fingerprint, office_card_fingerprint(card_path))
    _click(qtbot, page.check_button)
    _click(qtbot, page.card_next)
    qtbot.keyClicks(page.liaison_name, "Contactpersoon Utrecht")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    page.use_keyring.setChecked(False)
    _click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 3, timeout=60000)
    _click(qtbot, page.save_card_button)
    (my_card,) = stick.glob("liaison-*.card")
    registry.add_liaison(office.conn, my_card.read_bytes())  # the office registers the liaison
    _click(qtbot, page.finish_button)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)

    # Record, with an attachment; the story is autosaved while the editor stays open.
    workspace = window.workspace
    _click(qtbot, workspace.new_button)
    editor = workspace.editor
    fill(editor.form)
    _click(qtbot, editor.attachments_panel.add_button)
    autosaves = []  # (saved before the idle lock was due, what the vault held) at each save
    editor.keeper.saved.connect(
        lambda draft_id: autosaves.append(
            (not window.idle.expired(), window.session.read_draft(draft_id))
        )
    )
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, STORY)
    opened, saved = autosaves[0]
    assert opened and saved["description"] == STORY  # by the timer, not by the lock
    # The photo too, with the editor still open (review r12z R1: only "Save and close" did).
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=20000)
    assert window.session.attachment_names(editor.draft_id) == [liaison.photo.name]

    # Left alone: the window locks itself with the editor open; unlocking finds the text.
    qtbot.waitUntil(lambda: window.session is None, timeout=20000)
    assert window.pages.currentWidget() is window.unlock_page
    window.unlock_page.passphrase.setText(PASSPHRASE)
    _click(qtbot, window.unlock_page.unlock_button)
    # The draft open at the lock opens again in the turn after the list.
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    window.idle.timeout_s = 3600  # the rest of the trip is busy
    workspace = window.workspace
    editor = workspace.editor
    assert editor is not None and editor.form.description.toPlainText() == STORY
    assert editor.attachments() == []  # the photo is stored, listed as such
    assert [editor.attachments_panel.list.item(0).data(NAME_ROLE)] == [liaison.photo.name]
    save = editor.save_button
    assert _inside_screen(save)
    _click(qtbot, save)
    qtbot.waitUntil(lambda: not workspace.busy and workspace.message.isVisible(), timeout=30000)
    (draft,) = workspace.entries()
    assert window.session.attachment_names(draft.id)  # the photo is in the vault

    # Seal, export, and the office opens the bundle and writes its receipt.
    workspace.table.selectRow(0)
    _click(qtbot, workspace.seal_button)
    _click(qtbot, workspace.confirm.button(QMessageBox.Yes))
    qtbot.waitUntil(lambda: workspace.entries()[0].status == "sealed", timeout=30000)
    _click(qtbot, workspace.export_button)
    qtbot.waitUntil(lambda: workspace.entries()[0].status == "exported", timeout=30000)
    bundles = [p for p in stick.iterdir() if p != my_card]
    summary = open_bundle(bundles, office.conn, office.db_path, office.keys,
                          receipts_dir=office.receipts)
    assert summary.stored == [draft.id]

    # The receipt is found by the name the office gives it, through the dialog's own filter.
    receipt = summary.receipt_path
    assert fnmatch.fnmatch(receipt.name, RECEIPT_GLOB) and RECEIPT_GLOB in receipt_filter()
    liaison.receipt = receipt
    _click(qtbot, workspace.receipt_button)
    qtbot.waitUntil(lambda: workspace.entries()[0].status == "delivered", timeout=30000)
    assert "erased" in workspace.message.text()
    window.lock()


def office_card_fingerprint(card_path: Path) -> str:
    from intake_app.crypto import keycard

    return keycard.parse_card(card_path.read_bytes()).fingerprint


def fill(form) -> None:
    form.set_fields({"period": {"kind": "date", "start": "2026-01-12"}})  # never assumed
    form.urgency.set_code("medium")
    form.category.set_code("intimidation")
    form.actor.set_code("unknown")
    form.targets.set_codes(["individual"])
    form.channel.set_code("in_person")
    form.place_kind.set_code("municipality")
    form.municipality.setText("Utrecht")
    form.impact.set_codes(["fear_for_family"])
    form.anonymity.set_code("known_to_liaison")
    form.consent.set_codes(["office_only"])
    form.reported.set_code("no")
    form.reliability.set_code("B")
    form.credibility.set_code("2")


def _inside_screen(widget) -> bool:
    from gui_screens import inside

    return inside(widget, QApplication.primaryScreen().availableGeometry())
