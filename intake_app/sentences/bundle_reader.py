"""Sentences of the bundle reader (intake_app/bundle/: container, reader, layout, parts,
manifest, check): why a file is no bundle, incomplete or damaged, and what the courier check
says of a bundle that is whole.

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. The English
is the text these refusals always had, word for word (tests, docs and `str(exc)` rely on it).
Params are entry names, part numbers, set ids, counts and sizes; never content.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    # NotABundleError
    "bundle.not_a_bundle_file": {"nl": "geen bundel: {reason}", "en": "not a bundle: {reason}"},
    "bundle.not_a_bundle_start": {
        "nl": "geen bundel: het bestand begint niet als een ZIP-bestand",
        "en": "not a bundle: the file does not start like a ZIP container",
    },
    "bundle.not_a_bundle_zip": {
        "nl": "geen bundel: een gewoon ZIP-bestand, geen bundel van Seinpost",
        "en": "not a bundle: an ordinary ZIP file, not a Seinpost bundle",
    },
    # IncompleteBundleError
    "bundle.incomplete_cut_off": {
        "nl": "onvolledig: het bestand is afgebroken",
        "en": "incomplete: the file is cut off",
    },
    "bundle.incomplete_no_end_record": {
        "nl": "onvolledig: het bestand is afgebroken (het eindrecord ontbreekt)",
        "en": "incomplete: the file is cut off (its end record is missing)",
    },
    "bundle.incomplete_inside_entry": {
        "nl": "onvolledig: het bestand houdt op midden in een onderdeel",
        "en": "incomplete: the file ended inside an entry",
    },
    "bundle.incomplete_no_index": {
        "nl": "onvolledig: het onderdeel met de index ontbreekt",
        "en": "incomplete: the index entry is missing",
    },
    "bundle.incomplete_listed_missing": {
        "nl": "onvolledig: onderdeel {name} staat in de index maar ontbreekt",
        "en": "incomplete: entry {name} listed in the index is missing",
    },
    "bundle.incomplete_parts_missing": {
        "nl": "onvolledig: bundel {set_id} mist deel of delen {missing} van {total}",
        "en": "incomplete: bundle {set_id} misses part(s) {missing} of {total}",
    },
    "bundle.incomplete_part_ended": {
        "nl": "onvolledig: een deel houdt op midden in een signaal",
        "en": "incomplete: a part ended inside an item",
    },
    # DamagedBundleError
    "bundle.damaged_end_count": {
        "nl": "beschadigd: het eindrecord is beschadigd (aantal onderdelen)",
        "en": "damaged: the end record is damaged (entry count)",
    },
    "bundle.damaged_end_position": {
        "nl": "beschadigd: het eindrecord is beschadigd (plaats van de bestandslijst)",
        "en": "damaged: the end record is damaged (directory position)",
    },
    "bundle.damaged_end_record": {
        "nl": "beschadigd: het eindrecord is beschadigd",
        "en": "damaged: the end record is damaged",
    },
    "bundle.damaged_directory_size": {
        "nl": "beschadigd: de bestandslijst is groter dan de onderdelen toelaten",
        "en": "damaged: the directory is larger than its entries allow",
    },
    "bundle.damaged_directory_short": {
        "nl": "beschadigd: de bestandslijst is beschadigd (ingekort)",
        "en": "damaged: the directory is damaged (cut short)",
    },
    "bundle.damaged_directory": {
        "nl": "beschadigd: de bestandslijst is beschadigd",
        "en": "damaged: the directory is damaged",
    },
    "bundle.damaged_directory_name": {
        "nl": "beschadigd: de bestandslijst bevat een misvormde naam",
        "en": "damaged: the directory holds a malformed name",
    },
    "bundle.damaged_directory_record": {
        "nl": "beschadigd: de vermelding van {name} in de bestandslijst is beschadigd",
        "en": "damaged: the directory record of {name} is damaged",
    },
    "bundle.damaged_directory_extra": {
        "nl": "beschadigd: de bestandslijst is beschadigd (bytes te veel)",
        "en": "damaged: the directory is damaged (extra bytes)",
    },
    "bundle.damaged_entry_twice_in_part": {
        "nl": "beschadigd: onderdeel {name} komt twee keer voor",
        "en": "damaged: entry {name} appears twice",
    },
    "bundle.damaged_entry_misplaced": {
        "nl": "beschadigd: onderdeel {name} staat niet waar het hoort",
        "en": "damaged: entry {name} is not where it should be",
    },
    "bundle.damaged_entry_header": {
        "nl": "beschadigd: de kop van onderdeel {name} is beschadigd",
        "en": "damaged: the header of entry {name} is damaged",
    },
    "bundle.damaged_before_directory": {
        "nl": "beschadigd: onverwachte bytes vóór de bestandslijst",
        "en": "damaged: unexpected bytes before the directory",
    },
    "bundle.damaged_unexpected_entry": {  # {name}: the name quoted (repr)
        "nl": "beschadigd: onverwacht onderdeel {name}",
        "en": "damaged: unexpected entry {name}",
    },
    "bundle.damaged_index_too_large": {
        "nl": "beschadigd: het onderdeel met de index is te groot",
        "en": "damaged: the index entry is too large",
    },
    "bundle.damaged_entry_crc": {
        "nl": "beschadigd: onderdeel {name} is beschadigd (CRC-32)",
        "en": "damaged: entry {name} is damaged (CRC-32)",
    },
    "bundle.damaged_index_malformed": {
        "nl": "beschadigd: het onderdeel met de index is misvormd",
        "en": "damaged: the index entry is malformed",
    },
    "bundle.damaged_index_twice": {
        "nl": "beschadigd: de index noemt een onderdeel twee keer",
        "en": "damaged: the index lists an entry twice",
    },
    "bundle.damaged_differs_from_index": {
        "nl": "beschadigd: onderdeel {name} verschilt van de index",
        "en": "damaged: entry {name} differs from the index",
    },
    "bundle.damaged_not_in_index": {
        "nl": "beschadigd: onderdeel {name} staat niet in de index",
        "en": "damaged: entry {name} is not listed in the index",
    },
    "bundle.damaged_part_twice": {
        "nl": "beschadigd: deel {part} van bundel {set_id} is twee keer gegeven",
        "en": "damaged: part {part} of bundle {set_id} was given twice",
    },
    "bundle.damaged_parts_disagree": {
        "nl": "beschadigd: de delen van bundel {set_id} noemen een verschillend aantal delen",
        "en": "damaged: the parts of bundle {set_id} disagree on their number",
    },
    "bundle.damaged_entry_in_two_parts": {
        "nl": "beschadigd: onderdeel {name} staat in meer dan één deel van bundel {set_id}",
        "en": "damaged: entry {name} appears in more than one part of bundle {set_id}",
    },
    "bundle.damaged_item_changed": {
        "nl": "beschadigd: een signaal veranderde terwijl het werd gelezen",
        "en": "damaged: an item changed while it was being read",
    },
    # ManifestError
    "bundle.manifest_unreadable": {
        "nl": "de inhoudsopgave is onleesbaar",
        "en": "the manifest is not readable",
    },
    "bundle.manifest_unreadable_why": {
        "nl": "de inhoudsopgave is onleesbaar: {reason}",
        "en": "the manifest is not readable: {reason}",
    },
    "bundle.manifest_signature": {
        "nl": "geweigerd: de handtekening van de inhoudsopgave klopt niet voor deze "
              "contactpersoon (gewijzigd, of met een andere sleutel ondertekend)",
        "en": "refused: the manifest signature does not verify for this liaison (altered, or "
              "signed by another key)",
    },
    "bundle.manifest_unknown_format": {
        "nl": "de inhoudsopgave heeft een onbekende formaatversie",
        "en": "the manifest has an unknown format version",
    },
    # What the courier check says of a whole part or bundle (bundle/check.py).
    "bundle.check_complete": {
        "nl": "compleet: {entries} onderdelen, alle intact",
        "en": "complete: {entries} entries, all intact",
    },
    "bundle.check_part_intact": {
        "nl": "deel {part} van {parts} intact ({entries} onderdelen)",
        "en": "part {part} of {parts} intact ({entries} entries)",
    },
    "bundle.check_bundle_complete": {
        "nl": "compleet: bundel {set_id}, alle {parts} delen intact",
        "en": "complete: bundle {set_id}, all {parts} parts intact",
    },
    # What crypto/canonical.py found wrong with a manifest that is not readable ({reason}).
    "canonical_why.duplicate_key": {
        "nl": "dubbele sleutel in het document", "en": "duplicate key in document"},
    "canonical_why.too_large": {
        "nl": "document groter dan {limit} bytes", "en": "document larger than {limit} bytes"},
    "canonical_why.too_deep": {
        "nl": "document te diep genest", "en": "document nested too deep"},
    "canonical_why.not_json": {"nl": "geen geldige UTF-8-JSON", "en": "not valid UTF-8 JSON"},
    "canonical_why.not_object": {
        "nl": "document is geen JSON-object", "en": "document is not a JSON object"},
    "canonical_why.not_canonical": {
        "nl": "document is niet in canonieke vorm", "en": "document is not in canonical form"},
}

# "the manifest is malformed: <what>" (bundle/manifest.py), one code per fault; the faults are
# bundle/errors.py MANIFEST_FAULTS (tests/test_error_sentences.py checks each has its sentence).
_MALFORMED: dict[str, tuple[str, str]] = {
    "fields": ("onverwachte of ontbrekende velden", "unexpected or missing fields"),
    "signature": ("handtekening", "signature"),
    "part_count": ("aantal delen", "part count"),
    "recipients": ("ontvangers", "recipients"),
    "recipient_fingerprint": ("vingerafdruk van een ontvanger", "recipient fingerprint"),
    "item_list": ("lijst van signalen", "item list"),
    "item_order": ("de id's van de signalen moeten uniek en gesorteerd zijn",
                   "item ids must be unique and sorted"),
    "entry_named_twice": ("een onderdeel wordt twee keer genoemd", "an entry is named twice"),
    "bundle_id": ("bundel-id", "bundle id"),
    "set_id": ("set-id", "set id"),
    "liaison_key_id": ("sleutel-id van de contactpersoon", "liaison key id"),
    "counter": ("teller", "counter"),
    "created": ("tijd van aanmaken", "creation time"),
    "item_fields": ("velden van een signaal", "item fields"),
    "item_entries": ("onderdelen van een signaal", "item entries"),
    "entry_fields": ("velden van een onderdeel", "entry fields"),
    "entry_name": ("naam van een onderdeel", "entry name"),
    "entry_kind": ("een heel signaal hoort één .age-onderdeel te zijn, een gesplitst signaal "
                   ".part-onderdelen", "a whole item must be one .age entry, a split one .part "
                   "entries"),
    "entry_part": ("deel van een onderdeel", "entry part"),
    "entry_size": ("grootte van een onderdeel", "entry size"),
    "entry_hash": ("hash van een onderdeel", "entry hash"),
    "item_size": ("grootte van een signaal", "item size"),
    "item_size_sum": ("de grootte van een signaal klopt niet met zijn onderdelen",
                      "item size does not match its entries"),
    "item_id": ("id van een signaal", "item id"),
    "item_hash": ("hash van een signaal", "item hash"),
}
SENTENCES.update({
    f"bundle.manifest_malformed.{fault}": {"nl": f"de inhoudsopgave is misvormd: {nl}",
                                           "en": f"the manifest is malformed: {en}"}
    for fault, (nl, en) in _MALFORMED.items()
})
