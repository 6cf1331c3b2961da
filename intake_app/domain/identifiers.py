"""Point out what could identify a person in free text, before a signal is sealed.

The liaison decides what to do with each hit; nothing is removed here. Kinds: phone numbers,
e-mail addresses, IBANs (mod-97 checked), Dutch postcodes with a house number, street names with a
house number (also "Van Goghweg 12", "Laan van Nieuw Oost-Indië 12", "Oudegracht 45bis",
"Kanaalstraat 3 hs"), a Dutch postcode alone (about twenty addresses share one), BSN-like numbers
(passing the elfproef), passport and identity card numbers (the Dutch document number's form,
or any number after "paspoort", "ID-kaart", "passport" ...), Dutch licence plates (the RDW's
side codes: three groups of letters or digits, six characters), a date of birth (a date or year
after "geboren", "geb.", "born", "date of birth" ...; other dates are the signal's own), links to
personal profiles and social-media handles ("@naam_123"). Review r12ac, 8: the scan said nothing
of a postcode alone, a passport, a plate or a date of birth.

Every pattern is bounded (no unbounded repetition, no nested quantifiers that can overlap), so the
scan stays linear in the length of the text even for hostile input, and the candidates are then
checked in plain Python. A hit carries only its kind and position, never the matched text, so it is
safe to log or to put in an exception.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from intake_app.domain.countries import COUNTRIES
from intake_app.errors import ContractError

KINDS = (
    "phone",
    "email",
    "iban",
    "nl_postcode_house_number",
    "street_house_number",
    "bsn_like",
    "personal_profile_url",
    "social_handle",
    "nl_postcode",
    "id_document_number",
    "licence_plate",
    "date_of_birth",
)

# Where two hits overlap, the earlier kind in this order wins (an IBAN is not also a phone).
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "personal_profile_url",
            "email",
            "iban",
            "phone",
            "date_of_birth",
            "id_document_number",
            "nl_postcode_house_number",
            "street_house_number",
            "nl_postcode",
            "bsn_like",
            "licence_plate",
            "social_handle",
        )
    )
}


@dataclass(frozen=True, order=True)
class IdentifierHit:
    """Where something identifying was found: text[start:end] is the hit."""

    start: int
    end: int
    kind: str

    def __repr__(self) -> str:  # explicit: a hit must never show the text it points at
        return f"IdentifierHit(kind={self.kind!r}, start={self.start}, end={self.end})"


_PROFILE_URL = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.|m\.|mobile\.)?"
    r"(?:(?:facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|t\.me|telegram\.me"
    r"|vk\.com|wa\.me)/|(?:tiktok\.com|youtube\.com|threads\.net)/@|linkedin\.com/in/"
    r"|snapchat\.com/add/)"
    # t.me/name, facebook.com/profile.php?id=123, wa.me/31612345678, tiktok.com/@name
    r"(?P<path>[\w.%@+-]{1,100})(?P<query>\?id=\d{1,20})?",
    re.IGNORECASE,
)
# First path parts that are pages of the site, not a person.
_NOT_A_PROFILE = frozenset(
    "about help login share sharer sharer.php home explore search settings policies privacy "
    "terms hashtag intent i groups pages events watch reel reels p tv stories joinchat "
    "legal jobs business ads".split()
)

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])"
)

# An IBAN: country, check digits, then 10-30 letters or digits, maybe in groups of four.
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}")
_IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24, "TR": 26,
}  # fmt: skip

# Digits with single separators, an optional leading + or 00, and (0) or (010) style brackets.
_PHONE = re.compile(r"(?<![\w+/.-])\+?\(?\d(?:[ .\-/]?\(?\d\)?){6,18}(?![\w])")

# A handle as Instagram, TikTok, X and Telegram write it: @, then 2-30 letters, digits, _ or .,
# with at least one letter, not ending in a dot, and not the @ inside an e-mail address.
_HANDLE = re.compile(r"(?<![\w.@/+-])@(?=[\w.]{0,29}[^\W\d_])\w[\w.]{0,28}\w(?![\w@])")

# What may follow a house number: "12a", "12 a", "12-A", "45bis", "45-bis", "3 hs", "7 huis",
# "9-II", "50-2". Each alternative ends at a word boundary, so "3 hsl" or "45 bisschop" stop at 3.
_HOUSE_NUMBER_TAIL = (
    r"(?:(?: ?- ?| )?(?:bis|ter|hs|huis|bg|boven|[a-zA-Z]|I{1,3}|IV)(?![\w])"
    r"| ?- ?\d{1,4}(?![\w])|(?![\w]))"
)

_POSTCODE_HOUSE = re.compile(
    r"(?<![\w])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\w])[ ,]{0,3}(?:nr\.? ?)?\d{1,5}"
    + _HOUSE_NUMBER_TAIL
)

# Not "dam", "veld", "hoven": Amsterdam, Barneveld and Eindhoven are places, not streets.
_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|dijk|plantsoen|markt|pad|hof"
    r"|baan|wal|park|burgwal|boulevard|allee)"
)
_PARTICLE = r"(?:van|der|de|den|het|op|ten|ter|'t|la|le)"
# Capitalised words that begin a sentence or a place phrase, not a street's name: "In
# Kanaalstraat 3" points at "Kanaalstraat 3" only.
_NOT_A_NAME_WORD = (
    r"(?!(?:In|Op|Aan|Bij|Naar|Uit|Via|Over|Langs|Voor|Naast|Tegenover|Toen|En|Of|Maar|Dan"
    r"|Het|Een|Ik|Hij|Zij|Ze|We|Wij|On|At|To|From|Near|The|And|He|She|They|I)\b)"
)
_STREET_HOUSE = re.compile(
    # "Kalverstraat 12", "Burg. Jansenlaan 3a", "Van Goghweg 12", "Burgemeester de Monchyplein 4"
    r"(?<![\w])(?:(?:" + _NOT_A_NAME_WORD
    + r"[A-Z][\w'’.-]{0,20} (?:" + _PARTICLE + r" ){0,2}){0,2}"
    r"[A-Z][\w'’-]{1,40}"
    + _STREET_SUFFIX
    # "Laan van Meerdervoort 50-2", "Laan van Nieuw Oost-Indië 12", "Plein 1813 …" is no street
    + r"|(?:Laan|Plein|Kade|Dreef|Straat|Weg) (?:" + _PARTICLE + r" ){0,3}"
    r"[A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40}){0,2}) (?:nr\.? ?)?\d{1,4}"
    + _HOUSE_NUMBER_TAIL
)

_GROUP = re.compile(r"\S+")

# A postcode alone: "2514 AB", "2514AB", "2514ab"; SA, SD and SS are never given out.
_POSTCODE = re.compile(
    r"(?<![\w])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\w])")

# The Dutch passport and identity card number since 2014: two letters, six letters or
# digits, a digit; never the letter O (docs: Rijksdienst voor Identiteitsgegevens, "Het
# documentnummer"). At least two digits, so a word in capitals ending in a digit is not one.
_DOCUMENT_NUMBER = re.compile(r"(?<![\w])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\w])")
# Any document's number where the text says what it is: "paspoortnummer: U1234567".
_DOCUMENT_WORDS = (
    r"(?:paspoort|pas|id[- ]?kaart|identiteitskaart|identiteitsbewijs|verblijfsvergunning"
    r"|verblijfspas|rijbewijs|document|passport|id[- ]?card|identity card|residence permit"
    r"|driving licen[cs]e|driver'?s licen[cs]e)"
)
_NAMED_DOCUMENT = re.compile(
    r"(?<![\w])" + _DOCUMENT_WORDS + r"[ -]?(?:nummer|nr\.?|number|no\.?)?[ ]?[:#]?[ ]{0,3}"
    r"(?P<number>[A-Za-z0-9]{6,12})(?![\w])",
    re.IGNORECASE,
)

# A Dutch plate: three groups of letters or digits joined by "-", six characters in all,
# digits and letters both (RDW side codes 1-14: "AB-12-CD", "12-ABC-3", "1-ABC-23").
_PLATE = re.compile(
    r"(?<![\w-])(?:[A-Za-z]{1,3}|\d{1,3})(?:-(?:[A-Za-z]{1,3}|\d{1,3})){2}(?![\w-])")
_NAMED_PLATE = re.compile(
    r"(?<![\w])kentekens?[ ]?[:#]?[ ]{0,3}(?P<number>[A-Za-z0-9]{6})(?![\w])", re.IGNORECASE)

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|january|february|march"
    r"|may|june|july|august|october)\.?"
)
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2} " + _MONTHS
    + r" \d{4}|" + _MONTHS + r" \d{1,2},? \d{4}|\d{4})"
)
_BIRTH = re.compile(
    r"(?<![\w])(?:geboren|geb\.|geboortedatum|geboortejaar|born|date of birth|birth ?date"
    r"|d\.?o\.?b\.?)[ ]?:?[ ]{0,2}(?:(?:op|in|on)[ ]{1,2})?(?P<date>" + _DATE + r")(?![\w])",
    re.IGNORECASE,
)

# Nine digits, possibly written 1234.56.789 or 123 456 789.
_BSN = re.compile(r"(?<![\w.+-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w])")


def find_identifiers(text: str) -> list[IdentifierHit]:
    """Every identifier in `text`, ordered by position, without overlaps."""
    if not isinstance(text, str):
        raise ContractError("find_identifiers() needs a str")
    candidates: list[IdentifierHit] = []
    candidates += _profile_urls(text)
    candidates += _simple(text, _EMAIL, "email")
    candidates += _ibans(text)
    candidates += _phones(text)
    candidates += _simple(text, _POSTCODE_HOUSE, "nl_postcode_house_number")
    candidates += _simple(text, _STREET_HOUSE, "street_house_number")
    candidates += _bsns(text)
    candidates += _simple(text, _HANDLE, "social_handle")
    candidates += _simple(text, _POSTCODE, "nl_postcode")
    candidates += _documents(text)
    candidates += _plates(text)
    candidates += _named(text, _BIRTH, "date", "date_of_birth")
    return _without_overlaps(candidates)


def _without_overlaps(candidates: list[IdentifierHit]) -> list[IdentifierHit]:
    kept: list[IdentifierHit] = []  # sorted by start, never overlapping
    for hit in sorted(candidates, key=lambda h: (_PRIORITY[h.kind], h.start)):
        index = bisect.bisect_left(kept, hit)
        if index > 0 and kept[index - 1].end > hit.start:
            continue
        if index < len(kept) and kept[index].start < hit.end:
            continue
        kept.insert(index, hit)
    return kept


def _simple(text: str, pattern: re.Pattern[str], kind: str) -> list[IdentifierHit]:
    return [IdentifierHit(m.start(), m.end(), kind) for m in pattern.finditer(text)]


def _named(text: str, pattern: re.Pattern[str], group: str, kind: str) -> list[IdentifierHit]:
    """Hits of `pattern`'s `group` only: the number after the word that says what it is."""
    return [IdentifierHit(m.start(group), m.end(group), kind) for m in pattern.finditer(text)]


