"""Sentences of the signal record (intake_app/domain/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "signal.invalid": {
        "nl": "Dit signaal is niet geldig.",
        "en": "This signal is not valid.",
    },
    "signal.format": {
        "nl": "Dit is geen signaaldocument (te groot of verkeerd opgebouwd).",
        "en": "This is not a signal document (too large or malformed).",
    },
    "signal.validation": {
        "nl": "Sommige velden vragen aandacht; zie de gemarkeerde velden.",
        "en": "Some fields need attention; see the marked fields.",
    },
    "signal.file_too_large": {
        "nl": "Het signaalbestand is groter dan een signaal kan zijn.",
        "en": "The signal file is larger than a signal can be.",
    },
    "signal.file_not_json": {
        "nl": "Het signaalbestand is geen geldige JSON (regel {line}, kolom {column}).",
        "en": "The signal file is not valid JSON (line {line}, column {column}).",
    },
    "signal.file_not_object": {
        "nl": "Het signaalbestand moet één JSON-object met de velden per code bevatten.",
        "en": "The signal file must hold one JSON object with the fields by code.",
    },
    "taxonomy.unknown_code": {
        "nl": "Die code staat niet in de lijsten van Seinpost.",
        "en": "That code is not in Seinpost's lists.",
    },
}
