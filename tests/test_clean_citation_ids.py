"""A Mendeley citation loses its library's document ids (review r11i R9, issue 11), as Zotero's
user-library links and EndNote's `db-id` already did: the same id stands in every document its
owner cites that entry in. Older Mendeley writes them as `mendeley.com/documents/?uuid=` links in
the `ADDIN CSL_CITATION` field's JSON, Mendeley Cite as base64 JSON in the content control's tag.
Each case is its own small file, checked with exiftool and by reading the part."""

# ruff: noqa: E501 (one paragraph a line)

from __future__ import annotations

import base64
import io
import json
import zipfile

from media_kit import canaries, identifying_tags
from office_kit import package

from intake_app.media.clean import clean_attachment

_UUID = "2b3c4d5e-CANARY-4f00-9a00-000000000001"


def _document(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read("word/document.xml").decode()


_INSTRUCTION = json.dumps({"citationItems": [{"id": "ITEM-1", "uris": [f"http://www.mendeley.com/documents/?uuid={_UUID}"]}],
                           "properties": {"noteIndex": 0}})
MENDELEY_FIELD_BODY = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    f"<w:r><w:instrText xml:space=\"preserve\"> ADDIN CSL_CITATION {_INSTRUCTION}</w:instrText></w:r>"
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>(Jansen, 2020)</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
"""A paragraph cited with Mendeley Desktop (its field, with the library link in the JSON)."""


def test_a_mendeley_field_loses_the_library_link_and_keeps_the_citation() -> None:
    result = clean_attachment(package("docx", body=MENDELEY_FIELD_BODY), "artikel.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    text = _document(result.data)
    assert "> ADDIN CSL_CITATION </w:instrText>" in text and "(Jansen, 2020)" in text  # r11j J5: no record
    assert "mendeley.com" not in text and "ITEM-1" not in text


_CITATION = {"citationID": "MENDELEY_CITATION_1", "citationItems": [{"id": _UUID, "itemData": {"id": _UUID, "title": "Dreiging"}}]}
MENDELEY_CITE_BODY = (
    f'<w:sdt><w:sdtPr><w:tag w:val="MENDELEY_CITATION_v3_{base64.b64encode(json.dumps(_CITATION).encode()).decode()}"/>'
    '<w:id w:val="12345"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>(Jansen, 2020)</w:t></w:r></w:p></w:sdtContent></w:sdt>')
"""A paragraph cited with Mendeley Cite (its content control, tagged with the citation)."""


def test_a_mendeley_cite_content_control_loses_the_citation_in_its_tag() -> None:
    original = package("docx", body=MENDELEY_CITE_BODY)
    assert "MENDELEY_CITATION_v3_" in _document(original)
    result = clean_attachment(original, "artikel.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    text = _document(result.data)
    assert '<w:tag w:val="MENDELEY_CITATION"/>' in text and "(Jansen, 2020)" in text
    assert "MENDELEY_CITATION_v3_" not in text and base64.b64encode(_UUID.encode())[:12].decode() not in text
