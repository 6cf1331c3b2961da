"""First run as a new liaison meets it: the card checked by ear, the language switch, Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox, QFileDialog
from test_gui_flow import AnsweringDialogs

from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.main_window import MainWindow


@pytest.fixture
def english():
    set_ui_language("en")
    yield
    set_ui_language("en")


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, str]:
    office = make_office(tmp_path / "office")
    window = MainWindow(tmp_path / "profile", dialogs=AnsweringDialogs(office.card_path, []),
                        language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, office.parsed.fingerprint


def test_the_office_fingerprint_shows_only_after_typing_and_a_mismatch_names_the_group(
    qtbot, tmp_path: Path, english
) -> None:
    window, fingerprint = _window(qtbot, tmp_path)
    page = window.setup_page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    digits = fingerprint.replace(" ", "")
    assert "Centraal Meldpunt" in page.card_label.text()
    shown = " ".join(w.text() for w in page.findChildren(type(page.card_label)) if w.isVisible())
    assert digits[:5] not in shown.replace(" ", "")  # nothing to copy from

    groups = fingerprint.split()
    groups[2] = f"{(int(groups[2]) + 1) % 100000:05d}"  # misheard: the third group
    page.typed_fingerprint.setText(" ".join(groups))
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert page.error.isVisible() and "group 3 of 8 differs" in page.error.text()
    assert not page.card_next.isEnabled() and not page.fingerprint_label.isVisible()
    assert page.focusWidget() is page.typed_fingerprint

    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert page.card_next.isEnabled() and fingerprint in page.fingerprint_label.text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_checking_an_empty_fingerprint_field_asks_for_the_digits(
    qtbot, tmp_path: Path, english, language: str
) -> None:
    """Review r12u F12: an empty field said "groups 1, 2, 3, 4, 5, 6, 7, 8 of 8 differ"."""
    window, _ = _window(qtbot, tmp_path)
    window.switch_language(language)
    page = window.setup_page
    page.go_to(1)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    asked = {"nl": "Typ de cijfers", "en": "Type the digits"}[language]
    for typed in ("", "   "):
        page.typed_fingerprint.setText(typed)
        qtbot.mouseClick(page.check_button, Qt.LeftButton)
        assert page.error.isVisible() and asked in page.error.text()
        assert "8" not in page.error.text()  # no groups named
        assert not page.card_next.isEnabled()
        assert page.focusWidget() is page.typed_fingerprint


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_missing_group_or_an_extra_digit_is_counted_not_called_a_bad_card(
    qtbot, tmp_path: Path, english, language: str
) -> None:
    """Review r12v F3: with group 3 left out the page said "groups 3, 4, 5, 6, 7, 8 of 8
    differ ... do not use this card"; one digit too many named group 8."""
    window, fingerprint = _window(qtbot, tmp_path)
    window.switch_language(language)
    page = window.setup_page
    page.go_to(1)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    groups = fingerprint.split()
    said = {
        "nl": {"skipped": "U typte 7 van de 8 groepen", "extra": "Groep 8 heeft 6 cijfers",
               "short": "Groep 4 heeft 4 cijfers", "joined": "U typte 35 van de 40 cijfers",
               "joined extra": "U typte 41 cijfers"},
        "en": {"skipped": "You typed 7 of the 8 groups", "extra": "Group 8 has 6 digits",
               "short": "Group 4 has 4 digits", "joined": "You typed 35 of the 40 digits",
               "joined extra": "You typed 41 digits"},
    }[language]
    short = [*groups[:3], groups[3][:4], *groups[4:]]
    for case, typed in (("skipped", " ".join(groups[:2] + groups[3:])),
                        ("extra", fingerprint + "1"),
                        ("short", " ".join(short)),
                        ("joined", "".join(groups[:7])),
                        ("joined extra", "".join(groups) + "1")):
        page.typed_fingerprint.setText(typed)
        qtbot.mouseClick(page.check_button, Qt.LeftButton)
        shown = page.error.text()
        assert page.error.isVisible() and said[case] in shown, (case, shown)
        assert "differ" not in shown and "verschil" not in shown, (case, shown)
        assert not page.card_next.isEnabled()
    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert page.card_next.isEnabled()


def test_a_language_switch_keeps_what_is_typed(qtbot, tmp_path: Path, english) -> None:
    window, fingerprint = _window(qtbot, tmp_path)
    page = window.setup_page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    qtbot.mouseClick(page.card_next, Qt.LeftButton)
    page.liaison_name.setText("Contactpersoon Zwolle")
    page.passphrase.setText("lantaarn fiets wolk regenjas")

    window.switch_language("nl")
    page = window.setup_page
    assert page.create_button.text() == "Mijn kluis &aanmaken"
    assert page.steps.currentIndex() == 2
    assert page.liaison_name.text() == "Contactpersoon Zwolle"
    assert page.passphrase.text() == "lantaarn fiets wolk regenjas"
    assert page.typed_fingerprint.text() == fingerprint


def test_qt_own_dialogs_and_the_calendar_speak_dutch(qtbot, tmp_path: Path, english) -> None:
    set_ui_language("nl")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Annuleren" in texts  # Qt's own strings, from qtbase_nl
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(3) == "maart"
    assert QApplication.instance().translate("QFileDialog", "&Open") != "&Open"


def _gap_below(field, error) -> int:
    """Pixels from the bottom of `field` to the top of `error`, both in the window."""
    window = field.window()
    bottom = field.mapTo(window, field.rect().bottomLeft()).y()
    return error.mapTo(window, error.rect().topLeft()).y() - bottom


def test_a_set_up_error_stands_right_under_the_field_it_is_about(
    qtbot, tmp_path: Path, english
) -> None:
    """At 1024×600 "This does not match the card" stood at the window's foot, 300 px below the
    mistyped fingerprint; the passphrases' mismatch below the "Create my vault" button."""
    window, fingerprint = _window(qtbot, tmp_path)
    page = window.setup_page
    page.go_to(1)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(fingerprint.replace(fingerprint[:5], "12345", 1))
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert page.error.isVisible() and "does not match" in page.error.text()
    assert 0 <= _gap_below(page.typed_fingerprint, page.error) <= page.typed_fingerprint.height()
    assert page.focusWidget() is page.typed_fingerprint

    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    assert not page.error.isVisible()
    page.go_to(2)
    page.liaison_name.setText("Contact Utrecht")
    page.passphrase.setText("lantaarn fiets wolk regenjas")
    page.repeat.setText("lantaarn fiets wolk regenjes")
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(page.error.isVisible, timeout=20000)  # judged at the click, in a worker
    assert "not the same" in page.error.text()
    assert 0 <= _gap_below(page.use_keyring, page.error) <= page.repeat.height() * 2
    assert _gap_below(page.error, page.create_button) > 0  # above the button, not under it
    assert page.focusWidget() is page.repeat
    window.close()


def test_enter_on_a_focused_button_of_the_window_presses_it(qtbot, tmp_path: Path,
                                                            english) -> None:
    """Review r12w F5: in the main window push buttons answered Space only; Tab to "Choose
    the office card…" and Enter did nothing."""
    window, _fingerprint = _window(qtbot, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.setup_page
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    page.choose_card.setFocus()
    qtbot.keyClick(page.choose_card, Qt.Key_Enter, Qt.KeypadModifier)
    qtbot.waitUntil(lambda: "Centraal Meldpunt" in page.card_label.text())
    window.close()
