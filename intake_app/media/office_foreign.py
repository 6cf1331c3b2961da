"""Markup of programs Office does not know, in an Office part: removed (review r11i R8).

ECMA-376 Part 3 (Markup Compatibility) lets a producer add elements and attributes in a
namespace of its own once it declares that namespace ignorable (`mc:Ignorable="acme"`): a
consumer that does not understand it ignores it, and Word drops it when it saves. Part 1 gives
most parts an extension point for the same purpose (`extLst`, each `ext` named by a `uri`).
Document-management systems and add-ins write there (a user's name, a machine, a home-folder
path), and the other rules of `office_xml` read only the markup they know. So, in every part:

- an element or attribute in a namespace the part declares ignorable that is not Office's own
  (`is_office_namespace`: the ECMA/ISO, Microsoft and W3C namespaces) is removed, whole; an
  element the part names in `mc:ProcessContent` loses only its own tag and attributes, its
  children stay where it was (the standard's meaning: ignore the element, read its content);
- an `mc:Choice` that requires such a namespace is removed (Office takes another choice or the
  fallback, which stays);
- an `ext` whose content is in a namespace that is not Office's own is removed from its `extLst`.

Office's own ignorable markup and extensions (w14, x14, p14, a16…) stay, under the other rules.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OFFICE_STARTS = (
    "http://schemas.openxmlformats.org/", "http://purl.oclc.org/ooxml/",
    "http://schemas.microsoft.com/", "urn:schemas-microsoft-com:", "http://www.w3.org/",
    "http://purl.org/dc/",
)
"""Namespaces of ECMA-376 and ISO/IEC 29500 (Transitional and Strict), Microsoft's own
extensions (w14, x14ac, p188…), VML (`urn:schemas-microsoft-com:vml`, Office), and W3C's
(`xml:`, XML Schema instance, XML Signature) and Dublin Core's used by core properties."""
_IGNORABLE = f"{{{MC}}}Ignorable"
_PROCESS = f"{{{MC}}}ProcessContent"
_CHOICE = f"{{{MC}}}Choice"


def is_office_namespace(uri: str) -> bool:
    """Whether `uri` (a namespace name) is Office's own or a standard's it uses (`_OFFICE_STARTS`):
    markup in it stays, under the other rules of `office_xml`."""
    return uri.startswith(_OFFICE_STARTS)


def drop_foreign_markup(root: ET.Element, namespaces: list[tuple[str, str]]) -> None:
    """Remove from `root` (a parsed part whose declarations are `namespaces`, (prefix, uri)
    pairs) what the module says, in place."""
    bound: dict[str, set[str]] = {}
    for prefix, uri in namespaces:
        bound.setdefault(prefix, set()).add(uri)
    foreign: set[str] = set()
    process: set[tuple[str, str]] = set()  # (uri, local name or "*")
    for element in root.iter():
        for prefix in element.get(_IGNORABLE, "").split():
            foreign |= {uri for uri in bound.get(prefix, ()) if not is_office_namespace(uri)}
        for name in element.get(_PROCESS, "").split():
            prefix, _, local = name.rpartition(":")
            process |= {(uri, local) for uri in bound.get(prefix, ())}
    _walk(root, foreign, process, bound)


def _walk(root: ET.Element, foreign: set[str], process: set[tuple[str, str]],
          bound: dict[str, set[str]]) -> None:
    stack = [root]
    while stack:
        parent = stack.pop()
        for key in [k for k in parent.attrib if _uri(k) in foreign]:
            del parent.attrib[key]
        index = 0
        while index < len(parent):
            child = parent[index]
            uri = _uri(child.tag)
            if uri in foreign and ((uri, _local(child.tag)) in process or (uri, "*") in process):
                _unwrap(parent, index)
                continue  # its children now stand at `index`: look at them next
            if uri in foreign or _foreign_choice(child, bound) or _foreign_ext(child):
                _remove(parent, index)
                continue
            index += 1
        stack.extend(parent)


def _foreign_choice(element: ET.Element, bound: dict[str, set[str]]) -> bool:
    if element.tag != _CHOICE:
        return False
    uris = {uri for prefix in element.get("Requires", "").split()
            for uri in bound.get(prefix, ())}
    return any(not is_office_namespace(uri) for uri in uris)


def _foreign_ext(element: ET.Element) -> bool:
    """An `ext` (any prefix) with content outside Office's namespaces."""
    if _local(element.tag) != "ext" or "uri" not in element.attrib:
        return False
    return any(not is_office_namespace(_uri(e.tag)) for e in element.iter() if e is not element)


def _remove(parent: ET.Element, index: int) -> None:
    """Remove parent[index], keeping its tail (the text that follows it is its parent's)."""
    child = parent[index]
    _append_text(parent, index, child.tail)
    del parent[index]


def _unwrap(parent: ET.Element, index: int) -> None:
    """Replace parent[index] by its children (its own text and tail kept in place)."""
    child = parent[index]
    _append_text(parent, index, child.text)
    children = list(child)
    del parent[index]
    for offset, grandchild in enumerate(children):
        parent.insert(index + offset, grandchild)
    last = index + len(children) - 1
    if last >= index:
        parent[last].tail = (parent[last].tail or "") + (child.tail or "") or None
    else:
        _append_text(parent, index, child.tail)


def _append_text(parent: ET.Element, index: int, text: str | None) -> None:
    """Add `text` after what precedes parent[index] (the previous child's tail, or the
    parent's text)."""
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + text


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
