"""Text a Word reader does not see, taken out: tracked deletions (accepted) and hidden text.

A liaison who types a name and deletes it with Track Changes on sees it gone (Word's default
view "Simple Markup" hides deletions), yet the deleted text stays in the part; text formatted
hidden (`w:vanish`) shows nowhere unless "Show hidden text" is on. Word's Document Inspector
names both ("Revisions", "Hidden text"). Review r11j J6: they reached the office, told
"Cleaned". ECMA-376 Part 1 §17.13.5 (revisions), §17.3.2.41 (vanish). In every
WordprocessingML part (body, headers, footers, notes, comments, glossary):

- deletions are accepted: `w:del` and `w:moveFrom` (with the runs they hold), the move's range
  marks (`w:moveFromRangeStart`/`End`), and a table row marked deleted (`w:trPr/w:del`) are
  removed; any `w:delText`/`w:delInstrText` left outside them is too. A deleted paragraph mark
  (`w:pPr/w:rPr/w:del`, no text) loses its mark, so the paragraphs stay apart. Insertions stay
  as they are (their authors are `office_xml`'s);
- a run formatted hidden by its own properties (`w:rPr/w:vanish`, not `w:val="0"`/`false`/`off`)
  is removed, unless it holds a field character (`w:fldChar`: removing it would break the field
  around it); a hidden paragraph mark (`w:pPr/w:rPr/w:vanish`) holds no text and stays. Text
  hidden by a *style* (`w:style/w:rPr/w:vanish` in styles.xml) is `office_styles`' (task q11b).

`UNSEEN_TEXT` is added to the caller's notes when anything went; the outcome says so
(`office_unseen_text_removed`). docs/CLEANING.md row `deleted-hidden-text`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

from intake_app.media.office_styles import HiddenStyles, drop_style_hidden_runs

UNSEEN_TEXT = "unseen_text"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DELETED = {f"{_W}del", f"{_W}moveFrom", f"{_W}moveFromRangeStart", f"{_W}moveFromRangeEnd",
            f"{_W}delText", f"{_W}delInstrText"}
_MARK_HOLDERS = {f"{_W}rPr", f"{_W}numPr", f"{_W}trPr"}
"""Properties in which `w:del` marks the element they describe as deleted, holding no text."""
_OFF = {"0", "false", "off"}


def drop_unseen_text(root: ET.Element, canonical: Callable[[str], str],
                     notes: list[str] | None, styles: HiddenStyles | None = None) -> None:
    """Accept the tracked deletions and remove hidden runs of the WordprocessingML part `root`
    (in place; `canonical` maps a Strict name to its Transitional twin), also those hidden by
    the part's `styles` (`office_styles`). Appends UNSEEN_TEXT to `notes` (when given) if any
    text went."""
    removed = _drop_deleted_rows(root, canonical)
    for parent in list(root.iter()):
        held = canonical(parent.tag)
        for child in list(parent):
            tag = canonical(child.tag)
            if tag in _DELETED:
                parent.remove(child)  # a deleted paragraph mark or number: its mark only
                removed = removed or held not in _MARK_HOLDERS
            elif tag == f"{_W}r" and _hidden(child, canonical):
                parent.remove(child)
                removed = True
    removed = drop_style_hidden_runs(root, canonical, styles) or removed
    if removed and notes is not None:
        notes.append(UNSEEN_TEXT)


def _drop_deleted_rows(root: ET.Element, canonical: Callable[[str], str]) -> bool:
    """Remove table rows marked deleted (`w:tr/w:trPr/w:del`); True if any went."""
    removed = False
    for table in list(root.iter()):
        if canonical(table.tag) != f"{_W}tbl":
            continue
        for row in list(table):
            if canonical(row.tag) == f"{_W}tr" and any(
                canonical(props.tag) == f"{_W}trPr"
                and any(canonical(mark.tag) == f"{_W}del" for mark in props)
                for props in row
            ):
                table.remove(row)
                removed = True
    return removed


def _hidden(run: ET.Element, canonical: Callable[[str], str]) -> bool:
    """The run is formatted hidden by its own properties and holds no field character."""
    hidden = False
    for child in run:
        tag = canonical(child.tag)
        if tag == f"{_W}fldChar":
            return False
        if tag == f"{_W}rPr":
            for prop in child:
                if canonical(prop.tag) == f"{_W}vanish":
                    value = next((v for k, v in prop.attrib.items()
                                  if canonical(k) == f"{_W}val"), "true")
                    hidden = value.strip().lower() not in _OFF
    return hidden
