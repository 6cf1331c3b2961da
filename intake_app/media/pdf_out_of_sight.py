"""What a PDF keeps out of its reader's sight: places, unapplied redactions, crops, layers, sounds.

Review r11m found these told "Cleaned" (docs/CLEANING.md rows `pdf-geospatial`,
`pdf-redaction-not-applied`, `pdf-cropped-pages`, `pdf-layers-off`, `pdf-hidden-fields`,
`pdf-sounds`). What Seinpost does, per kind:

- geospatial data (ISO 32000-2 §12.10: a viewport's or image XObject's `/Measure` with
  `/Subtype /GEO`, its `/GPTS` latitudes and longitudes, `/LPTS`, `/GCS`, `/DCS`, `/Bounds`;
  point data `/PtData` (`/Type /PtData`: `/XPTS` with `/LAT` `/LON` `/ALT`); the older OGC and
  TerraGo `/LGIDict` with its registration points and projection) is removed wherever it hangs:
  the entries go, and a geographic measure, point data or LGI dictionary reached some other way
  is emptied in place (its `/Type` and `/Subtype` stay, so references still tell what it was).
  A viewport that had a geographic measure loses its `/Name` too (a map's title); its `/BBox`
  stays. A measure of another kind (`/RL`, a scale) is not a place and stays;
- a `/Redact` annotation says by its type that what lies under it is meant to go; applying it
  would mean finding the text and pictures under its quad points, so it is not applied but
  warned (`pdf_redaction_not_applied`);
- a page whose `/CropBox` (inherited through the page tree), `/TrimBox`, `/BleedBox` or
  `/ArtBox` leaves out more than `BOX_TOLERANCE` of its `/MediaBox` on some side is warned
  (`pdf_page_cropped`), as a cropped Office picture is; content drawn outside the MediaBox and
  pictures drawn through a clip path are not looked for (docs/CLEANING.md, known gaps);
- an optional content group off in the default configuration (`/OCProperties /D /OFF`, or
  `/BaseState /OFF` and not in `/ON`), or a membership dictionary (`/OCMD`, its `/P` policy or
  `/VE` expression) that is off by it, used by marked content (through a `/Properties`
  resource) or by an XObject's or annotation's `/OC`, and a form field with a text value whose
  widgets are all hidden (`/F` bit 2 Hidden or bit 6 NoView) are warned
  (`pdf_hidden_content_kept`): the document's own content, which the liaison can show and check;
- a sound (a `/Sound` stream of a sound annotation or action) is a recorded voice: warned
  (`pdf_sound_kept`), as Office audio is.

Everything here rides on `pdf_objects`' one walk (`Sightings.visit`, which reads a dictionary's
keys once and looks up only those that matter: about 5% more CPU on a 2,000-page file) and
on bounded reads after it: page and field trees followed MAX_PARENT_DEPTH up, visibility
expressions MAX_EXPRESSION_DEPTH deep and MAX_EXPRESSION_TERMS over the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from intake_app.media.result import (
    PDF_HIDDEN_CONTENT_KEPT,
    PDF_PAGE_CROPPED,
    PDF_REDACTION_NOT_APPLIED,
    PDF_SOUND_KEPT,
)

BOX_TOLERANCE = 1.0
"""Points (1/72 inch) a page box may lie inside the MediaBox on a side without a warning:
programs round boxes (`[0.24 0.12 611.76 791.88]`), and no readable line fits in the strip."""
MAX_PARENT_DEPTH = 32
"""/Parent links followed up a page tree or a field tree; deeper is taken as the top."""
MAX_EXPRESSION_DEPTH = 8
"""Nesting of an /OCMD's /VE expression read; deeper counts as hidden (warned, not passed)."""
MAX_EXPRESSION_TERMS = 100_000
"""Terms of /VE expressions read in one file (an indirect array can be named many times at
every level); beyond, content counts as hidden (warned, not passed)."""

_GEO_TYPES = frozenset({"/PtData", "/LGIDict"})
_GEO_CONTENT = frozenset({"/GPTS", "/LPTS", "/GCS", "/DCS", "/Bounds", "/PDU", "/XPTS", "/Names",
                          "/Registration", "/CTM", "/Neatline", "/Projection", "/Description",
                          "/Version", "/Display"})
"""Keys of a geographic measure, point data or LGI dictionary (ISO 32000-2 Tables 266-268;
OGC best practice for PDF geo-registration): a dictionary without any is not looked at."""
_PLACE_KEYS = frozenset({"/Measure", "/PtData", "/LGIDict"})
_LOOKED_AT = _PLACE_KEYS | {"/Sound", "/OC", "/Properties"}
_KEEP = frozenset({"/Type", "/Subtype", "/Length"})
_HIDDEN_FLAGS = 2 | 32  # annotation flags Hidden and NoView (ISO 32000-2 Table 167)
_BOXES = (Name.CropBox, Name.TrimBox, Name.BleedBox, Name.ArtBox)


