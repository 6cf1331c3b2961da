"""Passphrases: one normalisation and one strength rule, for the window and both command lines.

Normalisation (`normalise`) is applied identically when a vault is set up, when it is unlocked
and when a passphrase is changed, so input a person cannot see never counts against them
(reviews r7e F5, r7g M2; docs/SECURITY.md, "Passphrases"):
- characters nobody sees are dropped wherever they stand: every default-ignorable code point
  (Unicode's Default_Ignorable_Code_Point, frozen in `_INVISIBLE`: the byte-order mark U+FEFF,
  zero-width space, joiners and non-joiners, word joiner, soft hyphen, LRM/RLM/ALM and every
  other bidi control, variation selectors, tags) and every control character that is not
  whitespace (NUL, ^Z, DEL, C1 controls);
- every whitespace character (Unicode spaces such as the no-break space macOS types for
  Option+Space, tab, line endings) becomes U+0020, as RFC 8265's OpaqueString profile maps
  non-ASCII spaces;
- the text is NFC-normalised (OpaqueString's rule), so a passphrase typed on macOS (often
  decomposed) opens the vault on Windows (composed). Not NFKC: it would also fold characters a
  person does see and may have chosen (fullwidth letters, ², ﬁ, Ⅳ);
- spaces before the first and after the last visible character are dropped. `echo secret >
  pw.txt` in cmd.exe writes "secret", a space and CRLF; a password field shows no trailing
  space either. Inner spaces are kept as they are (two stay two).

An unlock that fails with the normalised form also tries the forms earlier versions stored
(`candidates`, then `spaced_form`), and rewraps the slot under the normalised form when one of
those opens: the attempt is counted once, only when no form opens (docs/SECURITY.md,
"Passphrases").

Strength (`check_strength`) is judged by zxcvbn (Dropbox's estimator: dictionaries, keyboard
patterns, dates, l33t), not by length alone: a new passphrase must score at least
`MIN_SCORE` (3 of 0..4, "safely unguessable: moderate protection from offline slow-hash
scenario", which is exactly the copied-profile attack on Argon2id).

zxcvbn's own dictionaries are English: "Wachtwoord2026", "zomer2026" and "ikhouvanjou" passed
while "password2026" did not, and so did "seinpost2026" and the liaison's own name with a year
(review r12x X1). So zxcvbn also knows, as any attacker would: the DUTCH_WORDS most frequent
Dutch words (wordfreq's list, from Wikipedia, subtitles, news and the web), the Dutch words
people use as passwords (`COMMON_DUTCH_PASSWORDS`) and the app's own words (`OWN_WORDS`); a
caller adds what it knows of this profile (`user_inputs`: the liaison's name, the office's, the
profile folder's).

It still took the liaison's own name arranged around a year ("Amira1990Amira", "1990amira1990"),
as an e-mail address ("amira.elamrani@gmail.com"), after a phone number ("0612345678amira"),
and "password" in the communities' own languages (review r7i R7I-1): zxcvbn adds 10^4 guesses for
every piece after the first, so any three known pieces reach score 3. So the communities' words
are known too (vault/passphrase_words.py), and a passphrase is also judged as what is left of it
once what an attacker knows is taken out (`strength`): the profile's names, the "password" words
of those languages, an address's domain, a phone number, and every repeated word after its
first. A strong passphrase that merely contains a name stays strong; one built only around it
does not.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence

from intake_app.errors import ContractError
from intake_app.vault.errors import InvalidPassphrase
from intake_app.vault.passphrase_words import COMMUNITY_WORDS, SECRET_WORDS

BOM = "\ufeff"
MAX_PASSPHRASE_CHARS = 4096
MIN_SCORE = 3
# zxcvbn's running time grows with about the cube of the length (its search for the cheapest
# way to guess: 28 ms for 23 characters, 0.4 to 5 s for 100 on a busy laptop, the window's
# meter judging at every keystroke). It judges the first `_FIRST_JUDGED` characters of each
# form, and the first `_JUDGED_CHARS` only where those do not already score 4 (`_score`).
# zxcvbn gives a prefix no more guesses than the whole (but for a word the cut splits), so
# the verdict stays strict: a beginning of one pattern is refused whatever follows, where
# judging 100 characters let a strong tail hide it. The forms that take out repeated and
# known words (`strength`) are what is short in a weak passphrase, and are judged whole.
# 48 characters of the costliest kind take about 0.1 s per form.
_FIRST_JUDGED = 24
_JUDGED_CHARS = 48
# zxcvbn keeps the user inputs of each call in one module-wide table, and the window judges in
# a worker thread (`warm_up`) and at each keystroke: one call at a time.
_ZXCVBN = threading.Lock()


class WeakPassphrase(InvalidPassphrase):
    """A new passphrase that the strength rule refuses; `score` is zxcvbn's 0..4."""

    code = "vault.weak_passphrase"

    def __init__(self, score: int) -> None:
        self.score = score
        super().__init__(
            "This passphrase is too easy to guess. Choose a longer one: several unrelated "
            "words, or a sentence only you would think of."
        )


