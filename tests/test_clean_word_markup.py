"""What programs store in Word's invisible markup properties (review r11m R11M-10).

The review's `docx-markup.docx` reached the office told "Cleaned" with custom XML markup's
attributes (`auteur`, `host`), a content control's tag (`dms:user=jjansen;host=JJLAPTOP`) and a
smart tag's attribute (`Jan Jansen Kerkstraat 12`). Attribute values go, tags are emptied (a
Mendeley citation's keeps its neutral name), and a control's title is read for paths.
"""

# ruff: noqa: E501 (parts are kept as Word writes them, one element a line)

from __future__ import annotations

import re

from media_kit import canaries, parts
from office_kit import package

from intake_app.media.clean import clean_attachment

BODY = (
    '<w:p><w:customXml w:uri="urn:dms" w:element="meta"><w:customXmlPr><w:placeholder w:val="Typ hier"/><w:attr w:name="auteur" w:val="CANARY Jan Jansen"/><w:attr w:name="host" w:val="CANARYJJLAPTOP"/></w:customXmlPr><w:r><w:t>Tekst een.</w:t></w:r></w:customXml></w:p>'
    '<w:p><w:sdt><w:sdtPr><w:alias w:val="Auteur"/><w:tag w:val="dms:user=CANARYjjansen;host=JJLAPTOP"/><w:id w:val="12345"/></w:sdtPr><w:sdtContent><w:r><w:t>Tekst twee.</w:t></w:r></w:sdtContent></w:sdt></w:p>'
    '<w:p><w:sdt><w:sdtPr><w:alias w:val="CANARY-IMG_0001.jpg"/><w:tag w:val="MENDELEY_CITATION"/></w:sdtPr><w:sdtContent><w:r><w:t>(Jansen, 2020)</w:t></w:r></w:sdtContent></w:sdt></w:p>'
    '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName"><w:smartTagPr><w:attr w:name="ProductID" w:val="CANARY Jan Jansen Kerkstraat 12"/></w:smartTagPr><w:r><w:t>Iemand.</w:t></w:r></w:smartTag></w:p>'
)


def markup_docx() -> bytes:
    """A document with custom XML markup, two content controls and a smart tag (`BODY`)."""
    return package("docx", body=BODY)


def test_markup_attribute_values_and_control_tags_go_and_the_text_stays() -> None:
    result = clean_attachment(markup_docx(), "a.docx")
    assert result.cleaning == "cleaned", result
    document = parts(result.data)["word/document.xml"].decode()
    assert canaries(result.data) == [], document
    assert not re.search(r"<w:attr\b", document)
    assert '<w:placeholder w:val="Typ hier"/>' in document  # what the control shows when empty
    assert re.findall(r'<w:tag w:val="([^"]*)"/>', document) == ["", "MENDELEY_CITATION"]
    assert all(t in document for t in ("Tekst een.", "Tekst twee.", "(Jansen, 2020)", "Iemand."))


def test_a_control_title_is_kept_unless_it_is_a_file_name() -> None:
    document = parts(clean_attachment(markup_docx(), "a.docx").data)["word/document.xml"].decode()
    assert re.findall(r'<w:alias w:val="([^"]*)"/>', document) == ["Auteur", "Picture"]