@dataclass
class Sightings:
    """What the object walk met for the checks below; one per file."""

    sound: bool = False
    """A sound stream hangs somewhere (a sound annotation's or action's /Sound)."""
    optional: list[Dictionary] = field(default_factory=list)
    """Optional content a drawing or annotation names: /OC values, /Properties resources."""

    def visit(self, obj: Dictionary | Stream) -> None:
        """Remove `obj`'s geospatial data in place and note sounds and optional content.
        Reads its keys once and looks up only the ones that matter (most have none)."""
        keys = obj.keys()
        if keys & _GEO_CONTENT and _is_geographic(obj):
            _empty(obj)
            return
        for key in keys & _LOOKED_AT:
            value = obj.get(key)
            if key in _PLACE_KEYS:
                _remove_place(obj, key, value)
            elif key == "/Sound":
                self.sound = self.sound or isinstance(value, Stream)
            elif key == "/OC" and isinstance(value, Dictionary):
                self.optional.append(value)
            elif key == "/Properties" and isinstance(value, Dictionary):
                for name in list(value.keys()):
                    entry = value.get(name)
                    if isinstance(entry, Dictionary) and entry.get(Name.Type) in (Name.OCG,
                                                                                  Name.OCMD):
                        self.optional.append(entry)


def _is_geographic(value: object) -> bool:
    """A geographic measure (/Subtype /GEO), point data or an LGI dictionary."""
    if not isinstance(value, Dictionary | Stream):
        return False
    kind = value.get(Name.Type)
    return value.get(Name.Subtype) == Name.GEO or (
        isinstance(kind, Name) and str(kind) in _GEO_TYPES)


def _empty(obj: Dictionary | Stream) -> None:
    """Every key of a geographic dictionary but its /Type and /Subtype removed, in place."""
    for key in list(obj.keys()):
        if key not in _KEEP:
            del obj[key]


def _remove_place(obj: Dictionary | Stream, key: str, value: object) -> None:
    """`obj[key]` (a /Measure, /PtData or /LGIDict entry) removed when it is a place; a
    geographic viewport's /Name (the map's title) with its measure."""
    if key != "/Measure":
        del obj[key]
    elif _is_geographic(value):
        del obj[key]
        if not isinstance(obj, Stream) and {"/BBox", "/Name"} <= obj.keys():
            del obj[Name.Name]


def warnings_out_of_sight(pdf: pikepdf.Pdf, annotations: list[Dictionary],
                          sightings: Sightings) -> list[str]:
    """The warning codes of the module docstring for `pdf` (cleaned by `pdf_objects`, whose
    walk filled `sightings` and `annotations`), in a stable order, each once."""
    warnings = []
    if any(a.get(Name.Subtype) == Name.Redact for a in annotations):
        warnings.append(PDF_REDACTION_NOT_APPLIED)
    if any(_page_cropped(page.obj) for page in pdf.pages):
        warnings.append(PDF_PAGE_CROPPED)
    layers = _Layers(_off_groups(pdf))
    if any(layers.hidden(group) for group in sightings.optional) or _hidden_field(annotations):
        warnings.append(PDF_HIDDEN_CONTENT_KEPT)
    if sightings.sound:
        warnings.append(PDF_SOUND_KEPT)
    return sorted(warnings)


def _box(value: object) -> tuple[float, float, float, float] | None:
    """A rectangle [x1 y1 x2 y2] as (left, bottom, right, top), or None when it is not one."""
    if not isinstance(value, Array) or len(value) != 4:
        return None
    try:
        x1, y1, x2, y2 = (float(item) for item in value)
    except (TypeError, ValueError):
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _inherited(page: Dictionary, key: Name) -> object:
    """`key` of `page` or the nearest page-tree node above it that has it (§7.7.3.4)."""
    node: object = page
    for _ in range(MAX_PARENT_DEPTH):
        if not isinstance(node, Dictionary):
            return None
        if key in node:
            return node.get(key)
        node = node.get(Name.Parent)
    return None


def _page_cropped(page: Dictionary) -> bool:
    """Whether a page box leaves out more than BOX_TOLERANCE of the MediaBox on some side."""
    media = _box(_inherited(page, Name.MediaBox))
    if media is None:
        return False
    for key in _BOXES:
        box = _box(_inherited(page, key) if key == Name.CropBox else page.get(key))
        if box is None:
            continue
        inside = (box[0] - media[0], box[1] - media[1], media[2] - box[2], media[3] - box[3])
        if max(inside) > BOX_TOLERANCE:
            return True
    return False


