"""People, devices and paths taken out of the XML parts of an Office Open XML package.

Each part is parsed with defusedxml (no DTD, no entities: XML bombs and external entities are
refused) and written back keeping every namespace prefix, including those only named in
`mc:Ignorable` and `Requires`, which Word needs to open the file. The rules, one per entry of
docs/CLEANING.md:

- a Strict part's names are read as their Transitional twins (`office_strict`), and a core,
  app or custom property part is emptied whatever points to it;
- authors of tracked changes, comments and people (`w:author`, `w15:person/@w15:author`,
  spreadsheet `<author>`, presentation comment authors, threaded-comment persons, range
  permission editors `w:ed`, shared-workbook users, pivot `refreshedBy`) become
  `NEUTRAL_AUTHOR`; initials become `NEUTRAL_INITIALS`; user and provider ids are neutralised;
- connection strings and their files (`odcFile`, `connection`, `sourceFile`,
  `localConnection`, and any value that is a connection string) become `NEUTRAL_PATH`, a
  workbook connection's name and description are `office_connections`'; a sensitivity
  label's tenant (`siteId`) becomes a zero id; Word's deleted and hidden text: `office_revisions`;
- dates of tracked changes and comments (`w:date`, `w16cex:dateUtc`) are removed;
- revision-session ids (`w:rsid*` attributes, `<w:rsids>`) are removed, they link documents
  edited on the same machine; the random ids other parts point to (paragraphs' `w14:paraId`,
  slides' `p14:creationId`, `xr:uid`…) are renumbered (`office_ids`);
- settings that point at the author's machine or account are removed: attached template,
  document variables, mail-merge data source, document ids (`w14:docId`, `w15:docId`), the
  saved-in folder of a workbook (`x15ac:absPath`), the shared-workbook user (`fileSharing`),
  the cloud revision pointer (`xr:revisionPtr`);
- picture names and descriptions that are file names, paths or names a device gave a file
  (`paths.is_file_name`: Word writes the inserted file's name there) become "Picture", in
  DrawingML (`wp:docPr`, `pic:cNvPr` `@name`, `@descr`, `@title`) and in legacy VML
  (`v:shape`, `v:imagedata`… `@alt`, `@title`); VML's `o:title` (always the inserted file's
  name, without extension) becomes "Picture" whatever it holds;
- OneDrive and SharePoint drive and item ids next to a linked file (`xxl21:alternateUrls`
  `@driveId`, `@itemId`) are emptied; fields are `office_fields`' (instructions joined over runs,
  results of AUTHOR, FILENAME… neutralised), content controls are `office_bindings`';
- any attribute value that is a path (`paths.PATH`, the one recogniser) gets NEUTRAL_PATH, and
  formulas that name another workbook (`_FORMULA_TEXT`, also pivots' `formula` and `refersTo`)
  stay formulas without it; any attribute that is a date and time (`dT`, `dt`, `created`,
  `dateTime`) becomes NEUTRAL_DATE, a pivot's serial `refreshedDate` is removed; a signature
  line's suggested signer and presentation tags' values are neutralised;
- a picture placed in a cell: its alt text, when a file's name, is `office_rich_data`'s;
- what only spreadsheets keep (custom views' names, scenario users, range permissions' account
  ids, a note's author at the start of its text) is `office_sheets`';
- a VML shape's `o:gfxdata` (the DrawingML original as a base64 package: picture descriptions,
  the photo with its EXIF) is removed, never read for paths;
- markup of programs Office does not know (ignorable namespaces, `extLst` extensions) is
  `office_foreign`'s; theme and scheme names and Excel's exact build `office_labels`';
- every part is written anew, changed or not: XML comments and processing instructions go.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's
from io import BytesIO
from xml.sax.saxutils import escape, quoteattr

from defusedxml import ElementTree as SafeET

from intake_app.errors import SeinpostError
from intake_app.media import office_sheet_hidden as sheet_hidden
from intake_app.media import paths
from intake_app.media.office_bindings import (
    clean_bound_controls,
    clean_citation_tags,
    clean_markup_properties,
)
from intake_app.media.office_connections import clean_connection_names, is_connection_string
from intake_app.media.office_crop import CROPPED_PICTURE, shows_picture_in_part
from intake_app.media.office_fields import clean_fields
from intake_app.media.office_foreign import drop_foreign_markup
from intake_app.media.office_headers import clean_header_footers
from intake_app.media.office_hidden import HIDDEN_CONTENT, holds_hidden_content
from intake_app.media.office_hidden_shapes import HIDDEN_SHAPES, holds_hidden_shapes
from intake_app.media.office_ids import RandomIds
from intake_app.media.office_labels import clean_labels
from intake_app.media.office_references import drop_references
from intake_app.media.office_revisions import HiddenStyles, drop_unseen_text
from intake_app.media.office_rich_data import clean_rich_data, is_rich_data, text_positions
from intake_app.media.office_sheets import clean_sheet_people
from intake_app.media.office_strict import canonical
from intake_app.media.paths import NEUTRAL_PATH, has_path, is_file_name, without_paths
from intake_app.media.paths import without_formula_paths as _formula_cut

NEUTRAL_AUTHOR = "Seinpost"
NEUTRAL_INITIALS = "SP"
NEUTRAL_PICTURE = "Picture"
HEADER_FOOTER_TEXT = "header_footer_text"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_KEY = f"{{{_W}}}"
_PROPERTY_PARTS = {
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}coreProperties",
    "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Properties",
    "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}Properties",
}
"""Root elements of core, app and custom property parts: emptied wherever the part sits and
whatever relationship type (Transitional, Strict, or an old alternative) points to it."""
_PERSON_ATTRIBUTES = {"author": NEUTRAL_AUTHOR, "initials": NEUTRAL_INITIALS,
                      "userId": NEUTRAL_AUTHOR, "providerId": "None", "userName": NEUTRAL_AUTHOR,
                      "displayName": NEUTRAL_AUTHOR, "refreshedBy": NEUTRAL_AUTHOR}
_W_PERSON_ATTRIBUTES = {f"{_W_KEY}ed": NEUTRAL_AUTHOR}  # w:permStart/@w:ed: an editor's name
# their `name` attribute is a person (userInfo: a shared workbook's xl/userNames.xml)
_NAMED_PERSON_ELEMENTS = {"cmAuthor", "author", "person", "userInfo"}
# whole values that are paths or connection strings (xl/connections.xml: the .odc file, the data
# source with its folder and user id, a text import's source file)
_PATH_VALUE_ATTRIBUTES = {"odcFile", "connection", "sourceFile", "credentialsFile",
                          "localConnection"}
_TENANT_ATTRIBUTES = {"siteId"}  # sensitivity labels: the organisation's Microsoft 365 tenant
NEUTRAL_ID = "{00000000-0000-0000-0000-000000000000}"
_DATE_ATTRIBUTES = {
    f"{{{_W}}}date", "{http://schemas.microsoft.com/office/word/2018/wordml/cex}dateUtc",
    "{http://schemas.microsoft.com/office/word/2023/wordml/word16du}dateUtc",
}
_REMOVED_ELEMENTS = {
    f"{{{_W}}}attachedTemplate", f"{{{_W}}}rsids", f"{{{_W}}}docVars", f"{{{_W}}}mailMerge",
    "{http://schemas.microsoft.com/office/word/2010/wordml}docId",
    "{http://schemas.microsoft.com/office/word/2012/wordml}docId",
    "{http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac}absPath",
    "{http://schemas.microsoft.com/office/spreadsheetml/2014/revision}revisionPtr",
    f"{{{_W}}}attachedSchema", f"{{{_W}}}saveThroughXslt",  # schema and XSLT solution ids
    f"{{{_W}}}fldData",  # a field's private data, base64: EndNote's record (review r11h O2)
}
_PICTURE_ELEMENTS = {"docPr", "cNvPr"}
_VML = "urn:schemas-microsoft-com:vml"
_O_TITLE = "{urn:schemas-microsoft-com:office:office}title"
"""VML's picture title: Word writes the inserted file's name there, without its extension."""
_O_GFXDATA = "{urn:schemas-microsoft-com:office:office}gfxdata"
"""A VML shape's copy of the DrawingML original, as a base64 OPC package (MS-OI29500):
picture descriptions with paths, the photo with its EXIF. Removed: Word draws the VML and
rebuilds the shape from it (MS-OI29500: "deleted in case the legacy shape is modified")."""
_CLOUD_ID_ATTRIBUTES = {"driveId", "itemId"}  # OneDrive/SharePoint ids of a linked file
_FIELD_ATTRIBUTE = f"{{{_W}}}instr"
_FORMULA_TEXT = {"f", "definedName", "formula", "formula1", "formula2", "calculatedColumnFormula",
                 "totalsRowFormula", "refersTo"}  # cells, names, rules, validations, tables, charts
"""A reference to another workbook in them carries its path ('C:\\Users\\…\\[b.xlsx]S'!A1)."""
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}")
_CONTENT_DATE_ATTRIBUTES = {"fullDate", "v", "val", "value", "minDate", "maxDate"}
"""Dates that are the document's content, not its history: a date picker's value
(`w:date/@w:fullDate`), pivot-cache items and their range (`d/@v`, `@minDate`, `@maxDate`)."""
NEUTRAL_DATE = "2000-01-01T00:00:00Z"
_SERIAL_DATE_ATTRIBUTES = {"refreshedDate"}  # pivot caches: an Excel serial day number
_SIGNER_ATTRIBUTES = {"suggestedsigner": NEUTRAL_AUTHOR, "suggestedsigner2": "",
                      "suggestedsigneremail": ""}  # VML o:signatureline: who is asked to sign
# InkML inkSource: the pen; its driver writes a description such as "Jan Jansen's pen" (R11L-5)
_DEVICE_ATTRIBUTES = {"manufacturer", "model", "serialNo", "description"}
_WE_PROPERTY = "{http://schemas.microsoft.com/office/webextensions/webextension/2010/11}property"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_TAG = f"{{{_P}}}tag"  # ppt/tags: add-ins' name/value pairs (last user, paths, account ids)


class UnsafeXml(SeinpostError):
    """The part has a DTD, entities or is not well-formed XML."""

    code = "media.unsafe_xml"


def scrub_part(raw: bytes, removed_ids: frozenset[str] = frozenset(),
               notes: list[str] | None = None, ids: RandomIds | None = None,
               rich_structures: bytes | None = None, styles: HiddenStyles | None = None,
               blank: sheet_hidden.BlankFormats | None = None,
               slide: tuple[int, int] | None = None) -> bytes:
    """The part without people, dates, revision ids and machine paths, always written anew.

    Always re-serialised, changed or not: what the parser does not keep (XML comments,
    processing instructions, the XML declaration's own text) never reaches the sealed file.
    `removed_ids` are this part's relationships that the cleaner removed: the references to
    them go too (`office_references`). `notes` gets "header_footer_text" when a sheet's
    header or footer text was removed (`office_headers`), "cropped_picture" when the part shows
    a picture only in part (`office_crop`), "hidden_content" for a hidden sheet or slide or
    speaker notes (`office_hidden`), "hidden_shapes" for a shape out of sight (a slide `slide`
    EMU large: `office_hidden_shapes`). `ids` renumbers Office's random ids alike in all parts.
    `rich_structures` is `rdrichvaluestructure.xml` for Excel's rich values part: it says which
    value is a picture's alt text (`office_rich_data`); `styles` what hides text (`office_styles`);
    `blank` which cell formats show nothing: "sheet_hidden_content" for a hidden row, column,
    blank-formatted cell, name or outside pivot source holding content (`office_sheet_hidden`).
    Raises UnsafeXml for a part that is not safe XML.
    """
    root, namespaces = parse_part(raw)
    if notes is not None and shows_picture_in_part(root):  # read in the tree: UTF-16 too (C1)
        notes.append(CROPPED_PICTURE)
    if notes is not None and holds_hidden_content(root, canonical):  # kept, told (q11b)
        notes.append(HIDDEN_CONTENT)
    if notes is not None and sheet_hidden.holds_hidden_cells(root, canonical, blank):  # R11M-4
        notes.append(sheet_hidden.SHEET_HIDDEN_CONTENT)  # kept, told
    if notes is not None and holds_hidden_shapes(root, canonical, slide):  # kept, told (R11M-7)
        notes.append(HIDDEN_SHAPES)
    drop_references(root, removed_ids)
    if canonical(root.tag) in _PROPERTY_PARTS:
        root.clear()  # core, app or custom properties: every value is about the maker
        return serialise_part(root, namespaces)
    drop_foreign_markup(root, namespaces)  # programs' own ignorable markup, extensions (r11i R8)
    _scrub(root)
    drop_unseen_text(root, canonical, notes, styles)  # deletions accepted, hidden runs (r11j J6)
    clean_fields(root, canonical)
    clean_bound_controls(root, canonical)
    clean_citation_tags(root, canonical)  # Mendeley Cite's library ids (r11i R9), other tags
    clean_markup_properties(root, canonical)  # custom XML and smart tag values (r11m R11M-10)
    if clean_header_footers(root, canonical) and notes is not None:
        notes.append(HEADER_FOOTER_TEXT)
    clean_sheet_people(root, canonical, NEUTRAL_AUTHOR)
    clean_connection_names(root, canonical)
    clean_labels(root)  # theme names, Excel's build (r11i R12, L7)
    if is_rich_data(root):
        structures = parse_part(rich_structures)[0] if rich_structures else None
        clean_rich_data(root, text_positions(structures))
    if ids is not None:
        ids.renumber(root)
    return serialise_part(root, namespaces)


def _scrub(root: ET.Element) -> bool:
    changed = False
    for parent in list(root.iter()):
        for child in list(parent):
            if canonical(child.tag) in _REMOVED_ELEMENTS:
                parent.remove(child)
                changed = True
    for element in root.iter():
        local = _local(element.tag)
        tag = canonical(element.tag)
        for key in list(element.attrib):
            name = _local(key)
            value = element.attrib[key]
            std = canonical(key)
            if name in _PERSON_ATTRIBUTES and local != "table":  # a table's displayName: its name
                new = _PERSON_ATTRIBUTES[name]
            elif std in _W_PERSON_ATTRIBUTES:
                new = _W_PERSON_ATTRIBUTES[std]
            elif name in _PATH_VALUE_ATTRIBUTES and not _uri(key):
                new = NEUTRAL_PATH
            elif name in _TENANT_ATTRIBUTES:
                new = NEUTRAL_ID
            elif name == "name" and local in _NAMED_PERSON_ELEMENTS:
                new = NEUTRAL_AUTHOR
            elif (std in _DATE_ATTRIBUTES or key == _O_GFXDATA
                  or (name.startswith("rsid") and std.startswith(_W_KEY))):
                del element.attrib[key]  # o:gfxdata: base64, never read for paths (r11h O3)
                changed = True
                continue
            elif local in _PICTURE_ELEMENTS and name in ("name", "descr", "title"):
                new = NEUTRAL_PICTURE if is_file_name(value) else value
            elif key == _O_TITLE:
                new = NEUTRAL_PICTURE if value else value
            elif _uri(element.tag) == _VML and name in ("alt", "title") and not _uri(key):
                new = NEUTRAL_PICTURE if is_file_name(value) else value
            elif name in _CLOUD_ID_ATTRIBUTES and not _uri(key):
                new = ""
            elif name in _SIGNER_ATTRIBUTES:
                new = _SIGNER_ATTRIBUTES[name]
            elif name in _SERIAL_DATE_ATTRIBUTES:
                del element.attrib[key]
                changed = True
                continue
            elif tag == _TAG and name == "val":
                new = ""
            elif tag == _WE_PROPERTY and name == "value":
                new = '""'  # an add-in's stored setting (JSON): accounts, paths, user names
            elif local == "inkSource" and name in _DEVICE_ATTRIBUTES:
                new = ""
            elif is_connection_string(value) and std != _FIELD_ATTRIBUTE:
                new = NEUTRAL_PATH  # server, computer and account names (office_connections)
            elif _ISO_DATE.match(value) and name not in _CONTENT_DATE_ATTRIBUTES:
                new = NEUTRAL_DATE  # when someone wrote, refreshed, revised: dT, dt, dateTime…
            elif std == _FIELD_ATTRIBUTE:
                continue  # a field's instruction: office_fields reads it with its result
            else:  # any attribute that holds a path; a formula (pivot, refersTo) stays one (L1)
                new = (_formula_cut if name in _FORMULA_TEXT else without_paths)(value)
            if new != value:
                element.attrib[key] = new
                changed = True
        if local == "author" and element.text and element.text.strip() and not len(element):
            if element.text != NEUTRAL_AUTHOR:
                element.text = NEUTRAL_AUTHOR  # spreadsheet comments: <authors><author>…
                changed = True
        if local in _FORMULA_TEXT and element.text and has_path(element.text):
            element.text = paths.without_formula_paths(element.text)
            changed = True
    return changed


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def parse_part(raw: bytes) -> tuple[ET.Element, list[tuple[str, str]]]:
    """The part's root element and its (prefix, uri) declarations; raises UnsafeXml."""
    namespaces: list[tuple[str, str]] = []
    try:
        for _, (prefix, uri) in SafeET.iterparse(BytesIO(raw), events=("start-ns",),
                                                  forbid_dtd=True):
            if (prefix, uri) not in namespaces:
                namespaces.append((prefix, uri))
        root = SafeET.fromstring(raw, forbid_dtd=True)
    except Exception as exc:  # ParseError, DTDForbidden, EntitiesForbidden, …
        raise UnsafeXml from exc
    return root, namespaces


def serialise_part(root: ET.Element, namespaces: list[tuple[str, str]]) -> bytes:
    """XML text with the original prefixes (and default namespace), all declared on the root.

    Written here rather than by ElementTree, which renames prefixes (ns0, ns1, …), drops
    declarations only `mc:Ignorable` and `Requires` refer to, and cannot keep a default
    namespace next to attributes without one: Word refuses such a file.
    """
    prefixes: dict[str, str] = {}  # uri -> prefix ("" for the default namespace)
    declarations: list[tuple[str, str]] = []
    declared: set[str] = set()
    for prefix, uri in namespaces:
        if prefix in declared:
            continue  # a prefix bound again further down: the other URI gets its own below
        declared.add(prefix)
        prefixes.setdefault(uri, prefix)
        declarations.append((prefix, uri))
    attribute_prefixes = {uri: p for p, uri in declarations if p}
    for element in root.iter():
        for name in element.attrib:
            uri = _uri(name)
            if uri and uri not in attribute_prefixes and uri != _XML_NS:
                attribute_prefixes[uri] = _fresh_prefix(declarations)
                declarations.append((attribute_prefixes[uri], uri))
        uri = _uri(element.tag)
        if uri and uri not in prefixes:
            prefixes[uri] = attribute_prefixes.get(uri) or _fresh_prefix(declarations)
            if prefixes[uri] not in attribute_prefixes.values():
                declarations.append((prefixes[uri], uri))
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n']
    _write(root, out, prefixes, attribute_prefixes, declarations)
    return "".join(out).encode("utf-8")


_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _fresh_prefix(declarations: list[tuple[str, str]]) -> str:
    taken = {prefix for prefix, _ in declarations}
    return next(f"ns{i}" for i in range(len(taken) + 1) if f"ns{i}" not in taken)


def _write(
    root: ET.Element,
    out: list[str],
    prefixes: dict[str, str],
    attribute_prefixes: dict[str, str],
    declarations: list[tuple[str, str]] | None,
) -> None:
    # A loop with its own stack, not recursion: a part (or a bare SVG) nested a thousand
    # elements deep must not reach Python's recursion limit (review r11i, R1).
    stack: list[tuple[ET.Element, int]] = [(root, 0)]
    while stack:
        element, step = stack.pop()
        tag = _qualified(element.tag, prefixes)
        if step == 0:
            _open_tag(element, tag, out, attribute_prefixes,
                      declarations if element is root else None)
            if element.text is None and not len(element):
                out.append("/>")
                continue
            out.append(">")
            out.append(escape(element.text or ""))
        else:
            out.append(escape(element[step - 1].tail or ""))
        if step < len(element):
            stack.append((element, step + 1))
            stack.append((element[step], 0))
        else:
            out.append(f"</{tag}>")


def _open_tag(
    element: ET.Element,
    tag: str,
    out: list[str],
    attribute_prefixes: dict[str, str],
    declarations: list[tuple[str, str]] | None,
) -> None:
    out.append(f"<{tag}")
    for prefix, uri in declarations or ():
        name = f"xmlns:{prefix}" if prefix else "xmlns"
        out.append(f" {name}={quoteattr(uri)}")
    for key, value in element.attrib.items():
        uri = _uri(key)
        if uri == _XML_NS:
            name = f"xml:{_local(key)}"
        elif uri:
            name = f"{attribute_prefixes[uri]}:{_local(key)}"
        else:
            name = key
        out.append(f" {name}={quoteattr(value)}")


def _qualified(name: str, prefixes: dict[str, str]) -> str:
    uri = _uri(name)
    if not uri:
        return name
    prefix = prefixes[uri]
    return f"{prefix}:{_local(name)}" if prefix else _local(name)


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
