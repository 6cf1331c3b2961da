"""The code lists of a signal: stable codes for analysis, English and Dutch labels for people.

A signal stores codes, never display text, so that the office's phenomenon picture does not depend
on the language the liaison's screen was in. The vocabulary follows the Dutch government's letters
on ongewenste buitenlandse inmenging (OBI): intimidatie, diasporabelasting, informanten,
druk op familie in het land van herkomst, consulaire activiteiten zonder toestemming, heimelijke
beïnvloeding, desinformatie, digitale aanvallen.

Codes are lowercase ASCII (snake_case), with three exceptions that follow an outside standard:
provinces use ISO 3166-2 in lowercase (``nl-zh``), countries use ISO 3166-1 alpha-2 in capitals
(``TR``), and the liaison's assessment uses the Admiralty code (``A``–``F``, ``1``–``6``).
Codes are never renamed or reused: a new meaning gets a new code.
"""

from __future__ import annotations

from collections.abc import Mapping

from intake_app.domain.countries import COUNTRIES
from intake_app.errors import SeinpostError

# list name -> code -> (English, Dutch). Insertion order is the order a form shows them in.
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "category": {
        "intimidation": ("Intimidation or threats", "Intimidatie of bedreiging"),
        "diaspora_tax": (
            'Coerced payments ("diaspora tax")',
            "Afgedwongen betalingen (diasporabelasting)",
        ),
        "informants_surveillance": (
            "Informants or surveillance of the community",
            "Informanten of het bespieden van de gemeenschap",
        ),
        "family_pressure": (
            "Pressure on family in the country of origin",
            "Druk op familie in het land van herkomst",
        ),
        "consular_activity": (
            "Consular activity without permission",
            "Consulaire activiteiten zonder toestemming",
        ),
        "organisation_influence": (
            "Influence over or financing of community, religious or student organisations",
            "Beïnvloeding of financiering van maatschappelijke, religieuze of "
            "studentenorganisaties",
        ),
        "approach_officials": (
            "Approaches to politicians or officials",
            "Benadering van politici of ambtenaren",
        ),
        "disinformation": ("Disinformation", "Desinformatie"),
        "digital_attack": (
            "Hacking or other digital attacks",
            "Hacken of andere digitale aanvallen",
        ),
        "covert_influence": ("Other covert influence", "Overige heimelijke beïnvloeding"),
        "other_repression": ("Other transnational repression", "Overige transnationale repressie"),
        "other": (
            "Other unwanted foreign interference",
            "Overige ongewenste buitenlandse inmenging",
        ),
    },
    "target": {
        "individual": ("An individual", "Een individu"),
        "family": ("A family", "Een familie of gezin"),
        "community_organisation": ("A community organisation", "Een maatschappelijke organisatie"),
        "religious_organisation": ("A religious organisation", "Een religieuze organisatie"),
        "student_organisation": ("A student organisation", "Een studentenorganisatie"),
        "politician_official": (
            "A politician or public official",
            "Een politicus of ambtenaar",
        ),
        "journalist": ("A journalist", "Een journalist"),
        "business": ("A business", "Een bedrijf"),
        "other": ("Other", "Anders"),
    },
    "channel": {
        "in_person": ("In person", "Persoonlijk"),
        "phone": ("Phone call", "Telefoongesprek"),
        "messaging_app": ("Messaging app", "Berichtenapp"),
        "social_media": ("Social media", "Sociale media"),
        "email": ("E-mail", "E-mail"),
        "letter": ("Letter or parcel", "Brief of pakket"),
        "via_family_abroad": ("Through family abroad", "Via familie in het buitenland"),
        "via_organisation": ("Through an organisation", "Via een organisatie"),
        "other": ("Other", "Anders"),
    },
    "place_kind": {
        "municipality": ("A municipality", "Een gemeente"),
        "province": ("A province", "Een provincie"),
        "online": ("Online", "Online"),
        "abroad": ("Abroad", "In het buitenland"),
    },
    # ISO 3166-2:NL, lowercased.
    "province": {
        "nl-dr": ("Drenthe", "Drenthe"),
        "nl-fl": ("Flevoland", "Flevoland"),
        "nl-fr": ("Friesland", "Fryslân"),
        "nl-ge": ("Gelderland", "Gelderland"),
        "nl-gr": ("Groningen", "Groningen"),
        "nl-li": ("Limburg", "Limburg"),
        "nl-nb": ("North Brabant", "Noord-Brabant"),
        "nl-nh": ("North Holland", "Noord-Holland"),
        "nl-ov": ("Overijssel", "Overijssel"),
        "nl-ut": ("Utrecht", "Utrecht"),
        "nl-ze": ("Zeeland", "Zeeland"),
        "nl-zh": ("South Holland", "Zuid-Holland"),
    },
    "impact": {
        "fear_for_safety": ("Fear for own safety", "Angst voor de eigen veiligheid"),
        "fear_for_family": ("Fear for family", "Angst voor familie"),
        "self_censorship": ("Self-censorship", "Zelfcensuur"),
        "withdrawal": (
            "Withdrawal from community or public life",
            "Terugtrekken uit de gemeenschap of het openbare leven",
        ),
        "financial_harm": ("Financial harm", "Financiële schade"),
        "physical_harm": ("Physical harm", "Lichamelijk letsel"),
        "digital_compromise": (
            "Accounts or devices compromised",
            "Accounts of apparaten gehackt",
        ),
        "loss_of_trust": (
            "Loss of trust within the community",
            "Verlies van vertrouwen binnen de gemeenschap",
        ),
        "other": ("Other", "Anders"),
        "none_known": ("No impact known (yet)", "(Nog) geen gevolgen bekend"),
    },
    "urgency": {
        "low": ("Low", "Laag"),
        "medium": ("Medium", "Gemiddeld"),
        "high": ("High", "Hoog"),
        "immediate_danger": ("Immediate danger", "Acuut gevaar"),
    },
    "anonymity": {
        "anonymous": (
            "Anonymous: not known to the liaison either",
            "Anoniem: ook voor de contactpersoon onbekend",
        ),
        "known_to_liaison": (
            "Known only to the liaison",
            "Alleen bekend bij de contactpersoon",
        ),
        "identifiable_with_consent": (
            "Identifiable, with the reporter's consent",
            "Herleidbaar, met toestemming van de melder",
        ),
    },
    # With whom the office may share the signal. "office_only" excludes every other code.
    "consent": {
        "office_only": ("Central office only", "Alleen het centrale meldpunt"),
        "police": ("Police", "Politie"),
        "security_services": ("AIVD or other security services", "AIVD of andere diensten"),
        "municipality": ("Municipality", "Gemeente"),
        "researchers": ("Researchers", "Onderzoekers"),
        # Not a recipient: the reporter does not want the signal counted in the office's
        # periodic phenomenon picture. Combines with every other consent code.
        "no_analysis": (
            "Not counted in the office's phenomenon picture",
            "Niet meetellen in het fenomeenbeeld van het meldpunt",
        ),
    },
    "reported_elsewhere": {
        "no": ("No", "Nee"),
        "police": ("Yes, to the police", "Ja, bij de politie"),
        "municipality": ("Yes, to the municipality", "Ja, bij de gemeente"),
        "other": ("Yes, elsewhere", "Ja, elders"),
        "unknown": ("Unknown", "Onbekend"),
    },
    # Admiralty code (NATO AJP-2.1), with its standard English meanings.
    "source_reliability": {
        "A": ("Completely reliable", "Volledig betrouwbaar"),
        "B": ("Usually reliable", "Meestal betrouwbaar"),
        "C": ("Fairly reliable", "Redelijk betrouwbaar"),
        "D": ("Not usually reliable", "Meestal niet betrouwbaar"),
        "E": ("Unreliable", "Onbetrouwbaar"),
        "F": ("Reliability cannot be judged", "Betrouwbaarheid niet te beoordelen"),
    },
    "information_credibility": {
        "1": ("Confirmed by other sources", "Bevestigd door andere bronnen"),
        "2": ("Probably true", "Waarschijnlijk waar"),
        "3": ("Possibly true", "Mogelijk waar"),
        "4": ("Doubtful", "Twijfelachtig"),
        "5": ("Improbable", "Onwaarschijnlijk"),
        "6": ("Truth cannot be judged", "Waarheid niet te beoordelen"),
    },
    "actor": {"unknown": ("Unknown", "Onbekend"), **COUNTRIES},
    "country": COUNTRIES,
    # Set by media cleaning (ARCHITECTURE.md "The sealed item"); kebab-case there.
    "cleaning": {
        "cleaned": ("Metadata removed", "Metadata verwijderd"),
        "partly-cleaned": ("Metadata removed, except what its warnings name",
                           "Metadata verwijderd, behalve wat de waarschuwingen noemen"),
        "original-kept": ("Original kept as evidence", "Origineel bewaard als bewijs"),
        "not-cleanable": ("Could not be cleaned", "Kon niet worden opgeschoond"),
    },
}

