"""Sentences of the office engine and its report (intake_app/office/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "office.retention": {
        "nl": "Er is geen bewaartermijn ingesteld; geef --older-than of stel er een in: "
              "intake-office settings --db DB --retention KWARTALEN.",
        "en": "No retention period is set; give --older-than or set one: intake-office "
              "settings --db DB --retention QUARTERS.",
    },
    "office.retention_range": {
        "nl": "Een bewaartermijn is 1 tot en met 400 kwartalen; {quarters} kan niet.",
        "en": "A retention period is 1 to 400 quarters; {quarters} cannot be used.",
    },
    "office.older_than_form": {
        "nl": "--older-than is een kwartaal zoals 2026-Q1 (alles van vóór dat kwartaal) of een "
              "aantal kwartalen zoals 8q (meer dan 8 kwartalen geleden); er is niets verwijderd.",
        "en": "--older-than is a quarter like 2026-Q1 (everything before that quarter) or a "
              "number of quarters like 8q (more than 8 quarters ago); nothing was removed.",
    },
    "office.purge_unfinished": {
        "nl": "Alles van vóór {period} verwijderen raakt ook {running}, en dat kwartaal is nog "
              "niet voorbij: de aantallen die voor rapporten bewaard blijven, zouden de signalen "
              "missen die nog komen. Geef --older-than {latest} of eerder; er is niets "
              "verwijderd.",
        "en": "Removing everything before {period} would also reach into {running}, a quarter "
              "that has not ended: the counts kept for reports would miss the signals still to "
              "come. Give --older-than {latest} or earlier; nothing was removed.",
    },
    "office.purge_interrupted": {
        "nl": "Onderbroken nadat de signalen uit de database waren verwijderd; niet alle "
              "bijlagen zijn al overschreven. Start dezelfde purge opnieuw om dat af te maken.",
        "en": "Interrupted after the signals were removed from the database; not every "
              "attachment has been overwritten yet. Run the same purge again to finish it.",
    },
    "office.purge_files_left": {
        "nl": "{signals} {signals:signaal is|signalen zijn} verwijderd, maar {count} "
              "{count:bijlagebestand kon|bijlagebestanden konden} nog niet worden "
              "overschreven en verwijderd ({reason}): {files}. Sluit het programma dat "
              "{count:het|ze} openhoudt of herstel de rechten, en voer purge opnieuw uit: dat "
              "verwijdert {count:het|ze}; de andere bijlagen zijn al verwijderd.",
        "en": "{signals} {signals:signal was|signals were} removed, but {count} attachment "
              "{count:file|files} could not be overwritten and removed yet ({reason}): "
              "{files}. Close the program that holds {count:it|them} open or fix "
              "{count:its|their} permissions, and run purge again: it removes {count:it|them}; "
              "the other attachments are removed already.",
    },
    "office.purge_in_use": {
        "nl": "{path} is ook door een ander programma geopend (een database-browser, een "
              "back-up, een tweede intake-office). Zolang dat zo is, kan niet alles voorgoed "
              "worden verwijderd. Sluit dat programma en probeer het opnieuw; er is niets "
              "verwijderd.",
        "en": "{path} is open in another program too (a database browser, a backup, a second "
              "intake-office). While it is, nothing can be removed for good. Close that "
              "program and try again; nothing was removed.",
    },
    "report.threshold_low": {
        "nl": "Een drempel van {threshold} schermt te weinig af: de drempel is minstens "
              "{least}. Er is niets gepubliceerd.",
        "en": "A threshold of {threshold} protects too little: the threshold is at least "
              "{least}. Nothing was published.",
    },
    "report.protection_high": {
        "nl": "Een beschermingsniveau van {protection} is te hoog voor de drempel {threshold}: "
              "het is hoogstens {most} (twee keer de drempel min 4). Bij een hoger niveau laat "
              "het feit dat een afgeschermd aantal klein is minder mogelijke waarden over dan "
              "het niveau belooft. Er is niets gepubliceerd.",
        "en": "A protection level of {protection} is too high for the threshold {threshold}: "
              "it is at most {most} (twice the threshold less 4). Above that, the fact that a "
              "hidden count is small leaves fewer possible values than the level promises. "
              "Nothing was published.",
    },
    "report.protection_low": {
        "nl": "Een beschermingsniveau van {protection} is kleiner dan de drempel {threshold}. "
              "Het is minstens de drempel, anders kan een afgeschermd klein aantal te nauw "
              "worden ingesloten. Er is niets gepubliceerd.",
        "en": "A protection level of {protection} is below the threshold {threshold}. It is "
              "at least the threshold, or a hidden small count could be narrowed down too far. "
              "Nothing was published.",
    },
    "report.mixed_settings": {
        "nl": "De trend zou {period} bevatten, dat gepubliceerd is met drempel "
              "{threshold}, bescherming {protection} en een eigen rij vanaf {fold} "
              "signalen, niet {own_threshold}, {own_protection} en {own_fold}; één legenda "
              "kan dat niet uitleggen. Geef --compare {most} of minder. Er is niets "
              "gepubliceerd.",
        "en": "The trend would include {period}, which was published with threshold "
              "{threshold}, protection {protection} and an own row from {fold} signals, "
              "not {own_threshold}, {own_protection} and {own_fold}; one legend cannot "
              "explain both. Give --compare {most} or less. Nothing was published.",
    },
    "report.mixed_settings_none": {
        "nl": "De trend zou {period} bevatten, dat gepubliceerd is met drempel "
              "{threshold}, bescherming {protection} en een eigen rij vanaf {fold} "
              "signalen, niet {own_threshold}, {own_protection} en {own_fold}; één legenda "
              "kan dat niet uitleggen. Geef --compare 0 (geen trend). Er is niets "
              "gepubliceerd.",
        "en": "The trend would include {period}, which was published with threshold "
              "{threshold}, protection {protection} and an own row from {fold} signals, "
              "not {own_threshold}, {own_protection} and {own_fold}; one legend cannot "
              "explain both. Give --compare 0 (no trend). Nothing was published.",
    },
    "report.mixed_settings_keep": {
        "nl": "De trend zou {period} bevatten, dat gepubliceerd is met drempel "
              "{threshold}, bescherming {protection} en een eigen rij vanaf {fold} "
              "signalen, niet {own_threshold}, {own_protection} en {own_fold}; één legenda "
              "kan dat niet uitleggen. Geef --compare {most} of minder. Of houd de trend: "
              "publiceer {own_period} met de instellingen van {period}, --threshold "
              "{threshold} --protection {protection}. Er is niets gepubliceerd.",
        "en": "The trend would include {period}, which was published with threshold "
              "{threshold}, protection {protection} and an own row from {fold} signals, "
              "not {own_threshold}, {own_protection} and {own_fold}; one legend cannot "
              "explain both. Give --compare {most} or less. Or keep the trend: publish "
              "{own_period} with the settings of {period}, --threshold {threshold} "
              "--protection {protection}. Nothing was published.",
    },
    "report.mixed_settings_keep_none": {
        "nl": "De trend zou {period} bevatten, dat gepubliceerd is met drempel "
              "{threshold}, bescherming {protection} en een eigen rij vanaf {fold} "
              "signalen, niet {own_threshold}, {own_protection} en {own_fold}; één legenda "
              "kan dat niet uitleggen. Geef --compare 0 (geen trend). Of houd de trend: "
              "publiceer {own_period} met de instellingen van {period}, --threshold "
              "{threshold} --protection {protection}. Er is niets gepubliceerd.",
        "en": "The trend would include {period}, which was published with threshold "
              "{threshold}, protection {protection} and an own row from {fold} signals, "
              "not {own_threshold}, {own_protection} and {own_fold}; one legend cannot "
              "explain both. Give --compare 0 (no trend). Or keep the trend: publish "
              "{own_period} with the settings of {period}, --threshold {threshold} "
              "--protection {protection}. Nothing was published.",
    },
    "report.old_rule": {
        "nl": "{period} is eerder gepubliceerd volgens een oudere afschermregel, waarvan het "
              "patroon van afgeschermde cellen afgeschermde aantallen kan verraden. Volgens de "
              "huidige regel zou het cellen tonen die toen afgeschermd waren, en samen met de "
              "eerdere publicatie zou dat meer prijsgeven; daarom publiceert Seinpost {period} "
              "niet opnieuw. Behandel de rapporten die al over {period} gedeeld zijn als "
              "minder goed afgeschermd (docs/PRIVACY.md). Er is niets gepubliceerd.",
        "en": "{period} was published before under an older protection rule, whose pattern "
              "of hidden cells can give hidden counts away. Under today's rule it would show "
              "cells that publication hid, and together with it that would give away more, "
              "so Seinpost does not publish {period} again. Treat the reports already shared "
              "about {period} as less well protected (docs/PRIVACY.md). Nothing was "
              "published.",
    },
    "report.old_rule_trend": {
        "nl": "De trend zou {period} bevatten, eerder gepubliceerd volgens een oudere "
              "afschermregel, waarvan het patroon afgeschermde aantallen kan verraden; volgens "
              "de huidige regel zou het cellen tonen die toen afgeschermd waren, dus publiceert "
              "Seinpost het niet opnieuw. Geef --compare {most} of minder om het weg te laten. "
              "Er is niets gepubliceerd.",
        "en": "The trend would include {period}, published before under an older protection "
              "rule whose pattern can give hidden counts away; under today's rule it would "
              "show cells that publication hid, so Seinpost does not publish it again. Give "
              "--compare {most} or less to leave it out. Nothing was published.",
    },
    "report.compare_range": {
        "nl": "een aantal kwartalen van 0 tot en met {most}",
        "en": "a number of quarters from 0 to {most}",
    },
    "report.period": {
        "nl": "Een periode schrijf je als 2026-Q3 (een jaar van {first} tot en met {last}, een "
              "kwartaal van 1 tot en met 4).",
        "en": "A period is written like 2026-Q3 (a year from {first} to {last}, a quarter 1 to "
              "4).",
    },
    "report.unfinished": {
        "nl": "Het kwartaal {period} is nog niet voorbij (het kan gerapporteerd worden vanaf "
              "{end}, UTC). Een kwartaal krijgt pas een rapport als het voorbij is.",
        "en": "The quarter {period} has not ended yet (it can be reported from {end}, UTC). "
              "A quarter is reported only once it has ended.",
    },
    "report.published_before": {
        "nl": "{period} is eerder gepubliceerd met drempel {threshold} en bescherming "
              "{protection}, en wordt altijd zo gepubliceerd. Laat --threshold en --protection "
              "weg om het weer zo te publiceren.",
        "en": "{period} was published before with threshold {threshold} and protection "
              "{protection}, and is always published that way. Leave out --threshold and "
              "--protection to publish it that way again.",
    },
    "report.not_stored_full": {
        "nl": "De schijf raakte vol terwijl de publicatie van het rapport werd vastgelegd: er "
              "is geen rapport geschreven in {path} en er is niets gepubliceerd. Maak ruimte "
              "vrij en maak het rapport opnieuw.",
        "en": "The disk filled up while the report's publication was being stored: no report "
              "was written to {path} and nothing was published. Free some space and make the "
              "report again.",
    },
    "report.not_stored": {
        "nl": "De publicatie van het rapport kon niet worden vastgelegd in de database van het "
              "meldpunt: er is geen rapport geschreven in {path} en er is niets gepubliceerd. "
              "Maak het rapport opnieuw.",
        "en": "The report's publication could not be stored in the office database: no report "
              "was written to {path} and nothing was published. Make the report again.",
    },
    "report.protection": {
        "nl": "Het rapport kon niet veilig worden afgeschermd; er is niets geschreven.",
        "en": "The report could not be protected safely; nothing was written.",
    },
    # Office database (intake_app/office/database.py).
    "office.db_folder_read_only": {
        "nl": "{path}: de map van de database van het meldpunt is alleen-lezen of niet "
              "schrijfbaar voor u. Kies een andere map of pas de rechten aan; er is niets "
              "veranderd.",
        "en": "{path}: the folder of the office database is read-only or not writable for you. "
              "Choose another folder or fix its permissions; nothing was changed.",
    },
    "office.disk_full": {
        "nl": "{path}: de schijf van de database van het meldpunt is vol. Maak ruimte vrij en "
              "probeer het opnieuw; er is niets verloren.",
        "en": "{path}: the disk of the office database is full. Free some space and try again; "
              "nothing was lost.",
    },
    "office.db_unreadable": {
        "nl": "{path}: de database van het meldpunt kan niet worden geopend ({reason}).",
        "en": "{path}: the office database cannot be opened ({reason}).",
    },
    "office.db_missing": {
        "nl": "{path}: daar is geen database van het meldpunt (het bestand bestaat niet).",
        "en": "{path}: there is no office database there (no such file).",
    },
    "office.not_office_db": {
        "nl": "{path} is geen database van het meldpunt (het bestand is leeg of van een ander "
              "soort). Seinpost heeft het niet gebruikt en niet veranderd; geef de database "
              "van het meldpunt, of voor een nieuwe een naam waar nog geen bestand staat.",
        "en": "{path} is not an office database (the file is empty or of another kind). "
              "Seinpost did not use or change it; give the office database, or for a new one "
              "a name where no file exists yet.",
    },
    "office.not_office_db_existing": {
        "nl": "{path} is geen database van het meldpunt (het bestand is leeg of van een ander "
              "soort). Seinpost heeft het niet gebruikt en niet veranderd; geef de database "
              "van het meldpunt (die `intake-office liaison add` heeft gemaakt).",
        "en": "{path} is not an office database (the file is empty or of another kind). "
              "Seinpost did not use or change it; give the office database (the one "
              "`intake-office liaison add` made).",
    },
    "office.registry": {
        "nl": "Het register van contactpersonen kan dit niet aanpassen.",
        "en": "The registry of liaisons cannot make this change.",
    },
    "office.database": {
        "nl": "{path}: de database van het meldpunt kan niet worden geopend of is geen database "
              "van het meldpunt.",
        "en": "{path}: the office database cannot be opened or is not an office database.",
    },
    "office.unseal": {
        "nl": "Een verzegeld signaal is van binnen niet goed opgebouwd.",
        "en": "A sealed signal is not well formed inside.",
    },
    "office.keys": {
        "nl": "De sleutels van het meldpunt konden niet worden aangemaakt, geopend of vervangen.",
        "en": "The office keys could not be created, opened or rotated.",
    },
    "office.keys.damaged": {
        "nl": "{path}: geen bruikbaar sleutelbestand van het meldpunt (beschadigd of van een "
              "ander soort).",
        "en": "{path}: not a usable office key file (damaged or of another kind).",
    },
    "office.keys.missing": {
        "nl": "{path} ontbreekt (is dit een map met sleutels van het meldpunt?).",
        "en": "{path} is missing (is this an office keys folder?).",
    },
    "office.keys.unreadable": {
        "nl": "{path} kon niet worden gelezen ({reason}).",
        "en": "{path} could not be read ({reason}).",
    },
    "office.keys.wrong_passphrase": {
        "nl": "{path}: verkeerde wachtzin.",
        "en": "{path}: wrong passphrase.",
    },
    "office.keys.exists": {
        "nl": "{path} bestaat al; er is geen sleutel overschreven.",
        "en": "{path} already exists; no key was overwritten.",
    },
    "office.keys.not_this_card": {
        "nl": "{path} hoort niet bij de kaart van het meldpunt in die map.",
        "en": "{path} does not belong to the office card in that folder.",
    },
    "office.keys.no_such_key": {
        "nl": "Er is geen ondertekensleutel van het meldpunt met sleutelcode {key_id}.",
        "en": "There is no office signing key with key id {key_id}.",
    },
    "office.registry.not_liaison_card": {
        "nl": "Dit is geen kaart van een contactpersoon.",
        "en": "This is not a liaison's card.",
    },
    "office.registry.revoked": {
        "nl": "Sleutel {key_id} van deze contactpersoon is ingetrokken en kan niet opnieuw "
              "worden ingeschreven.",
        "en": "Liaison key {key_id} was revoked and cannot be registered again.",
    },
    "office.registry.key_id_too_short": {
        "nl": "Geef de sleutelcode van de contactpersoon (minstens de eerste 8 hexadecimale "
              "tekens).",
        "en": "Give the liaison's key id (at least its first 8 hex digits).",
    },
    "office.registry.unknown_key_id": {
        "nl": "Geen ingeschreven contactpersoon heeft sleutelcode {key_id}.",
        "en": "No registered liaison has key id {key_id}.",
    },
    "office.registry.ambiguous_key_id": {
        "nl": "Sleutelcode {key_id} past bij meer dan één contactpersoon: geef meer tekens.",
        "en": "Key id {key_id} is ambiguous: give more digits.",
    },
    "office.bundle_id_shared": {
        "nl": "{count} contactpersonen gebruikten bundelcode {bundle_id}: noem er één met "
              "--liaison en de sleutelcode van de contactpersoon.",
        "en": "{count} liaisons used bundle id {bundle_id}: name one with --liaison KEY_ID.",
    },
    "office.database.too_new": {
        "nl": "{path}: deze versie van de database wordt niet ondersteund.",
        "en": "{path}: this database version is not supported.",
    },
}
