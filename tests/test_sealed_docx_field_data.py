"""Review r11h O2: an EndNote citation in a Word document keeps its record in `w:fldData`, base64
of XML naming the author's EndNote library (`db-id`, the same in every document written with it)
and a file in their home folder. Nothing read it, so both reached the office from a file told
"Cleaned". The field's private data is now removed (Word shows the field's result without it;
only EndNote's re-editing of the citation needs it). Through the real path (forecast, attach,
save, seal, stock age, tar); the sealed document is opened again by python-docx.
"""

# ruff: noqa: E501 (one field a line)

from __future__ import annotations

import base64
import io
import re
import zipfile
from pathlib import Path

import docx
from media_kit import canaries
from office_types_kit import seal

_DB_ID = "x0sa9zxcanr11h2ft5vvwexbt0d5t5ewxx"
_RECORD = (f'<EndNote><Cite><Author>Smith</Author><Year>2020</Year><RecNum>12</RecNum><DisplayText>(Smith, 2020)</DisplayText>'
           f'<record><rec-number>12</rec-number><foreign-keys><key app="EN" db-id="{_DB_ID}" timestamp="1715524212">12</key></foreign-keys>'
           f'<urls><pdf-urls><url>file:///C:/Users/CANARYjj/Documents/Artikelen/Smith-2020.pdf</url></pdf-urls></urls></record></Cite></EndNote>')


def _docx(data: str = "") -> bytes:
    """A document citing with EndNote, `data` in `w:fldData` (EndNote's record in base64 unless
    given)."""
    data = data or base64.b64encode(_RECORD.encode()).decode()
    field = ('<w:p><w:r><w:t xml:space="preserve">Zoals eerder beschreven </w:t></w:r>'
             f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{data}</w:fldData></w:fldChar></w:r>'
             '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText></w:r>'
             f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{data}</w:fldData></w:fldChar></w:r>'
             '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>(Smith, 2020)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    document = docx.Document()
    out = io.BytesIO()
    document.save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            body = source.read(name)
            if name == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + field.encode(), 1)
            package.writestr(name, body)
    return result.getvalue()


def _decoded_field_data(document_xml: bytes) -> bytes:
    return b"".join(base64.b64decode(found) for found in re.findall(rb"<w:fldData[^>]*>([^<]*)</w:fldData>", document_xml))


def test_an_endnote_citations_field_data_is_removed_and_its_result_stays(tmp_path: Path) -> None:
    original = _docx()
    with zipfile.ZipFile(io.BytesIO(original)) as package:
        assert _DB_ID.encode() in _decoded_field_data(package.read("word/document.xml"))
    sealed = seal(tmp_path, {"artikel.docx": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    data = sealed.files[sealed.members[1]]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml")
    assert b"fldData" not in body and _decoded_field_data(body) == b""
    assert _DB_ID.encode() not in body and canaries(data) == []
    text = docx.Document(io.BytesIO(data)).paragraphs[0].text
    assert text == "Zoals eerder beschreven (Smith, 2020)"  # the citation the reader sees stays
