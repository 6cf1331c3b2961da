"""Word fields: their instructions joined before they are read, their cached results cleaned.

A field is `w:fldChar begin`, instruction runs (`w:instrText`, or `w:delInstrText` inside a
deletion), `w:fldChar separate`, result runs (`w:t`), `w:fldChar end`; or one `w:fldSimple`
whose `w:instr` attribute is the instruction and whose runs are the result. Word splits an
instruction over as many runs as it likes (every edit, spelling check or language change makes a
new run), so a path in `INCLUDEPICTURE "C:\\Users\\…"` is only seen once the runs are joined.

What happens (docs/CLEANING.md rows `field-code-paths`, `field-code-split`, `field-results`):
- the joined instruction has every path replaced (`paths.PATH`); the first run holds the new
  instruction, the others are emptied (their formatting stays);
- fields that show who made the file or where it was saved (AUTHOR, USERNAME, USERINITIALS,
  USERADDRESS, LASTSAVEDBY, FILENAME, TEMPLATE, DOCPROPERTY of such a property) lose any
  argument (`AUTHOR "Jan"` would set the author again on update) and their cached result
  becomes the neutral author or path;
- every other field that shows a document property (the cleaner empties core, app and custom
  properties, so the shown value is all that is left of them) is neutralised the same way:
  `INFO <property>` is read as the field of that name; SAVEDATE, PRINTDATE, CREATEDATE show
  NEUTRAL_SHOWN_DATE, EDITTIME "0"; TITLE, SUBJECT, KEYWORDS, COMMENTS and DOCPROPERTY of any
  property not in `_COUNTS` (custom ones included) show nothing;
- DOCVARIABLE shows nothing either: the document's variables (`w:docVars` in settings, where
  letter templates and document-management systems keep the author's name, phone and file
  number) are removed, so what the field showed of them goes too;
- any other field's cached result has its paths replaced (a LINK or INCLUDETEXT shows them);
- a reference manager's citation (`ADDIN EN.CITE <EndNote>…`, `ADDIN CitaviPlaceholder{base64}`,
  `ADDIN CSL_CITATION {json}`, any `ADDIN <name>` with data) keeps only `ADDIN <name>`: the record
  after the name carries library ids, timestamps, private notes, user names and paths; Word shows
  the cached result without it (review r11j J5, J10; row `citation-library-ids`);
- connection strings in an instruction (a DATABASE field's `\\c` and `\\d`, any quoted one) become
  `"removed-path"` (`office_connections`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

from intake_app.media.office_connections import clean_field_connections
from intake_app.media.paths import NEUTRAL_PATH, without_paths

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FLD_CHAR = f"{{{_W}}}fldChar"
_FLD_TYPE = f"{{{_W}}}fldCharType"
_FLD_SIMPLE = f"{{{_W}}}fldSimple"
_INSTR = f"{{{_W}}}instr"
_INSTRUCTION_TEXT = {f"{{{_W}}}instrText", f"{{{_W}}}delInstrText"}
_RESULT_TEXT = {f"{{{_W}}}t", f"{{{_W}}}delText"}
_PERSON_FIELDS = {"AUTHOR", "USERNAME", "USERINITIALS", "USERADDRESS", "LASTSAVEDBY"}
_PATH_FIELDS = {"FILENAME", "TEMPLATE"}
_PERSON_PROPERTIES = {"author", "lastsavedby", "company", "manager", "creator", "lastmodifiedby",
                      "template"}
_DATE_FIELDS = {"SAVEDATE", "PRINTDATE", "CREATEDATE"}
_DATE_PROPERTIES = {"createtime", "lastsavedtime", "lastprinted", "created", "modified",
                    "publishdate"}
_TIME_PROPERTIES = {"edittime", "totaleditingtime", "totaltime"}
_TEXT_FIELDS = {"TITLE", "SUBJECT", "KEYWORDS", "COMMENTS"}
_COUNTS = {"pages", "words", "characters", "characterswithspaces", "lines", "paragraphs",
           "bytes", "numpages", "numwords", "numchars", "filesize"}
"""Properties Word counts from the text itself: nothing about the maker, shown as they are."""
_ADDIN = re.compile(r"\A\s*+ADDIN\s++([A-Za-z0-9_.]*+)", re.IGNORECASE)
"""An add-in field's instruction and its name (EN.CITE, CitaviPlaceholder, ZOTERO_ITEM…)."""
NEUTRAL_SHOWN_DATE = "1-1-2000"
"""What a date field or a control bound to a date shows: the inventory's NEUTRAL_DATE, as
Word shows a date."""


def property_kind(name: str) -> str:
    """What a document property named `name` (any case) shows: "person", "date", "time",
    "count" (kept) or "text" (removed: title, keywords, custom properties…)."""
    key = name.strip('"').lower()
    if key in _PERSON_PROPERTIES:
        return "person"
    if key in _DATE_PROPERTIES:
        return "date"
    if key in _TIME_PROPERTIES:
        return "time"
    return "count" if key in _COUNTS else "text"


