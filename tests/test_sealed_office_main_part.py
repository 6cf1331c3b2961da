"""Review r11h W1 (high): a document saved by Word for the web (Microsoft 365, SharePoint, Teams)
has its main part at `word/document2.xml`, named so in `_rels/.rels` and the content types; Excel
writes `xl/workbook2.xml`. Seinpost knew a package by the literal names `word/document.xml`,
`xl/workbook.xml`, `ppt/presentation.xml`, so these were sealed as they were ("Seinpost cannot
clean this kind of file", after a forecast of "will be cleaned") with the author and a
co-author's account. The main part is now the officeDocument relationship's target, as OPC
says. Each file (python-docx, openpyxl, python-pptx, its main part renamed) goes the real path
(forecast, attach, save, seal, stock age, tar) and is opened again by its library.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
from media_kit import CANARY, canaries
from office_types_kit import seal

_NAME = "CANARY Jan Jansen"
_PEOPLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
           f'<w15:person w15:author="{_NAME}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::CANARYjj@example.org::1b2c"/></w15:person></w15:people>')


def _renamed(data: bytes, main: str, new: str) -> bytes:
    """The package `data` with its main part `main` moved to `new` (its relationships part, the
    package relationships and the content types follow), as Word for the web writes it; a
    Word document gains a people part naming a co-author."""
    folder, old_base, new_base = main.rsplit("/", 1)[0], main.rsplit("/", 1)[1], new.rsplit("/", 1)[1]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            body = source.read(name)
            if name == main:
                name = new
            elif name == f"{folder}/_rels/{old_base}.rels":
                name = f"{folder}/_rels/{new_base}.rels"
                if folder == "word":
                    body = body.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/></Relationships>')
            elif name in ("_rels/.rels", "[Content_Types].xml"):
                body = body.replace(main.encode(), new.encode())
                if name == "[Content_Types].xml" and folder == "word":
                    body = body.replace(b"</Types>", b'<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/></Types>')
            package.writestr(name, body)
        if folder == "word":
            package.writestr("word/people.xml", _PEOPLE)
    return out.getvalue()


def _docx() -> bytes:
    document = docx.Document()
    document.core_properties.author = document.core_properties.last_modified_by = _NAME
    document.add_paragraph("Verslag van het gesprek.")
    out = io.BytesIO()
    document.save(out)
    return _renamed(out.getvalue(), "word/document.xml", "word/document2.xml")


def _xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.properties.creator = workbook.properties.lastModifiedBy = _NAME
    workbook.active["A1"] = "Verslag"
    out = io.BytesIO()
    workbook.save(out)
    return _renamed(out.getvalue(), "xl/workbook.xml", "xl/workbook2.xml")


def _pptx() -> bytes:
    deck = pptx.Presentation()
    deck.core_properties.author = deck.core_properties.last_modified_by = _NAME
    deck.slides.add_slide(deck.slide_layouts[5]).shapes.title.text = "Verslag"
    out = io.BytesIO()
    deck.save(out)
    return _renamed(out.getvalue(), "ppt/presentation.xml", "ppt/presentation2.xml")


def test_office_files_whose_main_part_has_another_name_are_cleaned_and_still_open(tmp_path: Path) -> None:
    originals = {"verslag.docx": _docx(), "lijst.xlsx": _xlsx(), "dia.pptx": _pptx()}
    sealed = seal(tmp_path, originals)
    for index, (name, original) in enumerate(originals.items()):
        assert canaries(original), name  # the author and the co-author are there
        entry = sealed.signal["attachments"][index]
        assert (entry["cleaning"], entry["warnings"]) == ("cleaned", []), name
        assert sealed.forecasts[index].cleaning == "cleaned", name
        member = sealed.members[index + 1]
        assert member.endswith(name[-5:]), member
        data = sealed.files[member]
        assert canaries(data) == [], name
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert not any(CANARY in package.read(part) for part in package.namelist()), name
    assert docx.Document(io.BytesIO(sealed.files[sealed.members[1]])).paragraphs[0].text == "Verslag van het gesprek."
    assert openpyxl.load_workbook(io.BytesIO(sealed.files[sealed.members[2]])).active["A1"].value == "Verslag"
    assert pptx.Presentation(io.BytesIO(sealed.files[sealed.members[3]])).slides[0].shapes.title.text == "Verslag"