def normalise(passphrase: str) -> str:
    """The passphrase as it is stretched: invisible characters dropped, whitespace as U+0020,
    NFC, no surrounding spaces (the module docstring). Idempotent. Raises ContractError for a
    value that is not a str."""
    _require_str(passphrase)
    kept = "".join(" " if char.isspace() else char
                   for char in passphrase if not _is_invisible(char))
    return unicodedata.normalize("NFC", kept).strip(" ")


# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, unchanged from Unicode 6.1
# to 15.1), frozen here rather than read from a library: a passphrase's stretched form must
# never change when a library's Unicode tables do, or a vault would stop opening.
_INVISIBLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)


def _is_invisible(char: str) -> bool:
    # Control characters that are whitespace (tab, line endings) become a space instead.
    if unicodedata.category(char) == "Cc" and not char.isspace():
        return True
    point = ord(char)
    return any(low <= point <= high for low, high in _INVISIBLE)


def _require_str(passphrase: object) -> None:
    if not isinstance(passphrase, str):
        raise ContractError("passphrase must be a str")


def _stripped(passphrase: str) -> str:
    # The rule of versions before invisible characters were dropped (review r7g M2): BOM, line
    # end, NFC, then `str.strip` (surrounding whitespace, inner characters kept as they were).
    return _before_strip(passphrase).strip()


def _before_strip(passphrase: str) -> str:
    # The rule of versions before surrounding whitespace was dropped (BOM, line end, NFC).
    _require_str(passphrase)
    text = passphrase.removeprefix(BOM)
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return unicodedata.normalize("NFC", text)


def candidates(passphrase: str) -> list[str]:
    """The forms an unlock tries, in order, each once: what earlier versions stretched for the
    same input (invisible and inner characters kept, only surrounding whitespace dropped;
    before that, surrounding whitespace kept; before that, BOM and line ending kept too), then
    `normalise(passphrase)`, so a vault they set up still opens and is rewrapped. For input
    with nothing but spaces around visible characters the forms coincide: one run.

    The forms that keep more come first: an earlier version let two slots differ only by
    surrounding whitespace ("P " from a cmd.exe file and "P"), and the stripped form tried
    first opened the other one (review r7f G2: the liaison's own file opened the duress slot,
    or the duress passphrase the real one)."""
    forms = [_before_strip(passphrase), unicodedata.normalize("NFC", passphrase),
             _stripped(passphrase), normalise(passphrase)]
    return [form for n, form in enumerate(forms) if form not in forms[:n]]


def spaced_form(passphrase: str) -> tuple[str, ...]:
    """The forms an unlock tries after `candidates`, inside the same counted attempt: the
    passphrase stripped (as the version before r7g M2 did, then as now) with one trailing
    space, which an earlier version stretched when it was set up from a cmd.exe file (`echo P >
    pw.txt` writes "P", a space and CRLF) and kept until that file was used once on this
    version (review r7f G3). Those already in `candidates` are left out; () when there is no
    passphrase. Each costs one more Argon2id run for a passphrase that opens nothing
    (docs/SECURITY.md, "Passphrases"); input with no invisible character has at most one."""
    tried = candidates(passphrase)
    forms = [_stripped(passphrase) + " ", normalise(passphrase) + " "]
    return tuple(form for n, form in enumerate(forms)
                 if form != " " and form not in tried and form not in forms[:n])


def passphrase_bytes(passphrase: str) -> bytes:
    """UTF-8 of the normalised passphrase: what Argon2id receives."""
    return normalise(passphrase).encode("utf-8")


