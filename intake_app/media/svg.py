"""An SVG drawing without what the drawing program wrote about its maker.

Inkscape, Illustrator, Sketch and Affinity write beside the drawing: the document's file name
and folder (`sodipodi:docname`, `inkscape:export-filename`, `sodipodi:absref`), the program's
window and version, RDF metadata (`<metadata>`: creator, rights, title, date), XML comments
("Created with Inkscape", "Generator: Adobe Illustrator…"), Illustrator's private data
(`i:pgf`, XMP), and pictures linked from the author's disk or embedded as `data:` URIs with
their own EXIF. What a viewer draws stays; this goes (docs/CLEANING.md rows `svg-*`):

- elements and attributes in the editors' own namespaces (`EDITOR_NAMESPACES`: Inkscape,
  Sodipodi, Adobe, Sketch, Serif, RDF, Dublin Core, Creative Commons), and in every other
  namespace that is not drawn with (`DRAWING_NAMESPACES`), `<metadata>`, and draw.io's
  editable diagram (the root's `content`);
- comments and processing instructions (the parser keeps neither; the part is written anew);
- any attribute that is a path becomes `removed-path` (`paths.without_paths`), and a picture
  linked by a bare file name (`IMG_2045.jpg`) too: the file is not in the drawing anyway;
- pictures and drawings embedded as `data:` URIs (in any attribute or CSS `url()`, any RFC 2397
  form) are cleaned by what their bytes are (`svg_data`); one that cannot be is kept and warned;
- `<title>`, `<desc>` and `<style>` text are read for paths as attributes are; CSS comments go;
  the drawing's own title and description go, and labels and ids that are a file's name are
  neutralised (`svg_names`);
- a compressed drawing (`.svgz`, gzip) is cleaned the same way and sealed uncompressed.

Parsed with defusedxml: a DOCTYPE is read, external entities are refused, and internal ones only
when they are short plain strings, as Illustrator's namespace entities are (`svg_entities`);
an SVG declaring any other kind is not cleaned and is told so. Nothing here runs scripts; they
are removed with event handlers and an embedded page's `<meta>` (`svg_scripts`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's
import zlib
from io import BytesIO

from defusedxml import ElementTree as SafeET

from intake_app.media import sniff
from intake_app.media.office_xml import serialise_part
from intake_app.media.paths import NEUTRAL_PATH, has_path, is_file_name, without_paths
from intake_app.media.result import (
    TOO_LARGE_TO_CLEAN,
    UNREADABLE_SVG,
    Cleaned,
    NotCleanable,
)
from intake_app.media.svg_data import cleaned_data_uri, is_data_uri
from intake_app.media.svg_entities import check_entities
from intake_app.media.svg_names import neutralise_names
from intake_app.media.svg_scripts import remove_scripts

MAX_SVG_BYTES = 24 * 1024 * 1024
"""Largest SVG parsed (as `office_zip.MAX_XML_PART`), with at most MAX_SVG_MARKUP tags."""
MAX_SVG_MARKUP = 2_000_000
"""Markup starts (`<`: tags, end tags, comments) in one SVG: the tree costs about 300 bytes an
element, so 24 MiB of `<g/>` would take 1.9 GB (review r11k R11K-3); this keeps it near 0.6 GB."""
SVG_NS = "http://www.w3.org/2000/svg"
EDITOR_NAMESPACES = (
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://inkscape.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://ns.adobe.com/",
    "adobe:ns:meta/",
    "http://www.bohemiancoding.com/sketch/ns",
    "http://www.serif.com/",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://purl.org/dc/",
    "http://creativecommons.org/ns#",
    "http://web.resource.org/cc/",
)
"""Namespace URIs (or their beginnings) of what editors write about the document and its maker."""
DRAWING_NAMESPACES = frozenset({
    SVG_NS, "http://www.w3.org/1999/xlink", "http://www.w3.org/XML/1998/namespace",
    "http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML",
    "http://www.w3.org/2001/xml-events",
})
"""What a viewer draws with: SVG, XLink, `xml:`, XHTML and MathML inside `<foreignObject>`,
XML Events. Elements and attributes in any other namespace are an editor's, listed above or not
(review r11i R10: Vectornator's `vectornator:layerName`, Boxy SVG's `bx:`, CorelDRAW's `xodm:`
with a home-folder path as text, each told "Cleaned" with its data)."""
_DRAWIO = "content"
"""draw.io's (diagrams.net's) attribute on the root `<svg>`: the whole editable diagram
(`<mxfile host=… modified=… agent="Mozilla/5.0 (Windows NT 10.0…) draw.io/21.6.5…">`, every
page and layer, drawn or not), most often deflated and base64-encoded. SVG defines no such
attribute, so nothing drawn changes (r11i R10)."""
_LINKS = {"href", "src", "poster", "data"}
"""Local names of attributes that link a file (`<image href>`, XHTML `<img src>`, `<video
poster>`, `<object data>`): a bare file name there is the linked file's (r11g N7)."""
_TEXTS = {"title", "desc"}
_WEB = ("http://", "https://", "#", "data:")
_CSS_URL = re.compile(r"""url\(\s*(["']?)([^"'()]*)\1\s*\)""", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_CSS_STRING = re.compile(r"""(["'])([^"'\n]*)\1""")
"""A CSS `url(…)`: a path is replaced inside it only, so the rest of the style still reads (the
path recogniser takes a value to its end). Its target holds no parenthesis (CSS needs them
escaped or quoted), so each `url(` is scanned only to the next `(` or `)`: scanning to the end of
the text from every `url(` was quadratic (review r11i R11: `url(` 8,000 times, 26 s)."""


def clean_svg(data: bytes) -> Cleaned:
    """`data` (an SVG document) without editor data, metadata, comments and paths.

    Raises NotCleanable(TOO_LARGE_TO_CLEAN) over MAX_SVG_BYTES or MAX_SVG_MARKUP, and
    NotCleanable(UNREADABLE_SVG) for one that is not well-formed or declares entities.
    """
    return clean_svg_at(data, 0)


def clean_svg_at(data: bytes, depth: int) -> Cleaned:
    """`clean_svg` for a drawing `depth` drawings deep inside another (`svg_data`)."""
    if len(data) > MAX_SVG_BYTES or data.count(b"<") > MAX_SVG_MARKUP:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)  # before a tree is built (r11k R11K-3)
    entities = check_entities(data)  # Illustrator's namespace entities; refused when unsafe
    try:
        namespaces = [ns for _, ns in SafeET.iterparse(BytesIO(data), events=("start-ns",),
                                                       forbid_dtd=False,
                                                       forbid_entities=not entities)]
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=not entities)
    except Exception as exc:  # ParseError, EntitiesForbidden, ExternalReferenceForbidden…
        raise NotCleanable(UNREADABLE_SVG) from exc
    if _local(root.tag) != "svg":
        raise NotCleanable(UNREADABLE_SVG)
    warnings: list[str] = []
    _drop_editor_data(root)
    remove_scripts(root)  # code and an embedded page's head (review r11m R11M-25)
    root.attrib.pop(_DRAWIO, None)
    neutralise_names(root)  # the document's title, labels and ids that are a file's name
    for element in root.iter():
        for key, value in element.attrib.items():
            element.attrib[key] = _cleaned_value(key, value, warnings, depth)
        tag = _local(element.tag)
        if tag == "style" and element.text:  # @font-face url(file:///…), comments
            element.text = _css_cleaned(element.text, warnings, depth)
        elif tag in _TEXTS and element.text:  # Visio, converters: the file's name and folder
            element.text = _text_without_paths(element.text)
    kept = [(prefix, uri) for prefix, uri in dict.fromkeys(namespaces) if not _editor(uri)]
    return Cleaned(serialise_part(root, kept), sniff.SVG, tuple(warnings))


