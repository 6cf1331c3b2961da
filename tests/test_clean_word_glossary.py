"""Review r11m R11M-9: Word's glossary document (AutoText, Quick Parts) reached the office.

`word/glossary/document.xml` holds the author's building blocks: a signature with their name,
an address, a phone number. Word never shows it in the document; it rode along whole, with its
own styles and settings, told "Cleaned". Now the part, the parts only it reaches, the
relationship to it and their content types are gone. A small package is built here part by
part, cleaned by `clean_attachment` and read back part by part.
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import zipfile

from media_kit import canaries
from office_kit import OD, XML_HEAD, W, package, rels

from intake_app.media.clean import clean_attachment

GLOSSARY_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
GLOSSARY = (
    XML_HEAD + f"<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartPr><w:name w:val=\"Handtekening\"/>"
    "<w:category><w:name w:val=\"General\"/><w:gallery w:val=\"autoTxt\"/></w:category></w:docPartPr>"
    "<w:docPartBody><w:p><w:r><w:t>CANARY Jan Jansen, Kerkstraat 12, 06-12345678</w:t></w:r></w:p></w:docPartBody>"
    "</w:docPart></w:docParts></w:glossaryDocument>"
)
GLOSSARY_STYLES = XML_HEAD + f'<w:styles {W}><w:style w:type="paragraph" w:styleId="CANARYjjansen"><w:name w:val="CANARY Jan"/></w:style></w:styles>'


def _docx_with_glossary(rel_type: str = OD + "glossaryDocument") -> bytes:
    return package(
        "docx",
        parts={
            "word/glossary/document.xml": GLOSSARY,
            "word/glossary/_rels/document.xml.rels": rels(("rId1", OD + "styles", "styles.xml")),
            "word/glossary/styles.xml": GLOSSARY_STYLES,
        },
        main_rels=(("rIdGlossary", rel_type, "glossary/document.xml"),),
        overrides={"word/glossary/document.xml": GLOSSARY_TYPE, "word/glossary/styles.xml": STYLES_TYPE},
    )


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as cleaned:
        return {name: cleaned.read(name) for name in cleaned.namelist()}


def test_word_glossary_part_its_styles_relationship_and_content_types_are_removed() -> None:
    original = _docx_with_glossary()
    assert canaries(original)
    result = clean_attachment(original, "brief.docx")
    found = _parts(result.data)
    assert not [name for name in found if "glossary" in name.lower()], sorted(found)
    assert b"glossary" not in found["word/_rels/document.xml.rels"].lower()
    assert b"glossary" not in found["[Content_Types].xml"].lower()
    assert canaries(result.data) == []
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert b"<w:t>Melding.</w:t>" in found["word/document.xml"]  # the document itself stays


def test_word_glossary_reached_by_the_strict_relationship_type_is_removed_too() -> None:
    strict_type = "http://purl.oclc.org/ooxml/officeDocument/relationships/glossaryDocument"
    result = clean_attachment(_docx_with_glossary(strict_type), "brief.docx")
    assert not [name for name in _parts(result.data) if "glossary" in name.lower()]
    assert canaries(result.data) == []
