"""Office Open XML (docx, xlsx, pptx): the package rewritten in memory without its people.

What is where, and what happens to it, is listed in docs/CLEANING.md; in short:
- only parts that relationships reach from `_rels/.rels` are copied (`office_rels`); a part's
  kind comes from the relationship type, Transitional, ISO 29500 Strict or an old alternative;
- docProps/core.xml and app.xml become empty property parts; custom properties, the thumbnail,
  customXml data, sensitivity labels, printer settings, embedded fonts and PowerPoint's change
  log and revision info are removed with their relationships, content types and the
  references to them (`office_references`);
- a shared workbook's change history, pivot cache records and pivot caches whose source is gone
  are removed (`office_workbook`);
- every XML part goes through `office_xml.scrub_part`: authors and initials neutralised, change
  dates and revision ids removed, machine-pointing settings removed (attached template, ...);
- relationships to the author's machine go: the attached template entirely; any other external
  target Office wrote itself (not a hyperlink: linked pictures, objects, frames, workbooks, cloud
  folders) and any path target becomes a neutral one (web links, content, stay);
- pictures inside are cleaned like attachments (JPEG losslessly: `jpeg_clean`; others
  re-encoded; SVG as a drawing, `svg`), embedded Office documents recursively (a chart's
  workbook holding data the chart does not show is told, `office_chart_data`); what cannot
  be cleaned (OLE objects, EMF/WMF pictures, sound, video, imported chunks, unknown parts)
  stays, with a warning;
- media and embedded parts get neutral names (`word/media/part3.png`: non-Word producers keep
  the inserted file's name), every relationship and content type pointing to them follows;
- a digital signature (`_xmlsignatures/`) is removed (it names the signer, and cleaning breaks
  it anyway), warned by kind; a picture cropped in the document (`a:srcRect`, VML `croptop`…)
  is warned: the whole picture, the part cropped away included, is in the media part;
- zip-level traces go too: entry times, comments, extra fields, permissions.

The ZIP comes from outside, so it is read within bounds (`office_zip`): entry count, sizes,
compression ratio, size of each XML part parsed and of all together, depth of embedded
documents; `clean_attachment` runs all this in a child bounded in time and memory
(`office_child`).
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field

from intake_app.media import office_rels as rels
from intake_app.media import office_workbook as workbook
from intake_app.media import sniff
from intake_app.media.office_chart_data import unshown_chart_data
from intake_app.media.office_crop import CROPPED_PICTURE
from intake_app.media.office_hidden import HIDDEN_CONTENT
from intake_app.media.office_hidden_shapes import HIDDEN_SHAPES, slide_size
from intake_app.media.office_ids import RandomIds
from intake_app.media.office_package_type import MACRO_KINDS, clean_content_types
from intake_app.media.office_part_names import neutral_names, relative_target
from intake_app.media.office_properties import EMPTY_APP, EMPTY_CORE
from intake_app.media.office_revisions import UNSEEN_TEXT
from intake_app.media.office_rich_data import structure_beside
from intake_app.media.office_sheet_hidden import SHEET_HIDDEN_CONTENT, BlankFormats
from intake_app.media.office_styles import HiddenStyles, hidden_styles
from intake_app.media.office_xml import (
    HEADER_FOOTER_TEXT,
    UnsafeXml,
    canonical,
    parse_part,
    scrub_part,
    serialise_part,
)
from intake_app.media.office_zip import XML_SUFFIXES, checked_entries, copy_entry, read_xml
from intake_app.media.paths import NEUTRAL_PATH, has_path
from intake_app.media.picture_clean import clean_picture
from intake_app.media.result import (
    OFFICE_CROPPED_PICTURE_KEPT,
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED,
    OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED,
    OFFICE_HEADER_FOOTER_TEXT_REMOVED,
    OFFICE_HIDDEN_CONTENT_KEPT,
    OFFICE_HIDDEN_SHAPES_KEPT,
    OFFICE_MACROS_REMOVED,
    OFFICE_SHEET_HIDDEN_CONTENT_KEPT,
    OFFICE_SIGNATURE_REMOVED,
    OFFICE_UNSEEN_TEXT_REMOVED,
    TYPE_NOT_CLEANABLE,
    UNREADABLE_OFFICE_DOCUMENT,
    Cleaned,
    NotCleanable,
)

OFFICE_CONTAINER_TYPES = frozenset({sniff.ZIP, sniff.DOCX, sniff.XLSX, sniff.PPTX})

MAX_NESTING = 2
"""Office documents embedded in embedded documents are cleaned this deep, no deeper."""
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

_RELS = rels.PACKAGE_RELS
_CONTENT_TYPES = "[Content_Types].xml"
_DROPPED_KINDS = frozenset({
    rels.CUSTOM, rels.THUMBNAIL, rels.PRINTER_SETTINGS, rels.ATTACHED_TEMPLATE,
    rels.SENSITIVITY_LABELS, rels.FONT, rels.CHANGES_INFO, rels.REVISION_INFO,
    rels.SIGNATURE_ORIGIN, rels.GLOSSARY, *MACRO_KINDS, *workbook.DROPPED_KINDS,
})
"""Parts removed by what points to them. customXml is removed by its folder, not its kind:
PowerPoint points to ink (`ppt/ink/*.xml`, the liaison's drawing) with the customXml type."""
_DROPPED_FOLDERS = ("customXml/", "docMetadata/", "ppt/changesInfos/", "_xmlsignatures/",
                    *workbook.DROPPED_FOLDERS)
"""customXml data; sensitivity labels (tenant id); PowerPoint's co-authoring change log; digital
signatures (signer, role, time, certificate, screen: invalid after cleaning anyway); a shared
workbook's change history (`office_workbook`)."""
_WEB_SCHEMES = ("http://", "https://", "mailto:", "#")

_JPEG_PARTS = (".jpg", ".jpeg", ".jpe", ".jfif")
_RASTER_PARTS = {".png": sniff.PNG, ".gif": sniff.GIF, ".tif": sniff.TIFF, ".tiff": sniff.TIFF,
                 ".webp": sniff.WEBP}
_OOXML_PARTS = (".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm")
_UNCLEANED_MEDIA = (".emf", ".wmf", ".heic", ".heif", ".bmp", ".wdp", ".jxr")
_FONT_PARTS = (".odttf", ".fntdata", ".ttf", ".otf", ".eot")
"""Embedded fonts are removed, with their relationships and the font table's references to them
(`office_references`): a font's name table can hold its licensee, and a part named like a font
can be anything. The document opens with the font substituted."""


@dataclass(frozen=True)
class _Plan:
    """What happens to each part, decided from the relationship graph before anything is copied."""

    relationships: dict[str, bytes]
    removed_ids: dict[str, frozenset[str]]
    """Part name -> ids of its relationships that are removed (their references go too)."""
    core: frozenset[str]
    app: frozenset[str]
    dropped: frozenset[str]
    warned: frozenset[str]
    renamed: dict[str, str]
    """Part name -> its neutral name in the cleaned package."""
    signed: bool  # the package had a digital signature (removed)
    macros: bool  # the package had macros (removed: `office_package_type`)
    kept: frozenset[str]  # part names in the cleaned package (neutral names where renamed)
    ids: RandomIds = field(default_factory=RandomIds)
    styles: dict[str, HiddenStyles] = field(default_factory=dict)  # by folder (office_styles)
    workbook: workbook.WorkbookPlan = field(default_factory=workbook.WorkbookPlan)
    slide: tuple[int, int] | None = None  # a presentation's slide size (office_hidden_shapes)


def clean_office_document(data: bytes, *, depth: int = 0) -> Cleaned:
    """`data` (a ZIP) rewritten without identifying metadata if it is an OOXML document.

    Raises NotCleanable(TYPE_NOT_CLEANABLE) for a ZIP that is not OOXML,
    NotCleanable(TOO_LARGE_TO_CLEAN) for an XML part over
    `office_zip.MAX_XML_PART` or more XML than `office_zip.MAX_XML_TOTAL`, and
    NotCleanable(UNREADABLE_OFFICE_DOCUMENT) for a broken, unsafe or outsized one.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = checked_entries(package)
            main, media_type = _ooxml_type(package, {info.filename for info in infos})
            return _rewrite(package, infos, main, media_type, depth)
    except (NotCleanable, MemoryError):
        raise  # out of memory: the bounded child's end (office_child), not a damaged file
    except Exception as exc:  # hostile input: a bad zip, bad or unsafe XML, a lying size
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT) from exc


def _ooxml_type(package: zipfile.ZipFile, names: set[str]) -> tuple[str, str]:
    """(main part, media type) as `_rels/.rels` names it (`rels.main_part`); else NotCleanable."""
    if _CONTENT_TYPES in names and _RELS in names:
        found = rels.main_part(_parse(read_xml(package, _RELS))[0], names)
        if found is not None:
            return found
    raise NotCleanable(TYPE_NOT_CLEANABLE)


def _plan(package: zipfile.ZipFile, names: set[str], main: str) -> _Plan:
    """Each part's fate from the relationship graph: property parts to empty, parts to drop
    (by kind, by folder, and every part nothing reachable points to), parts to warn about."""
    relationships = {name: read_xml(package, name) for name in names if name.endswith(".rels")}
    targets = {name: rels.internal_targets(name, _parse(raw)[0])
               for name, raw in relationships.items()}
    by_lower = {name.lower(): name for name in names}
    by_kind: dict[str, set[str]] = {}
    for found in targets.values():
        for kind, target in found:
            if target.lower() in by_lower:
                by_kind.setdefault(kind, set()).add(by_lower[target.lower()])
    dropped = {name for kind in _DROPPED_KINDS for name in by_kind.get(kind, ())}
    dropped |= {n for n in names if n.startswith(_DROPPED_FOLDERS) or "/printerSettings/" in n
                or n.lower().endswith(_FONT_PARTS)}
    sheets = workbook.workbook_plan(main, by_kind, targets,
                                    lambda name: _parse(read_xml(package, name))[0])
    dropped |= sheets.dropped
    signed = rels.SIGNATURE_ORIGIN in by_kind or any(
        n.lower().startswith("_xmlsignatures/") for n in names)
    reachable = rels.reachable_parts(names, lambda name: targets.get(name, []), dropped)
    if main not in reachable:
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)  # cleaning would leave no document
    dropped |= names - reachable - {_CONTENT_TYPES}  # never shown, still in the file: not copied
    removed_ids = {rels.source_of(name): _removed_ids(name, _parse(raw)[0], dropped)
                   for name, raw in relationships.items()}
    renamed = neutral_names(names - dropped)
    styles = {posixpath.dirname(name): hidden_styles(_parse(read_xml(package, name))[0], canonical)
              for name in by_kind.get("styles", ())}  # a folder's parts use its styles.xml
    slide = slide_size(_parse(read_xml(package, main))[0]) if main.startswith("ppt/") else None
    return _Plan(relationships, removed_ids, frozenset(by_kind.get(rels.CORE, ())),
                 frozenset(by_kind.get(rels.APP, ())), frozenset(dropped),
                 frozenset(by_kind.get(rels.ALT_CHUNK, ())), renamed,
                 signed, any(by_kind.get(kind) for kind in MACRO_KINDS),
                 frozenset(renamed.get(name, name) for name in names - dropped), styles=styles,
                 workbook=sheets, slide=slide)


def _removed_ids(rels_name: str, root: ET.Element, dropped: set[str]) -> frozenset[str]:
    return frozenset(
        rel.get("Id", "") for rel in root.iter(f"{{{rels.REL_NS}}}Relationship")
        if _is_removed(rels_name, rel, dropped)
    )


def _is_removed(rels_name: str, rel: ET.Element, dropped: set[str]) -> bool:
    external = rel.get("TargetMode", "").strip().lower() == "external"
    return rels.relationship_kind(rel.get("Type", "")) in _DROPPED_KINDS or (
        not external and rels.resolve(rels_name, rel.get("Target", "")) in dropped
    )


def _rewrite(
    package: zipfile.ZipFile, infos: list[zipfile.ZipInfo], main: str, media_type: str,
    depth: int,
) -> Cleaned:
    plan = _plan(package, {info.filename for info in infos if not info.is_dir()}, main)
    warnings = [code for code, found in ((OFFICE_SIGNATURE_REMOVED, plan.signed),
                                         (OFFICE_MACROS_REMOVED, plan.macros)) if found]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as cleaned:
        for info in infos:
            name = info.filename
            if name in plan.dropped or info.is_dir():
                continue
            fresh = zipfile.ZipInfo(plan.renamed.get(name, name), date_time=_ZIP_EPOCH)
            fresh.compress_type = zipfile.ZIP_DEFLATED
            fresh.external_attr = 0o600 << 16
            main_type = (main, media_type) if depth == 0 else None  # embedded: named by its type
            body = _cleaned_part(package, info, plan, depth, warnings, main_type)
            if body is None:
                copy_entry(package, info, cleaned, fresh)
            else:
                cleaned.writestr(fresh, body)
    return Cleaned(out.getvalue(), media_type, tuple(warnings))


_NOTE_WARNINGS = dict(zip((CROPPED_PICTURE, HEADER_FOOTER_TEXT, UNSEEN_TEXT, HIDDEN_CONTENT,
                           SHEET_HIDDEN_CONTENT), (
    OFFICE_CROPPED_PICTURE_KEPT, OFFICE_HEADER_FOOTER_TEXT_REMOVED, OFFICE_UNSEEN_TEXT_REMOVED,
    OFFICE_HIDDEN_CONTENT_KEPT, OFFICE_SHEET_HIDDEN_CONTENT_KEPT), strict=True))  # note -> warning
_NOTE_WARNINGS[HIDDEN_SHAPES] = OFFICE_HIDDEN_SHAPES_KEPT  # review r11m R11M-7


def _cleaned_part(
    package: zipfile.ZipFile, info: zipfile.ZipInfo, plan: _Plan, depth: int, warnings: list[str],
    main_type: tuple[str, str] | None,
) -> bytes | None:
    """The part's new bytes, or None to copy it as it is."""
    name, lower = info.filename, info.filename.lower()
    suffix = posixpath.splitext(lower)[1]
    if name in plan.core:
        return EMPTY_CORE
    if name in plan.app:
        return EMPTY_APP
    if name.endswith(".rels"):
        return _clean_relationships(name, plan.relationships[name], plan.dropped, plan.renamed)
    if name == _CONTENT_TYPES:
        return _clean_content_types(read_xml(package, name), plan, main_type)
    if name in plan.warned:  # an imported chunk (altChunk: .mht, .html, .rtf): a file of its own
        _warn(warnings, OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED)
        return None
    if lower.endswith(XML_SUFFIXES):
        raw = read_xml(package, name)
        notes: list[str] = []
        beside = structure_beside(name)  # a picture in a cell: which value is its alt text
        folder = posixpath.dirname(posixpath.dirname(name))  # xl/worksheets/x.xml: xl's formats
        body = _scrub(raw, plan.removed_ids.get(name, frozenset()), notes, plan.ids,
                      read_xml(package, beside) if beside in plan.kept else None,
                      plan.styles.get(posixpath.dirname(name)), plan.workbook.blank.get(folder),
                      plan.slide)
        for note in notes:  # a cropped picture, header text, deleted or hidden text (r11j J6)…
            _warn(warnings, _NOTE_WARNINGS[note])
        return body
    if lower.endswith(_JPEG_PARTS) or suffix in _RASTER_PARTS:
        return clean_picture(package.read(info), warnings)
    if suffix == ".svg":  # Office 365's icons and SVG pictures (review r11j J4)
        return _clean_drawing(package.read(info), warnings)
    if lower.endswith(_OOXML_PARTS) and depth < MAX_NESTING:
        charts = plan.workbook.charted.get(lower, ())  # a chart's data beyond it (R11M-15)
        if charts and unshown_chart_data(package.read(info), [_parse(read_xml(package, chart))[0]
                                                              for chart in charts]):
            _warn(warnings, OFFICE_SHEET_HIDDEN_CONTENT_KEPT)
        try:
            inner = clean_office_document(package.read(info), depth=depth + 1)
        except NotCleanable:
            _warn(warnings, OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED)
            return None
        for code in inner.warnings:
            _warn(warnings, code)
        return inner.data
    if lower.endswith(_UNCLEANED_MEDIA) or "/media/" in lower:
        _warn(warnings, OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)  # also sound and video: their own tags
    else:
        _warn(warnings, OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED)  # OLE, macros, anything unknown
    return None


def _clean_drawing(data: bytes, warnings: list[str]) -> bytes | None:
    """An SVG picture part cleaned as a standalone drawing is (`svg.clean_svg`); None (and
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED in `warnings`) when it is not one or cannot be."""
    from intake_app.media.svg import clean_svg  # svg reaches back here for its pictures: late

    try:
        if sniff.sniff_media_type(data[: sniff.SNIFF_BYTES], "") != sniff.SVG:
            raise NotCleanable(OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
        drawing = clean_svg(data)
    except NotCleanable:
        _warn(warnings, OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
        return None
    for code in drawing.warnings:
        _warn(warnings, code)
    return drawing.data


def _warn(warnings: list[str], code: str) -> None:
    if code not in warnings:
        warnings.append(code)


def _scrub(raw: bytes, removed_ids: frozenset[str], notes: list[str], ids: RandomIds,
           structures: bytes | None, styles: HiddenStyles | None, blank: BlankFormats | None,
           slide: tuple[int, int] | None) -> bytes:
    try:  # structures: office_rich_data; styles: office_styles; blank: office_sheet_hidden;
        # slide: office_hidden_shapes
        return scrub_part(raw, removed_ids, notes, ids, structures, styles, blank, slide)
    except UnsafeXml as exc:
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT) from exc


def _parse(raw: bytes) -> tuple[ET.Element, list[tuple[str, str]]]:
    try:
        return parse_part(raw)
    except UnsafeXml as exc:
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT) from exc


def _clean_relationships(
    rels_name: str, raw: bytes, dropped: frozenset[str], renamed: dict[str, str]
) -> bytes:
    """Relationships without dropped parts, attached templates, or targets outside the file
    that Office wrote by itself; internal targets follow their part's neutral name.

    Only a hyperlink's target is the liaison's content (a web link they typed); every other
    external target (a linked picture, object, frame, workbook, OneDrive or SharePoint folder)
    is where the author kept a file, and becomes NEUTRAL_PATH. `TargetMode` is compared in any
    case, and a target that is a path or `file:` URL is neutralised even without it.
    """
    root, namespaces = _parse(raw)
    for rel in list(root.iter(f"{{{rels.REL_NS}}}Relationship")):
        target = rel.get("Target", "")
        kind = rels.relationship_kind(rel.get("Type", ""))
        external = rel.get("TargetMode", "").strip().lower() == "external"
        if _is_removed(rels_name, rel, dropped):
            root.remove(rel)
        elif not external and rels.resolve(rels_name, target) in renamed:
            rel.set("Target", relative_target(rels_name, target, renamed))
        elif external and kind == rels.HYPERLINK:
            if not target.lower().startswith(_WEB_SCHEMES) or has_path(target):
                rel.set("Target", NEUTRAL_PATH)  # a link to a file on the author's disk
        elif external or has_path(target):
            rel.set("Target", NEUTRAL_PATH)
    return serialise_part(root, namespaces)


def _clean_content_types(raw: bytes, plan: _Plan, main_type: tuple[str, str] | None) -> bytes:
    root, namespaces = _parse(raw)
    clean_content_types(root, plan.dropped, plan.renamed, main_type, plan.kept)
    return serialise_part(root, namespaces)

