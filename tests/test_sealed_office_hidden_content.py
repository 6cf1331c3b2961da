"""Issue 11 (task q11b): content an Office file keeps out of sight is told, not sealed unsaid.

A hidden or very hidden Excel sheet (Excel's menus cannot unhide the second), a PowerPoint slide
hidden from the show, and a slide's speaker notes hold what a person wrote, and whoever simply
views the file does not see it. Before, such files were told "Cleaned". They are kept as they
are (the document's own content) with the warning `office_hidden_content_kept`, so the outcome
is "partly cleaned". Each file is made by openpyxl or python-pptx and goes the real path
(forecast, attach, seal, stock age, tar); the sealed file still holds the content.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pptx
import pytest
from office_types_kit import seal

from intake_app.sentences import sentence


def _workbook(state: str) -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = "Melding"
    secret = book.create_sheet("Contacten")
    secret["A1"] = "CANARY Jan Jansen 06-12345678"
    secret.sheet_state = state
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _presentation(*, notes: str = "", hidden: bool = False) -> bytes:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[0])
    slide.shapes.title.text = "Melding"
    second = deck.slides.add_slide(deck.slide_layouts[0])
    second.shapes.title.text = "CANARY Anna de Vries"
    if hidden:
        second._element.set("show", "0")  # Slide Show > Hide Slide
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_workbook_with_a_hidden_sheet_is_told_and_sealed_with_it(state: str, tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"lijst.xlsx": _workbook(state)})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("partly-cleaned", ["office_hidden_content_kept"])  # before: cleaned, []
    package = zipfile.ZipFile(io.BytesIO(sealed.files[sealed.members[1]]))
    assert f'state="{state}"' in package.read("xl/workbook.xml").decode()


@pytest.mark.parametrize(("kind", "made"), [
    ("hidden slide", lambda: _presentation(hidden=True)),
    ("speaker notes", lambda: _presentation(notes="CANARY bel Jan na afloop")),
])
def test_a_presentation_with_a_hidden_slide_or_speaker_notes_is_told(kind: str, made, tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"dia.pptx": made()})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("partly-cleaned", ["office_hidden_content_kept"]), kind


def test_visible_sheets_slides_and_empty_notes_are_not_told(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"lijst.xlsx": _workbook("visible"), "dia.pptx": _presentation(notes=" ")})
    for entry in sealed.signal["attachments"]:
        assert "office_hidden_content_kept" not in entry["warnings"], entry


def test_the_warning_says_what_is_hidden_in_both_languages() -> None:
    assert "verborgen werkblad" in sentence("media.office_hidden_content_kept", "nl")
    assert "speaker notes" in sentence("media.office_hidden_content_kept", "en")


def test_a_notes_slide_holding_only_powerpoints_slide_number_field_is_not_told() -> None:
    from intake_app.media.office_hidden import holds_hidden_content
    from intake_app.media.office_strict import canonical
    from intake_app.media.office_xml import parse_part

    notes = ('<p:notes xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>'
             '<p:sp><p:txBody><a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
             '<a:rPr lang="nl-NL"/><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp>{more}</p:spTree></p:cSld></p:notes>')
    said = '<p:sp><p:txBody><a:p><a:r><a:t>CANARY bel Jan</a:t></a:r></a:p></p:txBody></p:sp>'
    assert not holds_hidden_content(parse_part(notes.replace("{more}", "").encode())[0], canonical)
    assert holds_hidden_content(parse_part(notes.replace("{more}", said).encode())[0], canonical)