def _off_groups(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Object ids of the optional content groups off in the default configuration."""
    properties = pdf.Root.get(Name.OCProperties)
    if not isinstance(properties, Dictionary):
        return set()
    default = properties.get(Name.D)
    if not isinstance(default, Dictionary):
        return set()
    off = _ids(default.get(Name.OFF))
    if default.get(Name.BaseState) == Name.OFF:
        off |= _ids(properties.get(Name.OCGs)) - _ids(default.get(Name.ON))
    return off


def _ids(groups: object) -> set[tuple[int, int]]:
    """Object ids of the indirect dictionaries in an array (groups are indirect, §8.11.2)."""
    if not isinstance(groups, Array):
        return set()
    return {g.objgen for g in groups if isinstance(g, Dictionary) and g.objgen != (0, 0)}


class _Layers:
    """Which optional content is hidden by default (§8.11.2.2), each group or membership
    dictionary decided once, expressions read within MAX_EXPRESSION_TERMS for the file."""

    def __init__(self, off: set[tuple[int, int]]) -> None:
        self.off = off
        self.budget = MAX_EXPRESSION_TERMS
        self.known: dict[tuple[int, int], bool] = {}

    def hidden(self, group: object) -> bool:
        """Whether content marked with `group` (an OCG or OCMD) is hidden by default."""
        if not isinstance(group, Dictionary):
            return False
        key = group.objgen
        if key != (0, 0) and key in self.known:
            return self.known[key]
        found = self._decide(group)
        if key != (0, 0):
            self.known[key] = found
        return found

    def _decide(self, group: Dictionary) -> bool:
        if group.get(Name.Type) != Name.OCMD:
            return group.objgen in self.off and group.objgen != (0, 0)
        expression = group.get(Name.VE)
        if isinstance(expression, Array):
            return not self._visible(expression, 0)
        members = group.get(Name.OCGs)
        members = [members] if isinstance(members, Dictionary) else members
        if not isinstance(members, Array | list):
            return False
        states = [m.objgen not in self.off for m in members if isinstance(m, Dictionary)]
        if not states:
            return False  # an OCMD without groups has no effect
        policy = str(group.get(Name.P, Name.AnyOn))
        visible = {"/AllOn": all(states), "/AnyOff": not all(states),
                   "/AllOff": not any(states)}.get(policy, any(states))  # /AnyOn by default
        return not visible

    def _visible(self, expression: object, depth: int) -> bool:
        """A visibility expression ([/And …], [/Or …], [/Not …] over groups) evaluated; one
        too deep or beyond the budget counts as not visible."""
        self.budget -= 1
        if self.budget < 0:
            return False
        if isinstance(expression, Dictionary):
            return expression.objgen not in self.off
        if not isinstance(expression, Array) or len(expression) < 2 or (
                depth > MAX_EXPRESSION_DEPTH):
            return False
        operator, terms = expression[0], [self._visible(t, depth + 1) for t in expression[1:]]
        if operator == Name.Not:
            return not terms[0]
        return all(terms) if operator == Name.And else any(terms)


def _hidden_field(annotations: list[Dictionary]) -> bool:
    """Whether a form field holding text has widgets that are all hidden."""
    fields: dict[tuple[int, int] | int, list[bool]] = {}
    for index, widget in enumerate(annotations):
        if widget.get(Name.Subtype) != Name.Widget:
            continue
        holder = _value_holder(widget)
        if holder is None:
            continue
        flags = widget.get(Name.F)
        hidden = isinstance(flags, int) and bool(int(flags) & _HIDDEN_FLAGS)
        key = holder.objgen if holder.objgen != (0, 0) else index
        fields.setdefault(key, []).append(hidden)
    return any(all(states) for states in fields.values())


def _value_holder(widget: Dictionary) -> Dictionary | None:
    """The field dictionary (the widget or a /Parent) whose /V is the widget's value, when that
    value is text (a string, or an array of strings for a list box) that is not blank."""
    node: object = widget
    for _ in range(MAX_PARENT_DEPTH):
        if not isinstance(node, Dictionary):
            return None
        if Name.V in node:
            value = node.get(Name.V)
            texts = list(value) if isinstance(value, Array) else [value]
            shown = any(isinstance(t, String) and str(t).strip() for t in texts)
            return node if shown else None
        node = node.get(Name.Parent)
    return None
