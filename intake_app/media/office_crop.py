"""Pictures an Office document shows only in part (docs/CLEANING.md, row `cropped-picture`).

The part of a picture the document does not show is still whole in its media part; Seinpost
keeps it (decided in review r11c, C4) and warns. This module tells, from a part's parsed tree
(so in any encoding XML allows: UTF-8 or UTF-16, review r11h C1), whether a picture in it is
shown only in part:

- DrawingML `srcRect` (`a:srcRect`, ECMA-376 §20.1.8.55) with a positive `l`, `t`, `r` or `b`:
  cropped (a negative value pads instead);
- DrawingML `fillRect` (`a:stretch/a:fillRect`, §20.1.8.30) with a negative `l`, `t`, `r` or
  `b`: the picture is stretched past its frame and the frame cuts it off (PowerPoint's Format
  Shape → Fill → Picture → Offset writes these);
- DrawingML `tile` (§20.1.8.58) with a non-zero offset `tx` or `ty`: the tiles are shifted,
  so the picture's edge lies outside the shape;
- VML `croptop`, `cropleft`, `cropright`, `cropbottom` (on `v:imagedata`, `v:fill`) above 0.

Values are read as ECMA-376 gives them: thousandths of a percent (`25000`), or Strict's `25%`;
VML's fractions (`0.25`) or 1/65536ths (`16384f`). A value that is no number is not a crop.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

CROPPED_PICTURE = "cropped_picture"
"""The note `office_xml.scrub_part` adds for a part that shows a picture only in part."""

_SIDES = ("l", "t", "r", "b")
_VML_CROPS = ("croptop", "cropleft", "cropright", "cropbottom")
_NUMBER = re.compile(r"\A\s*+([+-]?(?:\d++(?:\.\d*+)?|\.\d++)(?:[eE][+-]?\d++)?)\s*+(%|f)?\s*+")


def _number(value: str | None) -> float | None:
    """A DrawingML percentage or VML fraction as a number of its own unit (only its sign and
    whether it is zero matter here); None when it is no number."""
    if value is None:
        return None
    match = _NUMBER.fullmatch(value)
    return float(match.group(1)) if match else None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def shows_picture_in_part(root: ET.Element) -> bool:
    """True when an element of the tree crops, offsets or stretches a picture past its frame
    (the list in this module's docstring)."""
    for element in root.iter():
        local = _local(element.tag) if isinstance(element.tag, str) else ""
        attributes = {_local(key): value for key, value in element.attrib.items()}
        if local == "srcRect" and any((_number(attributes.get(side)) or 0) > 0
                                      for side in _SIDES):
            return True
        if local == "fillRect" and any((_number(attributes.get(side)) or 0) < 0
                                       for side in _SIDES):
            return True
        if local == "tile" and any((_number(attributes.get(offset)) or 0) != 0
                                   for offset in ("tx", "ty")):
            return True
        if any((_number(attributes.get(crop)) or 0) > 0 for crop in _VML_CROPS):
            return True
    return False
