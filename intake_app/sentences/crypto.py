"""Sentences of age, key cards, signatures and canonical JSON (intake_app/crypto/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "age.error": {
        "nl": "Een versleuteld bestand kon niet worden gelezen of geschreven.",
        "en": "An encrypted file could not be read or written.",
    },
    "age.header": {
        "nl": "De kop van een versleuteld bestand is onleesbaar.",
        "en": "The header of an encrypted file is malformed.",
    },
    "age.header_mac": {
        "nl": "De kop van een versleuteld bestand is gewijzigd.",
        "en": "The header of an encrypted file was altered.",
    },
    "age.no_identity": {
        "nl": "Geen van de gegeven sleutels of wachtzinnen opent dit bestand.",
        "en": "None of the given keys or passphrases opens this file.",
    },
    "age.payload": {
        "nl": "De inhoud van een versleuteld bestand is beschadigd of ingekort.",
        "en": "The content of an encrypted file is damaged or truncated.",
    },
    "age.armor": {
        "nl": "Een versleuteld tekstbestand heeft niet de juiste vorm.",
        "en": "An armored encrypted file is not in the correct form.",
    },
    "age.key_format": {
        "nl": "Een sleutel of ontvanger is niet geldig.",
        "en": "A key or recipient is not valid.",
    },
    "age.bech32": {
        "nl": "Een sleutel of ontvanger is niet goed gespeld.",
        "en": "A key or recipient is not spelled correctly.",
    },
    "keycard.invalid": {
        "nl": "Dit is geen geldige, ongewijzigde sleutelkaart.",
        "en": "This is not a valid, unaltered key card.",
    },
    "keycard.unreadable": {
        "nl": "De sleutelkaart {path} kon niet worden gelezen ({reason}).",
        "en": "The key card {path} could not be read ({reason}).",
    },
    "keycard.fingerprint_mismatch": {
        "nl": "De vingerafdruk die u typte past niet bij deze kaart van het meldpunt. Controleer "
              "het met het meldpunt; er is niets ingesteld.",
        "en": "The fingerprint you typed does not match this office card. Check it with the "
              "office; nothing was set up.",
    },
    # Review r7k R7K-7e: `init` names what differs, as the window's set-up does.
    "keycard.fingerprint_mismatch_groups": {
        "nl": "De vingerafdruk die u typte past niet bij deze kaart van het meldpunt: groep(en) "
              "{groups} van 8 verschil(len). Vraag het meldpunt die opnieuw voor te lezen; "
              "verschillen ze dan nog, gebruik deze kaart dan niet. Er is niets ingesteld.",
        "en": "The fingerprint you typed does not match this office card: group(s) {groups} "
              "of 8 differ. Ask the office to read them again; if they still differ, do not "
              "use this card. Nothing was set up.",
    },
    "keycard.fingerprint_mismatch_count": {
        "nl": "U typte {typed} cijfers; de vingerafdruk van het meldpunt heeft er {expected} (8 "
              "groepen van 5). Vraag het meldpunt de hele vingerafdruk opnieuw voor te lezen en "
              "typ hem nog eens. Er is niets ingesteld.",
        "en": "You typed {typed} digits; the office fingerprint has {expected} (8 groups of 5). "
              "Ask the office to read the whole fingerprint again and type it once more. "
              "Nothing was set up.",
    },
    "signature.invalid": {
        "nl": "Een handtekening klopt niet: het bestand is gewijzigd of niet door deze sleutel "
              "ondertekend.",
        "en": "A signature does not verify: the file was altered or not signed by this key.",
    },
    "canonical.invalid": {
        "nl": "Dit bestand is geen geldig Seinpost-document (of het is gewijzigd).",
        "en": "This file is not a valid Seinpost document (or it was altered).",
    },
    "fingerprint.invalid": {
        "nl": "Een vingerafdruk bestaat uit 40 cijfers, in groepjes van 5.",
        "en": "A fingerprint is 40 digits, in groups of 5.",
    },
}
