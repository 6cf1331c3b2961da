"""Issue 11, review r11e O1–O4, O6: every way Word shows a document property the cleaner removes
(a content control bound to it, INFO, DOCPROPERTY of a custom property, the date and keyword
fields) shows the neutral value in the sealed file, never the author's, company's or dates."""

# ruff: noqa: E501 (WordprocessingML is kept as Word writes it, one element a line)

from __future__ import annotations

import re

from media_kit import canaries, parts
from office_kit import package

from intake_app.media.clean import clean_attachment

_CORE_NS = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
            "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'")
_APP_NS = "xmlns:ns0='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'"


def _bound(namespaces: str, xpath: str, shown: str, prefix: str = "w") -> str:
    """A content control bound like Insert → Quick Parts → Document Property makes it."""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="Property"/><w:id w:val="-1"/>'
            f'<{prefix}:dataBinding {prefix}:prefixMappings="{namespaces}" {prefix}:xpath="{xpath}" '
            f'{prefix}:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:p><w:r><w:t>{shown}</w:t></w:r><w:r><w:t> tweede deel</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def _field(instruction: str, result: str) -> str:
    return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def _document(body: str) -> str:
    data = clean_attachment(package("docx", body=body), "a.docx")
    assert data.cleaning == "cleaned", data
    assert canaries(data.data) == []
    return parts(data.data)["word/document.xml"].decode()


def _shown(document: str) -> list[str]:
    return re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document)


def test_content_controls_bound_to_author_and_company_show_the_neutral_name_unbound() -> None:
    document = _document(
        _bound(_CORE_NS, "/ns1:coreProperties[1]/ns0:creator[1]", "CANARY Jan Jansen")
        + _bound(_APP_NS, "/ns0:Properties[1]/ns0:Company[1]", "CANARY Stichting Utrecht", prefix="w14")
        + _bound(_CORE_NS, "/ns1:coreProperties[1]/ns0:title[1]", "CANARY titel"))
    assert "dataBinding" not in document
    assert _shown(document) == ["Seinpost", "", "Seinpost", "", "", ""]


def test_info_author_and_last_saved_by_show_the_neutral_name() -> None:
    document = _document(_field("INFO Author", "CANARY Jan Jansen") + _field("INFO LastSavedBy", "CANARY Jan")
                         + _field("INFO Keywords", "CANARY trefwoorden"))
    assert _shown(document) == ["Seinpost", "Seinpost", ""]


def test_docproperty_of_a_custom_property_shows_nothing_and_counts_stay() -> None:
    document = _document(_field("DOCPROPERTY Owner", "CANARY jan.jansen@example.nl")
                         + _field('DOCPROPERTY "Afdeling"', "CANARY Inlichtingen")
                         + _field("DOCPROPERTY Pages", "3"))
    assert _shown(document) == ["", "", "3"]
    assert "DOCPROPERTY Owner" in document


def test_date_edit_time_and_keyword_fields_show_neutral_values() -> None:
    document = _document(
        _field('SAVEDATE \\@ "d-M-yyyy HH:mm"', "CANARY 12-5-2024 14:30") + _field("PRINTDATE", "CANARY 11-5-2024")
        + _field("CREATEDATE", "CANARY 1-5-2024") + _field("EDITTIME", "CANARY 4711")
        + _field('KEYWORDS "CANARY nieuw"', "CANARY trefwoorden") + _field("COMMENTS", "CANARY opmerking")
        + _field("DOCPROPERTY Keywords", "CANARY trefwoorden") + _field("TITLE", "CANARY titel"))
    assert _shown(document) == ["1-1-2000", "1-1-2000", "1-1-2000", "0", "", "", "", ""]
    assert 'SAVEDATE \\@ "d-M-yyyy HH:mm"' in document
