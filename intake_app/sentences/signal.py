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
    # The kinds of identifier the scan before sealing reports (domain/identifiers.py KINDS),
    # named in the window's seal question and hints and in `intake-app record` and `seal`.
    "identifier.phone": {"nl": "een telefoonnummer", "en": "a phone number"},
    "identifier.email": {"nl": "een e-mailadres", "en": "an e-mail address"},
    "identifier.iban": {"nl": "een rekeningnummer (IBAN)", "en": "a bank account number (IBAN)"},
    "identifier.nl_postcode_house_number": {"nl": "een postcode met huisnummer",
                                            "en": "a postcode with house number"},
    "identifier.street_house_number": {"nl": "een straat met huisnummer",
                                       "en": "a street with house number"},
    "identifier.bsn_like": {"nl": "een burgerservicenummer (BSN)",
                            "en": "a citizen service number (BSN)"},
    "identifier.personal_profile_url": {"nl": "een link naar een persoonlijk profiel",
                                        "en": "a link to a personal profile"},
    "identifier.social_handle": {"nl": "een gebruikersnaam op sociale media (@naam)",
                                 "en": "a social media handle (@name)"},
    "identifier.nl_postcode": {"nl": "een postcode", "en": "a postcode"},
    "identifier.id_document_number": {"nl": "een nummer van een paspoort of identiteitsbewijs",
                                      "en": "a passport or identity document number"},
    "identifier.licence_plate": {"nl": "een kenteken", "en": "a licence plate"},
    "identifier.date_of_birth": {"nl": "een geboortedatum", "en": "a date of birth"},
    "identifier.other": {"nl": "een identificerend gegeven", "en": "an identifier"},
    "taxonomy.unknown_code": {
        "nl": "Die code staat niet in de lijsten van Seinpost.",
        "en": "That code is not in Seinpost's lists.",
    },
}
