"""The code lists: stable codes, English and Dutch labels for every code."""

from __future__ import annotations

import re

import pytest

from intake_app.domain import taxonomy
from intake_app.domain.countries import COUNTRIES
from intake_app.domain.municipalities import municipality_name_problem

# Codes that follow an outside standard instead of lowercase snake_case.
STANDARD_LISTS = {"actor", "country", "source_reliability", "information_credibility"}


def test_every_list_the_signal_needs_is_there() -> None:
    for name in (
        "category",
        "target",
        "channel",
        "place_kind",
        "province",
        "impact",
        "urgency",
        "anonymity",
        "consent",
        "reported_elsewhere",
        "source_reliability",
        "information_credibility",
        "actor",
        "country",
        "cleaning",
    ):
        assert taxonomy.codes(name), name


@pytest.mark.parametrize("list_name", sorted(set(taxonomy.LABELS) - STANDARD_LISTS))
def test_codes_are_lowercase_ascii_never_display_text(list_name: str) -> None:
    for code in taxonomy.codes(list_name):
        assert re.fullmatch(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*", code), code


@pytest.mark.parametrize("list_name", sorted(taxonomy.LABELS))
def test_every_code_has_an_english_and_a_dutch_label(list_name: str) -> None:
    for code in taxonomy.codes(list_name):
        english = taxonomy.label(list_name, code, "en")
        dutch = taxonomy.label(list_name, code, "nl")
        assert english.strip() and dutch.strip()
        assert english != code or list_name in STANDARD_LISTS


def test_categories_use_the_governments_vocabulary() -> None:
    assert taxonomy.label("category", "diaspora_tax", "nl") == (
        "Afgedwongen betalingen (diasporabelasting)"
    )
    dutch = " ".join(taxonomy.label("category", c, "nl") for c in taxonomy.codes("category"))
    for word in ("Intimidatie", "informanten", "heimelijke beïnvloeding", "Desinformatie"):
        assert word.lower() in dutch.lower()
    assert "ongewenste buitenlandse inmenging" in dutch


def test_twelve_provinces_as_iso_3166_2_codes() -> None:
    provinces = taxonomy.codes("province")
    assert len(provinces) == 12
    assert taxonomy.label("province", "nl-zh", "nl") == "Zuid-Holland"
    assert taxonomy.label("province", "nl-fr", "nl") == "Fryslân"


def test_full_iso_3166_alpha2_list_and_unknown_actor() -> None:
    assert len(COUNTRIES) == 249 + 1  # ISO 3166-1 and Kosovo (domain/countries.py)
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in COUNTRIES)
    assert taxonomy.label("actor", "TR", "nl") == "Turkije"
    assert taxonomy.label("actor", "ER", "en") == "Eritrea"
    assert taxonomy.label("actor", "unknown", "nl") == "Onbekend"
    assert "unknown" not in taxonomy.codes("country")


def test_admiralty_code_standard_meanings() -> None:
    assert taxonomy.codes("source_reliability") == ("A", "B", "C", "D", "E", "F")
    assert taxonomy.codes("information_credibility") == ("1", "2", "3", "4", "5", "6")
    assert taxonomy.label("source_reliability", "A") == "Completely reliable"
    assert taxonomy.label("source_reliability", "F") == "Reliability cannot be judged"
    assert taxonomy.label("information_credibility", "1") == "Confirmed by other sources"
    assert taxonomy.label("information_credibility", "6") == "Truth cannot be judged"


def test_unknown_list_code_or_language_is_a_clear_error() -> None:
    with pytest.raises(taxonomy.UnknownCodeError):
        taxonomy.label("category", "no-such-code", "en")
    with pytest.raises(taxonomy.UnknownCodeError):
        taxonomy.label("no-such-list", "x", "en")
    with pytest.raises(taxonomy.UnknownCodeError):
        taxonomy.label("category", "intimidation", "fr")
    assert not taxonomy.is_code("category", 3)


@pytest.mark.parametrize(
    "name",
    ["Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH.)", "Capelle aan den IJssel"],
)
def test_real_municipality_names_are_plausible(name: str) -> None:
    assert municipality_name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Kalverstraat 12", "looks_like_address"),
        ("1012 AB", "looks_like_address"),
        ("Utrecht 3", "looks_like_address"),
        ("Dorpsstraat", "looks_like_address"),
        ("Jan van Goyenkade", "looks_like_address"),
        ("Amsterdam, bij het station", "invalid_characters"),
        ("jan@example.nl", "invalid_characters"),
        ("A" * 41, "too_long"),
        ("een twee drie vier vijf zes", "too_long"),
        ("   ", "required"),
    ],
)
def test_addresses_and_non_names_are_refused_as_municipality(name: str, problem: str) -> None:
    assert municipality_name_problem(name) == problem
