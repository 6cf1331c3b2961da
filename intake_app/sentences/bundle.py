"""Sentences of the bundle room (intake_app/bundle/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

_NOTHING_EXPORTED = ("Er is niets geëxporteerd.", "Nothing was exported.")

SENTENCES: dict[str, dict[str, str]] = {
    "bundle.error": {
        "nl": "Deze bundel kan niet worden gebruikt.",
        "en": "This bundle cannot be used.",
    },
    "bundle.not_a_bundle": {
        "nl": "Dit bestand is geen bundel van Seinpost.",
        "en": "This file is not a Seinpost bundle.",
    },
    "bundle.incomplete": {
        "nl": "De bundel is onvolledig: er ontbreekt een deel of hij is afgebroken.",
        "en": "The bundle is incomplete: a part is missing or it was cut off.",
    },
    "bundle.damaged": {
        "nl": "De bundel is beschadigd: er zijn bytes veranderd.",
        "en": "The bundle is damaged: some bytes were changed.",
    },
    "bundle.manifest": {
        "nl": "De inhoudsopgave van de bundel is onleesbaar of niet goed ondertekend.",
        "en": "The bundle's manifest is unreadable or not signed correctly.",
    },
    "bundle.rejected": {
        "nl": "Het meldpunt weigert deze bundel (onbekende of ingetrokken contactpersoon, of al "
              "eerder geopend).",
        "en": "The office refuses this bundle (unknown or revoked liaison, or opened before).",
    },
    "bundle.write_failed": {
        "nl": "De bundel kon niet worden geschreven: de stick is vol, is verwijderd of is niet "
              "beschrijfbaar. Er is niets geëxporteerd en niets verloren gegaan.",
        "en": "The bundle could not be written: the stick is full, was removed or cannot be "
              "written to. Nothing was exported and nothing was lost.",
    },
    "bundle.write_left_behind": {
        "nl": "De bundel kon niet worden geschreven: de stick is vol, is verwijderd of is niet "
              "beschrijfbaar. Op de stick kan in {folder} een onvolledig bestand zijn "
              "achtergebleven ({files}); het meldpunt weigert het en je mag het veilig "
              "verwijderen. De signalen staan nog op deze laptop en gelden niet als "
              "geëxporteerd.",
        "en": "The bundle could not be written: the stick is full, was removed or cannot be "
              "written to. An incomplete file may have been left on the stick in {folder} "
              "({files}); the office refuses it and it is safe to delete. The signals are "
              "still on this laptop and are not counted as exported.",
    },
    "bundle.part_size_too_small": {
        "nl": "De deelgrootte is te klein voor deze bundel.",
        "en": "The part size is too small for this bundle.",
    },
    "bundle.empty_item": {
        "nl": "Een verzegeld signaal op deze laptop is leeg en dus beschadigd. "
              + _NOTHING_EXPORTED[0],
        "en": "A sealed signal on this laptop is empty, so it is damaged. " + _NOTHING_EXPORTED[1],
    },
    "bundle.item_left_out": {
        "nl": "Signaal {position} van deze export, verzegeld op {sealed}, is niet meegenomen: "
              "het verzegelde bestand is buiten Seinpost vervangen of gewijzigd. Het blijft "
              "onbezorgd op deze laptop staan en wordt niet verwijderd; de andere signalen zijn "
              "wel geëxporteerd.",
        "en": "Signal {position} of this export, sealed on {sealed}, was left out: its sealed "
              "file was replaced or changed outside Seinpost. It stays on this laptop, "
              "undelivered, and is not deleted; the other signals were exported.",
    },
    "bundle.item_left_out_missing": {
        "nl": "Signaal {position} van deze export, verzegeld op {sealed}, is niet meegenomen: "
              "het verzegelde bestand ontbreekt op deze laptop (buiten Seinpost verwijderd). "
              "Het blijft onbezorgd in de lijst staan; de andere signalen zijn wel "
              "geëxporteerd. Zet voor dit signaal het profiel terug uit een reservekopie.",
        "en": "Signal {position} of this export, sealed on {sealed}, was left out: its sealed "
              "file is missing from this laptop (deleted outside Seinpost). It stays in the "
              "list, undelivered; the other signals were exported. Restore the profile from a "
              "backup for this one.",
    },
    "bundle.item_left_out_empty": {
        "nl": "Signaal {position} van deze export, verzegeld op {sealed}, is niet meegenomen: "
              "het verzegelde bestand is buiten Seinpost leeggemaakt en dus beschadigd. Het "
              "blijft onbezorgd op deze laptop staan en wordt niet verwijderd; de andere "
              "signalen zijn wel geëxporteerd. Zet voor dit signaal het profiel terug uit een "
              "reservekopie.",
        "en": "Signal {position} of this export, sealed on {sealed}, was left out: its sealed "
              "file was emptied outside Seinpost, so it is damaged. It stays on this laptop, "
              "undelivered, and is not deleted; the other signals were exported. Restore the "
              "profile from a backup for this one.",
    },
    "bundle.item_changed": {
        "nl": "Het verzegelde bestand van een signaal is buiten Seinpost vervangen of gewijzigd. "
              + _NOTHING_EXPORTED[0],
        "en": "The sealed file of a signal was replaced or changed outside Seinpost. "
              + _NOTHING_EXPORTED[1],
    },
}

# The office's refusals (intake_app/office/bundle_checks.py, ingest.py): the English text is the
# one these refusals always had (tests and docs rely on it).
_REFUSALS: dict[str, dict[str, str]] = {
    "bundle.incomplete_manifest_not_last": {
        "nl": "onvolledig: de inhoudsopgave staat niet in het laatste deel",
        "en": "incomplete: the manifest is not in the last part",
    },
    "bundle.incomplete_entry_missing": {
        "nl": "geweigerd: onderdeel {name} staat in de inhoudsopgave maar ontbreekt",
        "en": "refused: entry {name} named in the manifest is missing",
    },
    "bundle.damaged_entry_twice": {
        "nl": "geweigerd: onderdeel {name} staat in meer dan één deel",
        "en": "refused: entry {name} appears in more than one part",
    },
    "bundle.damaged_entry_unsigned": {
        "nl": "geweigerd: onderdeel {name} staat niet in de ondertekende inhoudsopgave",
        "en": "refused: entry {name} is not in the signed manifest",
    },
    "bundle.damaged_entry_changed": {
        "nl": "geweigerd: onderdeel {name} klopt niet met de ondertekende inhoudsopgave "
              "(veranderd of verwisseld)",
        "en": "refused: entry {name} does not match the signed manifest (changed or swapped)",
    },
    "bundle.damaged_many_bundles": {
        "nl": "deze bestanden horen bij meer dan één bundel",
        "en": "these files belong to more than one bundle",
    },
    "bundle.damaged_item_undecryptable": {
        "nl": "geweigerd: signaal {item_id} kan niet worden ontsleuteld (beschadigd)",
        "en": "refused: item {item_id} cannot be decrypted (damaged)",
    },
    "bundle.manifest_too_large": {
        "nl": "geweigerd: de inhoudsopgave is groter dan een bundel met {entries} "
              "signaalonderdelen nodig kan hebben",
        "en": "refused: the manifest is larger than a bundle of {entries} item entries can need",
    },
    "bundle.manifest_undecryptable": {
        "nl": "geweigerd: de inhoudsopgave kan niet worden ontsleuteld (beschadigd)",
        "en": "refused: the manifest cannot be decrypted (damaged)",
    },
    "bundle.manifest_other_files": {
        "nl": "geweigerd: de inhoudsopgave hoort bij andere bestanden dan deze",
        "en": "refused: the manifest belongs to different files than these",
    },
    "bundle.rejected_not_addressed": {
        "nl": "geweigerd: deze bundel is niet gericht aan de sleutels van dit meldpunt",
        "en": "refused: this bundle is not addressed to this office's keys",
    },
    "bundle.rejected_unregistered": {
        "nl": "geweigerd: de bundel komt van een niet-geregistreerde contactpersoon "
              "(sleutel-id {key_id})",
        "en": "refused: the bundle comes from an unregistered liaison (key id {key_id})",
    },
    "bundle.rejected_revoked": {
        "nl": "geweigerd: contactpersoon {key_id} ({name}) is ingetrokken op {date}",
        "en": "refused: liaison {key_id} ({name}) was revoked on {date}",
    },
    "bundle.rejected_no_office_key": {
        "nl": "geweigerd: de inhoudsopgave noemt geen enkele sleutel van dit meldpunt",
        "en": "refused: the manifest names none of this office's keys",
    },
    "bundle.rejected_replayed": {
        "nl": "geweigerd: herhaalde bundel: teller {counter} van deze contactpersoon is al "
              "gebruikt door bundel {bundle_id}",
        "en": "refused: replayed bundle: counter {counter} of this liaison was already used by "
              "bundle {bundle_id}",
    },
    "bundle.rejected_item_not_ours": {
        "nl": "geweigerd: signaal {item_id} is niet verzegeld voor de sleutels van dit meldpunt",
        "en": "refused: item {item_id} is not sealed to this office's keys",
    },
    "bundle.rejected_item_bad": {
        "nl": "geweigerd: signaal {item_id}: {reason}",
        "en": "refused: item {item_id}: {reason}",
    },
    "bundle.rejected_clash": {
        "nl": "geweigerd: deze bundel botst met een bundel die tegelijk werd geopend",
        "en": "refused: this bundle clashes with one opened at the same time",
    },
}
SENTENCES.update(_REFUSALS)
