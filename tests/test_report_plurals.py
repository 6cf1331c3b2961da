"""The report's and the office's number-bearing sentences say 1 in the singular (review
r14n, R14n-3; issue 14): "1 kwartalen", "1 signalen" and "1 cellen" read wrong, and the Dutch
methods text said "1 tot 5" for the counts 1 to 4.

Every sentence below is filled with each of its numbers at 1 and at 2 through the one lookup
(`sentences.sentence`, `office.report.texts.text`, both by `sentences.plural`, Babel's CLDR
rule) and must not put 1 before a plural word or 2 before a singular one.
"""

from __future__ import annotations

import re
import string

import pytest

from intake_app.office.report.texts import TEXTS, text
from intake_app.sentences import SENTENCES, sentence

SENTENCE_CODES = ("office_out.exported", "office_out.opened", "office_out.purged",
                  "office_out.would_purge", "office_out.purge_question",
                  "office_out.retention", "office_out.retention_overdue",
                  "office.purge_files_left")
NUMBERS = {"count", "stored", "already", "files", "quarters", "signals", "analysed",
           "hidden", "others"}
PLURAL_AFTER_ONE = re.compile(r"\b1 (signalen|kwartalen|cellen|bijlagebestanden|sleutels|"
                              r"signals|quarters|cells|files|attachment files|waren|zijn|were)\b")
SINGULAR_AFTER_TWO = re.compile(r"\b2 (signaal|kwartaal|cel|bijlagebestand|sleutel|signal|"
                                r"quarter|cell|file|attachment file|was|is)\b")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def filled(kind: str, key: str, lang: str, number: int) -> str:
    template = (SENTENCES if kind == "sentence" else TEXTS)[key][lang]
    values = {name: number if name in NUMBERS else "X" for name in fields(template)}
    if kind == "sentence":
        return sentence(key, lang, **values)
    return text(key, lang, **values)


CASES = ([("sentence", code) for code in SENTENCE_CODES]
         + [("text", key) for key in TEXTS if fields(TEXTS[key]["nl"]) & NUMBERS])


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("kind", "key"), CASES, ids=[key for _, key in CASES])
def test_a_count_of_one_reads_singular_and_two_plural(kind: str, key: str, lang: str) -> None:
    one, two = filled(kind, key, lang, 1), filled(kind, key, lang, 2)
    assert not PLURAL_AFTER_ONE.search(one), one
    assert not SINGULAR_AFTER_TWO.search(two), two
    assert "(s)" not in one + two and "/signalen" not in one + two


def test_the_retention_line_says_one_quarter() -> None:
    assert sentence("office_out.retention", "nl", quarters=1) == "bewaartermijn: 1 kwartaal"
    assert sentence("office_out.retention", "en", quarters=1) == "retention: 1 quarter"
    assert sentence("office_out.retention", "nl", quarters=8) == "bewaartermijn: 8 kwartalen"


def test_the_dutch_methods_text_names_the_small_counts_1_to_4_as_the_english_does() -> None:
    nl = text("m_suppress", "nl", threshold=5, below=4, protection=5, hidden=1, least=7)
    en = text("m_suppress", "en", threshold=5, below=4, protection=5, hidden=1, least=7)
    assert "cellen met 1 tot en met 4 signalen" in nl and "1 tot 5" not in nl
    assert "cells with 1 to 4 signals" in en
    assert "Afgeschermd: 1 cel " in nl and "Suppressed: 1 cell " in en
    assert "Geteld: 1 signaal." in text("m_count", "nl", analysed=1, excluded=0)
    assert "Geteld: 9 signalen." in text("m_count", "nl", analysed=9, excluded=0)
    assert "minder dan 7 signalen" in text("m_count", "nl", analysed="minder dan 7",
                                            excluded=0)