def _documents(text: str) -> list[IdentifierHit]:
    hits = [IdentifierHit(m.start(), m.end(), "id_document_number")
            for m in _DOCUMENT_NUMBER.finditer(text) if sum(c.isdigit() for c in m.group()) >= 2]
    return hits + [hit for hit in _named(text, _NAMED_DOCUMENT, "number", "id_document_number")
                   if any(c.isdigit() for c in text[hit.start:hit.end])]


def _plates(text: str) -> list[IdentifierHit]:
    hits = []
    for match in _PLATE.finditer(text):
        groups = match.group().split("-")
        if len("".join(groups)) == 6 and any(g.isalpha() for g in groups) and any(
                g.isdigit() for g in groups):
            hits.append(IdentifierHit(match.start(), match.end(), "licence_plate"))
    return hits + [hit for hit in _named(text, _NAMED_PLATE, "number", "licence_plate")
                   if any(c.isdigit() for c in text[hit.start:hit.end])]


def _profile_urls(text: str) -> list[IdentifierHit]:
    hits = []
    for match in _PROFILE_URL.finditer(text):
        path = match.group("path")
        name = path.rstrip(".-")  # a full stop or dash that ends the sentence, not the name
        if not name.strip("@.") or name.lower() in _NOT_A_PROFILE:
            continue
        end = match.end() if match.group("query") else match.start("path") + len(name)
        hits.append(IdentifierHit(match.start(), end, "personal_profile_url"))
    return hits


