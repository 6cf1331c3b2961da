"""Shapes an Office file keeps out of sight, told to the liaison (review r11m R11M-7).

A shape, picture or text box can be in a slide or a Word document and not be seen by whoever
simply views it: hidden in the Selection Pane (DrawingML `cNvPr`/`docPr` `hidden="1"`, ECMA-376
Part 1 §20.1.2.2.8, §20.4.2.5), placed wholly beside the slide (its offset beyond the slide size
`p:sldSz` of `ppt/presentation.xml`, §19.2.1.39, or before its top left corner: PowerPoint shows
it only in the editor's grey margin, never in the show or a print), or, in Word's legacy VML, a
shape or text box whose style says `visibility:hidden` (what Word writes for a hidden shape's
fallback, and old documents for any). Before, such files were told "Cleaned" with the text still
in them. They are kept as they are, like a hidden slide (`office_hidden`): the shape may be the
content the liaison sends (a slide that flies a picture in from beside it), and removing a
shape can break the animations and links that name it; the outcome says so
(`office_hidden_shapes_kept`: the liaison can show or delete them first). docs/CLEANING.md rows
`hidden-shapes` and `off-slide-shapes`.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

HIDDEN_SHAPES = "hidden_shapes"
"""The note `office_xml.scrub_part` adds for a part that holds such a shape."""
DEFAULT_SLIDE = (9_144_000, 6_858_000)
"""A slide's size in EMU when `p:sldSz` is missing: 10 by 7.5 inches, PowerPoint's default."""
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VML = "{urn:schemas-microsoft-com:vml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SLIDE_PARTS = frozenset({f"{_P}sld", f"{_P}sldLayout", f"{_P}sldMaster"})
_SHAPES = frozenset({"sp", "pic", "cxnSp", "graphicFrame", "grpSp", "contentPart"})
_TRUE = frozenset({"1", "true", "on"})
_MAX_EMU = 2**63  # larger offsets are not numbers PowerPoint writes: read as unknown


def slide_size(presentation: ET.Element | None) -> tuple[int, int]:
    """(width, height) in EMU of the slides of the parsed `ppt/presentation.xml`, from its
    `p:sldSz` (Strict's names read through `office_strict.canonical` are the same element
    names); DEFAULT_SLIDE when it is missing or not two positive numbers."""
    for child in presentation if presentation is not None else ():
        if _local(child.tag) == "sldSz":
            size = _number(child.get("cx")), _number(child.get("cy"))
            if size[0] and size[1] and size[0] > 0 and size[1] > 0:
                return size[0], size[1]
    return DEFAULT_SLIDE


def holds_hidden_shapes(root: ET.Element, canonical: Callable[[str], str],
                        slide: tuple[int, int] | None) -> bool:
    """Whether the parsed part `root` holds a shape hidden by its `hidden` attribute (any
    part), a VML shape hidden by its style (a WordprocessingML part), or a shape wholly beside
    a slide of size `slide` (EMU; DEFAULT_SLIDE when None) in a slide, layout or master.
    `canonical` maps a Strict name to its Transitional twin (`office_strict.canonical`)."""
    tag = canonical(root.tag)
    if any(_local(element.tag) in ("cNvPr", "docPr")
           and element.get("hidden", "").strip().lower() in _TRUE for element in root.iter()):
        return True
    if tag.startswith(_W) and any(element.tag.startswith(_VML) and _vml_hidden(element)
                                  for element in root.iter()):
        return True
    if tag in _SLIDE_PARTS:
        width, height = slide or DEFAULT_SLIDE
        return any(_beside(tree, width, height, (1.0, 0.0, 1.0, 0.0))
                   for tree in root.iter(f"{_P}spTree"))
    return False


def _vml_hidden(element: ET.Element) -> bool:
    """A VML element whose CSS style sets `visibility: hidden`."""
    for declaration in element.get("style", "").split(";"):
        name, _, value = declaration.partition(":")
        if name.strip().lower() == "visibility" and value.strip().lower() == "hidden":
            return True
    return False


def _beside(tree: ET.Element, width: int, height: int,
            transform: tuple[float, float, float, float]) -> bool:
    """Whether a shape in the shape tree or group `tree`, its coordinates mapped to the slide by
    `transform` (x scale, x shift, y scale, y shift), lies wholly outside the slide."""
    stack = [(tree, transform)]
    while stack:
        group, (sx, dx, sy, dy) = stack.pop()
        for shape in _members(group):
            box = _box(shape)
            if box is None:
                continue  # a placeholder placed by its layout, or no numbers: on the slide
            x, y, cx, cy, rotation, child = box
            left, top, w, h = x * sx + dx, y * sy + dy, cx * sx, cy * sy
            half_w = (abs(w * math.cos(rotation)) + abs(h * math.sin(rotation))) / 2
            half_h = (abs(w * math.sin(rotation)) + abs(h * math.cos(rotation))) / 2
            middle_x, middle_y = left + w / 2, top + h / 2
            if (middle_x + half_w < 0 or middle_x - half_w > width
                    or middle_y + half_h < 0 or middle_y - half_h > height):
                return True
            if child is not None and rotation == 0:  # members of a turned group: its box only
                (ox, oy, ocx, ocy) = child
                kx, ky = w / ocx if ocx else 0.0, h / ocy if ocy else 0.0
                stack.append((shape, (kx, left - ox * kx, ky, top - oy * ky)))
    return False


def _members(group: ET.Element) -> list[ET.Element]:
    """The shapes of a shape tree or group, those inside markup-compatibility blocks too."""
    found = []
    for child in group:
        if child.tag == f"{_MC}AlternateContent":
            found += [shape for branch in child for shape in branch
                      if _local(shape.tag) in _SHAPES]
        elif _local(child.tag) in _SHAPES:
            found.append(child)
    return found


def _box(shape: ET.Element) -> tuple[int, int, int, int, float,
                                    tuple[int, int, int, int] | None] | None:
    """(x, y, width, height, rotation in radians, the group's child box or None) of `shape`'s
    own transform (`a:xfrm` in its properties, `p:xfrm` of a graphic frame); None without one."""
    for properties in shape:
        if _local(properties.tag) in ("spPr", "grpSpPr", "xfrm"):
            xfrm = properties if _local(properties.tag) == "xfrm" else next(
                (e for e in properties if _local(e.tag) == "xfrm"), None)
            if xfrm is None:
                return None
            parts = {_local(e.tag): e for e in xfrm}
            off, ext = _pair(parts.get("off"), "x", "y"), _pair(parts.get("ext"), "cx", "cy")
            if off is None or ext is None:
                return None
            turned = math.radians((_number(xfrm.get("rot", "0")) or 0) / 60_000)
            child = None
            if _local(shape.tag) == "grpSp":
                child_off = _pair(parts.get("chOff"), "x", "y")
                child_ext = _pair(parts.get("chExt"), "cx", "cy")
                child = (*child_off, *child_ext) if child_off and child_ext else None
            return (*off, *ext, turned, child)
    return None


def _pair(element: ET.Element | None, first: str, second: str) -> tuple[int, int] | None:
    if element is None:
        return None
    a, b = _number(element.get(first)), _number(element.get(second))
    return None if a is None or b is None else (a, b)


def _number(value: str | None) -> int | None:
    try:
        number = int((value or "").strip())
    except ValueError:
        return None
    return number if abs(number) < _MAX_EMU else None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