#: How many of the most frequent Dutch words zxcvbn knows besides its English ones.
DUTCH_WORDS = 30_000
#: Dutch words chosen as passwords (the Dutch of zxcvbn's "password", "welcome", "secret", …),
#: ranked before every other word.
COMMON_DUTCH_PASSWORDS = (
    "wachtwoord", "welkom", "geheim", "ikhouvanjou", "hallo", "schatje", "liefde", "voetbal",
    "zomer", "winter", "lente", "herfst", "wachtwoord1", "welkom01", "nederland", "amsterdam",
    "rotterdam", "feyenoord", "ajax", "psv", "prinses", "konijn", "bloemetje", "zonneschijn",
)
#: The app's own words, which anyone who knows the laptop runs Seinpost tries first.
OWN_WORDS = ("seinpost", "meldpunt", "centraalmeldpunt", "liaison", "signaal", "signalen",
             "kluis", "wachtzin", "verzegelen", "inmenging", "beinvloeding")


def _dutch_ready() -> None:
    """Give zxcvbn the Dutch, own and community words once per process (about 0.2 to 0.5 s)."""
    from zxcvbn import matching

    if "seinpost_dutch" in matching.RANKED_DICTIONARIES:
        return
    words = [*COMMON_DUTCH_PASSWORDS, *OWN_WORDS, *SECRET_WORDS, *COMMUNITY_WORDS]
    words += [bare for bare in map(_bare, words) if bare]  # "şifre" typed as "sifre"
    words += frequent_dutch_words(DUTCH_WORDS)
    # Each word once, at its first (best) rank: zxcvbn keeps a repeated word's last rank.
    matching.add_frequency_lists({"seinpost_dutch": list(dict.fromkeys(words))})


def frequent_dutch_words(count: int) -> list[str]:
    """The `count` most frequent Dutch words, most frequent first: what wordfreq's
    `top_n_list("nl", count, wordlist="best")` gives, read from its file one frequency band at
    a time (a cBpack file: gzip of a msgpack list, a header and then bands of words, as
    wordfreq's `read_cBpack` says; msgpack is wordfreq's own dependency). wordfreq decodes the
    whole file, half a million words, in one call that holds the interpreter for 100-140 ms:
    the window's GUI thread stood still meanwhile as the passphrase page appeared (issue 12
    "Quick"). A band is a few hundred words. ContractError for a file not in that format (the
    installed wordfreq is not the one Seinpost was built with)."""
    import gzip

    import msgpack
    from wordfreq import available_languages
    from wordfreq.numbers import has_digit_sequence

    words: list[str] = []
    with gzip.open(available_languages("best")["nl"], "rb") as packed:
        unpacker = msgpack.Unpacker(packed, raw=False)
        bands = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or (header.get("format"), header.get("version")) != (
                "cB", 1):
            raise ContractError("not a wordfreq cBpack list")
        for _band in range(bands):
            for word in unpacker.unpack():
                if not has_digit_sequence(word):
                    words.append(word)
                    if len(words) >= count:
                        return words
    return words


def warm_up() -> None:
    """Load the estimator and its dictionaries now (a worker thread, while a person reads the
    passphrase page), so the first keystroke does not wait for them."""
    strength("warm up")


def strength(passphrase: str, user_inputs: Sequence[str] = ()) -> int:
    """zxcvbn's score 0..4 of the normalised passphrase, with the Dutch, own and community
    words known, and `user_inputs` (what this profile's attacker knows: the liaison's name, the
    office's, the profile folder's).

    The lowest of these judgements, each of a form of the passphrase (at most four runs):
    - as typed;
    - with its spaces and punctuation taken out. zxcvbn counts each space as a guessed
      character, which lifted known words over the rule once spaced: "amira el amrani" (the
      liaison's own name), "Centraal Meldpunt 2026" and "welkom welkom 2026" scored 3 or 4, run
      together 0 to 2 (review r7h, R7H-4);
    - each word (a run of letters or of digits) once: "Rabat2026Rabat" as "rabat2026";
    - what is left once what an attacker knows is taken out (`residue`); nothing left is 0.

    Of each form at most its first 48 characters are judged (`_JUDGED_CHARS`): at most about
    0.5 s however long the text, a 2,000-character paste included.
    """
    text = normalise(passphrase)
    if not text:
        return 0
    forms = [text, re.sub(r"[\W_]+", "", text), _words_once(text),
             residue(text, user_inputs)]
    return min(_score(form, user_inputs) if form else 0
               for form in dict.fromkeys(form[:_JUDGED_CHARS] for form in forms))


