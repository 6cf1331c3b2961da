"""Office Open XML (docx, xlsx, pptx): the package rewritten in memory without its properties.

docProps/core.xml (author, last modified by, title, dates) becomes an empty core-properties part,
docProps/app.xml (company, manager, template, editing time) an empty extended-properties part, and
custom properties and the thumbnail are removed together with their relationships and content
types, so the file still opens. Zip-level traces go too: entry times, comments, extra fields.
JPEG pictures inside lose their EXIF/XMP segments losslessly (see jpeg_segments). Comments, and
pictures in other formats, are content the liaison may need; they stay, with a warning.

The ZIP comes from outside, so it is read within bounds: entry count, sizes, compression ratio.
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile

from intake_app.media import sniff
from intake_app.media.jpeg_segments import NotAJpeg, strip_jpeg_metadata
from intake_app.media.result import (
    OFFICE_COMMENTS_NOT_CLEANED,
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED,
    TYPE_NOT_CLEANABLE,
    UNREADABLE_OFFICE_DOCUMENT,
    Cleaned,
    NotCleanable,
)

OFFICE_CONTAINER_TYPES = frozenset({sniff.ZIP, sniff.DOCX, sniff.XLSX, sniff.PPTX})

MAX_ENTRIES = 10_000
MAX_TOTAL_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200
"""Uncompressed/compressed per entry beyond which (for entries over RATIO_FLOOR) it is a bomb."""
RATIO_FLOOR = 1024 * 1024
MAX_XML_PART = 16 * 1024 * 1024
"""Largest package part (relationships, content types) parsed as XML here."""
_CHUNK = 1024 * 1024
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

_RELS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CORE_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_APP_TYPE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
)
_CUSTOM_TYPE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_THUMBNAIL_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>'
)

_COMMENT_PARTS = ("comments", "commentauthors", "people.xml", "threadedcomments", "persons/")
_JPEG_PARTS = (".jpg", ".jpeg", ".jpe", ".jfif")
_MEDIA_WITH_METADATA = (*_JPEG_PARTS, ".tif", ".tiff", ".heic", ".heif", ".png", ".webp", ".gif")


def clean_office_document(data: bytes) -> Cleaned:
    """`data` (a ZIP) rewritten without document properties if it is an OOXML document.

    Raises NotCleanable(TYPE_NOT_CLEANABLE) for a ZIP that is not OOXML, and
    NotCleanable(UNREADABLE_OFFICE_DOCUMENT) for a broken or outsized one.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = _checked_entries(package)
            media_type = _ooxml_type({info.filename for info in infos})
            return _rewrite(package, infos, media_type)
    except NotCleanable:
        raise
    except Exception as exc:  # hostile input: a bad zip, bad XML, a lying size
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT) from exc


def _checked_entries(package: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = package.infolist()
    names = [info.filename for info in infos]
    if len(infos) > MAX_ENTRIES or len(set(names)) != len(names):
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    total = 0
    for info in infos:
        total += info.file_size
        bomb = info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * info.compress_size
        if bomb or total > MAX_TOTAL_UNCOMPRESSED:
            raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    return infos


def _ooxml_type(names: set[str]) -> str:
    if _CONTENT_TYPES in names and _RELS in names:
        for part, media_type in sniff.OOXML_BY_MAIN_PART.items():
            if part.decode() in names:
                return media_type
    raise NotCleanable(TYPE_NOT_CLEANABLE)


def _rewrite(package: zipfile.ZipFile, infos: list[zipfile.ZipInfo], media_type: str) -> Cleaned:
    rels = _parse(package, _RELS)
    targets = _property_targets(rels)
    core, app = targets.get(_CORE_TYPE, set()), targets.get(_APP_TYPE, set())
    dropped = targets.get(_CUSTOM_TYPE, set()) | targets.get(_THUMBNAIL_TYPE, set())
    _drop_relationships(rels, {_CUSTOM_TYPE, _THUMBNAIL_TYPE})
    content_types = _parse(package, _CONTENT_TYPES)
    _drop_overrides(content_types, dropped)

    warnings: list[str] = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as cleaned:
        for info in infos:
            name = info.filename
            if name in dropped:
                continue
            fresh = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            fresh.compress_type = zipfile.ZIP_DEFLATED
            fresh.external_attr = 0o600 << 16
            if name == _RELS:
                cleaned.writestr(fresh, _serialise(rels))
            elif name == _CONTENT_TYPES:
                cleaned.writestr(fresh, _serialise(content_types))
            elif name in core:
                cleaned.writestr(fresh, EMPTY_CORE)
            elif name in app:
                cleaned.writestr(fresh, EMPTY_APP)
            elif name.lower().endswith(_JPEG_PARTS) and _write_stripped_jpeg(
                package, info, cleaned, fresh
            ):
                continue
            else:
                _copy(package, info, cleaned, fresh)
                _note_leftovers(name, warnings)
    return Cleaned(out.getvalue(), media_type, tuple(warnings))


def _parse(package: zipfile.ZipFile, name: str) -> ET.Element:
    info = package.getinfo(name)
    if info.file_size > MAX_XML_PART:
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    raw = package.read(info)
    encoding = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    # No DTDs at all: package parts never need one, and entities are how XML bombs work. With
    # that refused, expat resolves nothing external, so ElementTree is safe here.
    if "<!DOCTYPE" in raw.decode(encoding, "replace"):
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    return ET.fromstring(raw)  # noqa: S314 (DTDs refused just above)


def _serialise(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _property_targets(rels: ET.Element) -> dict[str, set[str]]:
    """Package part names by relationship type, from the package relationships."""
    targets: dict[str, set[str]] = {}
    for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(rel.get("Target", "").lstrip("/"))
        targets.setdefault(rel.get("Type", ""), set()).add(target)
    return targets


def _drop_relationships(rels: ET.Element, types: set[str]) -> None:
    for rel in list(rels.iter(f"{{{_REL_NS}}}Relationship")):
        if rel.get("Type") in types:
            rels.remove(rel)


def _drop_overrides(content_types: ET.Element, names: set[str]) -> None:
    for override in list(content_types.iter(f"{{{_CT_NS}}}Override")):
        if override.get("PartName", "").lstrip("/") in names:
            content_types.remove(override)


def _copy(
    package: zipfile.ZipFile, info: zipfile.ZipInfo, out: zipfile.ZipFile, fresh: zipfile.ZipInfo
) -> None:
    # zipfile stops at the declared size and checks the CRC, so a lying entry cannot grow
    fresh.file_size = info.file_size
    with package.open(info) as source, out.open(fresh, "w", force_zip64=True) as target:
        while chunk := source.read(_CHUNK):
            target.write(chunk)


def _write_stripped_jpeg(
    package: zipfile.ZipFile, info: zipfile.ZipInfo, out: zipfile.ZipFile, fresh: zipfile.ZipInfo
) -> bool:
    """Write a picture part without its JPEG metadata; False (nothing written) if not a JPEG."""
    try:
        stripped = strip_jpeg_metadata(package.read(info))
    except NotAJpeg:
        return False
    out.writestr(fresh, stripped)
    return True


def _note_leftovers(name: str, warnings: list[str]) -> None:
    lower = name.lower()
    if any(part in lower for part in _COMMENT_PARTS):
        if OFFICE_COMMENTS_NOT_CLEANED not in warnings:
            warnings.append(OFFICE_COMMENTS_NOT_CLEANED)
    elif "/media/" in lower and lower.endswith(_MEDIA_WITH_METADATA):
        if OFFICE_EMBEDDED_MEDIA_NOT_CLEANED not in warnings:
            warnings.append(OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
