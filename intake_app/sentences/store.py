"""Sentences of the store room (intake_app/store/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    # Not an error: an unlock found sealed files no row of the store names (store/unlisted.py,
    # review r7f G4); both front ends say it, and offer to save the files for the office.
    "store.sealed_unlisted": {
        "nl": "{count} verzegeld(e) signaalbestand(en) op deze laptop staan niet in de opslag "
              "van dit profiel. Ofwel heeft iemand de opslag teruggezet vanuit een oudere kopie "
              "(wat u sindsdien deed, kan ontbreken; dan zijn het uw eigen signalen), ofwel "
              "heeft iemand deze bestanden erin gezet terwijl de laptop niet bij u was: iedereen "
              "kan een bestand voor de kaart van het meldpunt verzegelen. Niets laat zien welk "
              "van beide. U kunt ze voor het meldpunt bewaren (in het venster met 'Bewaren…', "
              "op de opdrachtregel met: intake-app export --unlisted --to MAP), maar ze dragen "
              "uw handtekening niet: zeg het meldpunt dat het niet-gecontroleerde kopieën zijn.",
        "en": "{count} sealed signal file(s) on this laptop are not in this profile's store. "
              "Either someone put back an older copy of the store (what you did since may be "
              "missing; then they are your own signals), or someone put these files there while "
              "the laptop was out of your hands: anyone can seal a file to the office's card. "
              "Nothing shows which. You can save them for the office (in the window with "
              "'Save…', on the command line with: intake-app export --unlisted --to DIR), but "
              "they do not carry your signature: tell the office they are unverified copies.",
    },
    "store.sealed_unlisted_planted": {
        "nl": "{count} verzegeld(e) bestand(en) in dit profiel zijn er niet door gemaakt. Dit "
              "profiel weigert een oudere kopie van zijn opslag, dus iemand heeft ze er "
              "waarschijnlijk in gezet terwijl de laptop niet bij u was (iedereen kan een "
              "bestand voor de kaart van het meldpunt verzegelen). Geef ze niet af als uw "
              "signalen. Bewaart u ze toch voor het meldpunt ('Bewaren…'; intake-app export "
              "--unlisted --to MAP), zeg dan dat ze niet van u komen en mogelijk zijn "
              "neergelegd.",
        "en": "{count} sealed file(s) in this profile were not made by it. This profile refuses "
              "an older copy of its store, so someone most likely put them there while the "
              "laptop was out of your hands (anyone can seal a file to the office's card). Do "
              "not hand them over as your signals. If you save them for the office all the same "
              "('Save…'; intake-app export --unlisted --to DIR), say they are not from you and "
              "may have been planted.",
    },
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
    "store.linked": {
        "nl": "De signalenopslag (store.db) of zijn logbestand heeft op deze schijf nog een "
              "tweede naam (een harde koppeling). Via die naam kan iemand een kopie houden van "
              "alles wat erin wordt geschreven. Er is niets geopend of veranderd; vraag iemand "
              "die u vertrouwt om hulp voordat u dit profiel gebruikt.",
        "en": "The signal store (store.db) or its log file has a second name on this disk (a "
              "hard link). Through that name someone could keep a copy of everything written "
              "to it. Nothing was opened or changed; ask someone you trust for help before "
              "using this profile.",
    },
    # Review r7l R7L-7: a folder planted at store.db-journal was called a damaged store.
    "store.log_planted": {
        "nl": "Waar het logbestand {name} van de signalenopslag hoort (naast store.db in de "
              "profielmap), staat iets anders dan een bestand: een map, pijp of koppeling die "
              "Seinpost daar niet heeft neergezet. De opslag zelf is niet beschadigd. Er is "
              "niets geopend, veranderd of gewist. Verplaats {name} uit de profielmap en "
              "ontgrendel opnieuw; vraag iemand die u vertrouwt om hulp als u niet weet hoe "
              "het daar kwam.",
        "en": "Where the signal store's log file {name} belongs (beside store.db in the "
              "profile folder) lies something other than a file: a folder, pipe or link that "
              "Seinpost did not put there. The store itself is not damaged. Nothing was "
              "opened, changed or erased. Move {name} out of the profile folder and unlock "
              "again; ask someone you trust for help if you do not know how it got there.",
    },
    "store.read_only": {
        "nl": "De signalenopslag (store.db) of zijn logbestand kan niet worden beschreven: de "
              "rechten zijn buiten Seinpost veranderd, of de schijf is alleen-lezen. Er is "
              "niets geopend of veranderd; vraag iemand die u vertrouwt om hulp voordat u dit "
              "profiel gebruikt.",
        "en": "The signal store (store.db) or its log file cannot be written: its permissions "
              "were changed outside Seinpost, or the disk is read-only. Nothing was opened or "
              "changed; ask someone you trust for help before using this profile.",
    },
    "store.too_new": {
        "nl": "De signalenopslag is door een nieuwere Seinpost geschreven. Werk Seinpost bij; er "
              "is niets veranderd.",
        "en": "The signal store was written by a newer Seinpost. Update Seinpost; nothing was "
              "changed.",
    },
    # vault.json is there, so the profile was set up (set-up is all or nothing): store.db is
    # gone, not "not yet" (review r7k R7K-12: "set it up first" led to store.left_behind).
    "store.missing": {
        "nl": "De signalenopslag store.db van dit profiel ontbreekt; het sleutelbestand "
              "vault.json staat er nog. Zet store.db terug uit een reservekopie van dit "
              "profiel, gemaakt samen met vault.json (een oudere kopie weigert het profiel). "
              "Er is niets veranderd.",
        "en": "This profile's signal store store.db is missing; its key file vault.json is "
              "still there. Put store.db back from a backup of this profile taken together "
              "with vault.json (the profile refuses an older copy). Nothing was changed.",
    },
    "store.exists": {
        "nl": "Dit profiel heeft al een signalenopslag; die is ongemoeid gelaten.",
        "en": "This profile already has a signal store; it was left unchanged.",
    },
    "store.sealed_after_erasure": {
        "nl": "Dit profiel is gewist, maar in {folder} staan nog {count} verzegeld(e) "
              "signaal(en). Alleen het meldpunt kan ze openen, en ze kunnen het nog bereiken. "
              "Bewaar ze eerst (intake-app export --keyless --to MAP; in het venster: Bewaren "
              "voor het meldpunt…) en richt Seinpost daarna opnieuw in met toestemming om ze "
              "te verwijderen (init --discard-sealed). Er is niets veranderd.",
        "en": "This profile was erased, but {folder} still holds {count} sealed signal(s). "
              "Only the office can open them, and they can still reach it. Save them first "
              "(intake-app export --keyless --to DIR; in the window: Save them for the "
              "office…), then set up Seinpost again allowing their removal (init "
              "--discard-sealed). Nothing was changed.",
    },
    "store.left_behind": {
        "nl": "In de profielmap {folder} staat nog de signalenopslag van een eerder profiel "
              "(store.db, sealed en blobs). Seinpost kan niet aantonen dat die gewist is en "
              "overschrijft hem dus niet. Weet u zeker dat u hem niet meer nodig hebt, verplaats "
              "die drie dan naar een andere map (of kies een andere profielmap) en richt "
              "Seinpost opnieuw in. Er is niets veranderd.",
        "en": "The profile folder {folder} still holds the signal store of an earlier profile "
              "(store.db, sealed and blobs). Seinpost cannot show it was erased, so it will not "
              "overwrite it. If you are sure you no longer need it, move those three to another "
              "folder (or choose another profile folder) and set up again. Nothing was changed.",
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
    "store.record_too_large": {
        "nl": "Dit signaal is te groot om te bewaren (meer dan {limit} bytes tekst). Er is niets "
              "veranderd; maak de tekst korter.",
        "en": "This signal is too large to keep (more than {limit} bytes of text). Nothing was "
              "changed; shorten the text.",
    },
    "store.unknown_status": {
        "nl": "Die status bestaat niet voor een verzegeld signaal.",
        "en": "That is not a state a sealed signal can have.",
    },
}