def _bare(word: str) -> str:
    """`word` without its diacritics (ş → s, ü → u, ğ → g), as people type it on a keyboard
    without them; "" when it has none."""
    bare = "".join(char for char in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(char))
    bare = unicodedata.normalize("NFC", bare.replace("ı", "i"))
    return bare if bare != word else ""


def _words_once(text: str) -> str:
    """`text`'s words (runs of letters, runs of digits) run together, each word once (case
    aside), at its first place and as typed: a repeated word adds next to nothing for an
    attacker."""
    seen: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+|\d+", text):
        seen.setdefault(word.lower(), word)
    return "".join(seen.values())


# An e-mail address's domain ("@gmail.com", "@seinpost.nl") and a phone number (a Dutch one,
# 0 and 9 digits, or an international one, + or 00 and 9 to 13 digits) hide nothing: the
# people around the liaison know them.
_KNOWN_SHAPES = re.compile(r"@[\w-]+(?:\.[\w-]+)+|(?:\+|00)\d{9,13}|(?<!\d)0\d{9}(?!\d)")


def residue(passphrase: str, user_inputs: Sequence[str] = ()) -> str:
    """What is left of the normalised `passphrase`, with no spaces or punctuation, once taken
    out (case aside; what is left keeps its case): an address's domain and a phone number
    (`_KNOWN_SHAPES`), then every word of three letters or more of `user_inputs`
    (`name_words`) and every "password" word (`SECRET_WORDS`, `COMMON_DUTCH_PASSWORDS`,
    `OWN_WORDS`, also without diacritics), longest first. "Amira1990Amira" with the name
    "Amira El Amrani" leaves "1990"."""
    text = _KNOWN_SHAPES.sub("", normalise(passphrase).replace(" ", ""))
    text = re.sub(r"[\W_]+", "", text)
    known = [word for word in name_words(user_inputs) if len(word) >= 3]
    known += [*SECRET_WORDS, *COMMON_DUTCH_PASSWORDS, *OWN_WORDS]
    known += [bare for bare in map(_bare, known) if bare]
    for word in sorted(set(known), key=len, reverse=True):
        text = re.sub(re.escape(word), "", text, flags=re.IGNORECASE)
    return text


def _score(text: str, user_inputs: Sequence[str]) -> int:
    # Imported here, not at the top: zxcvbn's dictionaries take 13 MiB of memory, and only
    # setting or changing a passphrase needs them, never an unlock, attach or seal.
    from zxcvbn import zxcvbn

    inputs = name_words(user_inputs)
    with _ZXCVBN:
        _dutch_ready()
        # zxcvbn refuses more than `max_length` characters (72 unless told): a passphrase of a
        # longer sentence raised ValueError at set-up instead of being judged.
        score = 0
        for length in (_FIRST_JUDGED, _JUDGED_CHARS):
            score = int(zxcvbn(text[:length], user_inputs=inputs,
                               max_length=_JUDGED_CHARS)["score"])
            if score == 4 or length >= len(text):  # the best there is, or all of it judged
                break
    return score


def name_words(user_inputs: Sequence[str]) -> list[str]:
    """What zxcvbn is given of each name in `user_inputs`: its words and its words run
    together, lower case ("Amira El Amrani": amira, el, amrani, amiraelamrani, elamrani), each
    once. A passphrase of a name's words typed without spaces is as weak as with them."""
    words: list[str] = []
    for given in user_inputs:
        parts = [part for part in re.split(r"[\W_]+", str(given).lower()) if part]
        words += [*parts, "".join(parts), *("".join(parts[n:]) for n in range(1, len(parts)))]
    return list(dict.fromkeys(word for word in words if word))


def check_new_passphrase(passphrase: str, *, user_inputs: Sequence[str] = ()) -> str:
    """The normalised passphrase if it may be set; InvalidPassphrase / WeakPassphrase if not.

    `user_inputs`: the liaison's and the office's names, which a passphrase built on them does
    not hide (`strength`); set-up, a change and the office's keys give them, as the meter does.
    Every new passphrase is judged so, the duress passphrase included (a guessed one empties
    the profile).
    """
    if not isinstance(passphrase, str):
        raise InvalidPassphrase()
    text = normalise(passphrase)
    if not text:
        raise InvalidPassphrase()
    if len(text) > MAX_PASSPHRASE_CHARS:
        raise InvalidPassphrase(
            f"The passphrase is too long (at most {MAX_PASSPHRASE_CHARS} characters)."
        )
    score = strength(text, user_inputs)
    if score < MIN_SCORE:
        raise WeakPassphrase(score)
    return text
