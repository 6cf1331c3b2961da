"""Markup nested far deeper than Python's recursion limit is cleaned, not a crash (review r11i, R1).

The serialiser that writes a cleaned XML part (office_xml) once called itself per element, so a
bare SVG of a thousand nested groups ended `intake-app record` with an internal error.
"""

from __future__ import annotations

import io
import sys
import zipfile

from defusedxml import ElementTree as SafeET

from intake_app.media.clean import clean_attachment
from tests import office_kit

DEPTH = max(5_000, sys.getrecursionlimit() * 3)
SVG_NS = "{http://www.w3.org/2000/svg}"


def _depth(root) -> int:
    depth, element = 0, root
    while len(element):
        element, depth = element[0], depth + 1
    return depth


def test_a_bare_svg_nested_beyond_the_recursion_limit_is_cleaned_whole():
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<metadata>CANARY-maker</metadata>' + "<g>" * DEPTH
           + '<rect width="1" height="1"/>' + "</g>" * DEPTH + "</svg>").encode()
    result = clean_attachment(svg, "deep.svg")
    assert result.cleaning == "cleaned", result.warnings
    root = SafeET.fromstring(result.data)
    assert b"CANARY" not in result.data
    groups = root.findall(f"{SVG_NS}g")
    assert len(groups) == 1 and _depth(groups[0]) == DEPTH  # every group kept, the rect inside


def test_a_word_document_nested_beyond_the_recursion_limit_is_cleaned_whole():
    body = "<w:p>" + "<w:sdt><w:sdtContent>" * DEPTH + "<w:r><w:t>Melding.</w:t></w:r>" \
        + "</w:sdtContent></w:sdt>" * DEPTH + "</w:p>"
    docx = office_kit.package("docx", body=body)
    result = clean_attachment(docx, "deep.docx")
    assert result.cleaning == "cleaned", result.warnings
    with zipfile.ZipFile(io.BytesIO(result.data)) as package:
        document = package.read("word/document.xml")
    assert document.count(b"<w:sdtContent>") == DEPTH
    assert b"<w:t>Melding.</w:t>" in document
