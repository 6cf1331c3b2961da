"""Builders for the inventory rows of review r11h's lower findings (test_media_inventory.py):
links that name a cloud account (L1), PDF bookmarks named after source files (B1).

Every planted name, device, place or path contains CANARY (see media_kit).
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

from xml.sax.saxutils import escape

import pikepdf
from office_kit import OD, package
from pikepdf import Array, Dictionary, Name, String

ACCOUNT_LINKS = (
    "https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing&authuser=CANARY.jansen@gmail.com",
    "https://drive.google.com/drive/folders/1XyZ?authuser=CANARY.jansen%40gmail.com",
    "https://www.dropbox.com/home/CANARY%20Jansen/Aangifte?preview=brief.docx",
    "https://dropbox.com/home/CANARY",
)
"""Links into the author's own cloud account: Google's `authuser=<e-mail>`, Dropbox's web view
of the owner's folders (review r11h L1)."""
KEPT_LINKS = (
    "https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing&authuser=1",
    "https://www.dropbox.com/s/abc123/brief.docx?dl=0",
)
"""Links that name no account: an account index, a Dropbox shared link."""


def account_links_docx() -> bytes:
    """A document with each link as an external hyperlink relationship."""
    rels = tuple((f"rIdLink{n}", OD + "hyperlink", escape(link), "External")
                 for n, link in enumerate(ACCOUNT_LINKS + KEPT_LINKS))
    body = "".join(f'<w:p><w:hyperlink r:id="{rel[0]}"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>'
                   for rel in rels)
    return package("docx", body=body, main_rels=rels)


def link_targets(rels_part: bytes) -> list[str]:
    """The targets of a relationships part's hyperlinks, in order."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(rels_part)
    return [rel.get("Target", "") for rel in root if rel.get("Type", "").endswith("/hyperlink")]


def account_links_pdf(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A page with one `/URI` link annotation per link."""
    page.obj.Annots = Array([document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
        A=Dictionary(S=Name.URI, URI=String(link)))) for link in ACCOUNT_LINKS + KEPT_LINKS])


BOOKMARKS = (
    ("IMG_20240512_143012_CANARY_Jansen_Utrecht.jpg", 0),
    ("Scan 2024-05-12 14.30.12 CANARY", 1),
    ("Aangifte bij de politie", 1),
    ("WhatsApp Image 2024-05-12 at 14.30.12 CANARY", 2),
)
"""Bookmark titles as a combining tool writes them (one per source file, named after it), and
one a person typed; the second level under the typed one holds the WhatsApp picture."""
NEUTRAL_TITLES = [("Bookmark 1", 0), ("Bookmark 2", 1), ("Aangifte bij de politie", 1),
                  ("Bookmark 4", 2)]


def file_name_bookmarks(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Three pages and a bookmark per source file (B1)."""
    for _ in range(2):
        document.add_blank_page(page_size=(200, 200))
    with document.open_outline() as outline:
        items = [pikepdf.OutlineItem(title, page_number) for title, page_number in BOOKMARKS]
        items[2].children.append(items[3])
        outline.root.extend(items[:3])


def bookmark_titles(document: pikepdf.Pdf) -> list[tuple[str, int]]:
    """Every bookmark's title and the page it opens (from 0), depth first as a viewer lists
    them."""
    titles: list[tuple[str, int]] = []

    def walk(items: list[pikepdf.OutlineItem]) -> None:
        for item in items:
            titles.append((item.title, pikepdf.Page(item.destination[0]).index))
            walk(item.children)

    with document.open_outline() as outline:
        walk(outline.root)
    return titles


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SETTINGS_PART = (f'<w:settings xmlns:w="{W}"><w:docVars><w:docVar w:name="AuteurNaam" w:val="CANARY Jan Jansen"/>'
                 '<w:docVar w:name="Telefoon" w:val="06-CANARY-5678"/></w:docVars></w:settings>')
DOCVARIABLE_BODY = (
    '<w:p><w:r><w:t xml:space="preserve">Behandeld door: </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCVARIABLE AuteurNaam </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>CANARY Jan Jansen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:fldSimple w:instr=" DOCVARIABLE  Telefoon \\* MERGEFORMAT "><w:r><w:t>06-CANARY-5678</w:t></w:r></w:fldSimple></w:p>'
)


def docvariable_fields() -> bytes:
    """A letter as corporate templates make it: the author's name and phone in document
    variables, shown in the body by a complex and a simple DOCVARIABLE field (O1)."""
    return package("docx", body=DOCVARIABLE_BODY, parts={"word/settings.xml": SETTINGS_PART},
                   main_rels=(("rIdSettings", OD + "settings", "settings.xml"),))


def shown_results(document_part: bytes) -> list[str]:
    """The text of every `w:t` in a document part, in order."""
    from xml.etree import ElementTree

    return [t.text or "" for t in ElementTree.fromstring(document_part).iter(f"{{{W}}}t")]
