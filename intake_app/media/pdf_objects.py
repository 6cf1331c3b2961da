"""Every object of a PDF visited for people, dates, paths and scripts, wherever it hangs.

A PDF is a graph: the same annotation, action or file specification can be reached from a
page's /Annots, from another annotation's /Parent or /Popup, from an /AF array, from a custom
key, or from nowhere a viewer looks first. So the rules are applied to every dictionary in the
file, indirect objects and the direct dictionaries and arrays nested in them, not to the paths a
catalogue walk would take. What each rule does is listed in docs/CLEANING.md:

- metadata keys (/Metadata, /PieceInfo, /Thumb, pdfTeX's /PTEX.*) are removed everywhere;
- annotations lose their dates (/M, /CreationDate) and, except widgets (where /T is a form
  field's name), their author (/T): decided by /Subtype, a stray /FT does not make a note a field;
- descriptions (/Alt, /ActualText, /E, a structure element's /T) that are a file name or a path
  become NEUTRAL_PICTURE, as Office picture names do (a real description stays);
- signatures lose their signer's name, place, contact, reason and date (the certificate stays,
  warned);
- JavaScript actions are emptied and the document-level /JavaScript name tree is removed;
- /Launch actions lose the program or file they start (a path on the author's disk);
- file specifications that point at a local or network path get a neutral one;
- embedded files (/EF, /EmbeddedFile streams, through /EmbeddedFiles, annotations or /AF) stay,
  with a warning: they are whole files with metadata of their own;
- geospatial measures and point data are removed (`pdf_out_of_sight`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from intake_app.media.paths import NEUTRAL_PATH, has_path, is_file_name, without_paths
from intake_app.media.pdf_arrays import is_text, neutralise_array_strings
from intake_app.media.pdf_hidden import drop_references
from intake_app.media.pdf_out_of_sight import Sightings
from intake_app.media.pdf_private import drop_private_text
from intake_app.media.result import UNREADABLE_PDF, NotCleanable

MAX_VISITED = 4_000_000
"""Dictionaries and arrays visited in one file; a real document has far fewer than its bytes."""

_METADATA_KEYS = (Name.Metadata, Name.PieceInfo, Name.Thumb, Name.LastModified, Name.DPM,
                  Name.SpiderInfo, Name.CreatorInfo)
"""Removed from every dictionary: XMP, private data of editing programs, thumbnails, the time a
page was last changed, document-part metadata, web-capture records, and which program and
person made an optional-content layer (`/Usage /CreatorInfo`)."""
_PTEX_PREFIX = "/PTEX."  # pdfTeX records the path of every included picture
_SIGNATURE_KEYS = (Name.Name, Name.Location, Name.ContactInfo, Name.Reason, Name.M)
_ANNOTATION_SUBTYPES = frozenset({
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine",
    "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup",
    "/FileAttachment", "/Sound", "/Movie", "/Widget", "/Screen", "/PrinterMark", "/TrapNet",
    "/Watermark", "/3D", "/Redact", "/RichMedia", "/Projection",
})
_ANNOTATION_DATES = (Name.M, Name.CreationDate)
_ANNOTATION_PEOPLE = (Name.T, Name.Subj, Name.NM)  # author; subject and unique name name them too
_ANNOTATION_HINTS = (Name.T, Name.M, Name.CreationDate, Name.Popup, Name.IRT, Name.RC, Name.Subj,
                     Name.NM)
_SIGNATURE_FILTERS = ("/Adobe.PPK", "/Entrust.", "/CICI.", "/VeriSign.")
_SIGNATURE_SUBFILTERS = ("/adbe.", "/ETSI.")
_CONTENT_KEYS = frozenset({"/Contents", "/V", "/DV", "/RC", "/RV"})
"""Strings the liaison wrote or filled in: never rewritten, even when they look like a path."""
_DESCRIPTION_KEYS = (Name.Alt, Name.ActualText, Name.E)
"""Alternate descriptions, replacement texts and expansions (structure elements, marked
content, figures): a file name there becomes NEUTRAL_PICTURE, as Office picture names do."""
_DESCRIPTION_NAMES = frozenset(str(key) for key in _DESCRIPTION_KEYS)
NEUTRAL_PICTURE = "Picture"
_LAUNCH_PLATFORM_KEYS = (Name.Win, Name.Mac, Name.Unix)
_FILE_SPEC_PATH_KEYS = (Name.F, Name.UF, Name.DOS, Name.Mac, Name.Unix)
_SCHEME = re.compile(r"\A[A-Za-z][A-Za-z0-9+.\-]*+:")
_STANDARD_CONDITION = re.compile(
    r"\A(?:sRGB(?: IEC61966-2\.1)?|Adobe ?RGB(?: \(1998\))?|Custom|SWOP|(?:FOGRA|JC|IFRA)\d++"
    r"|CGATS[ _]?(?:TR[ _]?)?\d++|GRACoL\d++_(?:Un)?Coated\d*+|ISO[ _]?\d++(?:-\d++)?)\Z",
    re.IGNORECASE)
"""Output conditions named by a standard or the ICC's registry (sRGB IEC61966-2.1, FOGRA39,
CGATS TR 001, GRACoL2006_Coated1, SWOP, JC200103, ISO 12647-2…): kept without /RegistryName."""
"""A URI that names its scheme (`https:`, `mailto:`); one without is relative (RFC 3986 §4.2):
a PDF has no parts of its own, so `../../jjansen/…` is a path on the author's disk."""


