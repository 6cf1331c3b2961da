"""Sentences that name what is wrong with a field of a signal record (domain/signal_errors.py),
as `intake-app record` and `seal` print them and the record's English messages read.

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. "field.<key>"
names a field of the record, "field_part.<key>" a part of a nested field, "field_error.<code>" is
the sentence for a FieldError code with `{name}` (the field) and `{limit}` (characters or entries).
Never a value: it may be a reporter's words or a crafted file's.
"""

from __future__ import annotations

_FIELDS = {
    "schema_version": ("Schemaversie", "Schema version"),
    "category": ("Categorie", "Category"),
    "actor": ("Vermoedelijke statelijke actor", "Suspected state actor"),
    "targets": ("Doelwitten", "Targets"),
    "channel": ("Kanaal", "Channel"),
    "period": ("Periode", "Period"),
    "place": ("Plaats", "Place"),
    "description": ("Beschrijving", "Description"),
    "impact": ("Gevolgen", "Impact"),
    "impact_notes": ("Toelichting op de gevolgen", "Impact notes"),
    "urgency": ("Urgentie", "Urgency"),
    "anonymity": ("Anonimiteit van de melder", "Anonymity of the reporter"),
    "consent": ("Toestemming om te delen", "Consent to share"),
    "reported_elsewhere": ("Al elders gemeld", "Already reported elsewhere"),
    "source_reliability": ("Betrouwbaarheid van de bron", "Source reliability"),
    "information_credibility": ("Geloofwaardigheid van de informatie",
                                "Information credibility"),
    "attachments": ("Bijlagen", "Attachments"),
    "created": ("Aanmaaktijd", "Creation time"),
}

_PARTS = {
    "period.kind": ("Het soort periode", "The kind of period"),
    "period.start": ("Het begin van de periode", "The start of the period"),
    "period.end": ("Het einde van de periode", "The end of the period"),
    "period.month": ("De maand van de periode", "The month of the period"),
    "place.kind": ("Het soort plaats", "The kind of place"),
    "place.value": ("De plaats", "The place"),
    "file": ("bestandsnaam", "file name"),
    "sha256": ("SHA-256-hash", "SHA-256 hash"),
    "size": ("grootte", "size"),
    "media_type": ("mediatype", "media type"),
    "cleaning": ("opschoonstatus", "cleaning status"),
    "warnings": ("waarschuwingen", "warnings"),
    "entry": ("onderdeel", "entry"),
    "record": ("Het signaal", "The record"),
    "attachment": ("Bijlage {number}", "Attachment {number}"),
}

_ERRORS = {
    "required": ("{name} is verplicht.", "{name} is required."),
    "wrong_type": ("{name} heeft een verkeerd soort waarde.",
                   "{name} has the wrong type of value."),
    "unknown_code": ("{name} is geen van de toegestane keuzes.",
                     "{name} is not one of the allowed choices."),
    "unknown_field": ("{name} bevat een veld dat een signaal niet heeft.",
                      "{name} contains a field that a signal record does not have."),
    "too_long": ("{name} is langer dan de grens van {limit} tekens.",
                 "{name} is longer than the limit of {limit} characters."),
    "too_many": ("{name} heeft meer dan {limit} onderdelen.",
                 "{name} has more than {limit} entries."),
    "too_large": ("{name} is groter dan de grens.", "{name} is larger than the limit."),
    "invalid_characters": ("{name} bevat tekens die niet zijn toegestaan.",
                           "{name} contains characters that are not allowed."),
    "invalid_format": ("{name} heeft niet de verwachte vorm.",
                       "{name} is not in the expected format."),
    "invalid_date": ("{name} is geen geldige datum.", "{name} is not a valid date."),
    "in_future": ("{name} ligt in de toekomst.", "{name} lies in the future."),
    "too_early": ("{name} ligt vóór 1950.", "{name} lies before 1950."),
    "end_before_start": ("Het einde van de periode ligt vóór het begin.",
                         "The end of the period lies before its start."),
    "looks_like_address": (
        "{name} lijkt op een adres of bevat cijfers; geef alleen de naam van de gemeente, nooit "
        "een straat, postcode of huisnummer.",
        "{name} looks like an address or contains digits; give only the name of the "
        "municipality, never a street, postcode or house number."),
    "exclusive_code": ("{name}: deze keuze kan niet samen met andere keuzes.",
                       "{name}: this choice cannot be combined with other choices."),
    "not_canonical": ("{name} is niet gesorteerd of bevat dubbele waarden.",
                      "{name} is not sorted or has duplicates."),
    "duplicate": ("{name} noemt hetzelfde bestand twee keer.",
                  "{name} names the same file twice."),
    "not_abroad": ("Een plaats in het buitenland kan niet in Nederland liggen.",
                   "A place abroad cannot be in the Netherlands."),
    "not_allowed": ("{name} moet leeg zijn bij dit soort plaats.",
                    "{name} must be empty for this kind of place."),
    "unsupported_version": ("{name} is geen versie die dit programma kan lezen.",
                            "{name} is not a version this program can read."),
}

#: The field keys of a signal record, in the order of the editor (errors read top-down).
FIELD_KEYS: tuple[str, ...] = tuple(_FIELDS)
#: The FieldError codes that have a sentence.
ERROR_CODES: tuple[str, ...] = tuple(_ERRORS)

SENTENCES: dict[str, dict[str, str]] = {
    **{f"field.{key}": {"nl": nl, "en": en} for key, (nl, en) in _FIELDS.items()},
    **{f"field_part.{key}": {"nl": nl, "en": en} for key, (nl, en) in _PARTS.items()},
    **{f"field_error.{code}": {"nl": nl, "en": en} for code, (nl, en) in _ERRORS.items()},
}
