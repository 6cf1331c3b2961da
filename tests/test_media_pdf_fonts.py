"""Type 1 and CFF font programs in PDFs lose who made them and for whom, and still draw the same.

Each test embeds a small crafted font program (tests/inventory_pdf_kit.py) whose strings name
its maker and buyer, cleans the PDF with `clean_attachment`, reads the program back with
fontTools, and compares poppler's rendering of the page before and after (and with the font
taken out, to show the embedded program is what draws the glyph).
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import inventory_pdf_kit as kit
import pikepdf
import pytest
from fontTools.cffLib import CFFFontSet
from fontTools.misc import psLib
from fontTools.ttLib import TTFont
from media_kit import canaries, identifying_tags
from office_kit import pdf
from pikepdf import Name
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.result import PDF_FONTS_REMOVED
from intake_app.sentences import sentence


def rendered(data: bytes) -> list[bytes]:
    """Every page as poppler draws it at 36 dpi, RGB pixels."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "a.pdf"
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "36", "-png", str(source), str(Path(folder) / "p")],
                       check=True, capture_output=True)
        pages = []
        for png in sorted(Path(folder).glob("p-*.png")):
            with Image.open(png) as page:
                pages.append(page.convert("RGB").tobytes())
        return pages


def without_font_programs(data: bytes) -> bytes:
    """The same PDF with every embedded font program taken out (a viewer's stand-in draws)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        for obj in document.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get(Name.Type) == Name.FontDescriptor:
                for key in (Name.FontFile, Name.FontFile2, Name.FontFile3):
                    if key in obj:
                        del obj[key]
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def programs(data: bytes) -> list[tuple[pikepdf.Name, bytes, dict[str, object]]]:
    """(key, decoded bytes, stream dictionary) of every embedded font program."""
    with pikepdf.open(io.BytesIO(data)) as document:
        return [(key, obj[key].read_bytes(), dict(obj[key].stream_dict.items()))
                for obj in document.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get(Name.Type) == Name.FontDescriptor
                for key in (Name.FontFile, Name.FontFile2, Name.FontFile3) if key in obj]


def test_a_type1_fonts_notice_names_and_comments_are_gone_and_it_draws_the_same() -> None:
    original = pdf(kit.type1_font)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert rendered(result.data) == rendered(original) != rendered(without_font_programs(original))
    ((key, program, lengths),) = programs(result.data)
    assert key == Name.FontFile
    length1 = int(lengths["/Length1"])
    assert program[:length1].rstrip().endswith(b"currentfile eexec")
    font = psLib.suckfont(program)  # fontTools' own reader (trusted input here)
    assert font["FontName"] == "Huisletter"
    assert {font["FontInfo"][k] for k in ("Notice", "FullName", "FamilyName")} == {""}
    assert program.startswith(b"%!FontType1-1.1: Huisletter\n")  # the first line stays
    assert b"%%" not in program[:length1]  # %%Creator, %%For, %%CreationDate


@pytest.mark.parametrize("kind", ["/Type1C", "/CIDFontType0C", "/OpenType"])
def test_a_cff_fonts_notice_copyright_and_names_are_gone_and_it_draws_the_same(kind: str) -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        kit.font_program_page(document, page, kind, kit.cff_programs()[kind])

    original = pdf(build)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert rendered(result.data) == rendered(original) != rendered(without_font_programs(original))
    ((_, program, _),) = programs(result.data)
    if kind == "/OpenType":
        font = TTFont(io.BytesIO(program))
        top = font["CFF "].cff.topDictIndex[0]
        assert {r.toUnicode() for r in font["name"].names} == {"Huisletter", "Regular"}
    else:
        fonts = CFFFontSet()
        fonts.decompile(io.BytesIO(program), None)
        top = fonts.topDictIndex[0]
        assert fonts.fontNames == ["Huisletter"]
    assert not {"Notice", "Copyright", "FullName", "FamilyName"} & set(top.rawDict)
    if kind == "/CIDFontType0C":
        assert "FontName" not in top.FDArray[0].rawDict


@pytest.mark.parametrize(("name", "build"), [
    ("type 1 with a string in its encrypted part", kit.type1_font_with_hidden_string),
    ("type 1 that is not one", lambda d, p: kit.font_program_page(
        d, p, "/Type1", b"%!PS-AdobeFont-1.0: CANARY\nnot a font", Length1=10, Length2=5)),
    ("cff that is not one", lambda d, p: kit.font_program_page(
        d, p, "/Type1C", b"\x01\x00\x04\x04CANARY Lou's font")),
    ("font file 3 of a kind Seinpost does not know", lambda d, p: kit.font_program_page(
        d, p, "/Type3C", b"CANARY")),
])
def test_a_font_program_that_cannot_be_read_is_removed_and_warned(name: str, build: object) -> None:
    original = pdf(build)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", (PDF_FONTS_REMOVED,)), name
    assert programs(result.data) == []
    assert canaries(result.data) == []
    assert "font" in sentence("media.pdf_fonts_removed", "en")
    assert "lettertype" in sentence("media.pdf_fonts_removed", "nl")


def test_a_compressed_type1_program_is_read_through_its_flate_filter() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        kit.type1_font(document, page)

    original = pdf(build)
    with pikepdf.open(io.BytesIO(original)) as document:
        (descriptor,) = [o for o in document.objects if isinstance(o, pikepdf.Dictionary)
                         and o.get(Name.Type) == Name.FontDescriptor]
        program = descriptor.FontFile
        program.write(program.read_bytes())  # read, then stored again below with Flate
        out = io.BytesIO()
        document.save(out, compress_streams=True)
    compressed = out.getvalue()
    result = clean_attachment(compressed, "a.pdf")
    assert result.warnings == ()
    assert canaries(result.data) == []
    assert rendered(result.data) == rendered(compressed)
