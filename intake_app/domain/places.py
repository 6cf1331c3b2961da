"""The official place list: 12 provinces and the 342 municipalities of 1 January 2025.

Source and year: CBS (Statistics Netherlands), "Gemeentelijke indeling op 1 januari 2025"; the
rows themselves are in `intake_app.domain.places_data` (`SOURCE`, `LIST_YEAR`, `LIST_DATE`).
Municipality codes are CBS's ``GM####``; provinces are ISO 3166-2:NL codes in lowercase
(``nl-zh``, as in the taxonomy) with CBS's ``PV##`` code alongside.

Lookups:
- `municipality_by_name`: the exact official name only ("'s-Gravenhage" -> GM0518).
- `find_municipality`: a forgiving match for what people typed before the list existed:
  case, accents, apostrophe style, dots and spacing are ignored, and a small table of common
  forms ("Den Haag", "Den Bosch", "Bergen (NH)") and of former municipalities that merged whole
  into one current municipality ("Weesp" -> Amsterdam) is consulted. Anything else is None: a
  village, a district or a split municipality (Haaren) cannot be placed without guessing.
- `region_of_place`: where a signal's coarse place counts in a report: a province code, or
  `ABROAD`, `ONLINE`, `UNKNOWN`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from intake_app.domain.places_data import LIST_DATE, LIST_YEAR, MUNICIPALITY_ROWS, SOURCE
from intake_app.domain.taxonomy import LABELS

__all__ = [
    "ABROAD",
    "LIST_DATE",
    "LIST_YEAR",
    "MUNICIPALITIES",
    "ONLINE",
    "PROVINCES",
    "REGIONS",
    "SOURCE",
    "UNKNOWN",
    "Municipality",
    "Province",
    "find_municipality",
    "municipality_by_code",
    "municipality_by_name",
    "municipality_name",
    "normalise_name",
    "province_of",
    "region_of_place",
]

ABROAD = "abroad"
ONLINE = "online"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Province:
    """One province: `code` ISO 3166-2:NL lowercase, `cbs_code` "PV##", official Dutch name."""

    code: str
    cbs_code: str
    name: str


@dataclass(frozen=True)
class Municipality:
    """One municipality: `code` CBS "GM####", official `name`, `province` ISO code."""

    code: str
    name: str
    province: str


_CBS_PROVINCE_CODES = {
    "nl-gr": "PV20", "nl-fr": "PV21", "nl-dr": "PV22", "nl-ov": "PV23", "nl-fl": "PV24",
    "nl-ge": "PV25", "nl-ut": "PV26", "nl-nh": "PV27", "nl-zh": "PV28", "nl-ze": "PV29",
    "nl-nb": "PV30", "nl-li": "PV31",
}

#: The 12 provinces in CBS order (north to south).
PROVINCES: tuple[Province, ...] = tuple(
    Province(code, cbs, LABELS["province"][code][1])
    for code, cbs in sorted(_CBS_PROVINCE_CODES.items(), key=lambda item: item[1])
)

#: The 342 municipalities, in the order of `places_data` (by province, then name).
MUNICIPALITIES: tuple[Municipality, ...] = tuple(
    Municipality(code, name, province) for code, name, province in MUNICIPALITY_ROWS
)

#: The rows of a by-place report table, in order: provinces, then abroad, online, unknown.
REGIONS: tuple[str, ...] = (*(p.code for p in PROVINCES), ABROAD, ONLINE, UNKNOWN)

# Forms people use that are not the official name. Only unambiguous ones.
_ALIASES: Mapping[str, str] = {
    "Den Haag": "GM0518", "The Hague": "GM0518", "Den Bosch": "GM0796",
    "Bergen (Noord-Holland)": "GM0373", "Bergen NH": "GM0373",
    "Bergen (Limburg)": "GM0893", "Bergen L": "GM0893",
    "Nuenen": "GM0820", "Nuenen c.a.": "GM0820",
    "Hengelo (O.)": "GM0164", "Middelburg (Z.)": "GM0687", "Rijswijk (ZH.)": "GM0603",
    "Laren (NH.)": "GM0417", "Beek (L.)": "GM0888", "Stein (L.)": "GM0971",
    "Zuidwest-Friesland": "GM1900", "Noordoost-Friesland": "GM1970",
    "De Friese Meren": "GM1940", "Tietjerksteradeel": "GM0737", "Dantumadeel": "GM1891",
}

# Former municipalities that merged as a whole into one current municipality (2021-2023).
_FORMER: Mapping[str, str] = {
    "Appingedam": "GM1979", "Delfzijl": "GM1979", "Loppersum": "GM1979",
    "Weesp": "GM0363", "Beemster": "GM0439",
    "Heerhugowaard": "GM1980", "Langedijk": "GM1980",
    "Boxmeer": "GM1982", "Cuijk": "GM1982", "Grave": "GM1982",
    "Mill en Sint Hubert": "GM1982", "Sint Anthonis": "GM1982",
    "Landerd": "GM1991", "Uden": "GM1991",
    "Brielle": "GM1992", "Hellevoetsluis": "GM1992", "Westvoorne": "GM1992",
}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_SPACE = re.compile(r"\s+")
_HYPHEN_SPACE = re.compile(r"\s*-\s*")


def normalise_name(text: str) -> str:
    """A comparison key for a place name: case, accents, apostrophe style, dots, commas and
    spacing ignored. "Súdwest-Fryslân" and "sudwest - fryslan" give the same key."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace(".", " ").replace(",", " ").replace("(", " (").replace(")", ") ")
    bare = _HYPHEN_SPACE.sub("-", _SPACE.sub(" ", bare).strip())
    return bare.replace("( ", "(").replace(" )", ")").casefold()


