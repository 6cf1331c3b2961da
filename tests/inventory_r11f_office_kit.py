"""Files for review r11f's Office findings F3 (connections) and F8 (a picture in a cell): each
plants the canary where the review found it stayed (docs/CLEANING.md rows
`field-database-connection`, `connection-strings`, `workbook-connection-names`,
`excel-in-cell-picture-names`)."""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

from defusedxml import ElementTree
from office_kit import OD, package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RICH = "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata"
SQL_EXPRESS = ("Provider=SQLOLEDB.1;Integrated Security=SSPI;Persist Security Info=True;User ID=CANARYjjansen;"
               "Initial Catalog=leden;Data Source=CANARY-JJLAPTOP\\\\SQLEXPRESS;Use Procedure for Prepare=1;"
               "Workstation ID=CANARY-JJLAPTOP")
"""What Word writes after a DATABASE field's `\\c` for a local SQL Server Express (backslashes
doubled, as in a field's quoted argument)."""
SHOWN = "Jansen, Anna"  # the table the field shows: the document's content


def _run(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def database_fields() -> bytes:
    """Word's Insert Database: a DATABASE field split over runs as Word splits it (W5), and one as
    `w:fldSimple` reading an `.odc` named after the server (W3)."""
    complex_field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + _run(' DATABASE \\d "CANARY-JJLAPTOP_SQLEXPRESS leden dbo_Leden.odc" \\c "')
        + _run(SQL_EXPRESS.replace("&", "&amp;"))
        + _run('" \\s "SELECT * FROM \\"dbo\\".\\"Leden\\"" \\h ')
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{SHOWN}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    simple = ('<w:p><w:fldSimple w:instr="DATABASE \\c &quot;Provider=SQLOLEDB.1;User ID=CANARYdbuser2;'
              'Workstation ID=CANARY-WS2;Data Source=SQL01&quot; \\d leden.accdb \\s &quot;SELECT * FROM leden&quot;">'
              "<w:r><w:t>Leden</w:t></w:r></w:fldSimple></w:p>")
    return package("docx", body=complex_field + simple)


def instructions(document: bytes) -> list[str]:
    """The complex field's instruction joined over its runs, then each `w:fldSimple`'s, spaces
    squeezed."""
    root = ElementTree.fromstring(document)
    joined = "".join(e.text or "" for e in root.iter(f"{{{W}}}instrText"))
    simple = [e.get(f"{{{W}}}instr", "") for e in root.iter(f"{{{W}}}fldSimple")]
    return [" ".join(i.split()) for i in (joined, *simple)]


DATABASE_CLEANED = [
    'DATABASE \\d "removed-path" \\c "removed-path" \\s "SELECT * FROM \\"dbo\\".\\"Leden\\"" \\h',
    'DATABASE \\c "removed-path" \\d "removed-path" \\s "SELECT * FROM leden"',
]


def _connections(body: str) -> bytes:
    return package("xlsx", parts={"xl/connections.xml": f'<connections xmlns="{SML}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">{body}</connections>'},
                   main_rels=(("rIdCn", OD + "connections", "connections.xml"),))


def connection_strings() -> bytes:
    """An OLAP connection's `localConnection` (a local cube) and a vendor's attribute holding an
    ODBC connection string: neither is the `connection` attribute."""
    return _connections(
        '<connection id="1" name="kubus" type="5" refreshedVersion="8"><dbPr connection="Provider=MSOLAP.8;Data Source=SQL01" command="Model" commandType="1"/>'
        '<olapPr local="1" localConnection="Provider=MSOLAP.8;Integrated Security=SSPI;User ID=CANARYjjansen;Workstation ID=CANARY-JJLAPTOP;Data Source=CANARY-JJLAPTOP" rowDrillCount="1000"/></connection>'
        '<connection id="2" name="odbc" type="1" refreshedVersion="8" xmlns:acme="urn:acme" acme:source="ODBC;DSN=leden;UID=CANARYjjansen;WSID=CANARY-WS3">'
        '<dbPr connection="ODBC;DSN=leden" command="SELECT * FROM leden"/></connection>')


def connection_names() -> bytes:
    """Connections as Excel names them from their source (X5, X3), with a description, and the
    data model's connection, whose name Excel needs."""
    return _connections(
        '<connection id="1" name="CANARY-JJLAPTOP_SQLEXPRESS leden dbo_Leden" description="CANARY Jan Jansen, ledenlijst" singleSignOnId="CANARY-sso" type="5" refreshedVersion="8">'
        '<dbPr connection="Provider=SQLOLEDB.1;Data Source=CANARY-JJLAPTOP\\SQLEXPRESS" command="&quot;leden&quot;.&quot;dbo&quot;.&quot;Leden&quot;" commandType="3"/></connection>'
        '<connection id="2" name="ThisWorkbookDataModel" type="5" refreshedVersion="8"><dbPr connection="Data Model Connection" command="Model" commandType="1"/></connection>'
        '<connection id="3" name="jjansen@SQL01 CANARY" type="1" refreshedVersion="6"><dbPr connection="DSN=SQL01" command="leden"/></connection>')


def connection_attributes(part: bytes, attribute: str) -> list[str | None]:
    """`attribute` of each `connection` in xl/connections.xml, in order (None when absent)."""
    root = ElementTree.fromstring(part)
    return [c.get(attribute) for c in root.iter(f"{{{SML}}}connection")]


def _rich_xml(root: str, body: str) -> str:
    return f'<{root} xmlns="{RICH}" count="{body.count("<s ") or body.count("<rv ")}">{body}</{root}>'


STRUCTURES = _rich_xml("rvStructures", '<s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/><k n="Text" t="s"/></s>'
                       '<s t="_entity"><k n="_Display" t="s"/><k n="Population"/><k n="Bron" t="s"/></s>')
TYPED = "Foto van het plein, mei 2024"
RICH_VALUES = _rich_xml("rvData", '<rv s="0"><v>0</v><v>5</v><v>IMG_20240512_143012_CANARY.jpg</v></rv>'
                        f'<rv s="0"><v>1</v><v>5</v><v>{TYPED}</v></rv>'
                        '<rv s="0"><v>2</v><v>5</v><v>C:\\Users\\CANARYjjansen\\Pictures\\plein</v></rv>'
                        '<rv s="1"><v>kaart.png</v><v>1234567</v><v>C:\\Users\\CANARYjjansen\\bron.xlsx</v></rv>')
_RD = "http://schemas.microsoft.com/office/2017/06/relationships/"


def in_cell_pictures() -> bytes:
    """Pictures placed in cells ("Place in Cell"): alt text that is a camera's file name (X2),
    typed alt text, a path; and a linked data type's values (a name that looks like a file's,
    a number, a path)."""
    return package("xlsx", parts={"xl/richData/rdrichvalue.xml": RICH_VALUES,
                                  "xl/richData/rdrichvaluestructure.xml": STRUCTURES},
                   main_rels=(("rIdRv", _RD + "rdRichValue", "richData/rdrichvalue.xml"),
                              ("rIdRs", _RD + "rdRichValueStructure", "richData/rdrichvaluestructure.xml")))


def rich_values(part: bytes) -> list[list[str]]:
    """The values of each rich value of `rdrichvalue.xml`, in order."""
    root = ElementTree.fromstring(part)
    return [[v.text or "" for v in rv.iter(f"{{{RICH}}}v")] for rv in root.iter(f"{{{RICH}}}rv")]


RICH_CLEANED = [["0", "5", "Picture"], ["1", "5", TYPED], ["2", "5", "Picture"],
                ["kaart.png", "1234567", "removed-path"]]
"""Alt text that is a file's name or a path becomes "Picture"; a data type's values stay, their
paths cut."""
