"""The report's own words in Dutch and English, and labels for every row and column code."""

from __future__ import annotations

from intake_app.domain import places, taxonomy
from intake_app.office.report.tables import TOTAL
from intake_app.sentences import plural

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Fenomeenbeeld ongewenste buitenlandse inmenging",
              "en": "Phenomenon picture: unwanted foreign interference"},
    "subtitle": {"nl": "Signalen ontvangen in {period}", "en": "Signals received in {period}"},
    "intro": {
        "nl": "Dit overzicht telt de signalen die het centrale meldpunt in deze periode ontving, "
              "naar vermoedelijke statelijke actor, doel en werkwijze, doelwit, kanaal, plaats, "
              "gevolgen en urgentie. Er staan alleen aantallen in; kleine aantallen zijn "
              "afgeschermd zodat geen melder herkenbaar is.",
        "en": "This overview counts the signals the central office received in this period, by "
              "suspected state actor, aim and modus operandi, target, channel, place, impact and "
              "urgency. It holds counts only; small counts are hidden so that no reporter can be "
              "singled out."},
    "legend": {
        "nl": "· = afgeschermd: een aantal van 1 tot en met {below}, het totaal van "
              "‘Overige actoren’ en dat van de actor erboven (altijd samen afgeschermd), een 0 "
              "die iets zou verraden, een aantal dat een van die cellen afschermt, of elk "
              "aantal van een kwartaal met te weinig signalen. – = geen eigen rij in dat "
              "kwartaal, geteld onder ‘Overige actoren’: 0 tot en met {fold_max} signalen; "
              "tot en met {pair_max} voor een actor die na de laatste eigen rij van dat "
              "kwartaal komt; tot het totaal van het kwartaal als geen actor een eigen rij "
              "heeft. 0 = geen signalen.",
        "en": "· = not published: a count from 1 to {below}, the ‘Other actors’ total and "
              "the total of the actor above it (always hidden together), a 0 that would give "
              "something away, a count hidden to protect one of those, or any count of a "
              "quarter with too few signals. – = no row of its own that quarter, counted "
              "under ‘Other actors’: 0 to {fold_max} signals; up to {pair_max} for an actor "
              "that comes after the last actor row of that quarter; up to the total of the "
              "quarter where no actor has a row of its own. 0 = no signals."},
    "fewer_than": {"nl": "minder dan {n}", "en": "fewer than {n}"},
    "methods": {"nl": "Werkwijze", "en": "Methods"},
    "m_period": {"nl": "Periode: {period} (ontvangstdatum bij het meldpunt, UTC); trend over "
                       "{first} tot en met {period}.",
                 "en": "Period: {period} (date the office received the signal, UTC); trend "
                       "over {first} to {period}."},
    "m_count": {"nl": "Geteld: {analysed} {analysed:signaal|signalen}. Weggelaten omdat de "
                      "melder geen toestemming gaf voor analyse: {excluded}.",
                "en": "Counted: {analysed} {analysed:signal|signals}. Left out because the "
                      "reporter did not consent to analysis: {excluded}."},
    "m_suppress": {
        "nl": "Afscherming zoals bij statistiekbureaus: cellen met 1 tot en met {below} "
              "signalen "
              "zijn primair afgeschermd, net als nullen die iets zouden verraden (alle "
              "signalen van een actor in één categorie, of alle signalen met één waarde); "
              "daarna andere cellen (secundair): in een tabel van één kenmerk de hele vaste "
              "groep van de kleine rij (rijen per drie op volgorde, de laatste vier of vijf "
              "samen; bij vermeldingen ook het totaal; de hele tabel als dat niet genoeg "
              "ruimte laat, ook voor wie één afgeschermde rij helemaal kent of eigen "
              "signalen in de andere heeft, of als een "
              "afgeschermde rij meer heeft dan die lezer toelaat), in de tabel "
              "actor × categorie "
              "de rijen rond de kleine cellen (elke rij met een cel onder {threshold} in een "
              "categorie met signalen, met de rij ernaast als die de enige is; de rij van "
              "‘Overige actoren’ altijd met die van de actor erboven en hun totalen; alle "
              "cellen binnen de tabel als minder dan drie categorieën signalen hebben; de "
              "totalen per actor blijven, die per categorie ook, behalve als er een van 1 tot "
              "en met {protection} is, als minder dan drie rijen afgeschermd zijn, of als de "
              "afgeschermde rijen er minder dan {least} van hebben boven het totaal van één "
              "van hen), altijd naar plaats en "
              "nooit naar de afgeschermde aantallen, zodat geen afgeschermde cel uit totalen, "
              "trend of eerdere rapporten is af te leiden. Een lineair programma controleert "
              "voor elke afgeschermde cel, primair en secundair, dat "
              "alle gepubliceerde getallen samen er meer dan {protection} mogelijke waarden "
              "voor openlaten. Afgeschermd: {hidden} {hidden:cel|cellen} (of een afgeschermde "
              "cel klein is, staat nergens: dat zou het verraden).",
        "en": "Protection as statistics offices do it: cells with 1 to {below} signals are "
              "suppressed (primary), and so are zeros that would give something away (every "
              "signal of an actor in one category, or every signal with one value); then "
              "other cells (secondary): in a table of one variable the whole fixed group of "
              "the small row (rows in threes in order, the last four or five together; for "
              "mentions the total too; the whole table where that leaves too little room, "
              "also for a reader who knows one hidden row whole or has signals of their own "
              "in the others, or where a hidden row holds "
              "more than that reader allows), in the actor × category "
              "table "
              "the rows around the small cells (every row with a cell under {threshold} in "
              "a category that has signals, with the row beside it where it is the only one; "
              "the ‘Other actors’ row always with the actor row above it and their totals; "
              "every cell inside the table where fewer than three categories have signals; "
              "the actor totals stay, and the category totals unless one of them is from 1 "
              "to {protection}, fewer than three rows are hidden, or the hidden rows hold "
              "fewer than {least} of one beyond the total of one of them), always by "
              "position and never by the hidden "
              "counts, so that no suppressed cell can be worked out from "
              "totals, the trend or earlier reports. A linear program checks for every "
              "suppressed cell, primary and secondary, that all published numbers "
              "together leave more than {protection} possible values for it. Suppressed: "
              "{hidden} {hidden:cell|cells} (whether a suppressed cell is small is not said "
              "anywhere: that would give it away)."},
    "m_repeat": {
        "nl": "Elk kwartaal wordt één keer afgeschermd en daarna overal precies zo herhaald.",
        "en": "Each quarter is protected once and then repeated exactly so everywhere."},
    "m_other": {"nl": "Actoren met minder dan {fold} signalen in een kwartaal tellen daar "
                      "als ‘Overige actoren’ (in de trend: –), zodat ook een – meer dan "
                      "{protection} mogelijke waarden openlaat. De totalen van ‘Overige "
                      "actoren’ en van de actor direct erboven zijn altijd samen afgeschermd; "
                      "zouden die twee samen minder dan {pair} signalen hebben, dan telt die "
                      "actor ook onder ‘Overige actoren’ (en zo verder naar boven), zodat elk "
                      "van beide meer dan {protection} mogelijke waarden openlaat.",
                "en": "Actors with fewer than {fold} signals in a quarter count there as "
                      "‘Other actors’ (in the trend: –), so that a – too leaves more than "
                      "{protection} possible values. The totals of ‘Other actors’ and of the "
                      "actor just above it are always hidden together; where those two would "
                      "hold fewer than {pair} signals together, that actor counts under "
                      "‘Other actors’ too (and so on upwards), so that each of them leaves "
                      "more than {protection} possible values."},
    "m_excluded": {"nl": "Het aantal weggelaten signalen staat er precies vanaf {fold}; "
                         "daaronder staat ‘minder dan {fold}’.",
                   "en": "The number left out is given exactly from {fold} on; below that "
                         "the report says ‘fewer than {fold}’."},
    "m_mentions": {"nl": "Een signaal kan meer doelwitten en gevolgen noemen; die tabellen "
                         "tellen vermeldingen.",
                   "en": "A signal can name several targets and impacts; those tables count "
                         "mentions."},
    "m_places": {"nl": "Gemeenten zijn opgeteld per provincie volgens de officiële lijst "
                       "({source}); een plaats die daar niet op staat telt als onbekend.",
                 "en": "Municipalities roll up to provinces by the official list ({source}); a "
                       "place not on it counts as unknown."},
    "m_grades": {"nl": "Beoordeling van bron en informatie door de contactpersoon "
                       "(Admiralty-code A–F en 1–6): zie de laatste twee tabellen.",
                 "en": "The liaison's assessment of source and information (Admiralty code A–F "
                       "and 1–6): see the last two tables."},
    "too_few": {"nl": "Te weinig signalen in deze periode om iets te publiceren.",
                "en": "Too few signals in this period to publish anything."},
    "total": {"nl": "Totaal", "en": "Total"},
    "chart_title": {"nl": "Trend per actor (signalen per kwartaal)",
                    "en": "Trend per actor (signals per quarter)"},
    "chart_note": {"nl": "Een onderbroken lijn: dat kwartaal is afgeschermd of geteld onder "
                         "‘Overige actoren’.",
                   "en": "A broken line: that quarter is suppressed or counted under ‘Other "
                         "actors’."},
    "category_key": {"nl": "Kolommen", "en": "Columns"},
}

