"""A theme's and its schemes' names and Excel's exact build leave an Office file (review r11i
R12, L7; issue 11). Nothing in the document shows them: a saved theme's name is an
organisation's house style ("Huisstijl Stichting Jan Jansen"), a colour scheme's what its maker
typed, `rupBuild` the author's Office installation. Each case is its own small file, cleaned,
checked with exiftool and by reading the part; the theme's colours and fonts stay."""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import zipfile

from media_kit import canaries, identifying_tags
from office_kit import OD, package

from intake_app.media.clean import clean_attachment

_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
THEME = (
    f'<a:theme {_A} name="CANARY Huisstijl Stichting Jan Jansen"><a:themeElements>'
    '<a:clrScheme name="CANARY Kleuren JJLAPTOP"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
    '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
    '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="CANARY Letters Jan"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="CANARY Effecten JJ"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme>'
    '</a:themeElements><a:objectDefaults/>'
    '<a:extraClrSchemeLst><a:extraClrScheme><a:clrScheme name="CANARY Extra JJ"><a:dk1><a:srgbClr val="000000"/></a:dk1></a:clrScheme></a:extraClrScheme></a:extraClrSchemeLst>'
    '<a:custClrLst><a:custClr name="CANARY Logo blauw Stichting JJ"><a:srgbClr val="1F3864"/></a:custClr></a:custClrLst>'
    '<a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
    '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="CANARY Huisstijl Stichting Jan Jansen" '
    'id="{1B2C3D4E-0000-4000-8000-00000000CA0A}" vid="{1B2C3D4E-0000-4000-8000-00000000CA0B}"/></a:ext></a:extLst></a:theme>'
)
THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"


def theme_docx() -> bytes:
    """A DOCX whose theme part (word/theme/theme1.xml) names its maker everywhere it can."""
    return package("docx", parts={"word/theme/theme1.xml": THEME},
                   main_rels=(("rIdTheme", OD + "theme", "theme/theme1.xml"),),
                   overrides={"word/theme/theme1.xml": THEME_TYPE})


def build_xlsx() -> bytes:
    """An XLSX whose workbook names Excel's exact build (`rupBuild`); the build is not a canary
    (a number), so the test reads the attribute."""
    return package("xlsx", workbook_extra=(
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
        '<workbookPr defaultThemeVersion="166925"/>'))


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode()


def test_theme_and_scheme_names_become_offices_own_and_the_look_stays() -> None:
    original = theme_docx()
    assert "CANARY" in _part(original, "word/theme/theme1.xml")
    result = clean_attachment(original, "brief.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    text = _part(result.data, "word/theme/theme1.xml")
    assert 'name="Office Theme"' in text
    assert text.count('<a:clrScheme name="Office">') == 2  # the theme's and the extra scheme
    assert '<a:fontScheme name="Office">' in text and '<a:fmtScheme name="Office">' in text
    assert "<a:custClr><a:srgbClr val=\"1F3864\"/></a:custClr>" in text  # the colour stays
    assert "themeFamily" not in text and "00000000CA0A" not in text and "00000000CA0B" not in text
    assert '<a:accent1><a:srgbClr val="4472C4"/></a:accent1>' in text
    assert '<a:latin typeface="Calibri Light"/>' in text


def test_excels_exact_build_leaves_the_workbook() -> None:
    original = build_xlsx()
    assert 'rupBuild="27328"' in _part(original, "xl/workbook.xml")
    result = clean_attachment(original, "book.xlsx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert identifying_tags(result.data) == []
    text = _part(result.data, "xl/workbook.xml")
    assert "rupBuild" not in text and "27328" not in text
    assert '<fileVersion appName="xl" lastEdited="7" lowestEdited="7"/>' in text
