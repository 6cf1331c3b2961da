"""Which CLDR regions are countries, and which countries are states (domain/countries.py)."""

from __future__ import annotations

from intake_app.domain.countries import COUNTRIES, DEPENDENT_TERRITORIES, STATES


def test_every_dependent_territory_is_an_iso_code() -> None:
    assert DEPENDENT_TERRITORIES <= set(COUNTRIES)


def test_states_that_are_not_un_members_stay_states() -> None:
    # Why UN membership is not the test (the module's comment): these can act as states.
    assert not {"TW", "PS", "VA"} & DEPENDENT_TERRITORIES


def test_territories_of_the_kingdom_and_others_are_not_states() -> None:
    assert {"AW", "CW", "SX", "BQ", "GL", "HK", "PR"} <= DEPENDENT_TERRITORIES


def test_western_sahara_is_a_place_abroad_but_no_suspected_state() -> None:
    """Review r12y R13: ISO 3166-1 says "Independent: No" of Western Sahara (EH), the source
    this list names, yet the editor offered it as a state actor."""
    from intake_app.ui.code_widgets import ordered_codes

    assert "EH" in DEPENDENT_TERRITORIES
    assert "EH" not in ordered_codes("actor") and "EH" in ordered_codes("country")


def test_the_countries_are_cldrs_by_the_documented_rule() -> None:
    """Review r12y R13: the list was a hand-kept table. Its codes are CLDR's by the rule in
    countries.py (a check that the generated file follows the installed CLDR: rerun
    scripts/countries_from_cldr.py when this fails after a Babel upgrade)."""
    from babel import Locale
    from babel.core import get_cldr_version

    from intake_app.domain.countries import country_codes
    from intake_app.domain.countries_data import CLDR_VERSION

    english, dutch = Locale.parse("en").territories, Locale.parse("nl").territories
    assert list(COUNTRIES) == country_codes(english)
    assert len(COUNTRIES) == 249 + 1  # ISO 3166-1's officially assigned codes, and Kosovo
    if get_cldr_version() == CLDR_VERSION:  # names move with CLDR's versions
        assert COUNTRIES == {code: (english[code], dutch[code]) for code in COUNTRIES}


def test_kosovo_is_a_state_and_a_place_abroad_by_its_cldr_name() -> None:
    """Recognised by the Netherlands in 2008 (countries.py says why XK is offered)."""
    from intake_app.domain import taxonomy
    from intake_app.ui.code_widgets import code_label, ordered_codes

    assert "XK" in STATES and "XK" in ordered_codes("actor") and "XK" in ordered_codes("country")
    assert taxonomy.is_code("actor", "XK") and code_label("actor", "XK") == "Kosovo"


def test_the_states_are_the_countries_less_the_dependent_territories() -> None:
    from intake_app.ui.code_widgets import ordered_codes

    assert set(ordered_codes("actor")) - {"unknown"} == STATES
    assert STATES == set(COUNTRIES) - DEPENDENT_TERRITORIES
