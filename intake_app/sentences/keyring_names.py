"""Sentences about which system keyring is which (intake_app/vault/keyring_files.py and
keyring_home.py; review r7m R7M-4): the set-up refused when the keyrings' folder is too large
to look through.

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
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
