"""A template or macro-enabled Office package sealed as the plain document its name says.

Seinpost seals every Word, Excel and PowerPoint file as `.docx`, `.xlsx` or `.pptx`
(`names.EXTENSIONS`). A `.dotx`, `.docm`, `.xlsm`, `.potx`, `.ppsx`… declares another content type
for its main part in `[Content_Types].xml` (`…template.main+xml`, `…macroEnabled.main+xml`), and
Word and Excel refuse to open a file whose extension does not match that type (review r11e
K1–K3). So the top-level package's main part gets the plain document's content type, and what
only a macro-enabled file may hold goes:

- the VBA project (`vbaProject.bin`: module text, project and module names, the paths of the
  author's references and libraries, often a user name) with what hangs from it (its signature,
  Word's `vbaData.xml`), Word's key-map and toolbar customisations (they call macros), and
  Excel 4.0 macro sheets (`xl/macrosheets/`: formulas that run; their workbook entry goes
  too, `office_references`) are removed by their relationship kind (`MACRO_KINDS`,
  `office_docs._DROPPED_KINDS`), with their content types;
- the outcome notes it (`result.OFFICE_MACROS_REMOVED`): a liaison whose evidence is the macro
  itself (a phishing document) keeps the original instead.

Embedded packages keep their own content type (the outer document names them by it); their
macros go all the same. docs/CLEANING.md rows `macros`, `package-type`.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's

from intake_app.media import sniff

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_MS_REL = "http://schemas.microsoft.com/office/2006/relationships/"
MACRO_KINDS = frozenset({
    _MS_REL + "vbaproject",  # vbaProject.bin: Word, Excel, PowerPoint
    _MS_REL + "xlmacrosheet",  # Excel 4.0 macro sheets
    _MS_REL + "xlintlmacrosheet",
    _MS_REL + "keymapcustomizations",  # Word: keys bound to macros
    _MS_REL + "attachedtoolbars",  # Word: toolbars calling macros
})
"""Relationship kinds (`office_rels.relationship_kind`) of the parts only a macro-enabled
package may hold. What hangs from them (`vbaData.xml`, a VBA signature) is then unreachable,
and the cleaner copies no unreachable part."""
MACRO_CONTENT_TYPES = frozenset({
    "application/vnd.ms-office.vbaproject",
    "application/vnd.ms-office.vbaprojectsignature",
    "application/vnd.ms-office.vbaprojectsignatureagile",
    "application/vnd.ms-office.vbaprojectsignaturev3",
    "application/vnd.ms-word.vbadata+xml",
    "application/vnd.ms-excel.macrosheet+xml",
    "application/vnd.ms-excel.intlmacrosheet+xml",
    "application/vnd.ms-word.keymapcustomizations+xml",
    "application/vnd.ms-word.attachedtoolbars",
})
"""Content types (lower case) of those parts, for `Default` entries left without a part."""
PLAIN_MAIN_TYPES = {
    sniff.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    sniff.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    sniff.PPTX:
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
"""The main part's content type of a plain `.docx`, `.xlsx`, `.pptx` (ECMA-376 Part 1 §11-13;
ISO 29500 Strict uses the same types)."""


def clean_content_types(
    root: ET.Element, dropped: frozenset[str], renamed: dict[str, str],
    main_type: tuple[str, str] | None, kept: frozenset[str],
) -> None:
    """Rewrite a parsed `[Content_Types].xml` in place: no override for a `dropped` part, a
    `renamed` part under its new name, and for the top-level package (`main_type`: its main
    part and media type; None for an embedded one) the main part declared plain (`make_plain`).
    """
    for override in list(root.iter(f"{{{_CT_NS}}}Override")):
        part = override.get("PartName", "").lstrip("/")
        if part in dropped:
            root.remove(override)
        elif part in renamed:
            override.set("PartName", "/" + renamed[part])
    if main_type is not None:
        make_plain(root, *main_type, kept)


def make_plain(root: ET.Element, main: str, media_type: str, kept: frozenset[str]) -> None:
    """Rewrite a parsed `[Content_Types].xml` in place: the `main` part declared as the plain
    document of `media_type`, and a `Default` with a macro content type removed when no kept
    part (`kept`, part names without a leading slash) relies on it."""
    plain = PLAIN_MAIN_TYPES[media_type]
    overrides = list(root.iter(f"{{{_CT_NS}}}Override"))
    for override in overrides:
        if override.get("PartName", "").lstrip("/").lower() == main.lower():
            override.set("ContentType", plain)
            break
    else:  # declared by a Default (the xml extension): an Override takes precedence
        ET.SubElement(root, f"{{{_CT_NS}}}Override", {"PartName": "/" + main,
                                                      "ContentType": plain})
    overridden = {o.get("PartName", "").lstrip("/").lower() for o in overrides}
    for default in list(root.iter(f"{{{_CT_NS}}}Default")):
        if default.get("ContentType", "").strip().lower() not in MACRO_CONTENT_TYPES:
            continue
        extension = default.get("Extension", "").lower()
        relying = [name for name in kept if name.lower() not in overridden
                   and posixpath.splitext(name)[1].lower() == f".{extension}"]
        if not relying:
            root.remove(default)