def clean_svgz(data: bytes) -> Cleaned:
    """`data` (an SVG compressed with gzip, `.svgz`) cleaned as `clean_svg` and returned as the
    plain SVG (sealed as `.svg`: every viewer opens it; gzip's own header, which can hold the
    file's name and time, goes with it). Raises NotCleanable as `clean_svg`, and
    UNREADABLE_SVG for gzip data that is damaged, cut off or followed by anything."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        inner = inflater.decompress(data, MAX_SVG_BYTES + 1)
    except zlib.error as exc:
        raise NotCleanable(UNREADABLE_SVG) from exc
    if len(inner) > MAX_SVG_BYTES:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)
    if not inflater.eof or inflater.unused_data:
        raise NotCleanable(UNREADABLE_SVG)
    return clean_svg(inner)


def _drop_editor_data(root: ET.Element) -> None:
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str) or _editor(_uri(child.tag)) or (
                    child.tag == f"{{{SVG_NS}}}metadata"):
                parent.remove(child)
        for key in [k for k in parent.attrib if _editor(_uri(k))]:
            del parent.attrib[key]


def _cleaned_value(key: str, value: str, warnings: list[str], depth: int) -> str:
    if is_data_uri(value):  # never the path recogniser: base64 can read as a path (r11g N1)
        return cleaned_data_uri(value, warnings, depth)
    if _local(key) in _LINKS:
        if not value.strip().lower().startswith(_WEB) and (has_path(value) or is_file_name(value)):
            return NEUTRAL_PATH  # a picture linked from the author's disk
    if _local(key) == "style":
        return _css_cleaned(value, warnings, depth)
    return without_paths(value)


def _css_cleaned(css: str, warnings: list[str], depth: int) -> str:
    """CSS without comments, with each `url(…)` and quoted string that is a path neutralised and
    each `url(data:…)` cleaned as `svg_data` cleans (kept and warned when it cannot be)."""
    css = _CSS_COMMENT.sub("", css)  # draws nothing; can hold the author's folders (r11g N4)

    def url(m: re.Match[str]) -> str:
        target = m.group(2)
        if is_data_uri(target):
            return f"url({m.group(1)}{cleaned_data_uri(target, warnings, depth)}{m.group(1)})"
        return f"url({NEUTRAL_PATH})" if has_path(target) else m.group(0)

    def string(m: re.Match[str]) -> str:
        found = m.group(2)
        if is_data_uri(found) or not has_path(found):
            return m.group(0)
        return f"{m.group(1)}{NEUTRAL_PATH}{m.group(1)}"

    return _CSS_STRING.sub(string, _CSS_URL.sub(url, css))


def _text_without_paths(text: str) -> str:
    return NEUTRAL_PATH if is_file_name(text.strip()) else without_paths(text)


def _editor(uri: str) -> bool:
    """A namespace not drawn with (an editor's, known or not); "" is no namespace."""
    return bool(uri) and (uri.startswith(EDITOR_NAMESPACES) or uri not in DRAWING_NAMESPACES)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
