"""Office templates, macro-enabled files and slide shows, made from the plain files python-docx,
openpyxl and python-pptx write (review r11e K1–K3), and sealing through the real liaison path.

Each file is the library's own document with its main part's content type changed to the kind
its extension names; a macro-enabled one also gets a VBA project (`vbaProject.bin`, with
Word's `vbaData.xml` hanging from it) whose bytes hold a module's text, a home-folder path and
a user name, as real VBA projects do.
"""

# ruff: noqa: E501 (content types are kept whole)

from __future__ import annotations

import io
import json
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl
import pptx
from liaison_fixtures import fast_session, make_office, sealed_file, signal_fields

from intake_app.crypto import age

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PML = "application/vnd.openxmlformats-officedocument.presentationml"
MAIN_TYPES = {
    ".docx": f"{_WML}.document.main+xml",
    ".dotx": f"{_WML}.template.main+xml",
    ".docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
    ".dotm": "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ".xlsx": f"{_SML}.sheet.main+xml",
    ".xltx": f"{_SML}.template.main+xml",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ".xltm": "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ".xlam": "application/vnd.ms-excel.addin.macroEnabled.main+xml",
    ".pptx": f"{_PML}.presentation.main+xml",
    ".potx": f"{_PML}.template.main+xml",
    ".ppsx": f"{_PML}.slideshow.main+xml",
    ".pptm": "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    ".potm": "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
    ".ppsm": "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
}
"""The main part's content type Office writes for each extension (ECMA-376, [MS-OFFCRYPTO]-era
macro types)."""
PLAIN = {"word": ".docx", "xl": ".xlsx", "ppt": ".pptx"}


def plain_extension(extension: str) -> str:
    """".docx", ".xlsx" or ".pptx": the plain document of the same program as `extension`."""
    return {"d": ".docx", "x": ".xlsx", "p": ".pptx"}[extension[1]]

MAIN_PART = {"word": "word/document.xml", "xl": "xl/workbook.xml", "ppt": "ppt/presentation.xml"}
VBA_PROJECT = (
    b"\xcc\x61\xff\xff\x00\x00\x00Attribute VB_Name = \"CANARYModule\"\r\n"
    b"Sub AutoOpen()\r\n  ' written by CANARY Jan Jansen\r\nEnd Sub\r\n"
    b"*\\G{000204EF-0000-0000-C000-000000000046}#4.2#9#C:\\Users\\CANARYjjansen\\AppData\\VBE7.DLL#"
)
VBA_TYPE = "application/vnd.ms-office.vbaProject"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def plain_file(folder: str) -> bytes:
    """The plain file python-docx ("word"), openpyxl ("xl") or python-pptx ("ppt", one slide
    titled "Melding") writes."""
    out = io.BytesIO()
    if folder == "word":
        docx.Document().save(out)
    elif folder == "xl":
        openpyxl.Workbook().save(out)
    else:
        prs = pptx.Presentation()
        prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Melding"
        prs.save(out)
    return out.getvalue()


def office_file(extension: str) -> bytes:
    """A file of `extension` (".dotx", ".xlsm"…): the plain library file, its main part
    declared as that kind, and a VBA project when the kind is macro-enabled."""
    folder = next(f for f, plain in PLAIN.items() if plain == plain_extension(extension))
    main = MAIN_PART[folder]
    macros = extension.endswith("m")
    with zipfile.ZipFile(io.BytesIO(plain_file(folder))) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    root = ET.fromstring(entries["[Content_Types].xml"])
    _main_override(root, main).set("ContentType", MAIN_TYPES[extension])
    ET.register_namespace("", _CT)
    types = ET.tostring(root, encoding="unicode")
    if macros:
        rels_name = f"{folder}/_rels/{main.split('/')[1]}.rels"
        entries[rels_name] = entries[rels_name].replace(
            b"</Relationships>",
            f'<Relationship Id="rIdVba" Type="{VBA_REL}" Target="vbaProject.bin"/></Relationships>'.encode())
        entries[f"{folder}/vbaProject.bin"] = VBA_PROJECT
        types = types.replace("</Types>", f'<Default Extension="bin" ContentType="{VBA_TYPE}" /></Types>')
        if folder == "word":  # Word keeps the project's properties beside it
            entries["word/_rels/vbaProject.bin.rels"] = (
                b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b'<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>')
            entries["word/vbaData.xml"] = (
                b'<?xml version="1.0"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml">'
                b'<wne:mcds><wne:mcd wne:macroName="CANARYPROJECT.MODULE1.AUTOOPEN" wne:name="Project.Module1.AutoOpen"/></wne:mcds></wne:vbaSuppData>')
            types = types.replace("</Types>", '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/></Types>')
    entries["[Content_Types].xml"] = types.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, body in entries.items():
            package.writestr(name, body)
    return out.getvalue()


def _main_override(root: ET.Element, main: str) -> ET.Element:
    found = [o for o in root.iter(f"{{{_CT}}}Override") if o.get("PartName") == f"/{main}"]
    assert len(found) == 1
    return found[0]


def content_types(data: bytes) -> tuple[str, set[str]]:
    """(the content type `[Content_Types].xml` gives the package's main part, every content
    type it declares)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = ET.fromstring(package.read("[Content_Types].xml"))
        names = package.namelist()
    main = next(part for part in MAIN_PART.values() if part in names)
    declared = {element.get("ContentType", "") for element in root}
    return _main_override(root, main).get("ContentType", ""), declared


def opens(data: bytes, extension: str) -> None:
    """Open `data` with the library that reads `extension` (raises if it refuses)."""
    if extension == ".docx":
        docx.Document(io.BytesIO(data))  # refuses any main type but a plain document's
    elif extension == ".xlsx":
        openpyxl.load_workbook(io.BytesIO(data)).active  # noqa: B018
    else:
        assert pptx.Presentation(io.BytesIO(data)).slides[0].shapes.title.text == "Melding"


@dataclass(frozen=True)
class Sealed:
    """What reached the office: tar member names, signal.json, each attachment's bytes, and
    what the liaison read before saving (forecast) and before sealing (outcome)."""

    members: list[str]
    signal: dict
    files: dict[str, bytes]
    forecasts: list
    outcomes: list


def seal(tmp_path: Path, originals: dict[str, bytes]) -> Sealed:
    """Attach `originals` (file name -> bytes) to a new draft in a real profile, seal it, and
    open the sealed item with stock age and tar as the office would."""
    from intake_app.services.attach import forecast_attachment

    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    forecasts = []
    for name, body in originals.items():
        path = tmp_path / name
        path.write_bytes(body)
        forecasts.append(forecast_attachment(path))
        session.attach(draft_id, path)
    outcomes = session.attachment_outcomes(draft_id)
    session.seal(draft_id)
    out = io.BytesIO()
    with open(sealed_file(session.profile_dir, draft_id), "rb") as src:
        age.decrypt(src, out, identities=[office.identity])
    session.lock()
    with tarfile.open(fileobj=io.BytesIO(out.getvalue())) as tar:
        members = tar.getnames()
        files = {m: tar.extractfile(m).read() for m in members}
    return Sealed(members, json.loads(files.pop("signal.json")), files, forecasts, outcomes)
