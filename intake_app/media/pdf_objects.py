"""Every object of a PDF visited for people, dates, paths and scripts, wherever it hangs.

A PDF is a graph: the same annotation, action or file specification can be reached from a
page's /Annots, from another annotation's /Parent or /Popup, from an /AF array, from a custom
key, or from nowhere a viewer looks first. So the rules are applied to every dictionary in the
file, indirect objects and the direct dictionaries and arrays nested in them, not to the paths a
catalogue walk would take. What each rule does is listed in docs/CLEANING.md:

- metadata keys (/Metadata, /PieceInfo, /Thumb, pdfTeX's /PTEX.*) are removed everywhere;
- annotations lose their dates (/M, /CreationDate) and, except widgets (where /T is a form
  field's name), their author (/T);
- signatures lose their signer's name, place, contact, reason and date (the certificate stays,
  warned);
- JavaScript actions are emptied and the document-level /JavaScript name tree is removed;
- /Launch actions lose the program or file they start (a path on the author's disk);
- file specifications that point at a local or network path get a neutral one;
- embedded files (/EF, /EmbeddedFile streams, through /EmbeddedFiles, annotations or /AF) stay,
  with a warning: they are whole files with metadata of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from intake_app.media.office_xml import LOCAL_PATH, NEUTRAL_PATH
from intake_app.media.result import UNREADABLE_PDF, NotCleanable

MAX_VISITED = 4_000_000
"""Dictionaries and arrays visited in one file; a real document has far fewer than its bytes."""

_METADATA_KEYS = (Name.Metadata, Name.PieceInfo, Name.Thumb)
_PTEX_PREFIX = "/PTEX."  # pdfTeX records the path of every included picture
_SIGNATURE_KEYS = (Name.Name, Name.Location, Name.ContactInfo, Name.Reason, Name.M)
_ANNOTATION_SUBTYPES = frozenset({
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine",
    "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup",
    "/FileAttachment", "/Sound", "/Movie", "/Widget", "/Screen", "/PrinterMark", "/TrapNet",
    "/Watermark", "/3D", "/Redact", "/RichMedia", "/Projection",
})
_ANNOTATION_DATES = (Name.M, Name.CreationDate)
_LAUNCH_PLATFORM_KEYS = (Name.Win, Name.Mac, Name.Unix)
_FILE_SPEC_PATH_KEYS = (Name.F, Name.UF, Name.DOS, Name.Mac, Name.Unix)


@dataclass
class Findings:
    """What the walk met that stays in the file (each becomes a warning code in pdf.py)."""

    signed: bool = False
    embedded_files: bool = False


def scrub_objects(pdf: pikepdf.Pdf) -> tuple[Findings, list[Stream]]:
    """Apply the rules above to every dictionary of `pdf`, in place.

    Returns what stays (Findings) and the image XObject streams, for pdf.py to clean their
    own metadata. Raises NotCleanable(UNREADABLE_PDF) beyond MAX_VISITED.
    """
    _empty_info(pdf)
    names = pdf.Root.get(Name.Names)
    if isinstance(names, Dictionary) and Name.JavaScript in names:
        del names[Name.JavaScript]  # document-level scripts: code, with its own names and paths
    findings = Findings()
    images: list[Stream] = []
    for dictionary in _every_dictionary(pdf):
        _scrub(dictionary, findings)
        if isinstance(dictionary, Stream) and dictionary.get(Name.Subtype) == Name.Image:
            images.append(dictionary)
    return findings, images


def _empty_info(pdf: pikepdf.Pdf) -> None:
    """Remove the Info dictionary, emptied first: another object may point to it too."""
    info = pdf.trailer.get(Name.Info)
    if isinstance(info, Dictionary):
        for key in list(info.keys()):
            del info[key]
    if Name.Info in pdf.trailer:
        del pdf.trailer[Name.Info]


def _every_dictionary(pdf: pikepdf.Pdf) -> Iterator[Dictionary | Stream]:
    """Each indirect object's dictionary, then the direct dictionaries nested in it (no
    recursion: a hostile file nests arrays thousands deep); indirect children are reached as
    objects of their own, so nothing is visited twice."""
    visited = 0
    for obj in pdf.objects:
        if not isinstance(obj, Dictionary | Stream | Array):
            continue
        stack: list[object] = [obj]
        while stack:
            container = stack.pop()
            visited += 1
            if visited > MAX_VISITED:
                raise NotCleanable(UNREADABLE_PDF)
            if isinstance(container, Array):
                children = list(container)
            else:
                yield container  # type: ignore[misc]
                children = [container.get(key) for key in list(container.keys())]  # type: ignore[union-attr]
            stack.extend(
                child for child in children
                if isinstance(child, Dictionary | Array) and not child.is_indirect
            )


def _scrub(obj: Dictionary | Stream, findings: Findings) -> None:
    for key in _METADATA_KEYS:
        if key in obj:
            del obj[key]
    for key in [k for k in obj.keys() if str(k).startswith(_PTEX_PREFIX)]:
        del obj[key]
    if obj.get(Name.Type) == Name.Sig or (Name.ByteRange in obj and Name.Contents in obj):
        findings.signed = True
        for key in _SIGNATURE_KEYS:
            if key in obj:
                del obj[key]
    subtype = obj.get(Name.Subtype)
    if isinstance(subtype, Name) and str(subtype) in _ANNOTATION_SUBTYPES and not isinstance(
        obj, Stream
    ):
        for key in _ANNOTATION_DATES:
            if key in obj:
                del obj[key]
        if subtype != Name.Widget and Name.T in obj:
            del obj[Name.T]  # a comment's author; on a widget /T is the field's name
    action = obj.get(Name.S)
    if action == Name.JavaScript:
        obj[Name.JS] = String("")
    elif action == Name.Launch:
        for key in _LAUNCH_PLATFORM_KEYS:
            if key in obj:
                del obj[key]
        if Name.F in obj:
            obj[Name.F] = String(NEUTRAL_PATH)
    if Name.EF in obj or (isinstance(obj, Stream) and obj.get(Name.Type) == Name.EmbeddedFile):
        findings.embedded_files = True
    if obj.get(Name.Type) in (Name.Filespec, Name.F) or Name.EF in obj:
        _neutralise_paths(obj)
    file_name = obj.get(Name.F) if action is not None else None
    if isinstance(file_name, String) and LOCAL_PATH.search(str(file_name)):
        obj[Name.F] = String(NEUTRAL_PATH)  # actions name a file as a plain string too (GoToR)


def _neutralise_paths(spec: Dictionary | Stream) -> None:
    """A file specification's names that are paths on the author's disk or network."""
    for key in _FILE_SPEC_PATH_KEYS:
        value = spec.get(key)
        if isinstance(value, String) and LOCAL_PATH.search(str(value)):
            spec[key] = String(NEUTRAL_PATH)