TABLE_TITLES: dict[str, dict[str, str]] = {
    "actor_category": {"nl": "Actor × doel en werkwijze", "en": "Actor × aim and modus operandi"},
    "trend": {"nl": "Trend per actor", "en": "Trend per actor"},
    "target": {"nl": "Doelwit (vermeldingen)", "en": "Target type (mentions)"},
    "channel": {"nl": "Kanaal", "en": "Channel"},
    "region": {"nl": "Provincie, buitenland, online", "en": "Province, abroad, online"},
    "impact": {"nl": "Gevolgen (vermeldingen)", "en": "Impact (mentions)"},
    "urgency": {"nl": "Urgentie", "en": "Urgency"},
    "source_reliability": {"nl": "Betrouwbaarheid van de bron (A–F)",
                           "en": "Source reliability (A–F)"},
    "information_credibility": {"nl": "Geloofwaardigheid van de informatie (1–6)",
                                "en": "Information credibility (1–6)"},
}

_REGION = {places.ABROAD: ("Abroad", "Buitenland"), places.ONLINE: ("Online", "Online"),
           places.UNKNOWN: ("Unknown", "Onbekend")}
_ROW_LISTS = {"actor_category": "actor", "trend": "actor", "target": "target",
              "channel": "channel", "impact": "impact", "urgency": "urgency",
              "source_reliability": "source_reliability",
              "information_credibility": "information_credibility"}


def text(key: str, lang: str, **values: object) -> str:
    """One of the report's sentences in `lang`, filled in (a `{n:one|other}` word form by
    the count: `sentences.plural`)."""
    return plural.fill(TEXTS[key][lang], lang, values)


def row_label(table: str, code: str, lang: str) -> str:
    """The label of a row code of `table` in `lang` ("Total" for the total row)."""
    if code == TOTAL:
        return TEXTS["total"][lang]
    if table == "region":
        if code in _REGION:
            english, dutch = _REGION[code]
            return english if lang == "en" else dutch
        return taxonomy.label("province", code, lang)
    if code == "other_actors":
        return "Other actors" if lang == "en" else "Overige actoren"
    list_name = _ROW_LISTS[table]
    if list_name in ("source_reliability", "information_credibility"):
        return f"{code} – {taxonomy.label(list_name, code, lang)}"
    return taxonomy.label(list_name, code, lang)


def category_label(code: str, lang: str) -> str:
    """The label of a category code (the actor table's columns)."""
    return TEXTS["total"][lang] if code == TOTAL else taxonomy.label("category", code, lang)
