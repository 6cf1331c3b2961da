"""Issue 11, task line 4: a program's private values behind indirect objects in a PDF.

A private key on the catalogue or a page whose value was a reference (`/AcmeInfo 12 0 R` with
`/User (jjansen)` inside, an indirect array of names) stayed whole, told "cleaned"; an Info
dictionary whose values are references (`/Author 12 0 R`), and an XMP packet reached through a
private key, must go too. The entry goes and what only it reached is not written; an object
another structure also uses stays there (a page's resources shared under a private key still
draw). Through the real path (attach, save, seal, stock age, tar).
"""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from media_kit import CANARY, canaries
from office_types_kit import seal
from pikepdf import Array, Dictionary, Name, String

_XMP = b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>CANARY Jan Jansen</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'


def _pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(20, 20))
    page = document.pages[0].obj
    author = document.make_indirect(String("CANARY Jan Jansen"))
    document.trailer.Info = document.make_indirect(Dictionary(Author=author, Creator=document.make_indirect(String("CANARY jjansen's tool"))))
    document.Root.AcmeAuthor = author
    document.Root.AcmeInfo = document.make_indirect(Dictionary(User=String("CANARY jjansen"), Host=Name("/CANARY-JJLAPTOP")))
    page.AcmeHistory = document.make_indirect(Array([String("CANARY C:\\Users\\jjansen\\kaart.ai"), Name("/CANARYjj")]))
    page.AcmeMeta = document.make_stream(_XMP)
    image = pikepdf.Stream(document, b"\x80", Type=Name.XObject, Subtype=Name.Image, Width=1, Height=1, ColorSpace=Name.DeviceGray, BitsPerComponent=8)
    page.Resources = document.make_indirect(Dictionary(XObject=Dictionary(Im0=image)))
    page.AcmeResources = page.Resources  # a private key sharing a structure the page uses
    page.Contents = document.make_stream(b"q 10 0 0 10 0 0 cm /Im0 Do Q")
    out = io.BytesIO()
    document.save(out, compress_streams=False)
    return out.getvalue()


def test_private_values_behind_references_on_the_catalogue_and_pages_are_removed_and_shared_structures_stay(tmp_path: Path) -> None:
    original = _pdf()
    assert original.count(CANARY) == 7
    sealed = seal(tmp_path, {"kaart.pdf": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == []
    with pikepdf.open(io.BytesIO(data)) as cleaned:
        page = cleaned.pages[0].obj
        assert not [str(k) for k in [*cleaned.Root.keys(), *page.keys()] if str(k).startswith("/Acme")]
        assert page.Resources.XObject.Im0.read_bytes() == b"\x80"  # the shared resources still draw
        assert page.Contents.read_bytes() == b"q 10 0 0 10 0 0 cm /Im0 Do Q"
