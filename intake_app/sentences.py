"""One table of sentences, keyed by error code, in Dutch and English.

Used by the window and both command lines, so one error reads the same everywhere.
"""

from __future__ import annotations

#: code -> {"nl": sentence, "en": sentence}
SENTENCES: dict[str, dict[str, str]] = {
    "internal": {
        "nl": "Er ging iets mis in Seinpost. Er is niets verloren; probeer het opnieuw.",
        "en": "Something went wrong inside Seinpost. Nothing was lost; please try again.",
    },
}


def sentence(code: str, lang: str = "nl") -> str:
    """The sentence for `code` in `lang` ("nl" or "en"); the internal sentence if unknown."""
    entry = SENTENCES.get(code) or SENTENCES["internal"]
    return entry.get(lang) or entry["en"]
