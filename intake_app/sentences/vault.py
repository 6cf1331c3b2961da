"""Sentences of the vault room (intake_app/vault/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "vault.error": {
        "nl": "De kluis kon niet worden gebruikt.",
        "en": "The vault could not be used.",
    },
    "vault.not_found": {
        "nl": "Er is nog geen Seinpost-profiel in {folder}. Richt er een in met: intake-app "
              "init --office-card BESTAND (of start Seinpost zonder opdracht); een andere map "
              "kiest u met --profile MAP.",
        "en": "There is no Seinpost profile in {folder} yet. Set one up with: intake-app init "
              "--office-card FILE (or start Seinpost without a command); choose another folder "
              "with --profile DIR.",
    },
    # vault.json gone, the store still there (review r7k R7K-12): not "no vault yet", which
    # sent the person to set-up, and set-up to moving the store away for good.
    "vault.missing": {
        "nl": "Het sleutelbestand vault.json van het profiel in {folder} ontbreekt, terwijl "
              "de signalen van dat profiel er nog staan (store.db, sealed, blobs). Zonder dat "
              "bestand kan niemand ze openen. Zet vault.json terug uit een reservekopie van dit "
              "profiel en richt Seinpost hier niet opnieuw in. Er is niets veranderd.",
        "en": "The key file vault.json of the profile in {folder} is missing, while that "
              "profile's signals are still there (store.db, sealed, blobs). Without it nobody "
              "can open them. Put vault.json back from a backup of this profile, and do not "
              "set up Seinpost again here. Nothing was changed.",
    },
    "vault.exists": {
        "nl": "Dit profiel heeft al een kluis; die is ongemoeid gelaten.",
        "en": "This profile already has a vault; it was left unchanged.",
    },
    "vault.erasure_unproven": {
        "nl": "Het sleutelbestand van dit profiel zegt dat het gewist is, maar Seinpost kan dat "
              "niet bevestigen: het kan zijn veranderd terwijl de laptop niet bij u was. Probeer "
              "eerst uw wachtzin. Er is niets veranderd.",
        "en": "This profile's key file says it was erased, but Seinpost cannot confirm that: it "
              "may have been changed while the laptop was out of your hands. Try your passphrase "
              "first. Nothing was changed.",
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
        # Not "nothing was changed": the attempt is counted in vault.json (review r7d, D5).
        "nl": "Verkeerde wachtzin. Uw signalen zijn zoals ze waren; probeer het opnieuw.",
        "en": "Wrong passphrase. Your signals are as they were; try again.",
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
    "vault.passphrase_only": {
        "nl": "Dit profiel is alleen door de wachtzin beschermd (geen sleutelbos van het "
              "systeem). Een kopie van het profiel kan worden aangevallen door de wachtzin te "
              "raden; kies dus een lange.",
        "en": "This profile is protected by the passphrase only (no system keyring). A copy of "
              "the profile can be attacked by guessing the passphrase, so choose a long one.",
    },
    "vault.wiped": {
        "nl": "Deze kluis is gewist. De signalen erin zijn op deze laptop niet meer terug te "
              "halen.",
        "en": "This vault was erased. Its signals cannot be recovered on this laptop.",
    },
    # What to do now, not only what failed (review r12x X8).
    "vault.device_secret_missing": {
        "nl": "De sleutel van dit profiel ontbreekt in de sleutelbos van het systeem, dus het kan "
              "hier niet worden geopend. Er is niets verwijderd. Het profiel opent alleen in de "
              "gebruikersaccount en op de computer waar het is aangemaakt: probeer het daar. Is "
              "die sleutelbos voorgoed weg, dan zijn de concepten verloren, maar verzegelde "
              "signalen kunnen het meldpunt nog bereiken: bewaar ze zonder sleutel (intake-app "
              "export --keyless --to MAP).",
        "en": "This profile's key is missing from the system keyring, so it cannot be opened "
              "here. Nothing was deleted. The profile opens only in the user account and on the "
              "computer where it was set up: try it there. If that keyring is gone for good, "
              "the drafts are lost, but sealed signals can still reach the office: save them "
              "without the key (intake-app export --keyless --to DIR).",
    },
    "vault.keyring_unavailable": {
        "nl": "De sleutelbos van het systeem is nu niet beschikbaar. Meld u aan bij uw "
              "bureaubladsessie en probeer het opnieuw; er is niets verwijderd.",
        "en": "The system keyring is not available right now. Log in to your desktop session "
              "and try again; nothing was deleted.",
    },
    "vault.keyring_locked": {
        "nl": "De sleutelbos van het systeem is vergrendeld. Ontgrendel hem (meestal door "
              "opnieuw aan te melden bij uw bureaublad) en probeer het opnieuw; er is geen poging "
              "geteld en niets verwijderd.",
        "en": "The system keyring is locked. Unlock it (usually by logging in to your desktop "
              "again) and try again; no attempt was counted and nothing was deleted.",
    },
    "vault.keyring_read_only": {
        "nl": "De sleutelbos van het systeem neemt nu geen wijzigingen aan (misschien mag er "
              "niet in zijn map worden geschreven). Seinpost moet erin kunnen schrijven om dit "
              "profiel te openen. Er is geen poging geteld en niets verwijderd; laat de map "
              "van de sleutelbos weer beschrijfbaar maken of meld opnieuw aan, en probeer het "
              "opnieuw.",
        "en": "The system keyring does not accept changes right now (its folder may not be "
              "writable). Seinpost must be able to write to it to open this profile. No attempt "
              "was counted and nothing was deleted; have the keyring's folder made writable "
              "again or log in again, and try again.",
    },
    "vault.keyring_not_persistent": {
        "nl": "De standaardsleutelbos van het systeem is een tijdelijke die alles vergeet bij "
              "het afmelden (de instelling 'default' is veranderd, misschien toen de laptop "
              "niet bij u was). Seinpost bewaart daar niets. Er is niets verwijderd en geen "
              "poging geteld: maak de sleutelbos 'login' weer de standaard (het bestand "
              "~/.local/share/keyrings/default hoort 'login' te noemen of te ontbreken) en "
              "probeer het opnieuw.",
        "en": "The system keyring's default is a temporary one that forgets everything at "
              "logout (its 'default' setting was changed, perhaps while the laptop was out of "
              "your hands). Seinpost keeps nothing there. Nothing was deleted and no attempt "
              "was counted: make the 'login' keyring the default again (the file "
              "~/.local/share/keyrings/default should name 'login' or be absent) and try again.",
    },
    "vault.keyring_redirected": {
        "nl": "De sleutel van dit profiel staat in de sleutelbos '{home}', maar de "
              "standaardsleutelbos van het systeem is nu '{default}' (die instelling staat in "
              "een gewoon bestand en kan veranderd zijn toen de laptop niet bij u was). Er is "
              "niets gelezen, geteld of verwijderd: maak '{home}' weer de standaard (het bestand "
              "~/.local/share/keyrings/default hoort die naam te noemen of te ontbreken; in "
              "'Wachtwoorden en sleutels' kunt u '{default}' verwijderen als u die niet kent) en "
              "probeer het opnieuw.",
        "en": "This profile's key is in the keyring '{home}', but the system's default keyring "
              "is now '{default}' (that setting is a plain file and may have been changed while "
              "the laptop was out of your hands). Nothing was read, counted or deleted: make "
              "'{home}' the default again (the file ~/.local/share/keyrings/default should name "
              "it or be absent; in 'Passwords and Keys' you can delete '{default}' if you do not "
              "know it) and try again.",
    },
    "vault.keyring_default_unprotected": {
        "nl": "De standaardsleutelbos van het systeem, '{default}', heeft geen wachtwoord, "
              "terwijl de sleutelbos '{protected}' er wel een heeft: de standaard kan veranderd "
              "zijn toen de laptop niet bij u was. Seinpost bewaart de sleutel van een nieuw "
              "profiel daar niet. Er is niets aangemaakt: maak '{protected}' weer de standaard "
              "(het bestand ~/.local/share/keyrings/default hoort die naam te noemen of te "
              "ontbreken) en richt het profiel opnieuw in.",
        "en": "The system's default keyring, '{default}', has no password, while the keyring "
              "'{protected}' has one: the default may have been changed while the laptop was "
              "out of your hands. Seinpost does not keep a new profile's key there. Nothing was "
              "made: make '{protected}' the default again (the file "
              "~/.local/share/keyrings/default should name it or be absent) and set up again.",
    },
    "vault.keyring_second_entry": {
        "nl": "Meer dan een sleutelbos van het systeem ({keyrings}) bevat gegevens onder de naam "
              "van dit profiel. Een sleutelbos zonder wachtwoord kan als bestand zijn "
              "toegevoegd toen de laptop niet bij u was, en Seinpost kan niet weten welke de "
              "echte is. Er is niets gelezen, geteld of verwijderd: verwijder in 'Wachtwoorden "
              "en sleutels' de sleutelbos die u niet zelf hebt gemaakt en probeer het opnieuw.",
        "en": "More than one system keyring ({keyrings}) holds entries under this profile's "
              "name. A keyring without a password can be added as a file while the laptop is "
              "out of your hands, and Seinpost cannot tell which one is real. Nothing was read, "
              "counted or deleted: in 'Passwords and Keys' delete the keyring you did not make "
              "yourself, and try again.",
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
    "vault.passphrase_empty": {
        "nl": "De wachtzin is leeg (spaties en onzichtbare tekens tellen niet): er is niets "
              "geprobeerd en niets geteld.",
        "en": "The passphrase is empty (spaces and invisible characters do not count): nothing "
              "was tried and nothing was counted.",
    },
    "vault.duress_is_passphrase": {
        "nl": "De noodwachtzin moet anders zijn dan uw wachtzin. Er is niets veranderd.",
        "en": "The duress passphrase must differ from your passphrase. Nothing was changed.",
    },
    "vault.passphrase_is_duress": {
        "nl": "De nieuwe wachtzin moet anders zijn dan de noodwachtzin. Er is niets veranderd.",
        "en": "The new passphrase must differ from the duress passphrase. Nothing was changed.",
    },
    "vault.duress_near_passphrase": {
        "nl": "De noodwachtzin lijkt te veel op uw wachtzin: één tikfout kan uw kluis leegmaken. "
              "Kies er een die meer verschilt. Er is niets veranderd.",
        "en": "The duress passphrase is too close to your passphrase: one typo could empty your "
              "vault. Choose one that differs more. Nothing was changed.",
    },
    "vault.passphrase_near_duress": {
        "nl": "De nieuwe wachtzin lijkt te veel op de noodwachtzin: één tikfout kan uw kluis "
              "leegmaken. Kies er een die meer verschilt. Er is niets veranderd.",
        "en": "The new passphrase is too close to the duress passphrase: one typo could empty "
              "your vault. Choose one that differs more. Nothing was changed.",
    },
    "vault.invalid_setting": {
        "nl": "Die instelling valt buiten de toegestane grenzen.",
        "en": "That setting is outside the allowed range.",
    },
    "vault.invalid_auto_lock": {
        "nl": "De automatische vergrendeling moet tussen {low} en {high} minuten liggen. Er is "
              "niets veranderd.",
        "en": "The auto-lock must be between {low} and {high} minutes. Nothing was changed.",
    },
    "vault.invalid_wipe_after": {
        "nl": "Wissen na verkeerde wachtzinnen moet een aantal tussen {low} en {high} zijn, of "
              "uit (off). Er is niets veranderd.",
        "en": "Wipe-after must be a number from {low} to {high} wrong passphrases, or off. "
              "Nothing was changed.",
    },
    "vault.duress_name_needed": {
        "nl": "Geef de naam die het geleegde profiel laat zien. Elk profiel dat hier wordt "
              "ingesteld heeft een naam die u kiest; een profiel dat als \u2018Liaison\u2019 "
              "opent, kan alleen het geleegde zijn. Er is niets veranderd.",
        "en": "Give the name the emptied profile shows. Every profile set up here has a name "
              "you choose; one that opens as \u2018Liaison\u2019 can only be the emptied one. "
              "Nothing was changed.",
    },
    "vault.wipe_needs_keyring": {
        "nl": "Wissen na verkeerde wachtzinnen werkt alleen met de sleutelbos van het systeem. "
              "Zonder die sleutelbos kan iemand die het kluisbestand heeft veranderd uw eigen "
              "wachtzin als verkeerd laten tellen en de kluis laten wissen. Er is niets "
              "veranderd.",
        "en": "Erasing after wrong passphrases works only with the system keyring. Without it, "
              "someone who changed the vault file could make your own passphrase count as wrong "
              "and erase the vault. Nothing was changed.",
    },
    "vault.unsafe_profile_dir": {
        "nl": "De profielmap is niet veilig (een koppeling, geen map, of van een andere "
              "gebruiker). Kies een andere map.",
        "en": "The profile folder is not safe to use (a link, not a folder, or another user's). "
              "Choose another folder.",
    },
    "vault.profile_dir_open": {
        "nl": "De profielmap {path} bestaat al en is open voor anderen; Seinpost verandert een "
              "bestaande map niet. Kies een nieuwe map, of maak deze privé (chmod 700) als "
              "alleen jij haar gebruikt.",
        "en": "The profile folder {path} already exists and is open to others; Seinpost does not "
              "change an existing folder. Choose a new folder, or make this one private "
              "(chmod 700) if only you use it.",
    },
    "vault.profile_in_use": {
        "nl": "Seinpost is al open met dit profiel, in een ander venster of een opdracht die nog "
              "loopt. Werk in dat venster verder: twee tegelijk zouden elkaars woorden "
              "overschrijven. Ziet u het niet, sluit Seinpost dan overal af (of start de computer "
              "opnieuw) en start opnieuw; er is niets veranderd.",
        "en": "Seinpost is already open on this profile, in another window or a command still "
              "running. Go on in that window: two at once would overwrite each other's words. "
              "If you cannot find it, close Seinpost everywhere (or restart the computer) and "
              "start again; nothing was changed.",
    },
    "vault.profile_unlockable": {
        "nl": "Seinpost kan de profielmap {path} niet openen om haar voor zichzelf vast te "
              "zetten ({reason}): haar rechten zijn veranderd, zodat een tweede venster er "
              "ongemerkt naast zou kunnen werken. Geef de map haar rechten terug (chmod 700) en "
              "start opnieuw; er is niets geopend of veranderd.",
        "en": "Seinpost cannot open the profile folder {path} to hold it for itself ({reason}): "
              "its permissions were changed, so a second window could work beside this one "
              "unnoticed. Give the folder its permissions back (chmod 700) and start again; "
              "nothing was opened or changed.",
    },
    "vault.tampered": {
        "nl": "Het sleutelbestand van het profiel is buiten Seinpost gewijzigd. Er is niets "
              "geteld, gewist of geopend; zet het terug vanuit een reservekopie.",
        "en": "The profile's key file was changed outside Seinpost. Nothing was counted, erased "
              "or opened; restore it from a backup.",
    },
    "vault.keyring_entry_unexplained": {
        "nl": "Deze wachtzin opent het profiel niet. Volgens het sleutelbestand gebruikt het "
              "profiel de sleutelbos van het systeem niet, maar een sleutelbos bevat wel iets "
              "onder zijn naam (zo'n sleutelbos kan ook als bestand zijn toegevoegd toen de "
              "laptop niet bij u was). Er is niets geteld of gewist. Controleer de wachtzin en "
              "probeer het opnieuw; opent ook de juiste wachtzin het niet, dan is het "
              "sleutelbestand buiten Seinpost gewijzigd: zet het terug vanuit een reservekopie.",
        "en": "This passphrase does not open the profile. Its key file says the profile does "
              "not use the system keyring, yet a keyring holds an entry under its name (such a "
              "keyring can also have been added as a file while the laptop was out of your "
              "hands). Nothing was counted or erased. Check the passphrase and try again; if "
              "the right passphrase does not open it either, the key file was changed outside "
              "Seinpost: restore it from a backup.",
    },
    "vault.weak_passphrase": {
        "nl": "Deze wachtzin is te makkelijk te raden. Kies een langere: een paar losse woorden, "
              "of een zin die alleen u zou bedenken.",
        "en": "This passphrase is too easy to guess. Choose a longer one: several unrelated "
              "words, or a sentence only you would think of.",
    },
    "vault.rolled_back": {
        "nl": "Het sleutelbestand van het profiel (vault.json) is een oudere kopie dan het bestand "
              "dat deze laptop het laatst gebruikte: iemand heeft een eerdere kopie teruggezet, "
              "waarmee een nieuwe wachtzin, een noodwachtzin of het wissen na verkeerde "
              "wachtzinnen ongedaan zou worden. Er is niets geteld, gewist of geopend; zet het "
              "laatste vault.json terug vanuit een reservekopie van dit profiel.",
        "en": "The profile's key file (vault.json) is an older copy than the one this laptop last "
              "used: someone put back an earlier copy, which would undo a new passphrase, a "
              "duress passphrase or the wipe-after setting. Nothing was counted, erased or "
              "opened; put back the latest vault.json from a backup of this profile.",
    },
    "vault.elsewhere": {
        "nl": "Het sleutelbestand van dit profiel (vault.json) hoort bij een profiel in een andere "
              "map op deze laptop: het is hierheen gekopieerd, en deze wachtzin opent het niet. "
              "Er is niets geteld, gewist of geopend. Open het profiel vanuit zijn eigen map.",
        "en": "This profile's key file (vault.json) belongs to a profile in another folder on "
              "this laptop: it was copied here, and this passphrase does not open it. Nothing was "
              "counted, erased or opened. Open the profile from its own folder.",
    },
    "vault.state_undone": {
        # A notice, not an error: the unlock went on (store/vault_seen.py, review r7e).
        "nl": "Het sleutelbestand van dit profiel (vault.json) is niet het bestand dat "
              "dit profiel het laatst gebruikte. Iemand heeft mogelijk een eerdere kopie "
              "teruggezet. Een nieuwe wachtzin, een noodwachtzin of het wissen na verkeerde "
              "wachtzinnen die u sindsdien instelde, kan ongedaan zijn gemaakt. Stel ze opnieuw "
              "in bij de beveiligingsinstellingen.",
        "en": "This profile's key file (vault.json) is not the one this profile last "
              "used. Someone may have put back an earlier copy. A new passphrase, a duress "
              "passphrase or the wipe-after setting you set since may have been undone. Set "
              "them again in the security settings.",
    },
    "vault.profile_rolled_back": {
        "nl": "Dit hele profiel is ouder dan het profiel dat deze laptop het laatst gebruikte: er "
              "is een oudere kopie teruggezet (kluisbestand en signalenopslag samen). Er is niets "
              "verzegeld, gewist of verwijderd; zet de laatste kopie van het profiel terug.",
        "en": "This whole profile is older than the one this laptop last used: an earlier copy "
              "was put back (the vault file and the signal store together). Nothing was sealed, "
              "purged or deleted; put back the latest copy of the profile.",
    },
}
