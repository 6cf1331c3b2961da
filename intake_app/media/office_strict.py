"""ISO 29500 Strict names read as their Transitional twins, so every rule of the Office cleaner
(`office_xml` and the modules it calls) is written once, for the Transitional names."""

from __future__ import annotations

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_NAMESPACES = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main": _W,
    "http://purl.oclc.org/ooxml/spreadsheetml/main":
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/presentationml/main":
        "http://schemas.openxmlformats.org/presentationml/2006/main",
    "http://purl.oclc.org/ooxml/officeDocument/relationships":
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/customProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
}
"""ISO 29500 Strict namespace -> its Transitional twin: the cleaner's rules are written once,
for the Transitional names, and a Strict part's names are translated before they are compared."""


def canonical(name: str) -> str:
    """`name` ("{uri}local") with a Strict namespace replaced by its Transitional twin."""
    uri = _uri(name)
    return f"{{{STRICT_NAMESPACES[uri]}}}{_local(name)}" if uri in STRICT_NAMESPACES else name


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
