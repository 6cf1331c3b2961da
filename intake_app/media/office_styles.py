"""Word text hidden by a style, found and taken out (issue 11, task q11b).

A run is hidden (`w:vanish`, ECMA-376 Part 1 §17.3.2.41) by its own properties, which
`office_revisions` removes, or by a style in `styles.xml`: a character style (`w:rStyle`), the
paragraph's style (`w:pStyle`, else the default paragraph style), or the document defaults
(`w:docDefaults/w:rPrDefault`). Word shows none of it unless "Show hidden text" is on, and the
Document Inspector calls it hidden text; before task q11b it reached the office, told "Cleaned".

How the value is found (§17.7.2, §17.7.3): a style inherits from the styles it is based on
(`w:basedOn`, the nearest value wins); the run's own `w:vanish` wins over every style; `w:vanish`
is a toggle property, so a paragraph style and a character style that both hide text show it;
where no style says, the document defaults do. A run holding a field character stays (removing
it breaks the field: as `office_revisions`). Table styles are not read (Word's own never hide).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable
from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}
MAX_BASED_ON = 64
"""Steps followed along one style's `w:basedOn` chain (a loop ends it)."""


@dataclass(frozen=True)
class HiddenStyles:
    """Whether each paragraph and character style (by its `w:styleId`) hides text (None: it
    says nothing, after inheritance), the default paragraph style's id, and whether the
    document defaults hide text."""

    paragraph: dict[str, bool | None] = field(default_factory=dict)
    character: dict[str, bool | None] = field(default_factory=dict)
    default_paragraph: str | None = None
    defaults_hidden: bool = False

    @property
    def any_hidden(self) -> bool:
        """Whether any style or the defaults hide text (else nothing needs walking)."""
        return self.defaults_hidden or any(self.paragraph.values()) or any(
            self.character.values())


def hidden_styles(root: ET.Element, canonical: Callable[[str], str]) -> HiddenStyles:
    """What the parsed `styles.xml` `root` says about hidden text (see the module docstring);
    `canonical` maps a Strict name to its Transitional twin (`office_xml.canonical`)."""
    own: dict[tuple[str, str], tuple[bool | None, str | None]] = {}
    default_paragraph = None
    defaults_hidden = False
    for element in root:
        tag = canonical(element.tag)
        if tag == f"{_W}docDefaults":
            for default in element:
                if canonical(default.tag) == f"{_W}rPrDefault":
                    defaults_hidden = any(_vanish(props, canonical) for props in default
                                          if canonical(props.tag) == f"{_W}rPr")
        elif tag == f"{_W}style":
            kind, ident = _attribute(element, "type", canonical), _attribute(
                element, "styleId", canonical)
            if kind not in ("paragraph", "character") or ident is None:
                continue
            value = based_on = None
            for child in element:
                child_tag = canonical(child.tag)
                if child_tag == f"{_W}rPr":
                    value = _vanish(child, canonical)
                elif child_tag == f"{_W}basedOn":
                    based_on = _attribute(child, "val", canonical)
            own.setdefault((kind, ident), (value, based_on))
            if kind == "paragraph" and _attribute(element, "default", canonical) in ("1", "true",
                                                                                     "on"):
                default_paragraph = default_paragraph or ident
    resolved = {key: _inherited(own, key) for key in own}
    return HiddenStyles({i: v for (k, i), v in resolved.items() if k == "paragraph"},
                        {i: v for (k, i), v in resolved.items() if k == "character"},
                        default_paragraph, bool(defaults_hidden))


def _inherited(own: dict[tuple[str, str], tuple[bool | None, str | None]],
               key: tuple[str, str]) -> bool | None:
    seen = set()
    while key in own and key not in seen and len(seen) < MAX_BASED_ON:
        seen.add(key)
        value, based_on = own[key]
        if value is not None or based_on is None:
            return value
        key = (key[0], based_on)
    return None


def drop_style_hidden_runs(root: ET.Element, canonical: Callable[[str], str],
                           styles: HiddenStyles | None) -> bool:
    """Remove, in place, the runs of the WordprocessingML part `root` that its `styles` hide
    (the run's own `w:vanish` wins; runs holding a field character stay); True if any went.
    Walked with a stack, not recursion (a text box's paragraphs nest inside a run)."""
    if styles is None or not styles.any_hidden:
        return False
    removed = False
    stack: list[tuple[ET.Element, bool | None]] = [(root, None)]
    while stack:
        parent, paragraph = stack.pop()
        if canonical(parent.tag) == f"{_W}p":  # an unknown style id is the default's
            ident = _style_of(parent, "pPr", "pStyle", canonical)
            paragraph = styles.paragraph.get(
                ident if ident in styles.paragraph else styles.default_paragraph or "")
        for child in list(parent):
            if canonical(child.tag) == f"{_W}r" and _hidden_run(child, paragraph, styles,
                                                                 canonical):
                parent.remove(child)
                removed = True
            else:
                stack.append((child, paragraph))
    return removed


def _hidden_run(run: ET.Element, paragraph: bool | None, styles: HiddenStyles,
                canonical: Callable[[str], str]) -> bool:
    own: bool | None = None
    for child in run:
        tag = canonical(child.tag)
        if tag == f"{_W}fldChar":
            return False
        if tag == f"{_W}rPr":
            own = _vanish(child, canonical)
    if own is not None:
        return own
    character = styles.character.get(_style_of(run, "rPr", "rStyle", canonical) or "")
    if paragraph is None and character is None:
        return styles.defaults_hidden
    return bool(paragraph) != bool(character)  # a toggle: two styles that hide it show it


def _style_of(element: ET.Element, holder: str, tag: str,
              canonical: Callable[[str], str]) -> str | None:
    for props in element:
        if canonical(props.tag) == f"{_W}{holder}":
            for child in props:
                if canonical(child.tag) == f"{_W}{tag}":
                    return _attribute(child, "val", canonical)
    return None


def _vanish(props: ET.Element, canonical: Callable[[str], str]) -> bool | None:
    """The `w:vanish` value of run properties `props`: True, False (`w:val` off), None."""
    for prop in props:
        if canonical(prop.tag) == f"{_W}vanish":
            value = _attribute(prop, "val", canonical) or "true"
            return value.strip().lower() not in _OFF
    return None


def _attribute(element: ET.Element, name: str, canonical: Callable[[str], str]) -> str | None:
    return next((v for k, v in element.attrib.items() if canonical(k) == f"{_W}{name}"), None)
