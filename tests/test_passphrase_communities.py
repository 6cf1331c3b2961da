"""Review r7i R7I-1 (issue 7): the strength rule knows the liaisons' own languages and what an
attacker knows of the profile, however it is arranged.

`intake-app init --name "Amira El Amrani"` took "Amira1990Amira" (own name, a year, own name)
and "amira.elamrani@gmail.com"; the rule scored "password" in Turkish, Russian, Arabic and
pinyin, "I love you" codes, religious phrases, leaders, clubs, cities and QWERTZ rows with a
year at 3 or 4. Now each is refused, by the vault's rule (both command lines) and the window's
meter alike, and so is a passphrase built on the profile folder's name; sentences of several
unrelated words, in those languages too, stay strong enough.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli
from meter_kit import settled_acceptable

from intake_app.vault import WeakPassphrase
from intake_app.vault.passphrase import check_new_passphrase

NAMES = ("Amira El Amrani", "Centraal Meldpunt")
# Each accepted before (review r7i R7I-1, with the names above), each with its reason.
WEAK = {
    "Amira1990Amira": "own first name, a year, own first name",
    "1990amira1990": "a year around the own name",
    "amira010amira": "an area code between the own name",
    "amira.elamrani@gmail.com": "own name as an e-mail address",
    "amira@seinpost.nl": "own name at the app's word as an address",
    "0612345678amira": "a Dutch mobile number and the own name",
    "şifre2026şifre": "Turkish 'password' around a year",
    "sifre123sifre": "Turkish 'password' without its cedilla",
    "parolamparola": "Turkish 'my password' and 'password'",
    "пароль2026": "Russian 'password' and a year",
    "пароль123456": "Russian 'password' and a digit run",
    "كلمةالسر2026": "Arabic 'password' and a year",
    "wodemima2026": "pinyin 'my password' and a year",
    "woaini1314520": "the most common Chinese password",
    "Allah2026Allah": "a religious word around a year",
    "Inshallah2026": "a religious phrase and a year",
    "mashallah2026": "a religious phrase and a year",
    "Allahuakbar2026": "a religious phrase and a year",
    "Ahmed2026Ahmed": "a common first name around a year",
    "Erdogan2026": "a leader's name and a year",
    "Atatürk1881": "a leader's name and his birth year",
    "Wydad1937Wydad": "a football club around its founding year",
    "Rabat2026Rabat": "a city around a year",
    "qwertzuiop2026": "a QWERTZ keyboard row and a year",
}
STRONG = [
    "Wandelende-tulp-zeef-83",
    "Mijn broer fietst elke dinsdag naar Utrecht",
    "Amira fietst elke dinsdag naar de markt in Utrecht",  # a name inside a real sentence
    "annem bahçede çay içiyor sabah",
    "бабушка варит суп в субботу",
    "kırmızı kedi mavi kapı yedi",
]


@pytest.mark.parametrize("weak", list(WEAK), ids=list(WEAK.values()))
def test_a_passphrase_built_on_what_an_attacker_of_the_communities_tries_is_refused(
        weak: str) -> None:
    with pytest.raises(WeakPassphrase):
        check_new_passphrase(weak, user_inputs=NAMES)


@pytest.mark.parametrize("strong", STRONG)
def test_several_unrelated_words_in_the_communities_languages_stay_strong_enough(
        strong: str) -> None:
    assert check_new_passphrase(strong, user_inputs=NAMES) == strong


def test_a_passphrase_built_on_the_profile_folders_name_is_refused_at_set_up(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_text("Zilverberk1990Zilverberk\n", encoding="utf-8")
    done = run_cli(["init", "--profile", str(tmp_path / "Zilverberk"), "--passphrase-file",
                    str(passfile), "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint, "--name", NAMES[0]],
                   cwd=tmp_path, env={"SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert "This passphrase is too easy to guess" in done.stderr
    assert not (tmp_path / "Zilverberk" / "vault.json").exists()


def test_init_refuses_the_own_name_around_a_year_on_the_command_line(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_text("Amira1990Amira\n", encoding="utf-8")
    done = run_cli(["init", "--profile", str(tmp_path / "profile"), "--passphrase-file",
                    str(passfile), "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint, "--name", NAMES[0]],
                   cwd=tmp_path, env={"SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert "This passphrase is too easy to guess" in done.stderr


def test_the_set_up_meter_calls_the_same_passphrases_weak(qtbot, tmp_path: Path) -> None:
    """The window's meter judges as the vault does, with the name typed above the passphrase
    and the profile folder's name."""
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.engine_loader import EngineLoader
    from intake_app.ui.i18n_loader import set_ui_language
    from intake_app.ui.setup_page import SetupPage
    from intake_app.ui.tasks import TaskRunner

    set_ui_language("en")
    runner = TaskRunner()
    page = SetupPage(tmp_path / "Zilverberk", FileDialogs(), runner, EngineLoader(runner))
    qtbot.addWidget(page)
    page.liaison_name.setText(NAMES[0])
    for weak in ("Amira1990Amira", "şifre2026şifre", "Zilverberk1990Zilverberk"):
        page.passphrase.setText(weak)
        assert not settled_acceptable(qtbot, page.meter), weak
    page.passphrase.setText(STRONG[1])
    assert settled_acceptable(qtbot, page.meter)
    runner.wait()


def test_a_changed_passphrase_built_on_the_profile_folders_name_is_refused(
        tmp_path: Path) -> None:
    session = fast_session(tmp_path / "Zilverberk", make_office(tmp_path / "office"))
    try:
        with pytest.raises(WeakPassphrase):
            session.change_passphrase(PASSPHRASE, "Zilverberk1990Zilverberk")
    finally:
        session.lock()
