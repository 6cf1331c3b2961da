"""The official place list: its invariants, and how free-text places map onto it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from intake_app.domain import places, taxonomy
from intake_app.domain.municipalities import municipality_name_problem

# CBS, number of municipalities per province on 1 January 2025 (total 342).
PER_PROVINCE_2025 = {
    "nl-gr": 10, "nl-fr": 18, "nl-dr": 12, "nl-ov": 25, "nl-fl": 6, "nl-ge": 51,
    "nl-ut": 26, "nl-nh": 44, "nl-zh": 50, "nl-ze": 13, "nl-nb": 56, "nl-li": 31,
}


def test_the_list_states_its_source_and_year() -> None:
    assert places.LIST_YEAR == 2025
    assert places.LIST_DATE == "2025-01-01"
    assert "CBS" in places.SOURCE and "2025" in places.SOURCE
    assert "2025" in (places.__doc__ or "") and "CBS" in (places.__doc__ or "")


def test_342_municipalities_with_unique_well_formed_codes_and_names() -> None:
    assert len(places.MUNICIPALITIES) == 342
    codes = [m.code for m in places.MUNICIPALITIES]
    names = [m.name for m in places.MUNICIPALITIES]
    assert len(set(codes)) == 342
    assert len(set(names)) == 342
    assert all(re.fullmatch(r"GM\d{4}", code) for code in codes)


def test_12_provinces_match_the_taxonomy_and_cbs_codes() -> None:
    assert len(places.PROVINCES) == 12
    assert {p.code for p in places.PROVINCES} == set(taxonomy.codes("province"))
    assert sorted(p.cbs_code for p in places.PROVINCES) == [f"PV{n}" for n in range(20, 32)]
    assert places.REGIONS[-3:] == (places.ABROAD, places.ONLINE, places.UNKNOWN)
    assert len(places.REGIONS) == 15


def test_counts_per_province_are_cbs_2025() -> None:
    assert Counter(m.province for m in places.MUNICIPALITIES) == PER_PROVINCE_2025


def test_every_official_name_passes_the_editors_place_check() -> None:
    # The editor must accept every official name, or a liaison could not record it.
    for municipality in places.MUNICIPALITIES:
        assert municipality_name_problem(municipality.name) is None, municipality.name


@pytest.mark.parametrize(("name", "code", "province"), [
    ("'s-Gravenhage", "GM0518", "nl-zh"),
    ("'s-Hertogenbosch", "GM0796", "nl-nb"),
    ("Amsterdam", "GM0363", "nl-nh"),
    ("Rotterdam", "GM0599", "nl-zh"),
    ("Súdwest-Fryslân", "GM1900", "nl-fr"),
    ("Bergen (NH.)", "GM0373", "nl-nh"),
    ("Bergen (L.)", "GM0893", "nl-li"),
    ("Voorne aan Zee", "GM1992", "nl-zh"),
    ("Nuenen, Gerwen en Nederwetten", "GM0820", "nl-nb"),
])
def test_exact_official_name_gives_code_and_province(name: str, code: str, province: str) -> None:
    found = places.municipality_by_name(name)
    assert found is not None and found.code == code
    assert places.province_of(code) == province
    assert places.municipality_by_code(code) == found


def test_exact_lookup_is_exact() -> None:
    assert places.municipality_by_name("amsterdam") is None
    assert places.municipality_by_name("Den Haag") is None
    assert places.municipality_by_code("GM9999") is None
    assert places.province_of("GM9999") is None


@pytest.mark.parametrize(("typed", "code"), [
    ("amsterdam", "GM0363"),
    ("  Den   Haag ", "GM0518"),
    ("’s-Gravenhage", "GM0518"),
    ("Sudwest - Fryslan", "GM1900"),
    ("Bergen (NH)", "GM0373"),
    ("Den Bosch", "GM0796"),
    ("Weesp", "GM0363"),
    ("Hellevoetsluis", "GM1992"),
])
def test_forgiving_lookup_maps_common_forms(typed: str, code: str) -> None:
    found = places.find_municipality(typed)
    assert found is not None and found.code == code


@pytest.mark.parametrize("typed", ["Bergen", "Haaren", "Scheveningen", "", "   ", "Atlantis"])
def test_ambiguous_split_or_unknown_places_are_not_guessed(typed: str) -> None:
    assert places.find_municipality(typed) is None
    assert places.region_of_place("municipality", typed) == places.UNKNOWN


def test_region_of_place_rolls_up_and_keeps_abroad_and_online_apart() -> None:
    assert places.region_of_place("municipality", "Utrecht") == "nl-ut"
    assert places.region_of_place("province", "nl-li") == "nl-li"
    assert places.region_of_place("province", "nl-xx") == places.UNKNOWN
    assert places.region_of_place("abroad", "TR") == places.ABROAD
    assert places.region_of_place("abroad", None) == places.ABROAD
    assert places.region_of_place("online", None) == places.ONLINE
    assert places.region_of_place("elsewhere", None) == places.UNKNOWN
