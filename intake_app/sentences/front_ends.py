"""Sentences only the two command lines and the window's start-up say (intake_app/cli/,
intake_app/app.py).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    # argparse's own usage messages (intake_app/cli/usage.py): the English is argparse's own
    # text, %-placeholders (argparse fills them) kept in both languages.
    "usage.line": {
        "nl": "{message} (zie --help)",
        "en": "{message} (see --help)",
    },
    "usage.argument": {
        "nl": "bij %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "usage.required": {
        "nl": "deze argumenten ontbreken: %s",
        "en": "the following arguments are required: %s",
    },
    "usage.unrecognized": {
        "nl": "onbekende argumenten: %s",
        "en": "unrecognized arguments: %s",
    },
    "usage.invalid_choice": {
        "nl": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "usage.invalid_value": {
        "nl": "ongeldige waarde voor %(type)s: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "usage.expected_one": {
        "nl": "hier hoort één waarde bij",
        "en": "expected one argument",
    },
    "usage.expected_at_most_one": {
        "nl": "hier hoort hoogstens één waarde bij",
        "en": "expected at most one argument",
    },
    "usage.expected_at_least_one": {
        "nl": "hier hoort minstens één waarde bij",
        "en": "expected at least one argument",
    },
    "usage.expected_n": {
        "nl": "hier horen %s waarden bij",
        "en": "expected %s arguments",
    },
    "usage.ambiguous": {
        "nl": "optie %(option)s is niet eenduidig: het kan %(matches)s zijn",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "usage.not_allowed_with": {
        "nl": "niet toegestaan samen met %s",
        "en": "not allowed with argument %s",
    },
    "usage.ignored_value": {
        "nl": "waarde %r genegeerd",
        "en": "ignored explicit argument %r",
    },
    "usage.one_of_required": {
        "nl": "een van deze argumenten is nodig: %s",
        "en": "one of the arguments %s is required",
    },
    # argparse's own words in `--help` (usage.MESSAGES): the English is argparse's own.
    "usage.help_usage": {"nl": "gebruik: ", "en": "usage: "},
    "usage.help_positional": {"nl": "argumenten", "en": "positional arguments"},
    "usage.help_options": {"nl": "opties", "en": "options"},
    "usage.help_help": {"nl": "toon deze hulp en stop", "en": "show this help message and exit"},
    "usage.help_version": {
        "nl": "toon het versienummer en stop", "en": "show program's version number and exit"},
    "usage.whole_number": {
        "nl": "dit moet een geheel getal zijn, zoals 5",
        "en": "this must be a whole number, like 5",
    },
    "cli.input": {
        "nl": "De opdracht mist iets wat ze nodig heeft; zie --help.",
        "en": "The command is missing something it needs; see --help.",
    },
    "app.qt_library_missing": {
        "nl": "Seinpost kan zijn venster niet openen: de systeembibliotheek {library} ontbreekt "
              "(installeer het pakket {package}, zie de README).",
        "en": "Seinpost cannot open its window: the system library {library} is missing "
              "(install the package {package}, see the README).",
    },
    "app.qt_library_missing_unknown": {
        "nl": "Seinpost kan zijn venster niet openen: de systeembibliotheek {library} ontbreekt "
              "(zie in de README welke pakketten het venster nodig heeft).",
        "en": "Seinpost cannot open its window: the system library {library} is missing "
              "(see the README for the packages the window needs).",
    },
    "app.no_display": {
        "nl": "Seinpost kan zijn venster niet openen: er is geen beeldscherm (geen grafische "
              "sessie). Start het vanuit je bureaublad, of gebruik intake-app COMMANDO.",
        "en": "Seinpost cannot open its window: there is no display (no graphical session). "
              "Start it from your desktop, or use intake-app COMMAND.",
    },
    "app.engines_not_loaded": {
        "nl": "Seinpost kon niet alles laden wat het nodig heeft om uw kluis te openen. Probeer "
              "het nog eens; lukt het dan niet, sluit Seinpost en start het opnieuw.",
        "en": "Seinpost could not load everything it needs to open your vault. Try again; if "
              "that fails, close Seinpost and start it again.",
    },
    "app.engines_slow": {
        "nl": "Seinpost heeft ongewoon lang nodig om klaar te zijn. Wacht nog even, of sluit "
              "Seinpost en start het opnieuw.",
        "en": "Seinpost is taking unusually long to get ready. Wait a little longer, or close "
              "Seinpost and start it again.",
    },
    "cli.warning": {
        "nl": "Waarschuwing: {line}",
        "en": "Warning: {line}",
    },
    "cli.identifier_hit": {
        "nl": "concept {draft_id}: {field} bevat mogelijk {kind} (tekens {start}-{end}); "
              "controleer dat voor het verzegelen",
        "en": "draft {draft_id}: {field} may contain {kind} (characters {start}-{end}); "
              "check it before sealing",
    },
    "cli.yes_no": {"nl": "[j/N]", "en": "[y/N]"},
    "cli.no_answer": {
        "nl": "Geen antwoord gegeven (einde van de invoer): er is niets veranderd.",
        "en": "No answer given (end of input): nothing was changed.",
    },
    "cli.name_needed": {
        "nl": "Geef de naam waaronder het meldpunt u kent, met --name \"…\" (hij komt op uw "
              "sleutelkaart): er is niets ingesteld.",
        "en": "Give the name the office knows you by, with --name \"…\" (it goes on your key "
              "card): nothing was set up.",
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
    "cli.passphrase_input_not_text": {
        "nl": "De wachtzin op de standaardinvoer is geen UTF-8-tekst; er is geen poging geteld. "
              "Sla haar op als UTF-8, of gebruik --passphrase-file.",
        "en": "The passphrase on standard input is not UTF-8 text; no attempt was counted. "
              "Save it as UTF-8, or use --passphrase-file.",
    },
    "cli.passphrases_differ": {
        "nl": "De twee wachtzinnen verschillen: er is niets ingesteld.",
        "en": "The two passphrases differ: nothing was set up.",
    },
    "cli.all_and_ids": {
        "nl": "Geef --all of codes, niet allebei.",
        "en": "Give either --all or ids, not both.",
    },
    "cli.duress_name_alone": {
        "nl": "Geef --duress-name alleen samen met --duress-passphrase-file.",
        "en": "Give --duress-name only with --duress-passphrase-file.",
    },
    "cli.unlisted_alone": {
        "nl": "Geef --unlisted zonder --all en zonder codes.",
        "en": "Give --unlisted without --all and without ids.",
    },
    "cli.liaison_fingerprint_mismatch": {
        "nl": "De cijfers komen niet overeen met de vingerafdruk op deze kaart: ze is niet "
              "geregistreerd. Vergelijk opnieuw met de contactpersoon; de kaart kan zijn "
              "verwisseld.",
        "en": "The digits do not match this card's fingerprint: it was not registered. Compare "
              "again with the liaison; the card may have been swapped.",
    },
    "cli.liaison_fingerprint_needed": {
        "nl": "Niet geregistreerd: zonder terminal kan niemand de vingerafdruk van deze kaart "
              "intypen. Vergelijk de vingerafdruk met de contactpersoon (telefoon of "
              "persoonlijk) en geef de cijfers die u hoorde mee met --fingerprint.",
        "en": "Not registered: without a terminal nobody can type this card's fingerprint. "
              "Compare the fingerprint with the liaison (by phone or in person) and give the "
              "digits you heard with --fingerprint.",
    },
    "cli.keyless_alone": {
        "nl": "Geef --keyless zonder --all, --unlisted en codes: het kopieert elk verzegeld "
              "bestand.",
        "en": "Give --keyless without --all, --unlisted and ids: it copies every sealed file.",
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
    "cli.seal_attachments_not_clean": {
        "nl": "Concept {draft_id}: bijlage {positions} wordt verzegeld met verborgen gegevens "
              "die iemand herkenbaar kunnen maken (zie hierboven).",
        "en": "Draft {draft_id}: attachment {positions} will be sealed with hidden data that "
              "may identify someone (see above).",
    },
    "cli.wipe_after_value": {
        "nl": "--wipe-after neemt een aantal pogingen of 'off'.",
        "en": "--wipe-after takes a number of attempts or 'off'.",
    },
    "cli.no_such_bundle": {
        "nl": "Bundel {bundle_id} is niet in deze database geopend.",
        "en": "No bundle {bundle_id} has been opened into this database.",
    },
}
