"""Each attachment says before saving whether it will be cleaned, and every file that will not
be is a warning that names it and is not cut off (issue 12, review F4). Before, every file read
"cleaned on saving where its type allows", and after saving one plain line said "2 attachments
could not be cleaned" without saying which."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from office_kit import jpeg_with_gps
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window
from test_media_forecast import _wav

from intake_app.sentences import sentence
from intake_app.ui.attachment_panel import WARNING_ROLE
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")


def _files(tmp_path: Path) -> list[Path]:
    photo, sound, note = tmp_path / "foto.jpg", tmp_path / "opname.wav", tmp_path / "notitie.xyz"
    photo.write_bytes(jpeg_with_gps())
    sound.write_bytes(_wav())
    note.write_text("Only a note, in plain text, about what the caller said last night.\n")
    return [photo, sound, note]


def test_each_file_says_before_saving_whether_it_will_be_cleaned_and_warns_by_name(
    qtbot, tmp_path
) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.resize(760, 600)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    for path in _files(tmp_path):
        panel.add_pending(path)
    # The forecasts are made on a worker (the first loads the cleaners): "checking…" meanwhile.
    assert panel.checking() == 3
    assert all("checking whether it can be cleaned" in panel.list.item(i).text()
               for i in range(3))
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    photo, sound, note = (panel.list.item(i) for i in range(3))
    assert photo.text() == "\u2068foto.jpg\u2069 \u2014 " + sentence("media.will_be_cleaned", "en")
    assert not photo.data(WARNING_ROLE)
    for item in (sound, note):
        assert item.data(WARNING_ROLE) and "\u26a0" in item.text()
        assert sentence("media.will_not_be_cleaned", "en") in item.text()
        assert sentence("media.type_not_cleanable", "en") in item.text()
        assert item.background().color() != photo.background().color()  # styled as a warning
    # The renaming is said, not silent: a .xyz that holds plain text is stored as .txt.
    assert "stored as notitie.txt" in note.text()
    # A warning under the list names the files, styled as a warning (and with a sign).
    assert panel.warning.isVisible() and panel.warning.objectName() == "warning"
    assert "opname.wav" in panel.warning.text() and "notitie.xyz" in panel.warning.text()
    assert "foto.jpg" not in panel.warning.text()
    # No line is cut off at the right: the lines wrap inside the list.
    width = panel.list.viewport().width()
    for item in (photo, sound, note):
        assert panel.list.visualItemRect(item).right() <= width
    assert panel.list.visualItemRect(note).height() > panel.list.visualItemRect(photo).height()
    # Removing the files that are not cleaned takes the warning away.
    for item in (sound, note):
        item.setSelected(True)
    panel.remove_selected()  # two at once: asked first (review r12y R4)
    (remove,) = [button for button in panel.remove_question.buttons()
                 if button.text().replace("&", "") == "Remove them"]
    remove.click()
    assert not panel.warning.isVisible() and panel.list.count() == 1


def test_the_save_message_names_each_attachment_not_cleaned_as_a_warning(qtbot, tmp_path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "Three files")
    for path in _files(tmp_path):
        editor.attachments_panel.add_pending(path)
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "saved" in page.message.text(), timeout=20000)
    text = page.message.text()
    assert page.message.objectName() == "warning" and text.startswith("\u26a0")
    assert "opname.wav" in text and "notitie.txt" in text and "foto.jpg" not in text
    window.lock()


def test_the_forecast_is_made_on_a_worker_and_a_file_removed_meanwhile_stays_removed(
    qtbot, tmp_path
) -> None:
    """The first file chosen loaded the image and Office cleaners on the GUI thread (about half
    a second under load): the line says "checking…" at once and the answer comes from a worker."""
    import threading

    from intake_app.ui import attachment_panel

    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    panel = editor.attachments_panel
    threads: list[str] = []
    real = attachment_panel.forecast_for

    def watched(path, keep):  # the real forecast, noting the thread it runs on
        threads.append(threading.current_thread().name)
        return real(path, keep)

    attachment_panel.forecast_for = watched
    try:
        photo, sound, _note = _files(tmp_path)
        panel.add_pending(photo)
        panel.add_pending(sound)
        assert panel.checking() == 2 and not panel.warning.isVisible()
        panel.list.item(1).setSelected(True)
        panel.remove_selected()  # the sound goes before its answer is in
        qtbot.waitUntil(lambda: len(threads) == 2 and panel.checking() == 0, timeout=20000)
        qtbot.wait(50)  # the second answer reaches the GUI thread too
    finally:
        attachment_panel.forecast_for = real
    assert threading.main_thread().name not in threads
    assert panel.list.count() == 1
    assert panel.list.item(0).text() == ("\u2068foto.jpg\u2069 \u2014 "  # a name in an isolate
                                         + sentence("media.will_be_cleaned", "en"))
    assert not panel.warning.isVisible()


def test_keep_original_acts_on_the_chosen_file_at_once_and_a_file_is_listed_once(
    qtbot, tmp_path
) -> None:
    """Review r12x X6: ticking "Keep the original" changed nothing on the photo's line (it
    applied only to files added after it, which nothing said), and adding the photo again gave
    a second line of the same name, one "will be cleaned", one "not cleaned"."""
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    photo = _files(tmp_path)[0]
    panel.add_pending(photo)
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    line = panel.list.item(0)
    assert not line.data(WARNING_ROLE) and panel.pending() == [(photo, False)]
    line.setSelected(True)
    panel.keep_original.setChecked(True)  # for the chosen photo, now
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    assert panel.pending() == [(photo, True)]
    assert line.data(WARNING_ROLE) and "\u26a0" in line.text()
    assert sentence("media.will_be_cleaned", "en") not in line.text()
    assert "foto.jpg" in panel.warning.text()
    panel.add_pending(photo)  # the same file again: its one line, with the box as it is
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    assert panel.list.count() == 1 and panel.pending() == [(photo, True)]
    panel.list.item(0).setSelected(True)
    panel.keep_original.setChecked(False)
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    assert panel.pending() == [(photo, False)] and not panel.warning.isVisible()
    assert panel.list.item(0).text() == ("\u2068foto.jpg\u2069 \u2014 "  # a name in an isolate
                                         + sentence("media.will_be_cleaned", "en"))