@dataclass
class Findings:
    """What the walk met that stays in the file (each becomes a warning code in pdf.py)."""

    signed: bool = False
    embedded_files: bool = False
    file_specs: list[Dictionary] = field(default_factory=list)
    """Every file specification with an /EF (an attached file), for pdf_attached."""
    embedded_streams: list[Stream] = field(default_factory=list)
    """Every stream typed /EmbeddedFile, reached by a specification or not."""
    colour_profiles: list[Stream] = field(default_factory=list)
    """ICC profile streams (ICCBased colour spaces, output intents), for pdf_streams."""
    fonts: list[tuple[Dictionary, Name, Stream]] = field(default_factory=list)
    """(descriptor, key, program) of every embedded font program (/FontFile, /FontFile2,
    /FontFile3), for pdf_fonts."""
    annotations: list[Dictionary] = field(default_factory=list)
    """Every annotation, wherever it hangs, for pdf_annotations (what their appearances show)."""
    removed_3d: bool = False
    """A 3D annotation outside the pages' /Annots lost its model (`pdf_hidden`)."""
    out_of_sight: Sightings = field(default_factory=Sightings)
    """Sounds and optional content met; geospatial data is removed on the way."""


def scrub_objects(pdf: pikepdf.Pdf,
                  emptied: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
                  ) -> tuple[Findings, list[Stream]]:
    """Apply the rules above to every dictionary of `pdf`, in place; entries pointing at the
    streams `pdf_hidden` emptied (XMP, 3D models; object ids in `emptied`) are removed.

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
        _collect_colour_profiles(dictionary, findings)
        _collect_fonts(dictionary, findings)
        _scrub(dictionary, findings)
        findings.out_of_sight.visit(dictionary)  # places removed (`pdf_out_of_sight`)
        if emptied:
            drop_references(dictionary, emptied)
        if isinstance(dictionary, Stream) and dictionary.get(Name.Subtype) == Name.Image:
            images.append(dictionary)
    neutralise_array_strings(pdf)  # strings in arrays: name-tree keys, layer labels, …
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
    if _is_signature(obj):
        findings.signed = True
        for key in _SIGNATURE_KEYS:
            if key in obj:
                del obj[key]
    annotation = _is_annotation(obj)
    if annotation:
        findings.annotations.append(obj)  # type: ignore[arg-type]
        for key in _ANNOTATION_DATES:
            if key in obj:
                del obj[key]
        if obj.get(Name.Subtype) == Name("/3D"):
            findings.removed_3d = True
            for key in (Name("/3DD"), Name.AP):
                if key in obj:
                    del obj[key]
        if _has_author(obj):
            for key in _ANNOTATION_PEOPLE:  # on a widget /T is the form field's name
                if key in obj:
                    del obj[key]
    _scrub_people(obj)
    # a program's own text keys on the catalogue, pages and annotations but widgets
    drop_private_text(obj, annotation=annotation and _has_author(obj))
    action = obj.get(Name.S)
    if Name.JS in obj:
        obj[Name.JS] = String("")  # JavaScript and Rendition actions, any other /JS
    if action == Name.Launch:
        for key in _LAUNCH_PLATFORM_KEYS:
            if key in obj:
                del obj[key]
        if Name.F in obj:
            obj[Name.F] = String(NEUTRAL_PATH)
    if Name.EF in obj or (isinstance(obj, Stream) and obj.get(Name.Type) == Name.EmbeddedFile):
        findings.embedded_files = True
        if isinstance(obj.get(Name.EF), Dictionary):
            findings.file_specs.append(obj)
        if isinstance(obj, Stream):
            findings.embedded_streams.append(obj)
    _neutralise_paths(obj)


def _collect_colour_profiles(obj: Dictionary | Stream, findings: Findings) -> None:
    profile = obj.get(Name.DestOutputProfile)
    candidates = [profile] if isinstance(profile, Stream) else []
    for key in list(obj.keys()):
        value = obj.get(key)
        if isinstance(value, Array):  # [/ICCBased s], or inside /Indexed, /DeviceN, …
            for space in [value, *(item for item in value if isinstance(item, Array))]:
                if len(space) >= 2 and space[0] == Name.ICCBased:
                    candidates.append(space[1])
    for stream in candidates:
        if isinstance(stream, Stream) and not any(
            stream.objgen == seen.objgen for seen in findings.colour_profiles
        ):
            findings.colour_profiles.append(stream)


def _collect_fonts(obj: Dictionary | Stream, findings: Findings) -> None:
    if obj.get(Name.Type) != Name.FontDescriptor or isinstance(obj, Stream):
        return
    for key in (Name.FontFile, Name.FontFile2, Name.FontFile3):
        font = obj.get(key)
        if isinstance(font, Stream):
            findings.fonts.append((obj, key, font))


def _is_signature(obj: Dictionary | Stream) -> bool:
    """A signature dictionary, with or without its optional /Type /Sig."""
    if obj.get(Name.Type) == Name.Sig or (Name.ByteRange in obj and Name.Contents in obj):
        return True
    found = obj.get(Name.Filter)
    sub = obj.get(Name.SubFilter)
    return (isinstance(found, Name) and str(found).startswith(_SIGNATURE_FILTERS)) or (
        isinstance(sub, Name) and str(sub).startswith(_SIGNATURE_SUBFILTERS)
    )


def _is_annotation(obj: Dictionary | Stream) -> bool:
    """An annotation: a known /Subtype, /Type /Annot, or a /Rect with an annotation's keys
    (a file may leave /Subtype out, or name one no viewer knows)."""
    if isinstance(obj, Stream):
        return False
    subtype = obj.get(Name.Subtype)
    if isinstance(subtype, Name) and str(subtype) in _ANNOTATION_SUBTYPES:
        return True
    if obj.get(Name.Type) == Name.Annot:
        return True
    return Name.Rect in obj and any(key in obj for key in _ANNOTATION_HINTS)


def _has_author(annotation: Dictionary | Stream) -> bool:
    """Whether /T names the author (markup and other annotations) rather than a form field
    (widgets): decided by /Subtype; only an annotation without one is taken for a merged field
    and widget when it has /FT."""
    subtype = annotation.get(Name.Subtype)
    if isinstance(subtype, Name):
        return subtype != Name.Widget
    return Name.FT not in annotation


def _scrub_people(obj: Dictionary | Stream) -> None:
    """Info-like dictionaries hung elsewhere: an article thread's /I, an optional-content
    layer's /User, an output intent's /Info (the printer and who set it up), an
    optional-content configuration's /Creator and /Name (ISO 32000 §8.11.4.3), an OPI
    dictionary's /MainImage (a file on the author's disk)."""
    info = obj.get(Name.I)
    if isinstance(info, Dictionary) and (obj.get(Name.Type) == Name.Thread or Name.F in obj):
        del obj[Name.I]
    if isinstance(obj.get(Name.User), Dictionary):
        del obj[Name.User]
    if obj.get(Name.Type) == Name.OutputIntent:
        _scrub_output_intent(obj)
    if Name.OCGs in obj:  # /OCProperties: each configuration's maker and name (r11g N5)
        configs = obj.get(Name.Configs)
        for config in [obj.get(Name.D), *(configs if isinstance(configs, Array) else [])]:
            if isinstance(config, Dictionary):
                for key in (Name.Creator, Name.Name):
                    if key in config:
                        del config[key]
    if obj.get(Name.Type) == Name.OPI and isinstance(obj.get(Name.MainImage), String):
        obj[Name.MainImage] = String(NEUTRAL_PATH)  # the high-resolution picture's file (N5)


def _scrub_output_intent(intent: Dictionary | Stream) -> None:
    """An output intent (ISO 32000 §14.11.5) without what its maker typed about the device:
    /Info and /OutputCondition (free text, "JJLAPTOP profile") go, both optional; an
    /OutputConditionIdentifier that is neither in a registry (/RegistryName) nor a common
    standard condition's name (`_STANDARD_CONDITION`) becomes "Custom" (review r11i L2)."""
    for key in (Name.Info, Name.OutputCondition):
        if key in intent:
            del intent[key]
    identifier = intent.get(Name.OutputConditionIdentifier)
    if isinstance(identifier, String) and Name.RegistryName not in intent and not (
            _STANDARD_CONDITION.match(str(identifier))):
        intent[Name.OutputConditionIdentifier] = String("Custom")


