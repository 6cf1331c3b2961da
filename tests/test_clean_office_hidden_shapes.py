"""Review r11m R11M-7: shapes out of sight in PowerPoint and Word were sealed told "Cleaned".

A text box hidden in PowerPoint's Selection Pane (`p:cNvPr hidden="1"`), one placed wholly beside
the slide (its offset beyond `p:sldSz`, or above and left of it), a Word shape hidden the same way
(`wp:docPr hidden="1"`) and a Word VML text box whose style says `visibility:hidden` all hold
text whoever views the file does not see. They are kept (the document's own content; a shape
beside the slide may fly in during the show) and told with `office_hidden_shapes_kept`. The
presentations are made by python-pptx, the Word parts written as Word writes them; each goes
through `clean_attachment`, and the sealed package is read part by part.
"""

# ruff: noqa: E501 (test names say what they check; parts are kept as Word writes them)

from __future__ import annotations

import io
import zipfile

import pptx
import pytest
from office_kit import package
from pptx.util import Emu

from intake_app.media.clean import clean_attachment
from intake_app.media.result import OFFICE_HIDDEN_SHAPES_KEPT
from intake_app.sentences import sentence

SECRET = "CANARY Jan Jansen 06-12345678"


def _deck(place=None, *, hidden: bool = False, wide: bool = False) -> bytes:
    """A one-slide presentation with a visible title and a text box holding SECRET, moved by
    `place(box, slide_width, slide_height)` and hidden in the Selection Pane if `hidden`."""
    deck = pptx.Presentation()
    if wide:
        deck.slide_width, deck.slide_height = Emu(12_192_000), Emu(6_858_000)  # 16:9
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Melding"
    box = slide.shapes.add_textbox(Emu(914_400), Emu(2_743_200), Emu(2_743_200), Emu(457_200))
    box.text_frame.text = SECRET
    if place is not None:
        place(box, deck.slide_width, deck.slide_height)
    if hidden:
        box._element.nvSpPr.cNvPr.set("hidden", "1")  # Selection Pane: the eye closed
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _right_of(box, width, height) -> None:
    box.left = width + 12_700


def _above(box, width, height) -> None:
    box.top = -box.height - 12_700


def _partly_beside(box, width, height) -> None:
    box.left = width - box.width // 2  # half of it shows


def _grouped_beside(box, width, height) -> None:
    """The text box in a group whose child space maps it beside the slide."""
    from lxml import etree

    group = box._element.getparent().makeelement(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}grpSp", {})
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    nv = etree.SubElement(group, f"{{{p}}}nvGrpSpPr")
    etree.SubElement(nv, f"{{{p}}}cNvPr", id="90", name="Group 90")
    etree.SubElement(nv, f"{{{p}}}cNvGrpSpPr")
    etree.SubElement(nv, f"{{{p}}}nvPr")
    props = etree.SubElement(group, f"{{{p}}}grpSpPr")
    xfrm = etree.SubElement(props, f"{{{a}}}xfrm")
    etree.SubElement(xfrm, f"{{{a}}}off", x="0", y="0")
    etree.SubElement(xfrm, f"{{{a}}}ext", cx=str(width), cy=str(height))
    etree.SubElement(xfrm, f"{{{a}}}chOff", x="0", y="0")
    etree.SubElement(xfrm, f"{{{a}}}chExt", cx=str(width // 4), cy=str(height // 4))  # children 4x
    box._element.getparent().append(group)
    group.append(box._element)  # at (914400, 2743200) in child space: x 3.6 M, y 11 M on the slide


def _text_of(result_data: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(result_data)) as cleaned:
        return cleaned.read(part).decode()


@pytest.mark.parametrize(("kind", "made"), [
    ("hidden text box", lambda: _deck(hidden=True)),
    ("right of the slide", lambda: _deck(_right_of)),
    ("right of a 16:9 slide", lambda: _deck(_right_of, wide=True)),
    ("above the slide", lambda: _deck(_above)),
    ("in a group that maps it below the slide", lambda: _deck(_grouped_beside)),
])
def test_a_slide_shape_hidden_or_wholly_beside_the_slide_is_told_and_kept(kind: str, made) -> None:
    result = clean_attachment(made(), "dia.pptx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_HIDDEN_SHAPES_KEPT,)), kind  # before: cleaned, ()
    assert SECRET in _text_of(result.data, "ppt/slides/slide1.xml")


@pytest.mark.parametrize(("kind", "made"), [
    ("on the slide", lambda: _deck()),
    ("half beside the slide", lambda: _deck(_partly_beside)),
    ("a 4:3 slide's width on a 16:9 slide", lambda: _deck(lambda box, w, h: setattr(box, "left", 9_144_000 + 12_700), wide=True)),
])
def test_a_slide_shape_that_shows_at_least_in_part_is_not_told(kind: str, made) -> None:
    result = clean_attachment(made(), "dia.pptx")
    assert OFFICE_HIDDEN_SHAPES_KEPT not in result.warnings, kind


WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _drawing_text_box(hidden: str) -> str:
    """A DrawingML text box anchored in a paragraph, as Word 2010 and later write it."""
    return (
        f'<w:p><w:r><w:drawing><wp:anchor {WP} distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        f'<wp:docPr id="1" name="Tekstvak 1"{hidden}/>'
        f'<a:graphic {A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp {WPS}><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"/></wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{SECRET}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>'
    )


def _vml_text_box(style: str) -> str:
    """A legacy VML text box (compatibility mode, a .doc saved as .docx)."""
    return (f'<w:p><w:r><w:pict><v:shape {V} id="Tekstvak 2" type="#_x0000_t202" style="{style}">'
            f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{SECRET}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
            '</v:shape></w:pict></w:r></w:p>')


@pytest.mark.parametrize(("kind", "body"), [
    ("DrawingML text box hidden", _drawing_text_box(' hidden="1"')),
    ("VML text box hidden by its style", _vml_text_box("position:absolute;margin-left:0;margin-top:0;width:144pt;height:36pt;visibility:hidden;z-index:1")),
    ("VML style with spaces and capitals", _vml_text_box("width:144pt; Visibility : Hidden ")),
])
def test_a_word_shape_or_text_box_hidden_is_told_and_kept(kind: str, body: str) -> None:
    result = clean_attachment(package("docx", body=body), "brief.docx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_HIDDEN_SHAPES_KEPT,)), kind  # before: cleaned, ()
    assert SECRET in _text_of(result.data, "word/document.xml")


@pytest.mark.parametrize(("kind", "body"), [
    ("DrawingML text box shown", _drawing_text_box(' hidden="0"')),
    ("VML text box shown", _vml_text_box("width:144pt;height:36pt;visibility:visible")),
])
def test_a_word_shape_or_text_box_that_shows_is_not_told(kind: str, body: str) -> None:
    result = clean_attachment(package("docx", body=body), "brief.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ()), kind


def test_the_warning_names_hidden_shapes_and_shapes_beside_the_slide_in_both_languages() -> None:
    assert "naast de dia" in sentence("media.office_hidden_shapes_kept", "nl")
    assert "beside the slide" in sentence("media.office_hidden_shapes_kept", "en")
