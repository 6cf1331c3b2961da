"""Issue 11, review r11j J6: a Word document's text that no reader sees (deleted with Track
Changes on, or formatted hidden) does not reach the office; the text a reader sees stays, and
the outcome says what went (nl/en)."""

# ruff: noqa: E501 (WordprocessingML strings are kept as Word writes them)

from __future__ import annotations

import re

from media_kit import parts
from office_kit import OD, package, strict

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import OFFICE_UNSEEN_TEXT_REMOVED

NAME = b"Fatima El Amrani"
REVIEW_BODY = (  # the review's docx_deleted_hidden.docx (scripts/gen8.py)
    '<w:p><w:r><w:t>De melder </w:t></w:r><w:del w:id="1" w:author="Jan" w:date="2024-05-02T09:00:00Z"><w:r><w:delText>Fatima El Amrani, Kerkstraat 12 Utrecht, 0612345678</w:delText></w:r></w:del>'
    '<w:r><w:t> wil anoniem blijven.</w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Bron: Fatima El Amrani</w:t></w:r></w:p>'
)


def _text(document: bytes) -> str:
    """The text a reader sees, in order: every w:t (and nothing else: delText is never shown)."""
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document.decode()))


def test_the_reviews_deleted_and_hidden_name_is_gone_and_the_visible_text_stays() -> None:
    result = clean_attachment(package("docx", body=REVIEW_BODY), "brief.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", (OFFICE_UNSEEN_TEXT_REMOVED,))
    document = parts(result.data)["word/document.xml"]
    assert NAME not in result.data and b"0612345678" not in document and b"Kerkstraat" not in document
    assert _text(document) == "De melder  wil anoniem blijven."
    assert len(re.findall(rb"<w:p[ />]", document)) == 2  # no paragraph lost


def test_deletions_in_headers_footnotes_and_comments_go_too() -> None:
    deleted = '<w:p><w:del w:id="9" w:author="x"><w:r><w:delText>Fatima El Amrani</w:delText></w:r></w:del><w:r><w:t>Blijft.</w:t></w:r></w:p>'
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    original = package("docx", parts={
        "word/header1.xml": f"<w:hdr {ns}>{deleted}</w:hdr>",
        "word/footnotes.xml": f'<w:footnotes {ns}><w:footnote w:id="1">{deleted}</w:footnote></w:footnotes>',
        "word/comments.xml": f'<w:comments {ns}><w:comment w:id="0" w:author="x">{deleted}</w:comment></w:comments>',
    }, main_rels=(("rIdH", OD + "header", "header1.xml"), ("rIdF", OD + "footnotes", "footnotes.xml"),
                  ("rIdC", OD + "comments", "comments.xml")))
    result = clean_attachment(original, "brief.docx")
    found = parts(result.data)
    assert NAME not in result.data and OFFICE_UNSEEN_TEXT_REMOVED in result.warnings
    assert all(b"Blijft." in found[f"word/{n}.xml"] for n in ("header1", "footnotes", "comments"))


def test_a_strict_document_loses_its_deleted_and_hidden_text() -> None:
    result = clean_attachment(strict(package("docx", body=REVIEW_BODY)), "brief.docx")
    assert NAME not in result.data and OFFICE_UNSEEN_TEXT_REMOVED in result.warnings
    assert "wil anoniem blijven." in _text(parts(result.data)["word/document.xml"])


def test_a_hidden_field_character_stays_so_the_field_is_whole() -> None:
    body = ('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:instrText> XE "Fatima El Amrani" </w:instrText></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>Tekst.</w:t></w:r></w:p>')
    document = parts(clean_attachment(package("docx", body=body), "a.docx").data)["word/document.xml"]
    assert document.count(b"w:fldChar ") == 2 and NAME not in document and b"Tekst." in document


def test_a_document_without_unseen_text_has_no_note() -> None:
    body = '<w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Zichtbaar.</w:t></w:r><w:ins w:id="1" w:author="x"><w:r><w:t>Nieuw.</w:t></w:r></w:ins></w:p>'
    result = clean_attachment(package("docx", body=body), "a.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _text(parts(result.data)["word/document.xml"]) == "Zichtbaar.Nieuw."


def test_the_note_is_told_in_both_languages() -> None:
    outcome = attachment_outcome(1, "cleaned", (OFFICE_UNSEEN_TEXT_REMOVED,))
    assert outcome.is_clean
    assert "Track Changes" in " ".join(outcome.sentences("en"))
    assert "Wijzigingen bijhouden" in " ".join(outcome.sentences("nl"))
