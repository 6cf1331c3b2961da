"""Which ISO 3166-1 entries are states: the domain's short list of dependent territories."""

from __future__ import annotations

from intake_app.domain.countries import COUNTRIES, DEPENDENT_TERRITORIES


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
