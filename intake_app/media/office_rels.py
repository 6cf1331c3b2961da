"""The relationship graph of an Office Open XML package: which part is what, and which parts
anything points to at all.

A part's kind comes from the relationship that points to it. The same kind has several
spellings: Transitional (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/
extended-properties`), ISO 29500 Strict (`http://purl.oclc.org/ooxml/officeDocument/
relationships/extendedProperties`) and old alternatives (core properties under officeDocument
instead of package). `relationship_kind` folds them into one key, so a rule written once holds
for all of them.

Office reads a package by following relationships from `_rels/.rels`; a part nothing points to
is never shown, but it is still in the file, with whatever an earlier tool left there (an old
app.xml, a previous version of a part). `reachable_parts` is what can be shown; the cleaner
copies nothing else.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's (defusedxml)
from collections.abc import Callable
from urllib.parse import unquote

from intake_app.media import sniff

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
PACKAGE_RELS = "_rels/.rels"
_KIND_PREFIXES = (
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/",
    "http://purl.oclc.org/ooxml/officedocument/relationships/",
    "http://schemas.openxmlformats.org/package/2006/relationships/",
)

CORE = "metadata/coreproperties"
APP = "extendedproperties"
CUSTOM = "customproperties"
THUMBNAIL = "metadata/thumbnail"
CUSTOM_XML = "customxml"
PRINTER_SETTINGS = "printersettings"
ATTACHED_TEMPLATE = "attachedtemplate"
ALT_CHUNK = "afchunk"
HYPERLINK = "hyperlink"
GLOSSARY = "glossarydocument"
"""Word's glossary document (`word/glossary/document.xml`): AutoText and Quick Parts, the
author's own building blocks (names, addresses, signatures), never shown in the document."""
FONT = "font"
CHANGES_INFO = "http://schemas.microsoft.com/office/2016/11/relationships/changesinfo"
REVISION_INFO = "http://schemas.microsoft.com/office/2015/10/relationships/revisioninfo"
SENSITIVITY_LABELS = "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels"
SIGNATURE_ORIGIN = "digitalsignature/origin"


def relationship_kind(rel_type: str) -> str:
    """One key per kind of relationship, whatever the spelling: the part of the type after a
    known prefix, lower case, without hyphens ("extendedproperties"); a type with no known
    prefix (Microsoft's own) is its whole URI in lower case."""
    lowered = rel_type.strip().lower()
    for prefix in _KIND_PREFIXES:
        if lowered.startswith(prefix):
            return lowered[len(prefix):].replace("-", "")
    return lowered


def rels_part_of(part: str) -> str:
    """The relationships part of `part` ("word/document.xml" -> "word/_rels/document.xml.rels")."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def source_of(rels_name: str) -> str:
    """The part whose relationships `rels_name` holds ("" for the package's own _rels/.rels)."""
    folder, name = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")]) if name else ""


def resolve(rels_name: str, target: str) -> str:
    """An internal target of `rels_name` as a part name (percent-escapes decoded, no fragment)."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    return posixpath.normpath(posixpath.join(folder, target))


def internal_targets(rels_name: str, root: ET.Element) -> list[tuple[str, str]]:
    """(kind, part name) of each internal relationship in a parsed relationships part."""
    found = []
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") != "External":
            found.append((relationship_kind(rel.get("Type", "")),
                          resolve(rels_name, rel.get("Target", ""))))
    return found


MAIN_DOCUMENT = "officedocument"
MAIN_FOLDERS = {"word/": sniff.DOCX, "xl/": sniff.XLSX, "ppt/": sniff.PPTX}
"""The folder of each kind's main part, as every producer writes it."""


def main_part(root: ET.Element | None, names: set[str]) -> tuple[str, str] | None:
    """(main part, media type) as the parsed `_rels/.rels` (`root`) names it:
    the target of the officeDocument relationship (Strict's too), present in `names`, in one
    of MAIN_FOLDERS. OPC finds the main part so, never by its name: Word for the web writes
    `word/document2.xml` (review r11h W1), Excel `xl/workbook2.xml`. None when there is none."""
    if root is None:
        return None
    by_lower = {name.lower(): name for name in names}
    for kind, target in internal_targets(PACKAGE_RELS, root):
        part = by_lower.get(target.lower())
        if kind == MAIN_DOCUMENT and part is not None:
            for folder, media in MAIN_FOLDERS.items():
                inside = part[len(folder):]
                if part.startswith(folder) and inside.endswith(".xml") and "/" not in inside:
                    return part, media
    return None


def reachable_parts(
    names: set[str], targets_of: Callable[[str], list[tuple[str, str]]], dropped: set[str]
) -> set[str]:
    """Parts reachable from _rels/.rels through relationships, without passing dropped parts;
    the relationships parts of those parts too. Part names compare case-insensitively, as OPC
    says; the names returned are the package's own spelling.

    `targets_of(rels_name)` gives the internal targets of a relationships part present in
    `names`.
    """
    by_lower = {name.lower(): name for name in names}
    kept: set[str] = set()
    queue = [PACKAGE_RELS] if PACKAGE_RELS in names else []
    while queue:
        rels_name = queue.pop()
        kept.add(rels_name)
        for _, target in targets_of(rels_name):
            part = by_lower.get(target.lower())
            if part is None or part in kept or part in dropped:
                continue
            kept.add(part)
            rels = by_lower.get(rels_part_of(part).lower())
            if rels is not None and rels not in kept:
                queue.append(rels)
    return kept