def neutral_shown(kind: str) -> str:
    """The text a field result or bound control shows for a property of `kind` once cleaned."""
    return {"person": "Seinpost", "path": NEUTRAL_PATH, "date": NEUTRAL_SHOWN_DATE,
            "time": "0"}.get(kind, "")


class _Field:
    def __init__(self) -> None:
        self.instruction: list[ET.Element] = []
        self.results: list[ET.Element] = []
        self.in_result = False


def clean_fields(root: ET.Element, name_of: Callable[[str], str]) -> bool:
    """Clean every field of a WordprocessingML part in place; True if anything changed.

    `name_of` gives an element or attribute name's Transitional spelling (a Strict part's
    names are translated before they are compared).
    """
    changed = False
    open_fields: list[_Field] = []
    for element in root.iter():
        tag = name_of(element.tag)
        if tag == _FLD_CHAR:
            kind = next((v for k, v in element.attrib.items() if name_of(k) == _FLD_TYPE), "")
            if kind == "begin":
                open_fields.append(_Field())
            elif kind == "separate" and open_fields:
                open_fields[-1].in_result = True
            elif kind == "end" and open_fields:
                field = open_fields.pop()
                changed |= _clean(field.instruction, field.results)
        elif tag in _INSTRUCTION_TEXT:
            if open_fields and not open_fields[-1].in_result:
                open_fields[-1].instruction.append(element)
            else:  # an instruction outside any begin…separate: cleaned on its own
                changed |= _clean([element], [])
        elif tag in _RESULT_TEXT and open_fields and open_fields[-1].in_result:
            open_fields[-1].results.append(element)
        elif tag == _FLD_SIMPLE:
            changed |= _clean_simple(element, name_of)
    for field in open_fields:  # a field never ended (a broken or cut file): still cleaned
        changed |= _clean(field.instruction, field.results)
    return changed


def _clean_simple(element: ET.Element, name_of: Callable[[str], str]) -> bool:
    key = next((k for k in element.attrib if name_of(k) == _INSTR), None)
    if key is None:
        return False
    instruction = element.attrib[key]
    new, kind = _new_instruction(instruction)
    changed = new != instruction
    element.attrib[key] = new
    results = [e for e in element.iter() if name_of(e.tag) in _RESULT_TEXT]
    return _clean_results(results, kind) or changed


def _clean(instruction: list[ET.Element], results: list[ET.Element]) -> bool:
    joined = "".join(e.text or "" for e in instruction)
    new, kind = _new_instruction(joined)
    changed = False
    if new != joined:
        instruction[0].text = new
        for element in instruction[1:]:
            element.text = ""
        changed = True
    return _clean_results(results, kind) or changed


def _new_instruction(instruction: str) -> tuple[str, str]:
    """(instruction without paths or identifying arguments, what its result shows)."""
    addin = _ADDIN.match(instruction)
    if addin:  # a citation manager's record: only the add-in's name stays (r11j J5, J10)
        return f" ADDIN {addin.group(1)} ".replace("  ", " "), "other"
    instruction = clean_field_connections(instruction)  # DATABASE \c, \d: office_connections
    words = instruction.split()
    keyword = words[0].upper() if words else ""
    if keyword == "INFO" and len(words) > 1:  # Word's older spelling: INFO Author = AUTHOR
        words = words[1:]
        keyword = words[0].strip('"').upper()
    switches = " ".join(w for w in words[1:] if w.startswith("\\"))
    if keyword in _PERSON_FIELDS:
        return f" {keyword} ", "person"
    if keyword in _PATH_FIELDS:
        return f" {keyword} {switches} ".replace("  ", " "), "path"
    if keyword in _DATE_FIELDS or keyword == "EDITTIME":  # switches only format the value
        return without_paths(instruction), "date" if keyword in _DATE_FIELDS else "time"
    if keyword in _TEXT_FIELDS:  # `TITLE "x"` would set the title again on update
        return f" {keyword} {switches} ".replace("  ", " "), "text"
    if keyword == "DOCVARIABLE":  # the variables (settings' w:docVars) are removed (r11h O1)
        return without_paths(instruction), "text"
    if keyword == "DOCPROPERTY" and len(words) > 1:
        kind = property_kind(words[1])
        if kind == "person":
            return f" DOCPROPERTY {words[1]} ", "person"
        if kind != "count":
            return without_paths(instruction), kind
    return without_paths(instruction), "other"


def _clean_results(results: list[ET.Element], kind: str) -> bool:
    changed = False
    for position, element in enumerate(results):
        text = element.text or ""
        if kind == "other":
            new = without_paths(text)
        elif position:
            new = ""
        else:
            new = neutral_shown(kind)
        if new != text:
            element.text = new
            changed = True
    return changed