UNKNOWN_ACTOR = "unknown"
OFFICE_ONLY = "office_only"
NO_ANALYSIS = "no_analysis"
NO_IMPACT_KNOWN = "none_known"

# Codes that must stand alone in a set-valued field.
EXCLUSIVE_CODES: Mapping[str, str] = {"consent": OFFICE_ONLY, "impact": NO_IMPACT_KNOWN}
# Codes that may stand beside an exclusive code all the same.
BESIDE_EXCLUSIVE: Mapping[str, frozenset[str]] = {"consent": frozenset({NO_ANALYSIS})}

LANGUAGES = ("en", "nl")


class UnknownCodeError(SeinpostError):
    """A list name, code or language that the taxonomy does not have."""

    code = "taxonomy.unknown_code"


def codes(list_name: str) -> tuple[str, ...]:
    """The codes of one list, in display order."""
    try:
        return tuple(LABELS[list_name])
    except KeyError:
        raise UnknownCodeError("unknown code list") from None


def is_code(list_name: str, code: object) -> bool:
    """True if `code` is a code of the list `list_name` (no error for unknown lists)."""
    return isinstance(code, str) and code in LABELS.get(list_name, {})


def label(list_name: str, code: str, lang: str = "en") -> str:
    """The display label of a code in English ("en") or Dutch ("nl")."""
    if lang not in LANGUAGES:
        raise UnknownCodeError("unknown language")
    try:
        english, dutch = LABELS[list_name][code]
    except KeyError:
        raise UnknownCodeError("unknown code") from None
    return english if lang == "en" else dutch
