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
