"""Help texts of `intake-office` and its commands (intake_app/cli/office*.py), as `--help` shows
them in the command's language (`cli/usage.py`, `help_text`). The English is the text the help
always had. No "%" (argparse formats help texts with it).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

_HELP: dict[str, tuple[str, str]] = {
    "tool": ("Meldpuntgereedschap van Seinpost.", "Seinpost office tool."),
    "passphrase_file": ("lees de wachtzin uit de eerste regel van FILE in plaats van ernaar te "
                        "vragen",
                        "read the passphrase from the first line of FILE instead of asking"),
    "keygen": ("maak de sleutels van het meldpunt en de openbare meldpuntkaart",
               "create the office keys and the public office card"),
    "keys_out": ("map voor de sleutels", "folder for the keys"),
    "card_name": ("weergavenaam op de meldpuntkaart", "display name on the office card"),
    "card": ("werk met sleutelkaarten", "work with key cards"),
    "card_show": ("toon een kaart en haar vingerafdruk om voor te lezen",
                  "show a card and its fingerprint for reading aloud"),
    "rotate": ("nieuwe meldpuntsleutels, bekrachtigd door de huidige ondertekensleutel",
               "new office keys, endorsed by the current signing key"),
    "keys": ("de map met de sleutels", "the keys folder"),
    "rotate_name": ("weergavenaam op de nieuwe kaart (standaard: de huidige houden)",
                    "display name on the new card (default: keep the current)"),
    "db": ("de meldpuntdatabase", "the office database"),
    "db_create": ("de meldpuntdatabase (aangemaakt waar geen bestand is)",
                  "the office database (created where no file is)"),
    "liaison": ("het register van contactpersonen van wie bundels worden aangenomen",
                "the registry of liaisons whose bundles are accepted"),
    "liaison_add": ("registreer een contactpersoon met diens sleutelkaart",
                    "register a liaison from its key card"),
    "fingerprint": ("de vingerafdruk die de contactpersoon je voorlas: de kaart wordt alleen "
                    "geregistreerd als die klopt (op een terminal gevraagd als hij niet is "
                    "gegeven; zonder terminal verplicht)",
                    "the fingerprint the liaison read out to you: the card is registered only "
                    "if it matches (asked for when not given, on a terminal; required "
                    "without one)"),
    "liaison_list": ("toon de geregistreerde contactpersonen, en voor welke meldpuntkaart de "
                     "laatste bundel van elk verzegeld was",
                     "list registered liaisons, and the office card each one's latest bundle "
                     "was sealed to"),
    "liaison_list_keys": ("de map met de sleutels: zeg ook of die kaart de huidige is of "
                          "ingetrokken (geen wachtzin nodig)",
                          "the keys folder: also say whether that card is the current one or "
                          "retired (no passphrase needed)"),
    "liaison_revoke": ("weiger alle verdere bundels van een contactpersoon",
                       "refuse all further bundles of a liaison"),
    "key_id": ("sleutel-id (of de eerste 8 of meer hexadecimale cijfers)",
               "key id (or its first 8+ hex digits)"),
    "check": ("controleer of bundels compleet en onbeschadigd zijn aangekomen (zonder "
              "sleutels)", "check bundles arrived complete and undamaged (no keys)"),
    "open": ("controleer bundels, sla hun signalen op, schrijf ontvangstbewijzen",
             "verify bundles, store their signals, write receipts"),
    "open_bundles": ("bundelbestanden; geef alle delen van een gesplitste bundel",
                     "bundle files; give all parts of a split bundle"),
    "open_receipts": ("waar de ontvangstbewijzen komen (standaard: receipts/ naast de "
                      "database)",
                      "where to write receipts (default: receipts/ next to the database)"),
    "export": ("de ingelezen signalen voor analisten", "the ingested signals for analysts"),
    "receipt": ("schrijf het ondertekende ontvangstbewijs van een geopende bundel opnieuw",
                "write the signed receipt of an opened bundle again"),
    "receipt_liaison": ("de sleutel-id van de contactpersoon, als twee contactpersonen "
                        "dezelfde bundel-id gebruikten",
                        "the liaison's key id, when two liaisons used the same bundle id"),
    "receipt_keys": ("onderteken opnieuw met de huidige meldpuntsleutel (na een wissel)",
                     "re-sign with the current office key (after a rotation)"),
    "report": ("schrijf het beschermde fenomeenbeeld van één kwartaal",
               "write the protected phenomenon picture of one quarter"),
    "report_about": ("Schrijf het beschermde fenomeenbeeld van één kwartaal. Een rapport legt "
                     "de drempel en de bescherming van zijn kwartaal en van elk kwartaal van "
                     "zijn trend voorgoed vast: latere rapporten herhalen ze, en een trend over "
                     "kwartalen die met andere instellingen zijn gepubliceerd wordt geweigerd. "
                     "Kies ze vóór het eerste rapport.",
                     "Write the protected phenomenon picture of one quarter. A report fixes "
                     "the threshold and protection of its quarter and of every quarter of its "
                     "trend for good: later reports repeat them, and a trend over quarters "
                     "published with other settings is refused. Choose them before the first "
                     "report."),
    "period": ("het kwartaal, bijvoorbeeld 2026-Q3", "the quarter, e.g. 2026-Q3"),
    "compare": ("kwartalen ervoor in de trend (standaard {default})",
                "quarters before it in the trend (default {default})"),
    "threshold": ("onderdruk aantallen onder N (standaard {default}, minstens {least}; een "
                  "eerder gepubliceerd kwartaal houdt het zijne)",
                  "suppress counts below N (default {default}, at least {least}; a quarter "
                  "published before keeps its own)"),
    "protection": ("breedte die het interval van elke onderdrukte cel moet overschrijden "
                   "(standaard en minimaal: N; hoogstens 2N - 4, dus 5 tot 6 bij N 5)",
                   "width every suppressed cell's interval must exceed (default and least: "
                   "N; at most 2N - 4, so 5 to 6 for N 5)"),
    "report_out": ("map voor de bestanden", "folder for the files"),
    "report_lang": ("taal van het rapport en van elke melding (standaard: nl voor het "
                    "rapport, die van de terminal voor meldingen)",
                    "language of the report and of every message (default: nl for the "
                    "report, the terminal's for messages)"),
    "purge": ("verwijder oude signalen en hun bijlagen voorgoed",
              "remove old signals and their attachments for good"),
    "older_than": ("verwijder signalen die vóór dit kwartaal zijn ontvangen (2026-Q1; "
                   "uiterlijk het lopende kwartaal) of meer dan N kwartalen geleden (8q); "
                   "standaard: de bewaartermijn",
                   "remove signals received before this quarter (2026-Q1; at latest the "
                   "quarter running now) or more than N quarters ago (8q); default: the "
                   "retention setting"),
    "dry_run": ("zeg alleen wat verwijderd zou worden", "only say what would be removed"),
    "yes": ("verwijder zonder te vragen (op een terminal zegt purge eerst wat zou verdwijnen "
            "en vraagt het)",
            "remove without asking (on a terminal purge first says what would go and asks)"),
    "lang": ("taal van elke melding (standaard: die van de terminal)",
             "language of every message (default: the terminal's)"),
    "settings": ("toon of stel de bewaartermijn van het meldpunt in",
                 "show or set the office's retention period"),
    "retention": ("bewaar signalen zoveel kwartalen, daarna verwijdert `purge` ze",
                  "keep signals this many quarters, then `purge` removes them"),
}

SENTENCES: dict[str, dict[str, str]] = {
    f"office_help.{name}": {"nl": nl, "en": en} for name, (nl, en) in _HELP.items()
}