def _iban_checksum_ok(candidate: str) -> bool:
    rearranged = candidate[4:] + candidate[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _ibans(text: str) -> list[IdentifierHit]:
    hits = []
    for match in _IBAN.finditer(text):
        raw = match.group(0)
        # Greedy matching may have swallowed a following word: try the longest valid prefix.
        ends = [i + 1 for i, ch in enumerate(raw) if ch != " "]
        for end in reversed(ends):
            compact = raw[:end].replace(" ", "").upper()
            country = compact[:2]
            if country not in COUNTRIES or not 15 <= len(compact) <= 34:
                continue
            if _IBAN_LENGTHS.get(country, len(compact)) != len(compact):
                continue
            if _iban_checksum_ok(compact):
                hits.append(IdentifierHit(match.start(), match.start() + end, "iban"))
                break
    return hits


def _is_phone(digits: str, international: bool) -> bool:
    if international:
        if digits.startswith("31"):
            national = digits[2:]
            national = national[1:] if national.startswith("0") else national  # +31 (0)6…
            return len(national) == 9
        return 8 <= len(digits) <= 15
    # A Dutch number written nationally: 06-12345678, 010-1234567, 0031 6 12345678.
    if digits.startswith("00"):
        return _is_phone(digits[2:], True)
    return digits.startswith("0") and len(digits) == 10


def _phones(text: str) -> list[IdentifierHit]:
    hits = []
    position = 0
    while (match := _PHONE.search(text, position)) is not None:
        span = _best_phone_span(match.group(0))
        if span is None:
            position = match.end()
            continue
        hits.append(IdentifierHit(match.start() + span[0], match.start() + span[1], "phone"))
        # Go on right after this number: the greedy match may have swallowed part of the next.
        position = match.start() + span[1]
    return hits


def _best_phone_span(raw: str) -> tuple[int, int] | None:
    """The first, longest run of space-separated groups in `raw` that is a phone number.

    The pattern is greedy, so "op 2024 06 12345678" gives one candidate of three groups;
    this finds the number inside it. At most 19 groups, so this stays cheap.
    """
    groups = [(m.start(), m.end(), _ascii_digits(m.group(0))) for m in _GROUP.finditer(raw)]
    counts = [0]
    for _, _, digits in groups:
        counts.append(counts[-1] + len(digits))
    for first in range(len(groups)):
        international = raw[groups[first][0] :].lstrip("(").startswith("+")
        for last in range(len(groups) - 1, first - 1, -1):
            if not 8 <= counts[last + 1] - counts[first] <= 17:
                continue  # cheap test first: no phone number has fewer or more digits
            digits = "".join(group[2] for group in groups[first : last + 1])
            if _is_phone(digits, international):
                start, end = groups[first][0], groups[last][1]
                piece = raw[start:end]
                if piece.endswith(")") and piece.count(")") > piece.count("("):
                    end -= 1  # "(bel 06 12345678)": the bracket is not part of the number
                return start, end
    return None


def _ascii_digits(text: str) -> str:
    # Also Arabic-Indic and Persian digits, which \d matches and some reporters write.
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def _elfproef(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _bsns(text: str) -> list[IdentifierHit]:
    return [
        IdentifierHit(m.start(), m.end(), "bsn_like")
        for m in _BSN.finditer(text)
        if _elfproef(_ascii_digits(m.group(0)))
    ]