_BY_CODE: dict[str, Municipality] = {m.code: m for m in MUNICIPALITIES}
_BY_NAME: dict[str, Municipality] = {m.name: m for m in MUNICIPALITIES}
_BY_KEY: dict[str, Municipality] = {
    **{normalise_name(name): _BY_CODE[code] for name, code in _FORMER.items()},
    **{normalise_name(name): _BY_CODE[code] for name, code in _ALIASES.items()},
    **{normalise_name(m.name): m for m in MUNICIPALITIES},
}


def municipality_by_name(name: str) -> Municipality | None:
    """The municipality whose official name is exactly `name`, else None."""
    return _BY_NAME.get(name)


def municipality_by_code(code: str) -> Municipality | None:
    """The municipality with CBS code `code` ("GM0599"), else None."""
    return _BY_CODE.get(code)


def find_municipality(text: str) -> Municipality | None:
    """The municipality `text` names (official name, common form or whole-merged former
    municipality; see the module docstring), else None. Never guesses between candidates."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _BY_KEY.get(normalise_name(text))


def municipality_name(value: str) -> str:
    """What a place's municipality value reads as: the official name of a CBS code, else the
    value itself (a name, as drafts and signals before the code held)."""
    found = _BY_CODE.get(value)
    return value if found is None else found.name


def province_of(code: str) -> str | None:
    """The province ISO code of municipality `code` ("GM0599" -> "nl-zh"), else None."""
    municipality = _BY_CODE.get(code)
    return None if municipality is None else municipality.province


def region_of_place(kind: str, value: str | None) -> str:
    """Where a signal's place counts in a report: a province code, `ABROAD`, `ONLINE` or
    `UNKNOWN` (a municipality text that is on no list, or a malformed place)."""
    if kind == "municipality":  # its CBS code, or (older signals) its name
        found = (municipality_by_code(value) or find_municipality(value)
                 if isinstance(value, str) else None)
        return UNKNOWN if found is None else found.province
    if kind == "province":
        return value if value in _CBS_PROVINCE_CODES else UNKNOWN
    if kind == "abroad":
        return ABROAD
    if kind == "online":
        return ONLINE
    return UNKNOWN
