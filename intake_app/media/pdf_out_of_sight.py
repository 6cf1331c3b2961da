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

_GEO_TYPES = frozenset({"/PtData", "/LGIDict"})
_KEEP = (Name.Type, Name.Subtype)
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
        """Remove `obj`'s geospatial data in place and note sounds and optional content."""
        _remove_places(obj)
        if isinstance(obj.get(Name.Sound), Stream):
            self.sound = True
        group = obj.get(Name.OC)
        if isinstance(group, Dictionary):
            self.optional.append(group)
        properties = obj.get(Name.Properties)
        if isinstance(properties, Dictionary) and not isinstance(properties, Stream):
            for key in list(properties.keys()):
                value = properties.get(key)
                if isinstance(value, Dictionary) and value.get(Name.Type) in (Name.OCG,
                                                                               Name.OCMD):
                    self.optional.append(value)


def _is_geographic(value: object) -> bool:
    """A geographic measure (/Subtype /GEO), point data or an LGI dictionary."""
    if not isinstance(value, Dictionary | Stream):
        return False
    kind = value.get(Name.Type)
    return value.get(Name.Subtype) == Name.GEO or (
        isinstance(kind, Name) and str(kind) in _GEO_TYPES)


def _remove_places(obj: Dictionary | Stream) -> None:
    """The geospatial rules of the module docstring, on one dictionary, in place."""
    if _is_geographic(obj):
        for key in list(obj.keys()):
            if key not in _KEEP and not (isinstance(obj, Stream) and key == Name.Length):
                del obj[key]
        return
    if _is_geographic(obj.get(Name.Measure)):
        del obj[Name.Measure]
        if Name.BBox in obj and not isinstance(obj, Stream) and Name.Name in obj:
            del obj[Name.Name]  # a geographic viewport's title: the map's place
    for key in (Name.PtData, Name.LGIDict):
        if key in obj:
            del obj[key]


def warnings_out_of_sight(pdf: pikepdf.Pdf, annotations: list[Dictionary],
                          sightings: Sightings) -> list[str]:
    """The warning codes of the module docstring for `pdf` (cleaned by `pdf_objects`, whose
    walk filled `sightings` and `annotations`), in a stable order, each once."""
    warnings = []
    if any(a.get(Name.Subtype) == Name.Redact for a in annotations):
        warnings.append(PDF_REDACTION_NOT_APPLIED)
    if any(_page_cropped(page.obj) for page in pdf.pages):
        warnings.append(PDF_PAGE_CROPPED)
    off = _off_groups(pdf)
    if any(_hidden(group, off, 0) for group in sightings.optional) or _hidden_field(annotations):
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


def _hidden(group: object, off: set[tuple[int, int]], depth: int) -> bool:
    """Whether content marked with `group` (an OCG or OCMD) is hidden by default (§8.11.2.2)."""
    if not isinstance(group, Dictionary):
        return False
    if group.get(Name.Type) != Name.OCMD:
        return group.objgen in off and group.objgen != (0, 0)
    expression = group.get(Name.VE)
    if isinstance(expression, Array):
        return not _visible(expression, off, depth)
    members = group.get(Name.OCGs)
    members = [members] if isinstance(members, Dictionary) else members
    if not isinstance(members, Array | list):
        return False
    states = [m.objgen not in off for m in members if isinstance(m, Dictionary)]
    if not states:
        return False  # an OCMD without groups has no effect
    policy = str(group.get(Name.P, Name.AnyOn))
    visible = {"/AllOn": all(states), "/AnyOff": not all(states),
               "/AllOff": not any(states)}.get(policy, any(states))  # /AnyOn by default
    return not visible


def _visible(expression: object, off: set[tuple[int, int]], depth: int) -> bool:
    """A visibility expression ([/And …], [/Or …], [/Not …] over groups) evaluated."""
    if isinstance(expression, Dictionary):
        return expression.objgen not in off
    if not isinstance(expression, Array) or len(expression) < 2 or depth > MAX_EXPRESSION_DEPTH:
        return False
    operator, terms = expression[0], [_visible(t, off, depth + 1) for t in expression[1:]]
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
