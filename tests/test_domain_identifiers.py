"""The identifier check: what it points out in free text, what it leaves alone, and that it
stays fast and safe on hostile input."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.domain.identifiers import KINDS, IdentifierHit, find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    return [(hit.kind, text[hit.start : hit.end]) for hit in find_identifiers(text)]


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "0612345678",
        "06 1234 5678",
        "+31 6 12345678",
        "+31 (0)6 1234 5678",
        "+31612345678",
        "0031 6 12345678",
        "010-1234567",
        "(010) 123 4567",
        "+90 532 123 45 67",
        "+44 20 7946 0958",
        "+291 7 123 456",
    ],
)
def test_phone_numbers(number: str) -> None:
    assert found(f"Hij belde vanaf {number}, twee keer.") == [("phone", number)]


@pytest.mark.parametrize("number", ["٠٦١٢٣٤٥٦٧٨", "۰۶-۱۲۳۴۵۶۷۸"])
def test_phone_numbers_in_arabic_indic_and_persian_digits(number: str) -> None:
    assert found(f"رقم {number} اتصل") == [("phone", number)]


def test_a_phone_number_is_found_after_other_digits() -> None:
    assert found("Op 12 2024 06 12345678 gebeld") == [("phone", "06 12345678")]


def test_two_phone_numbers_in_a_row() -> None:
    assert found("06 12345678 06 12345679") == [("phone", "06 12345678"), ("phone", "06 12345679")]


@pytest.mark.parametrize(
    "address", ["jan.jansen@example.nl", "a+b@mail.example.co.uk", "x_y@sub.domain.org"]
)
def test_email_addresses(address: str) -> None:
    assert found(f"Mail naar {address}.") == [("email", address)]


@pytest.mark.parametrize(
    "iban",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "DE89 3704 0044 0532 0130 00",
        "BE68 5390 0754 7034",
        "TR33 0006 1005 1978 6457 8413 26",
    ],
)
def test_ibans_with_a_valid_checksum(iban: str) -> None:
    assert found(f"Betaal op {iban} bij de bank") == [("iban", iban)]


def test_an_iban_with_a_wrong_checksum_is_noise() -> None:
    assert [kind for kind, _ in found("Betaal op NL92ABNA0417164300 vandaag")] != ["iban"]


@pytest.mark.parametrize("text", ["1234 AB 12", "1234AB, 12a", "1234ab 7", "2511 CV 1-3"])
def test_postcode_with_house_number(text: str) -> None:
    assert found(f"Woont op {text} sinds jaren") == [("nl_postcode_house_number", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kalverstraat 12",
        "Laan van Meerdervoort 50-2",
        "Jansenlaan 3a",
        "Hoofdweg nr. 7",
        # review r12x X12: multi-word names and house numbers with a suffix
        "Laan van Meerdervoort 45",
        "Laan van Nieuw Oost-Indië 12",
        "Kanaalstraat 3",
        "Van Goghweg 12",
        "Burgemeester de Monchyplein 4",
        "Oudegracht 45bis",
        "Oudegracht 45-bis",
        "Kanaalstraat 12-A",
        "Kanaalstraat 3 hs",
        "Prinsengracht 7 huis",
        "Westerkade 9-II",
    ],
)
def test_street_with_house_number(text: str) -> None:
    assert found(f"Het kantoor aan de {text} werd gebruikt.") == [("street_house_number", text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("In Kanaalstraat 3 woont zij.", "Kanaalstraat 3"),
        ("On Van Goghweg 12 we met.", "Van Goghweg 12"),
    ],
)
def test_a_capitalised_word_before_a_street_is_not_part_of_its_name(text: str, street: str) -> None:
    assert found(text) == [("street_house_number", street)]


@pytest.mark.parametrize(
    "handle", ["@fatma_y1985", "@ahmet.k", "@naam_123", "@Jan.Jansen", "@x_99"]
)
def test_social_media_handles(handle: str) -> None:
    assert found(f"Zijn Instagram is {handle}. Daar staat alles.") == [("social_handle", handle)]


def test_the_at_of_an_e_mail_address_is_not_a_handle() -> None:
    assert found("Mail naar fatma_y1985@example.nl of @fatma_y1985") == [
        ("email", "fatma_y1985@example.nl"),
        ("social_handle", "@fatma_y1985"),
    ]


@pytest.mark.parametrize("text", ["123456782", "1234.56.782", "123 456 782"])
def test_bsn_like_numbers_pass_the_elfproef(text: str) -> None:
    assert found(f"Zijn BSN is {text} volgens hem") == [("bsn_like", text)]


def test_nine_digits_failing_the_elfproef_are_not_pointed_out() -> None:
    assert found("Nummer 123456789 en 000000000") == []


@pytest.mark.parametrize(
    "url",
    [
        "facebook.com/jan.jansen",
        "https://www.facebook.com/profile.php?id=100012345678",
        "https://www.instagram.com/jj_99",
        "x.com/jjansen",
        "twitter.com/jjansen",
        "tiktok.com/@jjansen",
        "https://www.linkedin.com/in/jan-jansen-123",
        "t.me/jjansen",
        "vk.com/id12345",
        "wa.me/31612345678",
    ],
)
def test_personal_profile_urls(url: str) -> None:
    assert found(f"Zie {url}. Daar staat alles.") == [("personal_profile_url", url)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 waren er 1500 meldingen, tussen 1990-2000 nog minder.",
        "Op 12-03-2024 om 10:30 kwamen 3 mannen; dat kostte 20.000 euro.",
        "Hij woont in Amsterdam 12 jaar en ging 3 keer naar Eindhoven.",
        "Zie facebook.com/help of box.com/abc of de t.meeting.",
        "Artikel 1 van de Grondwet; zaaknummer 2024/123.",
        "Om 10 uur @ de markt; prijs 5 @ 2 euro, bel me @12 of @ 14:00.",
        "Ze liep over de Kanaalstraat naar het plein en wachtte 3 uur bij de gracht.",
        "In de straat stonden 12 bussen; op de weg lagen 45 stenen, bij de kade 2 boten.",
        "Hij zei ter plaatse dat Laan 3 keer was gebeld en Weg 4 brieven had.",
        "On 12 May the Foreign Office said 3 people were followed near Park 2 times.",
        "The meeting at Bakerstreet was moved; I think 45 people came to the square.",
        "Toen kwam hij terug. Hij werd 3 keer bedreigd in Den Haag en Rotterdam.",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert found(text) == []


def test_hits_are_ordered_and_do_not_overlap_and_the_text_is_unchanged() -> None:
    text = "Bel 06-12345678 of mail a@b.nl; IBAN NL91ABNA0417164300; 1234 AB 5; BSN 123456782."
    original = str(text)
    hits = find_identifiers(text)
    assert [h.kind for h in hits] == ["phone", "email", "iban", "nl_postcode_house_number",
                                      "bsn_like"]  # fmt: skip
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    assert text == original


def test_a_hit_never_shows_the_text_it_points_at() -> None:
    text = "Bel 0612345678"
    (hit,) = find_identifiers(text)
    assert hit == IdentifierHit(start=4, end=14, kind="phone")
    assert "0612345678" not in repr(hit) and "0612345678" not in str(hit)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 +-().@/:abcNLAB\n")) | st.characters(),
        max_size=400,
    )
)
def test_never_crashes_and_positions_are_in_bounds_and_ordered(text: str) -> None:
    hits = find_identifiers(text)
    previous_end = 0
    for hit in hits:
        assert hit.kind in KINDS
        assert previous_end <= hit.start < hit.end <= len(text)
        previous_end = hit.end


PATHOLOGICAL = {
    "digits": "0" * 20_000,
    "digit groups": "1 " * 10_000,
    "phone-like groups": "06 1 " * 4_000,
    "brackets": "(0)" * 6_666,
    "pluses": "+" * 20_000,
    "local part without at": "a" * 20_000 + "@",
    "ats": "@a" * 10_000,
    "dotted domain": "a@" + "a." * 10_000,
    "iban prefix": "NL91 " * 4_000,
    "iban run": "NL91" + " A" * 10_000,
    "capitals": ("A" + "a" * 45 + " ") * 434,
    "laan van": "Laan van " * 2_222,
    "postcodes": "1234 AB " * 2_500,
    "profile hosts": "facebook.com/" * 1_538,
    "bsns": "123456782 " * 2_000,
    "handles": "@a" + "_" * 19_998,
    "at runs": "@ab." * 5_000,
    "name words": "Van der " * 2_500,
    "house suffixes": "Kanaalstraat 3-bis " * 1_052,
}


# Work, not wall-clock time: the CPU time of this thread (time.thread_time) counts what the
# search itself computed, and does not grow when other processes load the machine.


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_adversarial_20000_characters_need_little_cpu(name: str) -> None:
    text = PATHOLOGICAL[name]
    started = time.thread_time()
    find_identifiers(text)
    used = time.thread_time() - started
    # Linear patterns use well under 0.5 CPU seconds here; catastrophic backtracking minutes.
    assert used < 2.0, f"{name}: {used:.2f} CPU s"


def test_cpu_work_grows_linearly_with_the_text() -> None:
    def timed(text: str) -> float:
        started = time.thread_time()
        find_identifiers(text)
        return time.thread_time() - started

    unit = "06 1 a@b. NL91 1 2 3 "
    small = min(timed(unit * 1_000) for _ in range(5))
    large = min(timed(unit * 10_000) for _ in range(5))
    # Ten times the text: linear is about ten times the time, quadratic a hundred times.
    assert large < small * 40


@pytest.mark.parametrize(("text", "kind", "hit"), [
    # Review r12ac, 8: none of these was pointed out.
    ("Hij woont in 2514 AB, vlakbij het station.", "nl_postcode", "2514 AB"),
    ("postcode 2514ab", "nl_postcode", "2514ab"),
    ("Zijn paspoort SPECI2014 lag op tafel.", "id_document_number", "SPECI2014"),
    ("paspoortnummer: U1234567", "id_document_number", "U1234567"),
    ("ID-kaart nr. NX4K8L2P5", "id_document_number", "NX4K8L2P5"),
    ("passport no. 512345678 (Turkey)", "id_document_number", "512345678"),
    ("een witte auto, 12-ABC-3, stond er", "licence_plate", "12-ABC-3"),
    ("de auto (AB-12-CD) reed weg", "licence_plate", "AB-12-CD"),
    ("kenteken: GT123K", "licence_plate", "GT123K"),
    ("geboren op 12-03-1985 in Izmir", "date_of_birth", "12-03-1985"),
    ("Geb. 3 maart 1985", "date_of_birth", "3 maart 1985"),
    ("born on March 3, 1985", "date_of_birth", "March 3, 1985"),
    ("date of birth: 1985-03-12", "date_of_birth", "1985-03-12"),
    ("zij is geboren in 1985", "date_of_birth", "1985"),
])
def test_postcodes_documents_plates_and_dates_of_birth_are_pointed_out(
        text: str, kind: str, hit: str) -> None:
    assert found(text) == [(kind, hit)]


@pytest.mark.parametrize("text", [
    "Op 12-03-2024 belde hij weer.",  # the signal's own date, not a birth
    "Het was 12-03-85 of daaromtrent.",  # digits only: a date, not a plate
    "In 1985 begon het.",
    "Hij zei NEDERLAND1 en hing op.",  # capitals and one digit: a word
    "We waren pas 123 dagen hier.",
    "Code ABC-DEF-GH is geen kenteken.",  # eight characters, no digit
])
def test_ordinary_dates_words_and_codes_are_not_taken_for_those(text: str) -> None:
    assert found(text) == []
