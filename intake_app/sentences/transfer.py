"""Sentences of export, receipts and the office card on the liaison's side (intake_app/services/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

_NOTHING_EXPORTED = ("Er is niets geëxporteerd.", "Nothing was exported.")

SENTENCES: dict[str, dict[str, str]] = {
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
    "attach.file_changed": {
        "nl": "Het bestand veranderde tijdens het toevoegen; er is niets toegevoegd. Probeer het "
              "opnieuw.",
        "en": "The file changed while it was being attached; nothing was added. Try again.",
    },
    "seal.attachment_changed": {
        "nl": "Een bijlage veranderde van grootte tijdens het verzegelen; er is niets verzegeld.",
        "en": "An attachment changed size while it was being sealed; nothing was sealed.",
    },
    # Said per draft and once at the end by `seal` and the window (review r7g L1): never "Nothing
    # was changed" once one draft of the run is sealed.
    "seal.draft_not_sealed": {
        "nl": "Concept {draft} is niet verzegeld: een bijlage ervan is beschadigd, "
              "ingekort of buiten Seinpost van deze laptop verwijderd. Het blijft een concept, "
              "zoals het was.",
        "en": "Draft {draft} was not sealed: one of its attachments is damaged, "
              "truncated or was removed from this laptop outside Seinpost. It stays a draft, "
              "as it was.",
    },
    "seal.some_not_sealed": {
        "nl": "{sealed} van de {total} concepten verzegeld. Niet verzegeld: {drafts}.",
        "en": "{sealed} of {total} drafts sealed. Not sealed: {drafts}.",
    },
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
    "transfer.receipt_rejected.unknown_key": {
        "nl": "Dit ontvangstbewijs is ondertekend met een sleutel van het meldpunt die deze "
              "laptop nog niet kent. Heeft het meldpunt een nieuwe kaart? Lees die eerst in "
              "(Nieuwe kaart van het meldpunt…; intake-app office-card update) en daarna dit "
              "ontvangstbewijs opnieuw. Anders komt het niet van het meldpunt. Er is niets "
              "gewist.",
        "en": "This receipt is signed by an office key this laptop does not know yet. Does the "
              "office have a new card? Take it first (New office key card…; intake-app "
              "office-card update), then import this receipt again. Otherwise it is not from "
              "the office. Nothing was erased.",
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
    "transfer.receipt_rejected.bad_time": {
        "nl": "De tijd in dit ontvangstbewijs is geen echte datum en tijd. Het is geweigerd; er "
              "is niets gewist.",
        "en": "The time in this receipt is not a real date and time. It was refused; nothing "
              "was erased.",
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
    "transfer.rotation_rejected.missing": {
        "nl": "Deze kaart van het meldpunt is ondertekend met sleutel {key_id} van het meldpunt, "
              "die deze laptop niet heeft; ze is niet aanvaard. Waarschijnlijk zijn er kaarten "
              "tussen uw kaart en deze: vraag het meldpunt om de kaart(en) daartussen, of om het "
              "bestand office-chain.cards met alle kaarten, en lees die samen in. Nieuwe "
              "signalen worden nog steeds verzegeld voor de huidige kaart van het meldpunt.",
        "en": "This office card is endorsed by office key {key_id}, which this laptop does not "
              "have; it was not accepted. There are probably cards between yours and this one: "
              "ask the office for the card(s) in between, or for the file office-chain.cards "
              "that holds them all, and give them together. New signals are still sealed for "
              "the current office card.",
    },
    "transfer.rotation_rejected.older": {
        "nl": "Deze kaart van het meldpunt is ouder dan de kaart die u al hebt. Ze is niet "
              "aanvaard; er is niets veranderd.",
        "en": "This office card is older than the one you already have. It was not accepted; "
              "nothing was changed.",
    },
    "receipt.nothing_new": {
        "nl": "Dit ontvangstbewijs is al ingelezen: elk signaal dat het noemt, was al "
              "afgeleverd of verwijderd. Er is niets veranderd.",
        "en": "This receipt was already imported: every signal it names was already delivered "
              "or deleted. Nothing was changed.",
    },
    "receipt.invalid": {
        "nl": "Dit ontvangstbewijs is onleesbaar, gewijzigd of niet ondertekend met een bekende "
              "sleutel van het meldpunt.",
        "en": "This receipt is malformed, altered, or not signed by a known office key.",
    },
    "receipt.bad_time": {
        "nl": "De tijd in dit ontvangstbewijs is geen echte datum en tijd.",
        "en": "The time in this receipt is not a real date and time.",
    },
    "export.sealed_item_missing": {
        "nl": "Het verzegelde bestand van een signaal ontbreekt of is buiten Seinpost gewijzigd; "
              "er is niets geëxporteerd.",
        "en": "The sealed file of a signal is missing or was changed outside Seinpost; nothing "
              "was exported.",
    },
}
