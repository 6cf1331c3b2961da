"""One table of sentences, keyed by error code, in Dutch and English.

Used by the window and both command lines, so one error reads the same everywhere. A sentence
may hold `{name}` placeholders, filled from the error's `params` (counts, ids, field names;
never signal content). `tests/test_error_sentences.py` walks every `SeinpostError` subclass in
`intake_app` and fails when one of its codes has no sentence in both languages.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

_NOTHING_EXPORTED = ("Er is niets geëxporteerd.", "Nothing was exported.")

#: code -> {"nl": sentence, "en": sentence}
SENTENCES: dict[str, dict[str, str]] = {
    "office.retention": {
        "nl": "Er is geen bewaartermijn ingesteld; geef --older-than of stel er een in.",
        "en": "No retention period is set; give --older-than or set one.",
    },
    "report.period": {
        "nl": "Een periode schrijf je als 2026-Q3 (jaar, kwartaal).",
        "en": "A period is written like 2026-Q3 (year, quarter).",
    },
    "report.unfinished": {
        "nl": "Het kwartaal {period} is nog niet voorbij (het eindigt op {end}, UTC). Een "
              "kwartaal krijgt pas een rapport als het voorbij is.",
        "en": "The quarter {period} has not ended yet (it ends on {end}, UTC). A quarter is "
              "reported only once it has ended.",
    },
    "report.published_before": {
        "nl": "{period} is eerder gepubliceerd met drempel {threshold} en bescherming "
              "{protection}, en wordt altijd zo gepubliceerd. Laat --threshold en --protection "
              "weg om het weer zo te publiceren.",
        "en": "{period} was published before with threshold {threshold} and protection "
              "{protection}, and is always published that way. Leave out --threshold and "
              "--protection to publish it that way again.",
    },
    "report.protection": {
        "nl": "Het rapport kon niet veilig worden afgeschermd; er is niets geschreven.",
        "en": "The report could not be protected safely; nothing was written.",
    },
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
    # Export placement (intake_app/bundle/placement.py): warnings, the export went ahead.
    "export.same_device": {
        "nl": "De doelmap staat op dezelfde schijf als dit profiel, niet op een losse USB-stick. "
              "Controleer of de stick is aangesloten; de bundel staat op de laptop.",
        "en": "The target folder is on the same disk as this profile, not on a separate USB "
              "stick. Check that the stick is connected; the bundle is on the laptop.",
    },
    "export.not_removable": {
        "nl": "De doelmap staat niet op een verwisselbare schijf. Controleer of de stick is "
              "aangesloten en of dit de bedoelde map is.",
        "en": "The target folder is not on a removable drive. Check that the stick is "
              "connected and that this is the folder you meant.",
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
    "file.not_allowed": {
        "nl": "Seinpost mag daar niet schrijven ({reason}){where}. Kies een andere map.",
        "en": "Seinpost may not write there ({reason}){where}. Choose another folder.",
    },
    "interrupted": {
        "nl": "Onderbroken: er is niets verzegeld of verwijderd.",
        "en": "Interrupted: nothing was sealed or deleted.",
    },
    # --- vault -------------------------------------------------------------------------------
    "vault.error": {
        "nl": "De kluis kon niet worden gebruikt.",
        "en": "The vault could not be used.",
    },
    "vault.not_found": {
        "nl": "Er is nog geen kluis in dit profiel.",
        "en": "There is no vault in this profile yet.",
    },
    "vault.exists": {
        "nl": "Dit profiel heeft al een kluis; die is ongemoeid gelaten.",
        "en": "This profile already has a vault; it was left unchanged.",
    },
    "vault.corrupt": {
        "nl": "Het sleutelbestand van het profiel is beschadigd. Er is niets overschreven.",
        "en": "The profile's key file is damaged. Nothing was overwritten.",
    },
    "vault.write_failed": {
        "nl": "Het kluisbestand kon niet worden bewaard (is de schijf vol of alleen-lezen?). "
              "Er is niets veranderd.",
        "en": "The vault file could not be saved (is the disk full or read-only?). Nothing was "
              "changed.",
    },
    "vault.locked": {
        "nl": "De kluis is vergrendeld. Ontgrendel haar eerst met uw wachtzin.",
        "en": "The vault is locked. Unlock it with your passphrase first.",
    },
    "vault.wrong_passphrase": {
        "nl": "Verkeerde wachtzin. Er is niets veranderd; probeer het opnieuw.",
        "en": "Wrong passphrase. Nothing was changed; try again.",
    },
    "vault.wrong_passphrase.last": {
        "nl": "Verkeerde wachtzin. Let op: nog één verkeerde poging en deze kluis wordt "
              "definitief gewist.",
        "en": "Wrong passphrase. Careful: one more wrong attempt erases this vault for good.",
    },
    "vault.wrong_passphrase.left": {
        "nl": "Verkeerde wachtzin. Nog {attempts_left} pogingen voordat de kluis wordt gewist.",
        "en": "Wrong passphrase. {attempts_left} attempts left before the vault is erased.",
    },
    "vault.wiped": {
        "nl": "Deze kluis is gewist. De signalen erin zijn op deze laptop niet meer terug te "
              "halen.",
        "en": "This vault was erased. Its signals cannot be recovered on this laptop.",
    },
    "vault.device_secret_missing": {
        "nl": "De sleutel van dit profiel ontbreekt in de sleutelbos van het systeem, dus het kan "
              "hier niet worden geopend. Er is niets verwijderd.",
        "en": "This profile's key is missing from the system keyring, so it cannot be opened "
              "here. Nothing was deleted.",
    },
    "vault.keyring_unavailable": {
        "nl": "De sleutelbos van het systeem is nu niet beschikbaar. Meld u aan bij uw "
              "bureaubladsessie en probeer het opnieuw; er is niets verwijderd.",
        "en": "The system keyring is not available right now. Log in to your desktop session "
              "and try again; nothing was deleted.",
    },
    "vault.weak_kdf": {
        "nl": "De bescherming van de wachtzin is zwakker dan het minimum; de kluis is niet "
              "aangemaakt.",
        "en": "The passphrase hardening is weaker than the minimum; the vault was not created.",
    },
    "vault.invalid_passphrase": {
        "nl": "Die wachtzin kan niet worden gebruikt.",
        "en": "That passphrase cannot be used.",
    },
    "vault.invalid_setting": {
        "nl": "Die instelling valt buiten de toegestane grenzen.",
        "en": "That setting is outside the allowed range.",
    },
    "vault.unsafe_profile_dir": {
        "nl": "De profielmap is niet veilig (een koppeling, geen map, of van een andere "
              "gebruiker). Kies een andere map.",
        "en": "The profile folder is not safe to use (a link, not a folder, or another user's). "
              "Choose another folder.",
    },
    # --- store -------------------------------------------------------------------------------
    "store.error": {
        "nl": "De signalenopslag op deze laptop kon niet worden gebruikt.",
        "en": "The signal store on this laptop could not be used.",
    },
    "store.corrupt": {
        "nl": "De signalenopslag op deze laptop is beschadigd en kan niet worden gelezen. Er is "
              "niets overschreven.",
        "en": "The signal store on this laptop is damaged and cannot be read. Nothing was "
              "overwritten.",
    },
    "store.too_new": {
        "nl": "De signalenopslag is door een nieuwere Seinpost geschreven. Werk Seinpost bij; er "
              "is niets veranderd.",
        "en": "The signal store was written by a newer Seinpost. Update Seinpost; nothing was "
              "changed.",
    },
    "store.missing": {
        "nl": "Dit profiel heeft nog geen signalenopslag: richt het eerst in.",
        "en": "This profile has no signal store yet: set it up first.",
    },
    "store.exists": {
        "nl": "Dit profiel heeft al een signalenopslag; die is ongemoeid gelaten.",
        "en": "This profile already has a signal store; it was left unchanged.",
    },
    "store.record_damaged": {
        "nl": "Een opgeslagen concept of bijlage is beschadigd en kan niet worden geopend.",
        "en": "A stored draft or attachment is damaged and cannot be opened.",
    },
    "store.draft_not_found": {
        "nl": "Er is geen concept met die code.",
        "en": "There is no draft with that id.",
    },
    "store.item_not_found": {
        "nl": "Er is geen verzegeld signaal met die code.",
        "en": "There is no sealed item with that id.",
    },
    "store.bad_id": {
        "nl": "Dat is geen code van een signaal.",
        "en": "That is not a signal id.",
    },
    "store.office_card_rejected": {
        "nl": "De nieuwe kaart van het meldpunt is niet ondertekend met de huidige sleutel; "
              "niet aanvaard.",
        "en": "The new office card is not signed by the current office key; not accepted.",
    },
    "store.identity_missing": {
        "nl": "Dit profiel heeft nog geen sleutel van een contactpersoon: richt het eerst in.",
        "en": "This profile has no liaison key yet: set it up first.",
    },
    "store.attachment_damaged": {
        "nl": "Een opgeslagen bijlage is beschadigd of ingekort. Er is niets veranderd.",
        "en": "A stored attachment is damaged or truncated. Nothing was changed.",
    },
    "store.too_many_attachments": {
        "nl": "Een signaal kan hoogstens {limit} bijlagen hebben; er is niets toegevoegd.",
        "en": "A signal can have at most {limit} attachments; nothing was added.",
    },
    "attach.file_changed": {
        "nl": "Het bestand veranderde tijdens het toevoegen; er is niets toegevoegd. Probeer het "
              "opnieuw.",
        "en": "The file changed while it was being attached; nothing was added. Try again.",
    },
    "seal.attachment_changed": {
        "nl": "Een bijlage veranderde van grootte tijdens het verzegelen; er is niets verzegeld.",
        "en": "An attachment changed size while it was being sealed; nothing was sealed.",
    },
    # --- transfer (export, receipts, office card) --------------------------------------------
    "transfer.error": {
        "nl": "Het exporteren is niet gelukt. Er is niets verloren gegaan.",
        "en": "The export could not be done. Nothing was lost.",
    },
    "transfer.nothing_to_export": {
        "nl": "Er zijn geen verzegelde signalen om te exporteren.",
        "en": "There are no sealed signals to export.",
    },
    "transfer.not_exportable.unknown": {
        "nl": "Signaal {first} is geen verzegeld signaal op deze laptop. " + _NOTHING_EXPORTED[0],
        "en": "Signal {first} is not a sealed signal on this laptop. " + _NOTHING_EXPORTED[1],
    },
    "transfer.not_exportable.delivered": {
        "nl": "Signaal {first} is al afgeleverd bij het meldpunt. " + _NOTHING_EXPORTED[0],
        "en": "Signal {first} was already delivered to the office. " + _NOTHING_EXPORTED[1],
    },
    "transfer.not_exportable.deleted": {
        "nl": "Signaal {first} is verwijderd. " + _NOTHING_EXPORTED[0],
        "en": "Signal {first} was deleted. " + _NOTHING_EXPORTED[1],
    },
    "transfer.too_many_items": {
        "nl": "Eén bundel bevat hoogstens {limit} signalen: kies er minder. "
              + _NOTHING_EXPORTED[0],
        "en": "One bundle holds at most {limit} signals: choose fewer. " + _NOTHING_EXPORTED[1],
    },
    "transfer.bad_part_size": {
        "nl": "De deelgrootte is te klein voor deze bundel: kies een grotere. "
              + _NOTHING_EXPORTED[0],
        "en": "The part size is too small for this bundle: choose a larger one. "
              + _NOTHING_EXPORTED[1],
    },
    "transfer.receipt_rejected.not_a_receipt": {
        "nl": "Dit bestand is geen ontvangstbewijs van Seinpost. Er is niets gewist.",
        "en": "This file is not a Seinpost receipt. Nothing was erased.",
    },
    "transfer.receipt_rejected.too_large": {
        "nl": "Dit bestand is te groot om een ontvangstbewijs te zijn. Er is niets gewist.",
        "en": "This file is too large to be a receipt. Nothing was erased.",
    },
    "transfer.receipt_rejected.bad_signature": {
        "nl": "Dit ontvangstbewijs is niet door het meldpunt ondertekend, of het is gewijzigd. "
              "Het is geweigerd; er is niets gewist.",
        "en": "This receipt is not signed by the office, or it was changed. It was refused; "
              "nothing was erased.",
    },
    "transfer.receipt_rejected.other_liaison": {
        "nl": "Dit ontvangstbewijs is voor een andere contactpersoon bedoeld. Er is niets "
              "gewist.",
        "en": "This receipt is meant for another liaison. Nothing was erased.",
    },
    "transfer.receipt_rejected.unknown_items": {
        "nl": "Dit ontvangstbewijs noemt een bundel die deze laptop nooit heeft geëxporteerd, of "
              "signalen die niet in die bundel zaten. Het is geweigerd; er is niets gewist.",
        "en": "This receipt names a bundle this laptop never exported, or signals that were not "
              "in that bundle. It was refused; nothing was erased.",
    },
    "transfer.rotation_rejected.not_a_card": {
        "nl": "Dit bestand is geen kaart van het meldpunt; ze is niet aanvaard. Er is niets "
              "veranderd.",
        "en": "This file is not an office card; it was not accepted. Nothing was changed.",
    },
    "transfer.rotation_rejected.not_office": {
        "nl": "Dit is de kaart van een contactpersoon, niet van het meldpunt; ze is niet "
              "aanvaard. Er is niets veranderd.",
        "en": "This is a liaison's card, not the office's; it was not accepted. Nothing was "
              "changed.",
    },
    "transfer.rotation_rejected.not_endorsed": {
        "nl": "Deze nieuwe kaart van het meldpunt is niet ondertekend met de kaart die u hebt. Ze "
              "is niet aanvaard; nieuwe signalen worden nog steeds verzegeld voor de huidige "
              "kaart van het meldpunt.",
        "en": "This new office card is not signed by the office card you have. It was not "
              "accepted; new signals are still sealed for the current office card.",
    },
    # --- bundles and receipts ----------------------------------------------------------------
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
    "bundle.part_size_too_small": {
        "nl": "De deelgrootte is te klein voor deze bundel.",
        "en": "The part size is too small for this bundle.",
    },
    "bundle.empty_item": {
        "nl": "Een verzegeld signaal op deze laptop is leeg en dus beschadigd. "
              + _NOTHING_EXPORTED[0],
        "en": "A sealed signal on this laptop is empty, so it is damaged. " + _NOTHING_EXPORTED[1],
    },
    "receipt.invalid": {
        "nl": "Dit ontvangstbewijs is onleesbaar, gewijzigd of niet ondertekend met een bekende "
              "sleutel van het meldpunt.",
        "en": "This receipt is malformed, altered, or not signed by a known office key.",
    },
    # --- age, keys and cards -----------------------------------------------------------------
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
    # --- signals -----------------------------------------------------------------------------
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
    "taxonomy.unknown_code": {
        "nl": "Die code staat niet in de lijsten van Seinpost.",
        "en": "That code is not in Seinpost's lists.",
    },
    # --- attachment cleaning (outcomes inside the media room, recorded as warnings) -----------
    # --- attachments: outcome before sealing (media/outcome.py) and one sentence per warning ---
    "media.cleaned": {
        "nl": "Opgeschoond: namen, apparaten, plaatsen en mappen zijn eruit gehaald.",
        "en": "Cleaned: names, devices, places and folders were removed.",
    },
    "media.original_kept": {
        "nl": "Origineel bewaard, zoals u koos: het bestand kan u of anderen herkenbaar maken.",
        "en": "Original kept, as you chose: the file may identify you or others.",
    },
    "media.not_cleanable": {
        "nl": "Kon niet worden opgeschoond en wordt verzegeld zoals het is: het kan u of anderen "
        "herkenbaar maken.",
        "en": "Could not be cleaned and is sealed as it is: it may identify you or others.",
    },
    "media.unknown": {
        "nl": "Er is een onbekende waarschuwing bij deze bijlage.",
        "en": "This attachment has a warning this version does not know.",
    },
    "media.type_not_cleanable": {
        "nl": "Seinpost kan dit soort bestand niet opschonen.",
        "en": "Seinpost cannot clean this kind of file.",
    },
    "media.original_kept_may_identify": {
        "nl": "Namen, apparaten, plaatsen of mappen in het bestand blijven staan.",
        "en": "Names, devices, places or folders in the file stay in it.",
    },
    "media.too_large_to_clean": {
        "nl": "Het bestand is te groot om op te schonen.",
        "en": "The file is too large to clean.",
    },
    "media.unreadable_image": {
        "nl": "De afbeelding is beschadigd of onleesbaar.",
        "en": "The picture is damaged or cannot be read.",
    },
    "media.image_frames_dropped": {
        "nl": "Alleen het eerste beeld van de animatie is bewaard.",
        "en": "Only the first frame of the animation was kept.",
    },
    "media.colour_profile_dropped": {
        "nl": "Het kleurprofiel is verwijderd; kleuren kunnen iets afwijken.",
        "en": "The colour profile was removed; colours may look slightly different.",
    },
    "media.unreadable_pdf": {
        "nl": "De PDF is beschadigd of onleesbaar.",
        "en": "The PDF is damaged or cannot be read.",
    },
    "media.pdf_encrypted": {
        "nl": "De PDF is versleuteld; Seinpost kan er niet in.",
        "en": "The PDF is encrypted; Seinpost cannot look inside it.",
    },
    "media.pdf_metadata_partly_removed": {
        "nl": "Een deel van de PDF was onleesbaar; daar kunnen namen van opmerkingen "
        "blijven staan.",
        "en": "Part of the PDF could not be read; comment authors may remain there.",
    },
    "media.pdf_embedded_images_not_cleaned": {
        "nl": "Sommige afbeeldingen in de PDF konden niet worden opgeschoond.",
        "en": "Some pictures inside the PDF could not be cleaned.",
    },
    "media.pdf_embedded_files_not_cleaned": {
        "nl": "Bestanden die in de PDF zijn ingesloten, zijn niet opgeschoond.",
        "en": "Files embedded in the PDF were not cleaned.",
    },
    "media.unreadable_office_document": {
        "nl": "Het Office-document is beschadigd, onleesbaar of te groot.",
        "en": "The Office document is damaged, cannot be read or is too large.",
    },
    "media.office_comments_not_cleaned": {
        "nl": "Opmerkingen in het document zijn niet opgeschoond.",
        "en": "Comments in the document were not cleaned.",
    },
    "media.office_embedded_media_not_cleaned": {
        "nl": "Sommige afbeeldingen in het document konden niet worden opgeschoond.",
        "en": "Some pictures inside the document could not be cleaned.",
    },
    "media.image_cleaned_in_container": {
        "nl": "De afbeelding kon niet opnieuw worden opgebouwd (beschadigd, ongewoon of zeer "
        "groot); de gegevens over maker, apparaat en plaats zijn uit het bestand zelf gehaald en "
        "het beeld is ongewijzigd.",
        "en": "The picture could not be rebuilt (damaged, unusual or very large); the data about "
        "its maker, device and place was removed from the file itself and the picture is "
        "unchanged.",
    },
    "media.office_embedded_objects_not_cleaned": {
        "nl": "Ingesloten objecten of macro's in het document zijn niet opgeschoond.",
        "en": "Embedded objects or macros in the document were not cleaned.",
    },
    "media.pdf_signatures_kept": {
        "nl": "De PDF is digitaal ondertekend; het certificaat met de naam van de ondertekenaar "
        "blijft staan.",
        "en": "The PDF is digitally signed; the certificate with the signer's name stays in it.",
    },
    "media.not_a_png": {
        "nl": "Deze afbeelding is geen PNG die veilig kan worden opgeschoond.",
        "en": "This image is not a PNG that can be cleaned safely.",
    },
    "media.not_a_tiff": {
        "nl": "Deze afbeelding is geen TIFF die veilig kan worden opgeschoond.",
        "en": "This image is not a TIFF that can be cleaned safely.",
    },
    "media.unsafe_xml": {
        "nl": "Een deel van dit Office-document is geen veilige, geldige XML.",
        "en": "Part of this Office document is not safe, well-formed XML.",
    },
    "media.not_a_jpeg": {
        "nl": "Deze afbeelding is geen JPEG die veilig kan worden opgeschoond.",
        "en": "This image is not a JPEG that can be cleaned safely.",
    },
    "media.profile_dropped": {
        "nl": "Het kleurprofiel van deze afbeelding kon niet worden gebruikt.",
        "en": "This image's colour profile could not be used.",
    },
    # --- the office --------------------------------------------------------------------------
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
    "office.database.too_new": {
        "nl": "{path}: deze versie van de database wordt niet ondersteund.",
        "en": "{path}: this database version is not supported.",
    },
    # --- the command lines -------------------------------------------------------------------
    "cli.input": {
        "nl": "De opdracht mist iets wat ze nodig heeft; zie --help.",
        "en": "The command is missing something it needs; see --help.",
    },
    # --- starting the window (printed before Qt starts) ----------------------------------------
    "app.qt_library_missing": {
        "nl": "Seinpost kan zijn venster niet openen: de systeembibliotheek {library} ontbreekt "
              "(installeer het pakket {package}, zie de README).",
        "en": "Seinpost cannot open its window: the system library {library} is missing "
              "(install the package {package}, see the README).",
    },
    "cli.no_answer": {
        "nl": "Geen antwoord gegeven (einde van de invoer): er is niets veranderd.",
        "en": "No answer given (end of input): nothing was changed.",
    },
    "cli.passphrase_empty": {
        "nl": "De wachtzin is leeg: er is niets gedaan.",
        "en": "The passphrase is empty: nothing was done.",
    },
    "cli.passphrase_file_too_large": {
        "nl": "Het wachtzinbestand is te groot om een wachtzinbestand te zijn.",
        "en": "The passphrase file is too large to be a passphrase file.",
    },
    "cli.passphrase_file_not_text": {
        "nl": "Het wachtzinbestand is geen UTF-8-tekst.",
        "en": "The passphrase file is not UTF-8 text.",
    },
    "cli.passphrases_differ": {
        "nl": "De twee wachtzinnen verschillen: er is niets ingesteld.",
        "en": "The two passphrases differ: nothing was set up.",
    },
    "cli.all_and_ids": {
        "nl": "Geef --all of codes, niet allebei.",
        "en": "Give either --all or ids, not both.",
    },
    "cli.no_target_folder": {
        "nl": "De doelmap bestaat niet: {path}",
        "en": "The target folder does not exist: {path}",
    },
    "cli.attachment_missing": {
        "nl": "Bijlage {index} (--attach) is niet gevonden of is geen bestand.",
        "en": "Attachment {index} (--attach) was not found or is not a file.",
    },
    "cli.attachment_unreadable": {
        "nl": "Bijlage {index} (--attach) kon niet worden gelezen ({reason}); er is geen "
              "concept bewaard.",
        "en": "Attachment {index} (--attach) could not be read ({reason}); no draft was saved.",
    },
    "cli.wipe_after_value": {
        "nl": "--wipe-after neemt een aantal pogingen of 'off'.",
        "en": "--wipe-after takes a number of attempts or 'off'.",
    },
    "cli.no_such_bundle": {
        "nl": "Bundel {bundle_id} is niet in deze database geopend.",
        "en": "No bundle {bundle_id} has been opened into this database.",
    },
    # --- integrity (issue 7): state changed outside Seinpost --------------------------------
    "vault.tampered": {
        "nl": "Het sleutelbestand van het profiel is buiten Seinpost gewijzigd. Er is niets "
              "geteld, gewist of geopend; zet het terug vanuit een reservekopie.",
        "en": "The profile's key file was changed outside Seinpost. Nothing was counted, erased "
              "or opened; restore it from a backup.",
    },
    "vault.weak_passphrase": {
        "nl": "Deze wachtzin is te makkelijk te raden. Kies een langere: een paar losse woorden, "
              "of een zin die alleen u zou bedenken.",
        "en": "This passphrase is too easy to guess. Choose a longer one: several unrelated "
              "words, or a sentence only you would think of.",
    },
    "store.tampered": {
        "nl": "De signalenopslag op deze laptop is buiten Seinpost gewijzigd. Er is niets "
              "verzegeld, gewist of verwijderd; zet het profiel terug vanuit een reservekopie.",
        "en": "The signal store on this laptop was changed outside Seinpost. Nothing was sealed, "
              "purged or deleted; restore the profile from a backup.",
    },
    "store.key_mismatch": {
        "nl": "De signalenopslag hoort niet bij deze kluis, of is buiten Seinpost gewijzigd. Er "
              "is niets gewist of verwijderd; zet het profiel terug vanuit een reservekopie.",
        "en": "The signal store does not belong to this vault, or was changed outside Seinpost. "
              "Nothing was purged or deleted; restore the profile from a backup.",
    },
    "store.rolled_back": {
        "nl": "De signalenopslag (store.db) is ouder dan de opslag die deze kluis het laatst "
              "gebruikte: er is een oude kopie teruggezet. Er is niets verzegeld, gewist of "
              "verwijderd; zet de laatste reservekopie van het hele profiel terug.",
        "en": "The signal store (store.db) is older than the one this vault last used: an old "
              "copy was put back. Nothing was sealed, purged or deleted; restore the latest "
              "backup of the whole profile.",
    },
    "store.office_record_outdated": {
        "nl": "De opgeslagen kaart van het bureau is ouder dan de kaart die dit profiel het "
              "laatst heeft aanvaard. Er wordt niets voor verzegeld; zet het profiel terug "
              "vanuit een reservekopie.",
        "en": "The stored office card is older than the one this profile last accepted. Nothing "
              "will be sealed to it; restore the profile from a backup.",
    },
    "export.sealed_item_missing": {
        "nl": "Het verzegelde bestand van een signaal ontbreekt of is buiten Seinpost gewijzigd; "
              "er is niets geëxporteerd.",
        "en": "The sealed file of a signal is missing or was changed outside Seinpost; nothing "
              "was exported.",
    },
}


class _Params(dict):
    """Placeholder values; a missing one shows as an ellipsis rather than failing."""

    def __missing__(self, key: str) -> str:
        return "…"


def sentence(code: str, lang: str = "nl", **params: object) -> str:
    """The sentence for `code` in `lang` ("nl" or "en"), its `{placeholders}` filled from
    `params`; the internal sentence if the code is unknown, English if `lang` is unknown."""
    entry = SENTENCES.get(code) or SENTENCES["internal"]
    template = entry.get(lang) or entry["en"]
    return template.format_map(_Params(params))
