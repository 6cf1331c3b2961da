"""The passphrase rule knows Dutch, the app's own words and the names of this profile, as an
attacker of a Dutch liaison's laptop would (review r12x X1: the English-only estimator said
"Very strong" to "seinpost2026" and accepted "Wachtwoord2026", "zomer2026", "ikhouvanjou",
"meldpunt2026" and "Amira2026" for a liaison named Amira, where "password2026" was refused)."""

from __future__ import annotations

import pytest
from meter_kit import settled_acceptable

from intake_app.vault.passphrase import MIN_SCORE, WeakPassphrase, check_new_passphrase, strength


@pytest.mark.parametrize("weak", ["Wachtwoord2026", "zomer2026", "ikhouvanjou", "welkom2026",
                                  "seinpost2026", "meldpunt2026", "Geheim!2026"])
def test_dutch_and_the_apps_own_words_are_weak(weak: str) -> None:
    assert strength(weak) < MIN_SCORE
    with pytest.raises(WeakPassphrase):
        check_new_passphrase(weak)


def test_the_liaisons_own_name_with_a_year_is_weak_when_the_name_is_given() -> None:
    assert strength("Amira2026", ["Amira Haddad"]) < MIN_SCORE
    with pytest.raises(WeakPassphrase):
        check_new_passphrase("Amira2026", user_inputs=["Amira Haddad", "Centraal Meldpunt"])


@pytest.mark.parametrize("strong", ["correct horse battery staple",
                                    "fiets regen molen kaas lantaarn",
                                    "Mijn broer fietst elke dinsdag naar Utrecht"])
def test_several_unrelated_words_stay_strong_enough(strong: str) -> None:
    assert check_new_passphrase(strong) == strong


def test_the_set_up_meter_calls_the_liaisons_name_with_a_year_weak(qtbot, tmp_path) -> None:
    """The window's meter judges with the names it knows: the one typed above the passphrase."""
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.i18n_loader import set_ui_language
    from intake_app.ui.setup_page import SetupPage
    from intake_app.ui.tasks import TaskRunner

    set_ui_language("en")
    runner = TaskRunner()
    from intake_app.ui.engine_loader import EngineLoader

    page = SetupPage(tmp_path / "profile", FileDialogs(), runner, EngineLoader(runner))
    qtbot.addWidget(page)
    page.passphrase.setText("Amira2026")
    # No name given yet: only the estimator's own words.
    assert settled_acceptable(qtbot, page.meter)
    page.liaison_name.setText("Amira Haddad")
    assert not settled_acceptable(qtbot, page.meter)
    assert page.meter.verdict.text() in ("Very weak", "Weak", "Not strong enough yet")
    runner.wait()
