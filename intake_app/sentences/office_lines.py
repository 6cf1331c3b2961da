"""What the office command line prints when a command did its work (intake_app/cli/office*.py):
result lines, the labels of a key card, passphrase prompts (review r14i U4).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. Values are
paths, ids, names on cards, counts and periods; never signal content.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    # Passphrase prompts (cli/passphrase.py and the office's own).
    "prompt.passphrase": {"nl": "Wachtzin: ", "en": "Passphrase: "},
    "prompt.new_passphrase": {"nl": "Nieuwe wachtzin: ", "en": "New passphrase: "},
    "prompt.passphrase_again": {"nl": "Dezelfde wachtzin nog eens: ",
                                "en": "The same passphrase again: "},
    "prompt.office_passphrase": {"nl": "Wachtzin van het meldpunt: ",
                                 "en": "Office passphrase: "},
    "prompt.new_office_passphrase": {"nl": "Nieuwe wachtzin van het meldpunt: ",
                                     "en": "New office passphrase: "},
    # A key card shown (`card show`): labels, padded to one column by the command line.
    "card.role": {"nl": "rol", "en": "role"},
    "card.name": {"nl": "naam", "en": "name"},
    "card.key_id": {"nl": "sleutelcode", "en": "key id"},
    "card.fingerprint": {"nl": "vingerafdruk", "en": "fingerprint"},
    "card.recipient": {"nl": "ontvanger", "en": "recipient"},
    "card.created": {"nl": "gemaakt", "en": "created"},
    "card.endorsed_by": {"nl": "bekrachtigd door", "en": "endorsed by"},
    "card.endorsement": {"nl": "vorige sleutel van het meldpunt {key_id}",
                         "en": "previous office key {key_id}"},
    "card.role.office": {"nl": "meldpunt", "en": "office"},
    "card.role.liaison": {"nl": "contactpersoon", "en": "liaison"},
    # keygen, rotate
    "office_out.keys_written": {
        "nl": "Sleutels van het meldpunt geschreven in {folder}",
        "en": "Office keys written to {folder}",
    },
    "office_out.read_fingerprint": {
        "nl": "Geef {card} aan de contactpersonen en lees hun deze vingerafdruk voor:",
        "en": "Hand {card} to the liaisons and read them this fingerprint:",
    },
    "office_out.rotated": {
        "nl": "Nieuwe kaart van het meldpunt: {card} (bekrachtigd door sleutel {key_id})",
        "en": "New office card: {card} (endorsed by key {key_id})",
    },
    "office_out.new_fingerprint": {
        "nl": "  vingerafdruk {fingerprint}",
        "en": "  fingerprint {fingerprint}",
    },
    "office_out.previous_keys": {
        "nl": "Vorige sleutels bewaard in {folder}",
        "en": "Previous keys kept in {folder}",
    },
    "office_out.chain_written": {
        "nl": "Geef contactpersonen {card}. Wie een eerdere sleutelwissel heeft gemist, heeft "
              "{chain} nodig ({count} kaarten, de oudste eerst): intake-app office-card update "
              "leest het hele bestand in.",
        "en": "Hand liaisons {card}. Liaisons who missed an earlier rotation need {chain} "
              "({count} cards, oldest first): intake-app office-card update takes the whole "
              "file.",
    },
    # liaison add / list / revoke
    "office_out.liaison_fingerprint_question": {
        "nl": "Typ de vingerafdruk die de contactpersoon u voorleest:",
        "en": "Type the fingerprint the liaison reads out to you:",
    },
    "office_out.fingerprint_compared": {
        "nl": "  vingerafdruk {fingerprint}: komt overeen met wat de contactpersoon voorlas",
        "en": "  fingerprint {fingerprint}: matches what the liaison read out",
    },
    "office_out.liaison_registered": {
        "nl": "Contactpersoon {name} ({key_id}) ingeschreven.",
        "en": "Liaison {name} ({key_id}) registered.",
    },
    "office_out.liaison_was_registered": {
        "nl": "Contactpersoon {name} ({key_id}) was al ingeschreven.",
        "en": "Liaison {name} ({key_id}) was already registered.",
    },
    "office_out.liaison_active": {"nl": "actief", "en": "active"},
    "office_out.liaison_revoked_on": {"nl": "ingetrokken {date}", "en": "revoked {date}"},
    "office_out.liaison_row": {
        "nl": "{key_id}  {state}  toegevoegd {added}  {name}",
        "en": "{key_id}  {state}  added {added}  {name}",
    },
    # Review r7k R7K-5: which office card the liaison's latest bundle was sealed to.
    "office_out.liaison_sealed_to": {
        "nl": "    laatste bundel verzegeld voor meldpuntkaart {card}{which}",
        "en": "    latest bundle sealed to office card {card}{which}",
    },
    "office_out.liaison_no_bundle": {
        "nl": "    nog geen bundel geopend",
        "en": "    no bundle opened yet",
    },
    "office_out.liaison_sealed_unknown": {
        "nl": "    laatste bundel geopend voordat Seinpost bijhield voor welke kaart hij "
              "verzegeld was",
        "en": "    latest bundle opened before Seinpost kept which card it was sealed to",
    },
    "office_out.card_current": {"nl": " (de huidige)", "en": " (the current one)"},
    "office_out.card_retired": {
        "nl": " (INGETROKKEN: geef deze contactpersoon de huidige meldpuntkaart, "
              "office-chain.cards)",
        "en": " (RETIRED: give this liaison the current office card, office-chain.cards)",
    },
    "office_out.sealed_to_retired": {
        "nl": "{name} verzegelde deze bundel alleen voor de meldpuntsleutel die op {retired} "
              "is ingetrokken (kaart {key_id}): wie die oude sleutel heeft, kan deze signalen "
              "ook lezen. Geef deze contactpersoon de huidige meldpuntkaart (office.card, of "
              "office-chain.cards als er meer dan één wissel is gemist), in te lezen met "
              "intake-app office-card update.",
        "en": "{name} sealed this bundle only to the office key retired on {retired} (card "
              "{key_id}): whoever holds that old key can read these signals too. Give this "
              "liaison the current office card (office.card, or office-chain.cards if they "
              "missed more than one rotation), to take in with intake-app office-card update.",
    },
    "office_out.liaison_revoked": {
        "nl": "Contactpersoon {name} ({key_id}) ingetrokken op {date}.",
        "en": "Liaison {name} ({key_id}) revoked on {date}.",
    },
    # open, export, receipt
    "office_out.opening": {"nl": "Openen", "en": "Opening"},
    "office_out.not_opened": {
        "nl": "{files}: NIET GEOPEND: {reason}",
        "en": "{files}: NOT OPENED: {reason}",
    },
    "office_out.opened": {
        "nl": "{files}: bundel {bundle_id} van {name} ({key_id}), volgnummer {counter}: "
              "{stored} {stored:signaal|signalen} opgeslagen, {already} {already:was|waren} er "
              "al",
        "en": "{files}: bundle {bundle_id} from {name} ({key_id}), counter {counter}: "
              "{stored} {stored:signal|signals} stored, {already} already here",
    },
    "office_out.warning": {"nl": "  waarschuwing: {warning}", "en": "  warning: {warning}"},
    # open's warnings (office/bundle_checks.py, ingest.py): the English as it always was.
    "office_out.also_sealed_to": {
        "nl": "de signalen zijn ook verzegeld voor {others} {others:sleutel|sleutels} die niet "
              "van dit meldpunt {others:is|zijn}",
        "en": "the items were also sealed to {others} key(s) that are not this office's",
    },
    "office_out.counter_gap": {
        "nl": "gat: bundel {missing} van deze contactpersoon is hier niet geopend",
        "en": "gap: bundle(s) {missing} of this liaison have not been opened here",
    },
    "office_out.counter_gaps": {
        "nl": "gat: bundels {first} tot en met {last} van deze contactpersoon zijn hier niet "
              "geopend",
        "en": "gap: bundle(s) {first} to {last} of this liaison have not been opened here",
    },
    "office_out.counter_late": {
        "nl": "laat: bundel {counter} komt na bundel {highest}",
        "en": "late: bundle {counter} arrives after bundle {highest}",
    },
    "office_out.opened_before": {
        "nl": "deze bundel is al eerder geopend: er is niets opnieuw opgeslagen",
        "en": "this bundle was opened before: nothing was stored again",
    },
    "office_out.attachments_pending": {
        "nl": "bijlagen nog niet in de opslag ({reason}): ze worden op hun plaats gezet zodra "
              "de meldpuntdatabase weer opent",
        "en": "attachments not yet in the store ({reason}): they are put in place the next "
              "time the office database opens",
    },
    "office_out.receipt_error": {
        "nl": "{reason}; schrijf het opnieuw met `intake-office receipt {bundle_id} --liaison "
              "{key_id} --out BESTAND`",
        "en": "{reason}; write it again with `intake-office receipt {bundle_id} --liaison "
              "{key_id} --out FILE`",
    },
    "office_out.check_bundle": {"nl": "bundel", "en": "bundle"},
    "office_out.receipt_not_written": {
        "nl": "  ontvangstbewijs: NIET GESCHREVEN ({reason})",
        "en": "  receipt: NOT WRITTEN ({reason})",
    },
    "office_out.receipt_written": {
        "nl": "  ontvangstbewijs: {path}",
        "en": "  receipt: {path}",
    },
    "office_out.exported": {
        "nl": "{count} {count:signaal|signalen} geschreven naar {path}",
        "en": "{count} {count:signal|signals} written to {path}",
    },
    "office_out.receipt_again": {
        "nl": "Ontvangstbewijs voor bundel {bundle_id} geschreven naar {path}",
        "en": "Receipt for bundle {bundle_id} written to {path}",
    },
    # purge, settings
    "office_out.purged": {
        "nl": "{count} {count:signaal|signalen} ontvangen vóór {before} verwijderd "
              "(kwartalen: {quarters}) en {files} {files:bijlagebestand|bijlagebestanden}; "
              "hun aantallen blijven bewaard voor rapporten",
        "en": "removed {count} {count:signal|signals} received before {before} (quarters: "
              "{quarters}) and {files} attachment {files:file|files}; their counts are kept "
              "for reports",
    },
    "office_out.would_purge": {
        "nl": "zou {count} {count:signaal|signalen} ontvangen vóór {before} verwijderen "
              "(kwartalen: {quarters}) en {files} {files:bijlagebestand|bijlagebestanden}; "
              "hun aantallen blijven bewaard voor rapporten",
        "en": "would remove {count} {count:signal|signals} received before {before} "
              "(quarters: {quarters}) and {files} attachment {files:file|files}; their "
              "counts are kept for reports",
    },
    "office_out.no_quarters": {"nl": "geen", "en": "none"},
    "office_out.purge_question": {
        "nl": "{count:Dit signaal|Deze signalen} ({count}) en {count:zijn|hun} bijlagen "
              "voorgoed verwijderen?",
        "en": "Remove {count:this signal|these signals} ({count}) and {count:its|their} "
              "attachments for good?",
    },
    "office_out.nothing_purged": {
        "nl": "Er is niets verwijderd.",
        "en": "Nothing was removed.",
    },
    "office_out.retention": {
        "nl": "bewaartermijn: {quarters} {quarters:kwartaal|kwartalen}",
        "en": "retention: {quarters} {quarters:quarter|quarters}",
    },
    "office_out.retention_overdue": {
        "nl": "{count} {count:signaal is|signalen zijn} ontvangen vóór {before} en "
              "{count:valt|vallen} buiten de bewaartermijn; verwijder {count:het|ze} met: "
              "intake-office purge --db {db}",
        "en": "{count} {count:signal was|signals were} received before {before}, outside the "
              "retention period; remove {count:it|them} with: intake-office purge --db {db}",
    },
    "office_out.retention_not_set": {
        "nl": "bewaartermijn: niet ingesteld",
        "en": "retention: not set",
    },
}
