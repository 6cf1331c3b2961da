"""Builders for the inventory rows of review r11d (test_media_inventory.py): the names and
account ids only spreadsheets keep (E1–E4) and pictures whose data itself hid a CANARY.

Each spreadsheet is the test package with one feature written the way Excel writes it.
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import re

from office_kit import package

SID = "S-1-5-21-1004336348-1177238915-682003330-512345"
"""A Windows account id (domain part and relative id), as Excel writes it into a range's
security descriptor when someone is allowed to edit it."""
_SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Melding</t></is></c></row></sheetData>{}</worksheet>')
_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"


def _sheet(extra: str) -> bytes:
    return package("xlsx", parts={"xl/worksheets/sheet1.xml": _SHEET.format(extra)})


def custom_views() -> bytes:
    """Two users' personal views of a shared workbook (Excel names them after the user)."""
    views = "".join(
        f'<customWorkbookView name="CANARY {who} - Personal View" guid="{{1111111{n}-2222-3333-4444-555555555555}}" '
        f'personalView="1" windowWidth="800" windowHeight="600" activeSheetId="1"/>'
        for n, who in enumerate(("Jan Jansen", "Anna de Vries")))
    return package("xlsx", workbook_extra=f"<customWorkbookViews>{views}</customWorkbookViews>")


def view_names(workbook: bytes) -> list[str]:
    return re.findall(r'<customWorkbookView name="([^"]*)"', workbook.decode())


def scenario() -> bytes:
    """Scenario Manager: the last user, and the comment Excel fills in by default."""
    return _sheet('<scenarios current="0" show="0"><scenario name="Best" locked="1" count="1" '
                  'user="CANARY Jan Jansen" comment="Created by CANARY Jan Jansen on 12-5-2024">'
                  '<inputCells r="A1" val="2"/></scenario></scenarios>')


def scenario_kept(sheet: bytes) -> bool:
    text = sheet.decode()
    return ('<scenario name="Best" locked="1" count="1" user="Seinpost">' in text
            and '<inputCells r="A1" val="2"/>' in text and "comment=" not in text)


def range_permissions() -> bytes:
    """Allow Users to Edit Ranges with a permission: SDDL naming the account, in the attribute
    (Excel 2007) and in the element of Excel 2010's extension."""
    return _sheet(
        f'<protectedRanges><protectedRange name="Bereik1" sqref="A1:B2" securityDescriptor="O:WDG:WDD:(A;;CC;;;{SID})"/></protectedRanges>'
        f'<extLst><ext uri="{{FC87AEE6-9EDD-4A0A-B7FB-166176984837}}" xmlns:x14="{_X14}"><x14:protectedRanges>'
        '<x14:protectedRange name="Bereik2"><x14:securityDescriptor>O:WDG:WDD:(A;;CC;;;S-1-5-21-CANARY-1001)</x14:securityDescriptor>'
        '<xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">C1:D2</xm:sqref></x14:protectedRange>'
        "</x14:protectedRanges></ext></extLst>")


def ranges_kept(sheet: bytes) -> bool:
    text = sheet.decode()
    return ("S-1-5-21" not in text and "securityDescriptor" not in text
            and '<protectedRange name="Bereik1" sqref="A1:B2"/>' in text
            and 'name="Bereik2"' in text and ">C1:D2</xm:sqref>" in text)
