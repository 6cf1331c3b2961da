"""Country codes and their English and Dutch names, from CLDR (Unicode's locale data, through
Babel), and which of them are states.

Data only at run time: the rows are generated into `countries_data.py` by
scripts/countries_from_cldr.py (loading CLDR through Babel costs about 80 ms, too much for the
first screen), and tests/test_domain_countries.py checks them against the installed CLDR. The UI
shows the same CLDR names (ui/country_names.py). Analysis uses the code, never the name.

The rule, in two steps:

1. A *country* is a two-letter CLDR region code that ISO 3166-1 has officially assigned, plus
   Kosovo: CLDR's other two-letter codes are groupings (EU, EZ, UN), pseudo-regions (QO, XA,
   XB, ZZ) and ISO's "exceptionally reserved" codes for parts of other states (AC Ascension,
   CP Clipperton, CQ Sark, DG Diego Garcia, EA Ceuta and Melilla, IC Canary Islands, TA Tristan
   da Cunha): `NOT_COUNTRIES`.
2. A *state* (what the suspected-actor list offers) is a country that ISO 3166-1's
   "Independent" column does not mark "No": `DEPENDENT_TERRITORIES` are territories of another
   state or uninhabited; they remain places abroad. Neither CLDR nor any other well-kept package
   ships that column (Babel has no territory containment; Debian's iso-codes and pycountry no
   independence flag; UN membership, in country_converter, is the wrong test: Taiwan, Palestine
   and the Holy See are no members yet act as states). The list changes only when ISO 3166-1
   does.

Kosovo (XK) is a state here (review r12y R13). The Netherlands recognised it on 4 March 2008,
as most EU states did; a Dutch intake office must be able to record it as the state behind an
intimidation, and as a place abroad. XK is not an ISO 3166-1 code (ISO leaves it user-assigned)
but is the code the European Commission, CLDR and Babel use for Kosovo, so names and codes come
from the same source as every other country. An office older than this version refuses a
signal with XK as an unknown code, so both sides move together (the taxonomy is the contract).
"""

from __future__ import annotations

from collections.abc import Iterable

from intake_app.domain.countries_data import COUNTRY_ROWS

#: Kosovo's code: user-assigned in ISO 3166-1, used by CLDR and the EU (module docstring).
KOSOVO = "XK"

#: CLDR's two-letter region codes that are no country (rule step 1).
NOT_COUNTRIES = frozenset("EU EZ UN QO XA XB ZZ AC CP CQ DG EA IC TA".split())

#: ISO 3166-1 entries that are not states (rule step 2); Western Sahara (EH, "Independent:
#: No") since review r12y R13.
DEPENDENT_TERRITORIES = frozenset(
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF "
    "MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split()
)


def country_codes(cldr_regions: Iterable[str]) -> list[str]:
    """The country codes among CLDR's region codes `cldr_regions`, sorted (rule step 1)."""
    return sorted(code for code in cldr_regions
                  if len(code) == 2 and code.isalpha() and code.isupper()
                  and code not in NOT_COUNTRIES)


#: code -> (English, Dutch), CLDR's names.
COUNTRIES: dict[str, tuple[str, str]] = {code: (en, nl) for code, en, nl in COUNTRY_ROWS}

#: The states: what the suspected-actor list offers (rule step 2).
STATES = frozenset(COUNTRIES) - DEPENDENT_TERRITORIES
