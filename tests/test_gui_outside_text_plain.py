"""Names from outside (a file's, a folder's, an office card's) are shown as they are: never
read as markup, and a right-to-left override in one does not turn the sentence around it
(review r12ae-7, r12ae-8; issue 12). Before, the "Not cleaned" warning, the remove question
and the drop refusal were rich text built from the file's own name (`<font color=white
size=1>` hid the warning), set-up showed a card named `…<br><font color=green>✔ Fingerprint
OK` as a green "OK" before its digits were checked, and the export's box read a folder's
name as markup."""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox
from test_gui_delivery import Answers, unlocked_window
from test_gui_flow import AnsweringDialogs
from transfer_kit import seal_signals

from intake_app.crypto import age, keycard
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

HIDING = "<font color=white size=1>notes.bin"
MIRRORING = "evil\u202etxt.exe"
CARD_NAME = "Meldpunt<br><font color=green size=6>\u2714 Fingerprint OK"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u200e\u200f"


def _read_as_markup(widget: QLabel | QMessageBox) -> bool:
    """Whether Qt draws `widget`'s text as rich text (its format, or Auto's guess)."""
    form = widget.textFormat()
    return form == Qt.RichText or (form == Qt.AutoText and QtGui.mightBeRichText(widget.text()))


def _shown_as_is(widget: QLabel | QMessageBox, *names: str) -> None:
    assert not _read_as_markup(widget), widget.text()
    for name in names:
        assert name in widget.text()


def _no_override(text: str) -> None:
    """No bidi control of a name left to act on the text around it; the override is marked."""
    assert not any(ch in text for ch in BIDI), ascii(text)


def test_hostile_file_names_show_as_plain_text_in_the_warning_the_list_and_the_remove_question(
    qtbot, tmp_path: Path
) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.resize(760, 600)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    for name in (HIDING, MIRRORING):
        (tmp_path / name).write_bytes(bytes(range(256)) * 4)  # not a type that can be cleaned
        panel.add_pending(tmp_path / name)
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)

    # The warning under the list: the names as they are, the override made visible.
    assert panel.warning.isVisible()
    _shown_as_is(panel.warning, HIDING, "evil\ufffdtxt.exe", "Hidden data")
    _no_override(panel.warning.text())
    for row in range(panel.list.count()):
        line = panel.list.item(row)
        _no_override(line.text())
        assert not QtGui.mightBeRichText(line.toolTip()) or "&lt;" in line.toolTip()

    # The question before removing both names them, as they are.
    panel.list.selectAll()
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    question = panel.remove_question
    qtbot.waitUntil(question.isVisible)
    _shown_as_is(question, HIDING, "evil\ufffdtxt.exe")
    _no_override(question.text())
    question.reject()


def test_a_dropped_folder_with_a_hostile_name_is_refused_in_plain_text(
    qtbot, tmp_path: Path
) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    folder = tmp_path / ("<font color=white size=1>" + MIRRORING)
    folder.mkdir()
    panel.take_urls([QUrl.fromLocalFile(str(folder))])
    assert panel.refused.isVisible() and "is a folder" in panel.refused.text()
    _shown_as_is(panel.refused, "<font color=white size=1>evil\ufffdtxt.exe")
    _no_override(panel.refused.text())


def test_set_up_shows_an_office_cards_name_as_plain_text_before_its_fingerprint(
    qtbot, tmp_path: Path
) -> None:
    _identity, recipient = age.generate_x25519()
    card_path = tmp_path / "office.card"
    card_path.write_bytes(keycard.create_card(nacl.signing.SigningKey.generate(), "office",
                                              CARD_NAME, [recipient]))
    window = MainWindow(tmp_path / "profile", dialogs=AnsweringDialogs(card_path, []),
                        language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.setup_page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    qtbot.waitUntil(lambda: CARD_NAME in page.card_label.text())
    _shown_as_is(page.card_label, "Office: \u2068" + CARD_NAME + "\u2069")
    assert not page.card_next.isEnabled()


def test_the_export_box_shows_a_hostile_folder_name_as_plain_text(
    qtbot, tmp_path: Path
) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    seal_signals(session, 1)
    session.lock()
    answers = Answers()
    answers.folder = tmp_path / ("<font color=white size=1>" + MIRRORING)
    answers.folder.mkdir()
    window = unlocked_window(qtbot, tmp_path / "profile", answers, PASSPHRASE)
    page = window.workspace
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "outcome", None) is not None
                    and page.outcome.isVisible(), timeout=30000)
    _shown_as_is(page.outcome, "<font color=white size=1>evil\ufffdtxt.exe", "exported")
    _no_override(page.outcome.text())
    page.outcome.accept()
