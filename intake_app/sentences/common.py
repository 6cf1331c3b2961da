"""Sentences shared by every room: files from outside, disk and file errors, interruptions, the
internal error.

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "internal": {
        "nl": "Er ging iets mis in Seinpost. Er is niets verloren; probeer het opnieuw.",
        "en": "Something went wrong inside Seinpost. Nothing was lost; please try again.",
    },
    # Files from outside (intake_app/fs/outside.py, intake_app/fs/json_input.py).
    "outside.missing": {
        "nl": "{path} bestaat niet. Controleer de naam en de map.",
        "en": "{path} does not exist. Check its name and folder.",
    },
    "outside.unreadable": {
        "nl": "{path} kan niet worden gelezen ({reason}).",
        "en": "{path} cannot be read ({reason}).",
    },
    "outside.not_regular": {
        "nl": "{path} is geen gewoon bestand maar een map, pijp, apparaat of koppeling. "
              "Kies een opgeslagen bestand.",
        "en": "{path} is not an ordinary file but a folder, pipe, device or link. "
              "Choose a saved file.",
    },
    "outside.too_large": {
        "nl": "{path} is te groot voor wat het moet zijn; er is niets mee gedaan.",
        "en": "{path} is too large for what it should be; nothing was done with it.",
    },
    "own.not_regular": {
        "nl": "{path} hoort een gewoon bestand van dit profiel te zijn, maar is een pijp, "
              "apparaat, map of koppeling: iets buiten Seinpost heeft het daar neergezet. Er is "
              "niets veranderd.",
        "en": "{path} should be an ordinary file of this profile but is a pipe, device, folder or "
              "link: something outside Seinpost put it there. Nothing was changed.",
    },
    "own.not_a_folder": {
        "nl": "{path} hoort een map van dit profiel te zijn, maar is een koppeling naar een "
              "andere plek of iets anders dan een map: iets buiten Seinpost heeft het daar "
              "neergezet. Seinpost volgt het niet; er is niets verwijderd.",
        "en": "{path} should be a folder of this profile but is a link to somewhere else or not "
              "a folder: something outside Seinpost put it there. Seinpost does not follow it; "
              "nothing was deleted.",
    },
    # An entry of the profile that cannot be removed (intake_app/fs/removable.py, R7J-9).
    "own.cannot_remove_flag": {
        "nl": "{path} in dit profiel is gemarkeerd als onveranderbaar of alleen-aanvullen; "
              "Seinpost doet dat nooit, iets buiten Seinpost heeft het gedaan. Seinpost opent "
              "dit profiel pas als die markering eraf is; er is niets geopend of veranderd en "
              "er gaat niets verloren. Iemand met beheerdersrechten haalt de markering eraf met: "
              "{command}",
        "en": "{path} in this profile is marked immutable or append-only; Seinpost never does "
              "that, something outside Seinpost did. Seinpost opens this profile only once "
              "that mark is taken off; nothing was opened or changed and nothing is lost. "
              "Someone with administrator rights takes it off with: {command}",
    },
    "own.cannot_remove_owner": {
        "nl": "{path} in dit profiel is een map van een andere gebruiker waarin u niet mag "
              "schrijven; Seinpost maakt zo'n map nooit, iets buiten Seinpost heeft het "
              "gedaan. Seinpost opent dit profiel pas als die map weer van u is; er is niets "
              "geopend of veranderd en er gaat niets verloren. Iemand met beheerdersrechten "
              "geeft u die map terug met: sudo chown -R \"$USER\" '{path}'",
        "en": "{path} in this profile is a folder of another user that you may not write in; "
              "Seinpost never makes such a folder, something outside Seinpost did. Seinpost "
              "opens this profile only once that folder is yours again; nothing was opened or "
              "changed and nothing is lost. Someone with administrator rights gives it back "
              "to you with: sudo chown -R \"$USER\" '{path}'",
    },
    "input.json_too_deep": {
        "nl": "Het JSON-bestand is te diep genest om een melding te zijn; er is niets opgeslagen.",
        "en": "The JSON file is nested too deeply to be a signal; nothing was saved.",
    },
    "input.not_json": {
        "nl": "Het bestand is geen geldige JSON (UTF-8); er is niets opgeslagen.",
        "en": "The file is not valid JSON (UTF-8); nothing was saved.",
    },
    "cancelled": {
        "nl": "Geannuleerd: er is niets veranderd.",
        "en": "Cancelled: nothing was changed.",
    },
    "disk_full": {
        "nl": "De schijf is vol: er is niets verloren; maak ruimte vrij en probeer het opnieuw.",
        "en": "The disk is full: nothing was lost; free space and try again.",
    },
    "file.unreadable": {
        "nl": "Een bestand kon niet worden gelezen of geschreven ({reason}){where}.",
        "en": "A file could not be read or written ({reason}){where}.",
    },
    # An operating system's reason inside "file.unreadable" and "file.not_allowed" in Dutch
    # (`errors.Reason`); in English the system's own text is shown.
    "reason.ENOENT": {"nl": "het bestand of de map bestaat niet",
                      "en": "No such file or directory"},
    "reason.ENOTDIR": {"nl": "dat is geen map", "en": "Not a directory"},
    "reason.EISDIR": {"nl": "dat is een map", "en": "Is a directory"},
    "reason.EACCES": {"nl": "geen toegang", "en": "Permission denied"},
    "reason.EPERM": {"nl": "niet toegestaan", "en": "Operation not permitted"},
    "reason.EEXIST": {"nl": "het bestaat al", "en": "File exists"},
    "reason.EROFS": {"nl": "de schijf is alleen-lezen", "en": "Read-only file system"},
    "reason.ENAMETOOLONG": {"nl": "de naam is te lang", "en": "File name too long"},
    "reason.ELOOP": {"nl": "te veel koppelingen achter elkaar",
                     "en": "Too many levels of symbolic links"},
    "reason.EIO": {"nl": "lees- of schrijffout van de schijf", "en": "Input/output error"},
    "reason.ENOTEMPTY": {"nl": "de map is niet leeg", "en": "Directory not empty"},
    "reason.EBUSY": {"nl": "het is in gebruik", "en": "Device or resource busy"},
    "reason.EXDEV": {"nl": "het staat op een andere schijf", "en": "Invalid cross-device link"},
    "reason.EINVAL": {"nl": "dat kan hier niet", "en": "Invalid argument"},
    "reason.EFBIG": {"nl": "het bestand is te groot", "en": "File too large"},
    "reason.other": {"nl": "een fout van het systeem", "en": "a system error"},
    "file.not_allowed": {
        "nl": "Seinpost mag daar niet schrijven ({reason}){where}. Kies een andere map.",
        "en": "Seinpost may not write there ({reason}){where}. Choose another folder.",
    },
    "database_busy": {
        "nl": "De database wordt gebruikt door een ander programma (een tweede opdracht, een "
              "database-browser, een back-up). Probeer het opnieuw als dat klaar is; wat deze "
              "opdracht begon, is niet opgeslagen.",
        "en": "The database is in use by another program (a second command, a database "
              "browser, a backup). Try again when it has finished; what this command started "
              "was not stored.",
    },
    # The window's own sentences for a store another program holds, by where it was met
    # (ui/messages.py): "database_busy" speaks of commands and of what was not stored, untrue
    # at an unlock (which stores nothing) and in the editor (which tries again by itself).
    "window.database_busy_unlock": {
        "nl": "Uw kluis kan nu niet worden geopend: een ander programma (een database-browser, "
              "een back-up) gebruikt hem. Er is niets verloren; probeer het opnieuw als dat "
              "programma klaar is.",
        "en": "Your vault cannot be opened now: another program (a database browser, a backup) "
              "is using it. Nothing was lost; try again when that program has finished.",
    },
    "window.database_busy_save": {
        "nl": "Nog niet opgeslagen: een ander programma (een database-browser, een back-up) "
              "gebruikt uw kluis. Uw tekst blijft hier staan; Seinpost probeert het over een "
              "paar seconden zelf opnieuw.",
        "en": "Not saved yet: another program (a database browser, a backup) is using your "
              "vault. Your text stays here; Seinpost tries again by itself in a few seconds.",
    },
    "interrupted": {
        "nl": "Onderbroken: er is niets verzegeld of verwijderd.",
        "en": "Interrupted: nothing was sealed or deleted.",
    },
}
