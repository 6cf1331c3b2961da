"""A coarse place must stay coarse: is a municipality name plausible, and not an address?

Municipalities merge every year, so the field is free text rather than a fixed list; the check
only keeps out what makes a place identifying (house numbers, postcodes, street names) and what is
clearly not a name. Official names use letters, spaces, hyphens, apostrophes, dots and brackets:
"'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH.)", "Capelle aan den IJssel".
"""

from __future__ import annotations

import re
import unicodedata

from intake_app.domain.places import municipality_by_name

MAX_MUNICIPALITY_CHARS = 40
MAX_MUNICIPALITY_WORDS = 5

_ALLOWED_PUNCTUATION = frozenset(" -'’.()")
# A word ending in one of these is a street: no Dutch municipality name has one.
_STREET_WORD = re.compile(
    r"(?:straat|laan|plein|gracht|kade|singel|dreef|steeg|plantsoen|boulevard)\Z",
    re.IGNORECASE,
)
_STREET_ABBREVIATION = re.compile(r"(?:^|\s)(?:str|ln|pl|bd)\.(?:\s|$)", re.IGNORECASE)


def municipality_name_problem(name: str) -> str | None:
    """None if `name` is a plausible municipality name, else a FieldError code.

    Codes: "required", "too_long", "looks_like_address" (digits, a street word),
    "invalid_characters".
    """
    stripped = name.strip()
    if not stripped:
        return "required"
    if municipality_by_name(stripped) is not None:
        return None  # an official name is a place, whatever its punctuation ("Nuenen, …")
    if len(stripped) > MAX_MUNICIPALITY_CHARS:
        return "too_long"
    if any(ch.isdigit() for ch in stripped):
        return "looks_like_address"
    for ch in stripped:
        if ch in _ALLOWED_PUNCTUATION:
            continue
        if not unicodedata.category(ch).startswith("L"):
            return "invalid_characters"
    words = stripped.replace("-", " ").split()
    if len(words) > MAX_MUNICIPALITY_WORDS:
        return "too_long"
    if any(_STREET_WORD.search(word.strip(".,()'’")) for word in words):
        return "looks_like_address"
    if _STREET_ABBREVIATION.search(stripped):
        return "looks_like_address"
    return None
