"""Issue 11, review r11j J4: an SVG picture inside a Word document (Office 365 inserts icons and
SVG pictures so) is cleaned as a standalone drawing is: its Inkscape file name and export
path, its RDF creator and its comments go, its shapes stay; before, it reached the office
whole, warned (`office_embedded_media_not_cleaned`)."""

# ruff: noqa: E501 (SVG kept as Inkscape writes it)

from __future__ import annotations

from media_kit import parts
from office_kit import OD, package

from intake_app.media.clean import clean_attachment
from intake_app.media.result import OFFICE_EMBEDDED_MEDIA_NOT_CLEANED

DRAWING = (  # the review's docx_svg_picture.docx picture (scripts/gen3.py)
    '<?xml version="1.0"?><!-- Created with Inkscape by Jan Jansen -->'
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
    'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="Jan_Jansen_plan.svg" '
    'inkscape:export-filename="C:\\Users\\jjansen\\Desktop\\plan.png" width="10" height="10">'
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<dc:creator>Jan Jansen JJLAPTOP</dc:creator></rdf:RDF></metadata><rect width="5" height="5" fill="red"/></svg>'
)


def _letter(picture: bytes | str) -> bytes:
    return package("docx", parts={"word/media/image1.svg": picture},
                   main_rels=(("rIdImg", OD + "image", "media/image1.svg"),),
                   overrides={"word/media/image1.svg": "image/svg+xml"})


def test_an_svg_picture_in_a_word_document_is_cleaned_as_a_drawing() -> None:
    result = clean_attachment(_letter(DRAWING), "brief.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    [picture] = [body for name, body in parts(result.data).items() if name.endswith(".svg")]
    for planted in (b"Jansen", b"jjansen", b"JJLAPTOP", b"<!--", b"sodipodi", b"metadata"):
        assert planted not in picture and planted not in result.data
    assert b'<rect width="5" height="5" fill="red"/>' in picture


def test_a_part_named_svg_that_is_no_drawing_stays_warned() -> None:
    result = clean_attachment(_letter(b"\x00\x01 not a drawing"), "brief.docx")
    assert result.cleaning == "partly-cleaned" and OFFICE_EMBEDDED_MEDIA_NOT_CLEANED in result.warnings
