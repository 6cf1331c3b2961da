"""Issue 11, review r11e E1: a worksheet's printed header and footer reach the office without the
literal text Excel's presets fill with the user's name and company (or a typed path); the codes
that print page numbers, date and sheet name stay, and the outcome says the text went."""

# ruff: noqa: E501 (SpreadsheetML strings are kept as Excel writes them)

from __future__ import annotations

import inventory_r11e_kit as r11e
from media_kit import canaries, parts

from intake_app.media.clean import clean_attachment
from intake_app.media.result import OFFICE_HEADER_FOOTER_TEXT_REMOVED


def test_header_and_footer_text_goes_codes_stay_and_the_outcome_notes_it() -> None:
    result = clean_attachment(r11e.sheet_headers(), "a.xlsx")
    assert (result.cleaning, result.warnings) == ("cleaned", (OFFICE_HEADER_FOOTER_TEXT_REMOVED,))
    assert canaries(result.data) == []
    assert r11e.header_texts(parts(result.data)["xl/worksheets/sheet1.xml"]) == [
        '&amp;L&amp;"Calibri,Bold"&amp;D&amp;R&amp;P&amp;N', "&amp;L&amp;C&amp;A", "&amp;C", "&amp;C&amp;P&amp;N"]


def test_a_header_of_codes_only_is_kept_without_a_note() -> None:
    codes = "<headerFooter><oddHeader>&amp;C&amp;A</oddHeader><oddFooter>&amp;C&amp;P</oddFooter></headerFooter>"
    result = clean_attachment(r11e.sheet_headers(codes), "a.xlsx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert r11e.header_texts(parts(result.data)["xl/worksheets/sheet1.xml"]) == ["&amp;C&amp;A", "&amp;C&amp;P"]
