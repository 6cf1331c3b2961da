"""What the liaison's command line prints when a command did its work (intake_app/cli/liaison*.py):
result lines, questions and warnings (review r7j R7J-4: in Dutch they were English).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. Values are
paths, ids, names on cards, counts, sizes and settings; never signal content.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    # init: the card's digits are never shown before the liaison typed what the office read
    # aloud (review r7j R7J-5, as the window does).
    "liaison_out.office_card": {"nl": "Kaart van het meldpunt: {name}",
                                "en": "Office card: {name}"},
    "liaison_out.fingerprint_question": {
        "nl": "Typ de vingerafdruk die het meldpunt u voorleest (of die op het papier van het "
              "meldpunt staat):",
        "en": "Type the fingerprint the office reads out to you (or the one on the office's "
              "paper):",
    },
    "liaison_out.fingerprint_confirmed": {
        "nl": "De vingerafdruk klopt: {fingerprint}",
        "en": "The fingerprint matches: {fingerprint}",
    },
    "liaison_out.name_question": {
        "nl": "Uw naam, zoals het meldpunt u kent (hij komt op uw sleutelkaart):",
        "en": "Your name, as the office knows you (it goes on your key card):",
    },
    "liaison_out.set_up": {
        "nl": "Het profiel is ingericht en de kaart van het meldpunt is gecontroleerd.",
        "en": "The profile is set up and the office card is verified.",
    },
    "liaison_out.previous_profile": {
        "nl": "De bestanden van het gewiste profiel (store.db, vault.json, sealed/, blobs/) zijn "
              "niet verwijderd, maar verplaatst naar {folder}. Met de sleutelbos waarin het "
              "profiel is ingericht kan het oude profiel daarvandaan worden teruggezet.",
        "en": "The erased profile's files (store.db, vault.json, sealed/, blobs/) were not "
              "deleted: they were moved to {folder}. With the keyring the profile was set up "
              "in, the old profile can be put back from there.",
    },
    "liaison_out.your_fingerprint": {"nl": "Uw vingerafdruk: {fingerprint}",
                                     "en": "Your fingerprint: {fingerprint}"},
    "liaison_out.give_card": {
        "nl": "Geef uw sleutelkaart aan het meldpunt: intake-app card --out BESTAND",
        "en": "Give your key card to the office: intake-app card --out FILE",
    },
    # record, seal, delete
    "liaison_out.attachment": {"nl": "Bijlage {position}: {cleaning}{kind}. {text}",
                               "en": "Attachment {position}: {cleaning}{kind}. {text}"},
    "liaison_out.draft_saved": {"nl": "Concept bewaard: {draft_id}",
                                "en": "Saved draft {draft_id}"},
    "liaison_out.no_drafts": {"nl": "Er zijn geen concepten om te verzegelen.",
                              "en": "There are no drafts to seal."},
    "liaison_out.draft_incomplete": {
        "nl": "concept {draft_id} is niet compleet en is niet verzegeld:",
        "en": "draft {draft_id} is not complete and was not sealed:",
    },
    "liaison_out.seal_anyway": {"nl": "Concept {draft_id} toch verzegelen?",
                                "en": "Seal draft {draft_id} anyway?"},
    "liaison_out.not_sealed": {"nl": "Niet verzegeld: {draft_id}",
                               "en": "Not sealed: {draft_id}"},
    "liaison_out.sealing": {"nl": "Verzegelen {short_id}", "en": "Sealing {short_id}"},
    "liaison_out.sealed": {"nl": "Verzegeld: {item_id} ({size} bytes)",
                           "en": "Sealed {item_id} ({size} bytes)"},
    "liaison_out.sealed_with_warnings": {
        "nl": "verzegeld met waarschuwingen bij bijlagen: {warnings}",
        "en": "sealed with attachment warnings: {warnings}",
    },
    "liaison_out.delete_undelivered": {
        "nl": "{count} hiervan zijn verzegeld zonder ontvangstbewijs: ze komen nooit meer bij "
              "het meldpunt aan.",
        "en": "{count} of these are sealed without a receipt yet: they will never reach the "
              "office.",
    },
    "liaison_out.delete_question": {"nl": "{count} signaal/signalen voorgoed verwijderen?",
                                    "en": "Delete {count} signal(s) for good?"},
    "liaison_out.nothing_deleted": {"nl": "Er is niets verwijderd.",
                                    "en": "Nothing was deleted."},
    "liaison_out.deleted": {"nl": "{count} signaal/signalen verwijderd.",
                            "en": "Deleted {count} signal(s)."},
    # status, card
    "liaison_out.keyring": {"nl": "Sleutelbos: {keyring}", "en": "Keyring: {keyring}"},
    "liaison_out.wipe_after": {
        "nl": "Wist zichzelf na {wipe_after} verkeerde wachtzinnen (nog {left})",
        "en": "Erases itself after {wipe_after} wrong passphrases ({left} left)",
    },
    "liaison_out.counts": {
        "nl": "Concepten: {drafts}  Verzegeld: {sealed}  Geëxporteerd: {exported}  "
              "Afgeleverd: {delivered}",
        "en": "Drafts: {drafts}  Sealed: {sealed}  Exported: {exported}  "
              "Delivered: {delivered}",
    },
    "liaison_out.office": {"nl": "Meldpunt: {name}, vingerafdruk {fingerprint}",
                           "en": "Office: {name}, fingerprint {fingerprint}"},
    "liaison_out.card_written": {"nl": "Uw sleutelkaart is geschreven naar {path}",
                                 "en": "Your key card was written to {path}"},
    # export, receipt, office card
    "liaison_out.exporting": {"nl": "Exporteren", "en": "Exporting"},
    "liaison_out.wrote": {"nl": "Geschreven: {path}", "en": "Wrote {path}"},
    "liaison_out.exported_one_file": {
        "nl": "{count} signaal/signalen geëxporteerd in één bundel (één bestand, {size} bytes), "
              "bundelcode {bundle_id}.",
        "en": "Exported {count} signal(s) in one bundle (file, {size} bytes), bundle id "
              "{bundle_id}.",
    },
    "liaison_out.exported_parts": {
        "nl": "{count} signaal/signalen geëxporteerd in één bundel ({parts} deelbestanden, "
              "{size} bytes), bundelcode {bundle_id}.",
        "en": "Exported {count} signal(s) in one bundle ({parts} part files, {size} bytes), "
              "bundle id {bundle_id}.",
    },
    "liaison_out.stay_sealed": {
        "nl": "Ze blijven verzegeld op deze laptop tot u het ontvangstbewijs van het meldpunt "
              "inleest.",
        "en": "They stay sealed on this laptop until you import the office's receipt.",
    },
    "liaison_out.unlisted_saved": {
        "nl": "{count} verzegeld(e) bestand(en) bewaard die de opslag van dit profiel niet "
              "kent, zoals ze zijn.",
        "en": "Saved {count} sealed file(s) that this profile's store does not list, as they "
              "are.",
    },
    "liaison_out.passphrase_only_chosen": {
        "nl": "U koos voor alleen de wachtzin (--no-keyring): de sleutelbos van het systeem "
              "beschermt dit profiel niet. Een kopie van het profiel kan worden aangevallen door "
              "de wachtzin te raden; kies dus een lange.",
        "en": "You chose passphrase only (--no-keyring): the system keyring does not protect "
              "this profile. A copy of the profile can be attacked by guessing the passphrase, "
              "so choose a long one.",
    },
    # Review r7l R7L-3: a link, FIFO or folder planted at a sealed file's name.
    "liaison_out.sealed_skipped": {
        "nl": "{count} verzegelde naam/namen overgeslagen: daar staat geen bestand dat Seinpost "
              "maakt (een koppeling, een FIFO, een map of een bestand van een ander), mogelijk "
              "neergezet terwijl de laptop niet in uw handen was. De andere zijn gekopieerd.",
        "en": "Skipped {count} sealed name(s): what lies there is not a file Seinpost makes (a "
              "link, a FIFO, a folder or someone else's file), possibly put there while the "
              "laptop was out of your hands. The others were copied.",
    },
    "liaison_out.keyless_saved": {
        "nl": "{count} verzegeld(e) bestand(en) bewaard zoals ze zijn, zonder het profiel te "
              "openen.",
        "en": "Saved {count} sealed file(s) as they are, without opening the profile.",
    },
    "liaison_out.sealed_left_keyless": {
        "nl": "Dit profiel heeft nog {count} verzegeld(e) signaalbestand(en): die kunnen het "
              "meldpunt nog bereiken zonder de sleutel. Bewaar ze met: intake-app export "
              "--keyless --to MAP. Ze dragen geen handtekening: geef ze als "
              "niet-gecontroleerde kopieën.",
        "en": "This profile still holds {count} sealed signal file(s): they can still reach "
              "the office without the key. Save them with: intake-app export --keyless --to "
              "DIR. They carry no signature: give them as unverified copies.",
    },
    # Review r7k R7K-8/-11/-12: a refused store, an erased or changed key file.
    "liaison_out.sealed_left_refused": {
        "nl": "Dit profiel heeft nog {count} verzegeld(e) signaalbestand(en), verzegeld voor "
              "het meldpunt: die kunnen het meldpunt nog bereiken, ook al wordt het profiel "
              "geweigerd. Bewaar ze met: intake-app export --keyless --to MAP. Ze dragen geen "
              "handtekening: geef ze als niet-gecontroleerde kopieën.",
        "en": "This profile still holds {count} sealed signal file(s), sealed to the office: "
              "they can still reach the office although the profile is refused. Save them "
              "with: intake-app export --keyless --to DIR. They carry no signature: give them "
              "as unverified copies.",
    },
    "liaison_out.unlisted_unsigned": {
        "nl": "Deze bestanden dragen uw handtekening niet: niemand kan zien wie ze heeft "
              "gemaakt, en ze kunnen zijn neergelegd. Geef ze het meldpunt alleen als "
              "niet-gecontroleerde kopieën, en zeg dat erbij.",
        "en": "These files do not carry your signature: nobody can tell who made them, and they "
              "may have been planted. Give them to the office only as unverified copies, and "
              "say so.",
    },
    # Review r7k R7K-7b: receipt import of several files or a folder.
    "liaison_out.receipt_file_refused": {
        "nl": "{path} niet aanvaard: {reason}",
        "en": "{path} not accepted: {reason}",
    },
    "liaison_out.receipts_counted": {
        "nl": "{taken} ontvangstbewijs/ontvangstbewijzen aanvaard, {others} voor een andere "
              "contactpersoon (ongemoeid gelaten), {refused} geweigerd.",
        "en": "{taken} receipt(s) accepted, {others} meant for another liaison (left alone), "
              "{refused} refused.",
    },
    "liaison_out.receipt_accepted": {
        "nl": "Ontvangstbewijs voor bundel {bundle_id} aanvaard: {delivered} signaal/signalen "
              "afgeleverd en van deze laptop gewist, {before} al eerder afgeleverd.",
        "en": "Receipt for bundle {bundle_id} accepted: {delivered} signal(s) delivered and "
              "purged from this laptop, {before} already delivered before.",
    },
    "liaison_out.office_card_accepted": {
        "nl": "Nieuwe kaart van het meldpunt aanvaard: {name}",
        "en": "New office card accepted: {name}",
    },
    "liaison_out.fingerprint": {"nl": "Vingerafdruk: {fingerprint}",
                                "en": "Fingerprint: {fingerprint}"},
    "liaison_out.office_cards_between": {
        "nl": "Met de {count} kaart(en) daartussen, elk ondertekend met de kaart ervoor.",
        "en": "With the {count} card(s) in between, each endorsed by the one before.",
    },
    "liaison_out.office_card_current": {
        "nl": "Dit is al de huidige kaart van het meldpunt: er is niets veranderd.",
        "en": "This is already the current office card: nothing was changed.",
    },
    "liaison_out.office_cards_left_out": {
        "nl": "Niet elke kaart kon worden aanvaard: een ervan is ondertekend met sleutel {key_id} "
              "van het meldpunt, die deze laptop niet heeft. Vraag het meldpunt om de kaart(en) "
              "daartussen.",
        "en": "Not every card could be accepted: one is endorsed by office key {key_id}, which "
              "this laptop does not have. Ask the office for the card(s) in between.",
    },
    "liaison_out.sealed_to_new_card": {
        "nl": "Nieuwe signalen worden vanaf nu voor deze kaart verzegeld.",
        "en": "New signals are sealed to this card from now on.",
    },
    # settings
    "liaison_out.wipe_set": {"nl": "Wissen na verkeerde wachtzinnen: {value}.",
                             "en": "Erase after wrong passphrases: {value}."},
    "liaison_out.auto_lock_set": {"nl": "Automatisch vergrendelen na {minutes} minuut/minuten.",
                                  "en": "Auto-lock set to {minutes} minute(s)."},
    "liaison_out.duress_set": {"nl": "Noodwachtzin ingesteld.", "en": "Duress passphrase set."},
    "liaison_out.duress_removed": {"nl": "Noodwachtzin verwijderd.",
                                   "en": "Duress passphrase removed."},
    "liaison_out.passphrase_changed": {
        "nl": "Wachtzin gewijzigd; de gegevens zijn niet opnieuw versleuteld.",
        "en": "Passphrase changed; the data was not re-encrypted.",
    },
    "liaison_out.auto_lock": {"nl": "Automatisch vergrendelen: {minutes} minuut/minuten",
                              "en": "Auto-lock: {minutes} minute(s)"},
    "liaison_out.wipe": {"nl": "Wissen bij verkeerde wachtzinnen: {wipe}",
                         "en": "Erase on wrong passphrases: {wipe}"},
    "liaison_out.wipe_off": {"nl": "uit", "en": "off"},
    "liaison_out.wipe_after_attempts": {"nl": "na {count} verkeerde pogingen",
                                        "en": "after {count} wrong attempts"},
    "liaison_out.wipe_unavailable": {
        "nl": "uit (alleen met de sleutelbos van het systeem; dit profiel heeft alleen een "
              "wachtzin)",
        "en": "off (only with the system keyring; this profile is passphrase-only)",
    },
}
