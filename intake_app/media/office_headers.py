"""A worksheet's printed header and footer text, taken out; Excel's codes for it stay.

`headerFooter` (`oddHeader`, `oddFooter`, `evenHeader`, `evenFooter`, `firstHeader`,
`firstFooter`) of a worksheet, chartsheet or dialog sheet is one string: codes that Excel fills
in when it prints (`&P` page, `&N` pages, `&D` date, `&T` time, `&A` sheet, `&F` file, `&Z`
folder, `&G` picture; `&L` `&C` `&R` sections; `&"font,style"`, `&12`, `&K…` colours, `&B`
`&I` `&U`… formatting) and literal text. Excel's built-in headers write the user's name and
company as literal text ("Prepared by Jan Jansen", "Stichting X Confidential"), and people type
paths there; none of it shows in Normal view. Seinpost cannot tell a name from a title in that
text, so every literal character goes and the codes stay (page numbers still print); the
outcome says so (`office_header_footer_text_removed`). docs/CLEANING.md row
`sheet-header-footer`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_FIELDS = {f"{{{_SML}}}{n}" for n in ("oddHeader", "oddFooter", "evenHeader", "evenFooter",
                                       "firstHeader", "firstFooter")}
_CODE = re.compile(r'&(?:"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|\d+|[A-Za-z+-])')
"""One Excel header/footer code: a font, a colour, a size, a letter code. `&&` (a literal
ampersand) is text, and goes with the text."""


def clean_header_footers(root: ET.Element, canonical: Callable[[str], str]) -> bool:
    """Remove the literal text of every header and footer of a sheet part, keeping the codes.

    True if any literal text was removed (the caller adds the outcome's note)."""
    removed = False
    for element in root.iter():
        if canonical(element.tag) not in _FIELDS or not element.text:
            continue
        text = element.text.replace("&&", "\x00")  # a literal ampersand is text
        literal = _CODE.sub("", text)
        if literal:
            element.text = "".join(_CODE.findall(text))
            removed = removed or bool(literal.strip())
    return removed
