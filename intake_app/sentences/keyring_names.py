"""Sentences about which system keyring is which (intake_app/vault/keyring_files.py and
keyring_home.py; review r7m R7M-3, R7M-4): what is known of the keyrings that hold a
profile's entries, said inside "vault.keyring_second_entry" as `{known}`, and the set-up
refused when the keyrings' folder is too large to look through.

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "vault.keyrings_known_encrypted": {
        "nl": "Ze zijn allemaal versleuteld met een wachtwoord, en een sleutelbos die is "
              "neergezet toen de laptop uit stond, wordt bij de volgende aanmelding ook "
              "versleuteld; dat onderscheidt ze dus niet.",
        "en": "All of them are encrypted with a password, and a keyring put in place while the "
              "laptop was off is encrypted at the next login too, so that does not tell them "
              "apart.",
    },
    "vault.keyrings_known_plain": {
        "nl": "Geen ervan heeft een wachtwoord: elk is een gewoon bestand dat iedereen die de "
              "schijf van de laptop in handen had, kan hebben geschreven, of dat u zelf zonder "
              "wachtwoord hebt gemaakt.",
        "en": "None of them has a password: each is a plain file anyone who had the laptop's "
              "disk could have written, or that you made without a password.",
    },
    "vault.keyrings_known_split": {
        "nl": "Met een wachtwoord (versleuteld): {protected}; zonder wachtwoord (een gewoon "
              "bestand dat iedereen die de schijf van de laptop in handen had, kan hebben "
              "geschreven, of dat u zelf zonder wachtwoord hebt gemaakt): {plain}.",
        "en": "With a password (encrypted): {protected}; without a password (a plain file "
              "anyone who had the laptop's disk could have written, or that you made without a "
              "password): {plain}.",
    },
    "vault.keyring_default_unchecked": {
        "nl": "De standaardsleutelbos van het systeem heeft geen wachtwoord, en de map van de "
              "sleutelbossen (~/.local/share/keyrings) bevat meer dan {limit} bestanden, meer "
              "dan Seinpost doorzoekt: het kan niet zien of er een sleutelbos met wachtwoord "
              "naast ligt. De standaard kan veranderd zijn toen de laptop niet bij u was, dus "
              "Seinpost bewaart de sleutel van een nieuw profiel daar niet. Er is niets "
              "aangemaakt en niets verwijderd: maak uw eigen sleutelbos met wachtwoord weer de "
              "standaard (het bestand ~/.local/share/keyrings/default hoort die naam te noemen "
              "of te ontbreken) of vraag uw bureau om hulp, en richt het profiel opnieuw in.",
        "en": "The system's default keyring has no password, and the keyrings' folder "
              "(~/.local/share/keyrings) holds more than {limit} files, more than Seinpost looks "
              "through: it cannot tell whether a keyring with a password lies beside it. The "
              "default may have been changed while the laptop was out of your hands, so "
              "Seinpost does not keep a new profile's key there. Nothing was made and nothing "
              "was deleted: make your own keyring with a password the default again (the file "
              "~/.local/share/keyrings/default should name it or be absent) or ask your office "
              "for help, and set up again.",
    },
}
