"""The editor as a hurried liaison meets it: danger first, help, lists, places, keys, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_screens import NoFiles
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionComboBox

from intake_app.ui.code_widgets import code_label, set_label_language
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.editor_help import field_help
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

CODE_FIELDS = ("urgency", "category", "actor", "targets", "channel", "period", "place", "impact",
               "anonymity", "consent", "reported_elsewhere", "source_reliability",
               "information_credibility")


def _editor(qtbot) -> SignalEditor:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_acute_danger_shows_what_to_do_at_once_above_the_form(qtbot) -> None:
    editor = _editor(qtbot)
    assert editor.form.labels["urgency"].y() < editor.form.labels["category"].y()  # asked first
    assert not editor.danger.isVisible()
    editor.form.urgency.set_code("immediate_danger")
    assert editor.danger.isVisible() and "112" in editor.danger.text()
    assert editor.danger.y() < editor.scroll.y()  # above the form, not scrolled away


def test_every_code_field_has_help_text(qtbot) -> None:
    editor = _editor(qtbot)
    shown = {label.text() for label in editor.form.findChildren(QLabel, "help")}
    for field in CODE_FIELDS:
        assert field_help(field) in shown, field


def test_suspected_states_are_sorted_by_their_translated_name_and_are_states(qtbot) -> None:
    for language, first_after_unknown in (("nl", "Afghanistan"), ("en", "Afghanistan")):
        set_label_language(language)
        try:
            editor = _editor(qtbot)
            actor = editor.form.actor
            names = [actor.itemText(i) for i in range(actor.count())]
            codes = [actor.itemData(i) for i in range(actor.count())]
            assert codes[0] == "unknown" and names[1] == first_after_unknown
            assert "AW" not in codes and "GL" not in codes  # Aruba, Greenland: not states
            if language == "nl":
                assert names.index("Rusland") > names.index("Roemenië")  # Dutch order
                assert names.index("Verenigde Staten") > names.index("Turkije")
        finally:
            set_label_language("en")
    assert code_label("actor", "RU") == "Russia"


def test_a_misspelt_municipality_cannot_be_saved_and_a_known_form_is_corrected(qtbot) -> None:
    editor = _editor(qtbot)
    form = editor.form
    form.place_kind.set_code("municipality")
    form.municipality.setFocus()
    qtbot.keyClicks(form.municipality, "Rotterdm")
    form.municipality.editingFinished.emit()
    # Never the place's value; kept beside it as typed, so a lock does not lose it (F9), and
    # refused at sealing.
    assert form.fields()["place"] == {"kind": "municipality", "value": None, "typed": "Rotterdm"}
    assert "place" in {e.field.split(".")[0] for e in editor.problems()}
    assert form.error_label("place").isVisible()
    assert "official list" in form.error_label("place").text()
    form.municipality.setText("den haag")
    form.municipality.editingFinished.emit()
    assert form.municipality.text() == "'s-Gravenhage"
    assert form.fields()["place"]["value"] == "GM0518"  # its CBS code (review r12y R14)
    completer = form.municipality.completer()
    completer.setCompletionPrefix("Rotterd")
    assert completer.currentCompletion() == "Rotterdam"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_alt_shortcut_moves_the_focus_to_its_field(qtbot, language) -> None:
    set_ui_language(language)
    try:
        _alt_keys_reach_their_fields(qtbot)
    finally:
        set_ui_language("en")


def _alt_keys_reach_their_fields(qtbot) -> None:
    """Each Alt+letter puts the focus on the input its label names, and letters typed next
    change that field only (review r12v F1: Alt+L went to the place's kind and "Ede" turned it
    into "A province", Drenthe)."""
    # Alt+M ("Attachments") clicks "Add file…" a moment later: a chooser that answers at once,
    # or Qt's own would wait, modal, for a person (and hang the run).
    editor = SignalEditor(NoFiles())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    form = editor.form
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    field_of = {label: field for field, label in form.labels.items()}
    typed_into = {"place": form.municipality, "period": form.period_start}
    mnemonics = {}
    for label in editor.findChildren(QLabel):
        text = label.text()
        if label.buddy() is None or "&" not in text:
            continue
        key = text[text.index("&") + 1].upper()
        assert key not in mnemonics, f"Alt+{key} twice: {mnemonics.get(key)!r} and {text!r}"
        mnemonics[key] = text
        editor.form.description.setFocus()
        qtbot.waitUntil(lambda: editor.focusWidget() is editor.form.description)
        qtbot.keyClick(editor.form.description, getattr(Qt, f"Key_{key}"), Qt.AltModifier)
        target = label.buddy().focusProxy() or label.buddy()
        assert editor.focusWidget() is target, text
        field = field_of.get(label)
        if field is None:  # the attachments' list, outside the form
            continue
        assert editor.focusWidget() is typed_into.get(field, target), text
        before = form.fields()
        qtbot.keyClicks(editor.focusWidget(), "Ede")
        after = form.fields()
        changed = {name for name in after if after[name] != before[name]}
        assert changed <= {field}, f"{text}: typing changed {changed}"
        assert after["place"]["kind"] == before["place"]["kind"], text
        assert after["period"]["kind"] == before["period"]["kind"], text
    assert form.fields()["place"] == {"kind": "municipality", "value": "GM0228"}  # Ede
    assert len(mnemonics) >= 15


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_kind_of_place_takes_no_typed_letters_only_a_choice(qtbot, language) -> None:
    """Review r12v F1: letters typed into the kind of place switched it by Qt's type-ahead
    ("Ede" -> "Een provincie")."""
    set_ui_language(language)
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(0)  # each letter a search of its own, as when slow
    try:
        editor = _editor(qtbot)
        form = editor.form
        form.place_kind.setFocus()
        for letter in "EOIAeoia":
            qtbot.keyClick(form.place_kind, letter)
            assert form.place_kind.code() == "municipality", letter
        qtbot.keyClick(form.place_kind, Qt.Key_Down)  # an explicit choice still works
        assert form.place_kind.code() == "province"
        assert form.labels["place"].buddy() is form.province  # Alt+L follows the kind
    finally:
        QApplication.setKeyboardInputInterval(interval)
        set_ui_language("en")


def test_files_are_attached_by_dropping_and_removable_each_saying_its_fate(
    qtbot, tmp_path: Path
) -> None:
    editor = _editor(qtbot)
    panel = editor.attachments_panel
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(5, 5), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    panel.dropEvent(drop)
    assert editor.attachments() == [(photo, False)]
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)  # forecast made on a worker
    assert "cleaned" in panel.list.item(0).text()
    panel.list.clearSelection()  # the box then acts on files added next only
    panel.keep_original.setChecked(True)
    evidence = tmp_path / "evidence.jpg"  # another file (the same one again is one line)
    evidence.write_bytes(photo.read_bytes())
    panel.add_pending(evidence)
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)
    kept = panel.list.item(1).text()
    assert "Original kept" in kept and "stay in it" in kept and "\u26a0" in kept
    assert "cleaned" in panel.list.item(0).text() and editor.attachments()[0] == (photo, False)
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert editor.attachments() == [(evidence, True)]


@pytest.mark.parametrize("direction", [Qt.LeftToRight, Qt.RightToLeft], ids=["ltr", "rtl"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_period_and_place_kinds_show_each_choice_whole(qtbot, language, direction) -> None:
    # A combo box cuts a text that is wider than its field without an ellipsis: in a
    # right-to-left window "On a day or between days" read "ay or between days". These two
    # share their row with other fields, so their width is theirs to choose.
    set_ui_language(language)
    QApplication.instance().setLayoutDirection(direction)
    try:
        editor = _editor(qtbot)
        for combo in (editor.form.period_kind, editor.form.place_kind):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo)
            for index in range(combo.count()):
                text = combo.itemText(index)
                needed = combo.fontMetrics().horizontalAdvance(text)
                assert needed <= field.width(), (combo.accessibleName(), text, field.width())
    finally:
        QApplication.instance().setLayoutDirection(Qt.LeftToRight)
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_graded_choices_show_the_letters_and_numbers_the_help_names(qtbot, language) -> None:
    """Review r12v F18: the help said "A = completely reliable … F" and "1 = confirmed … 6",
    but the choices had no letters or numbers."""
    set_ui_language(language)
    try:
        editor = _editor(qtbot)
        for combo, first, last in ((editor.form.reliability, "A", "F"),
                                   (editor.form.credibility, "1", "6")):
            shown = [combo.itemText(i) for i in range(1, combo.count())]
            assert shown[0].startswith(first + " \u2013 ") and shown[-1].startswith(last + " ")
            combo.set_code(first)
            assert combo.code() == first  # the code itself is unchanged
    finally:
        set_ui_language("en")


class CountedFiles(FileDialogs):
    """Counts the times the attachment chooser is opened (and answers "cancelled")."""

    def __init__(self) -> None:
        self.opened = 0

    def open_attachments(self, parent):
        self.opened += 1
        return []


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_attachments_alt_letter_goes_to_the_list_and_opens_no_chooser(
        qtbot, language) -> None:
    """Review r12y R12: Alt+M ("Attach&ments") clicked "Add file…" and a file chooser opened,
    where the person wanted the list to remove a file; the next Alt+letter typed into it."""
    set_ui_language(language)
    try:
        files = CountedFiles()
        editor = SignalEditor(files)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        label = editor.form.labels["attachments"]
        key = label.text()[label.text().index("&") + 1].upper()
        qtbot.keyClick(editor.form.description, getattr(Qt, f"Key_{key}"), Qt.AltModifier)
        assert editor.focusWidget() is editor.attachments_panel.list
        assert files.opened == 0
    finally:
        set_ui_language("en")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_on_a_small_screen_the_danger_banner_keeps_one_line_once_errors_show(
        qtbot, language) -> None:
    """Review r12y R9: at 1.5x on 1024x600 the banner (three lines) and the error summary left
    the form about 190 px. There the banner keeps its first sentence (112), the rest in its
    tooltip; on a taller screen, and before any error shows, it says everything."""
    from intake_app.ui.editor_help import acute_danger_short_text, acute_danger_text

    set_ui_language(language)
    try:
        editor = _editor(qtbot)
        editor.resize(683, 390)  # 1024x600 at 1.5x, below the menu bar
        editor.form.urgency.set_code("immediate_danger")
        assert editor.danger.text() == acute_danger_text()  # seen whole at first
        editor.show_errors(editor.problems(), focus=False)
        qtbot.wait(20)
        assert editor.danger.text() == acute_danger_short_text() and "112" in editor.danger.text()
        assert editor.danger.toolTip() == acute_danger_text()
        assert editor.danger.height() < 2.5 * editor.danger.fontMetrics().height() + 24
        editor.resize(760, 700)  # a taller screen: room for all of it
        qtbot.wait(20)
        assert editor.danger.text() == acute_danger_text() and editor.danger.toolTip() == ""
    finally:
        set_ui_language("en")
