"""Data connections: the computer, server and user names Word and Excel keep beside the data.

A connection to a database names where the data came from: the server (for a local SQL Server
Express, the author's own computer: `Data Source=JJLAPTOP\\SQLEXPRESS`), the computer that
connected (`Workstation ID=JJLAPTOP`), the account (`User ID=jjansen`) and the `.odc` file on the
author's disk. Word and Excel write that in more places than the one attribute the package
cleaner always replaced (`dbPr/@connection`; review r11f F3). Rows of docs/CLEANING.md:

- `field-database-connection`: Word's DATABASE field (Insert Database) keeps the connection
  string after `\\c` and the data source after `\\d` (an `.odc` file named after the server, or the
  database file's path); both arguments become `"removed-path"`. The table the field shows is the
  document's content and stays; the field cannot be updated at the office (it could not anyway:
  the server is on the author's network);
- `connection-strings`: any other attribute value, and any quoted argument of any field, that is
  an OLE DB or ODBC connection string (`is_connection_string`) becomes `removed-path`: an OLAP
  connection's `localConnection`, a vendor's extension;
- `workbook-connection-names`: Excel names a connection after its source, "SERVER database
  table" (`JJLAPTOP_SQLEXPRESS leden dbo_Leden`), and its description is free text; the name
  becomes "Connection <n>" (Excel wants the names distinct), the description and the single
  sign-on application id are removed. The data model's fixed name `ThisWorkbookDataModel` stays:
  Excel finds its model by it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's
from collections.abc import Callable

from intake_app.media.paths import NEUTRAL_PATH

_CONNECTION_KEY = re.compile(
    r"(?ix)(?:^\s*+(?:(?:odbc|oledb)\s*+)?;?|;)\s*+"
    r"(?:provider|data\s+source|user\s+id|uid|workstation\s+id|wsid|server|initial\s+catalog"
    r"|database|dsn|filedsn|dbq|driver|password|pwd|integrated\s+security|trusted_connection"
    r"|persist\s+security\s+info|extended\s+properties|network\s+address|address|addr)"
    r"\s*="
)
"""A key of an OLE DB or ODBC connection string (`Provider=…;Data Source=…`, `ODBC;DSN=…;UID=…`)
at the value's start or after a `;`: a web address with `?user=` is none."""
_QUOTED = r'"(?:\\.|[^"\\])*+(?:"|\Z)'
_SOURCE_ARGUMENT = re.compile(r"(?i)(\\[cd])(\s+)(" + _QUOTED + r'|[^\s"\\]\S*)')
"""A DATABASE field's `\\c <connection>` or `\\d <data source>`, quoted (Word escapes `"` and `\\`
inside with a backslash) or a single word."""
_QUOTED_ARGUMENT = re.compile(_QUOTED)
_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CONNECTION = f"{{{_SML}}}connection"
NEUTRAL_CONNECTION = "Connection"
DATA_MODEL = "ThisWorkbookDataModel"
"""The name Excel gives the workbook's own data model connection, and finds the model by."""
_REMOVED_CONNECTION_ATTRIBUTES = ("description", "singleSignOnId")


def is_connection_string(value: str) -> bool:
    """True when `value` is an OLE DB or ODBC connection string: one of its keys (Provider, Data
    Source, User ID, Workstation ID, Server, DSN, UID…) at the start or after a `;`."""
    return _CONNECTION_KEY.search(value) is not None


def clean_field_connections(instruction: str) -> str:
    """A Word field's instruction with its connection strings replaced by `"removed-path"`:
    every argument of a DATABASE field's `\\c` and `\\d`, and any quoted argument of any field
    that is a connection string."""
    words = instruction.split()
    if words and words[0].upper() == "DATABASE":
        instruction = _SOURCE_ARGUMENT.sub(
            lambda m: f'{m.group(1)}{m.group(2)}"{NEUTRAL_PATH}"', instruction)
    return _QUOTED_ARGUMENT.sub(
        lambda m: f'"{NEUTRAL_PATH}"' if is_connection_string(m.group(0)[1:-1]) else m.group(0),
        instruction)


def clean_connection_names(root: ET.Element, canonical: Callable[[str], str]) -> None:
    """Each workbook connection's name becomes "Connection <n>" (the data model's stays), its
    description and single sign-on id are removed, in place. Other parts are untouched."""
    count = 0
    for element in root.iter():
        if canonical(element.tag) != _CONNECTION:
            continue
        for name in _REMOVED_CONNECTION_ATTRIBUTES:
            element.attrib.pop(name, None)
        if "name" in element.attrib and element.attrib["name"] != DATA_MODEL:
            count += 1
            element.attrib["name"] = f"{NEUTRAL_CONNECTION} {count}"
