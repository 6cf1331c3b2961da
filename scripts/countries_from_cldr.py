"""Write intake_app/domain/countries_data.py from CLDR (through Babel): the country codes by the
rule in intake_app/domain/countries.py, with their English and Dutch CLDR names.

Run after Babel (and with it CLDR) is upgraded: `.venv/bin/python scripts/countries_from_cldr.py`;
tests/test_domain_countries.py fails while the file and the installed CLDR disagree on a code,
and on a name while they are of the same CLDR version.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from intake_app.domain.countries import country_codes  # noqa: E402

TARGET = REPO / "intake_app" / "domain" / "countries_data.py"


def cldr_rows() -> tuple[str, list[tuple[str, str, str]]]:
    """(CLDR version, [(code, English name, Dutch name)]) from the installed Babel."""
    from babel import Locale
    from babel.core import get_cldr_version

    english, dutch = Locale.parse("en").territories, Locale.parse("nl").territories
    return get_cldr_version(), [(code, english[code], dutch[code])
                                for code in country_codes(english)]


def _row(code: str, english: str, dutch: str) -> str:
    line = f"    ({code!r}, {english!r}, {dutch!r}),"
    return line if len(line) <= 100 else f"    ({code!r}, {english!r},\n     {dutch!r}),"


def source(version: str, rows: list[tuple[str, str, str]]) -> str:
    """The text of countries_data.py for `rows` of CLDR `version`."""
    lines = [
        '"""Country codes with English and Dutch names, generated from CLDR by',
        "scripts/countries_from_cldr.py: do not edit by hand (the rule is in countries.py).",
        '"""',
        "",
        "CLDR_VERSION = " + repr(version),
        "",
        "# (code, English, Dutch)",
        "COUNTRY_ROWS: tuple[tuple[str, str, str], ...] = (",
        *(_row(code, en, nl) for code, en, nl in rows),
        ")",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    TARGET.write_text(source(*cldr_rows()), encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)}: {len(cldr_rows()[1])} countries")
