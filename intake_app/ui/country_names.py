"""Country names in the UI language from CLDR (Babel), sorted as that language sorts them.

The codes stay the domain's (ISO 3166-1 alpha-2); only the words people read come from CLDR, so a
Dutch liaison finds "Rusland" under R and an English one "Russia". Which entries are states is
the domain's (`domain.countries.DEPENDENT_TERRITORIES`, and why it is a list of our own).
"""

from __future__ import annotations

from functools import cache, cmp_to_key

from babel import Locale


@cache
def _names(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def load_names(language: str) -> None:
    """Load CLDR's names for `language` ahead of their first use. Plain Python (Babel), so a
    worker may run it: this module names Qt's classes only inside `sorted_by_name`, which runs
    on the GUI thread (ui/engine_loader.py, WINDOW_MODULES, says why)."""
    _names(language)


def country_name(code: str, language: str) -> str | None:
    """The CLDR name of ISO code `code` in `language` ("nl", "en"), or None if CLDR lacks it."""
    return _names(language).get(code)


def sorted_by_name(codes: list[str], label, language: str) -> list[str]:
    """`codes` ordered by `label(code)` as people of `language` sort (accents, case). On the
    GUI thread only (Qt's collator)."""
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(Qt.CaseInsensitive)
    keys = {code: label(code) for code in codes}
    return sorted(codes, key=cmp_to_key(lambda a, b: collator.compare(keys[a], keys[b])))
