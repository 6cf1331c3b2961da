"""Singular or plural, by the language's own rule: the one place a sentence's number picks
its word form (review r14n, R14n-3: "1 kwartalen", "1 signalen").

A sentence names the forms in its placeholder's format spec, singular first:
`"{count} {count:signaal|signalen}"`, `"{signals:is|zijn}"`. `fill` picks one by the CLDR
plural rule of the language (Babel's `Locale.plural_form`: "one" or "other" for Dutch and
English), so no sentence module decides on "n == 1" itself. A value that is not a whole
number (a phrase such as "fewer than 7") takes the plural form. Used by
`sentences.sentence` and the report's `office.report.texts.text`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import lru_cache

from babel import Locale

FORMS = "|"  # splits a placeholder's forms: singular|plural


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang if lang in ("nl", "en") else "en")


def form(count: object, lang: str, singular: str, plural: str) -> str:
    """`singular` where `count` (an int) takes the CLDR "one" form in `lang` ("nl" or "en";
    any other: English), else `plural` (other numbers and anything not an int)."""
    if isinstance(count, bool) or not isinstance(count, int):
        return plural
    return singular if _locale(lang).plural_form(count) == "one" else plural


class _Filler(string.Formatter):
    """str.format_map with `singular|plural` format specs (`form`) and "…" for a missing
    value."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def get_value(self, key: int | str, args: object, kwargs: Mapping[str, object]) -> object:
        return kwargs[key] if key in kwargs else "…"

    def format_field(self, value: object, format_spec: str) -> str:
        if FORMS in format_spec:
            singular, plural = format_spec.split(FORMS, 1)
            return form(value, self.lang, singular, plural)
        return super().format_field(value, format_spec)


def fill(template: str, lang: str, values: Mapping[str, object]) -> str:
    """`template` with its `{placeholders}` filled from `values` and its `{name:one|other}`
    forms chosen for `lang` (`form`); a missing value reads "…"."""
    return _Filler(lang).vformat(template, (), values)