def _neutralise_paths(obj: Dictionary | Stream) -> None:
    """File names and every other string that holds a path (`paths.PATH`).

    A file specification's names (/F, /UF, /DOS, /Mac, /Unix, as a dictionary with or without
    /Type, or a plain string in /F or /FS of an action or annotation) are on the author's disk
    or network whatever they look like, relative ones too: they become NEUTRAL_PATH. Only an
    embedded file keeps its own name, without folders (it is warned about as a whole). Any
    other string that is a path (a /URI, a catalogue's /URI /Base, an /Alt text) loses the
    path, and a relative /URI (no scheme: `../../jjansen/aangifte.pdf`) becomes NEUTRAL_PATH,
    as a relative link in an Office file does; the liaison's own text and form values
    (`_CONTENT_KEYS`) are never rewritten. Strings in arrays: `pdf_arrays`.
    """
    embedded = Name.EF in obj
    structure = obj.get(Name.Type) == Name.StructElem or (
        isinstance(obj.get(Name.S), Name) and Name.P in obj and Name.Rect not in obj)
    for key in list(obj.keys()):
        value = obj.get(key)
        if not isinstance(value, String):
            continue
        text = str(value)
        if structure and key == Name.T and is_file_name(text):
            new = NEUTRAL_PICTURE  # a structure element's title that is a file's name
        elif key in _FILE_SPEC_PATH_KEYS or key == Name.FS:
            new = _base_name(text) if embedded else NEUTRAL_PATH
        elif key == Name.URI and _is_relative(text):
            new = NEUTRAL_PATH  # a link to a file beside the PDF on the author's disk
        else:
            new = neutral_text(str(key), text)
        if new != text:
            obj[key] = String(new)


def neutral_text(key: str, text: str) -> str:
    """What a string under `key` (a name such as "/Alt") becomes: a description that is a
    file's or device's name becomes NEUTRAL_PICTURE (it names its source), the liaison's own
    text (`_CONTENT_KEYS`) stays, any other string loses the paths it holds. Also used for
    property lists inside content streams (`pdf_marked`). Binary data (`pdf_arrays.is_text`
    false: a palette, a hash) stays as it is: cutting a "path" out of it destroys what it
    encodes (review r11m R11M-22)."""
    if not is_text(text):
        return text
    if key in _DESCRIPTION_NAMES and is_file_name(text):
        return NEUTRAL_PICTURE
    if key in _CONTENT_KEYS or not has_path(text):
        return text
    return without_paths(text)


def _is_relative(uri: str) -> bool:
    """A URI without a scheme, other than a bare fragment (`#page=2`) or an empty one."""
    uri = uri.strip()
    return bool(uri) and not uri.startswith("#") and not _SCHEME.match(uri)


def _base_name(name: str) -> str:
    """An embedded file's own name without the folders it came from."""
    if not has_path(name):
        return name.replace("\\", "/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return NEUTRAL_PATH
