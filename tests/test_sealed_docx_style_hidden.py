"""Issue 11 (task q11b): Word text hidden by a style is taken out, as text hidden by its own
formatting has been since review r11j J6.

A character style or a paragraph style with "Hidden" ticked (`w:vanish` in the style's run
properties, styles.xml) hides every run that uses it: Word shows none of it unless "Show hidden
text" is on. Before, such runs reached the office, told "Cleaned" (`office_revisions` read only
a run's own properties). Each document is made by python-docx and goes the real path (forecast,
attach, seal, stock age, tar); the sealed `word/document.xml` is read.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from office_types_kit import seal


def _document() -> bytes:
    document = docx.Document()
    hidden_characters = document.styles.add_style("Verborgen", WD_STYLE_TYPE.CHARACTER)
    hidden_characters.font.hidden = True
    hidden_paragraphs = document.styles.add_style("VerborgenAlinea", WD_STYLE_TYPE.PARAGRAPH)
    hidden_paragraphs.font.hidden = True
    derived = document.styles.add_style("AfgeleidVerborgen", WD_STYLE_TYPE.CHARACTER)
    derived.base_style = hidden_characters  # hidden by inheritance (w:basedOn)
    paragraph = document.add_paragraph("Melding over de bijeenkomst. ")
    paragraph.add_run("CANARY-char Jan Jansen, Dorpsstraat 1", style="Verborgen")
    paragraph.add_run("CANARY-based 06-12345678", style="AfgeleidVerborgen")
    paragraph.add_run("Zichtbaar slot.")
    hidden = document.add_paragraph("CANARY-para Anna de Vries", style="VerborgenAlinea")
    shown = hidden.add_run("Zichtbaar ondanks de stijl.")
    shown.font.hidden = False  # the run's own w:vanish w:val="0" wins over its paragraph's style
    both = document.add_paragraph("", style="VerborgenAlinea")
    both.add_run("Zichtbaar door twee stijlen.", style="Verborgen")  # a toggle: two hide, it shows
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_runs_hidden_by_a_character_or_paragraph_style_are_removed_and_visible_text_stays(tmp_path: Path) -> None:
    original = _document()
    assert original.count(b"CANARY") == 0  # deflated: the names are inside document.xml
    sealed = seal(tmp_path, {"melding.docx": original})
    entry = sealed.signal["attachments"][0]
    assert entry["cleaning"] == "cleaned", entry
    assert "office_unseen_text_removed" in entry["warnings"], entry
    body = zipfile.ZipFile(io.BytesIO(sealed.files[sealed.members[1]])).read("word/document.xml").decode()
    assert "CANARY" not in body
    for visible in ("Melding over de bijeenkomst.", "Zichtbaar slot.", "Zichtbaar ondanks de stijl.",
                    "Zichtbaar door twee stijlen."):
        assert visible in body, visible


def test_a_document_whose_styles_hide_nothing_keeps_every_run_and_is_not_warned(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles.add_style("Nadruk2", WD_STYLE_TYPE.CHARACTER).font.bold = True
    document.add_paragraph("Gewone tekst. ").add_run("Met nadruk.", style="Nadruk2")
    out = io.BytesIO()
    document.save(out)
    sealed = seal(tmp_path, {"gewoon.docx": out.getvalue()})
    entry = sealed.signal["attachments"][0]
    assert "office_unseen_text_removed" not in entry["warnings"], entry
    body = zipfile.ZipFile(io.BytesIO(sealed.files[sealed.members[1]])).read("word/document.xml").decode()
    assert "Gewone tekst." in body and "Met nadruk." in body
