"""Review r11h P1: a PDF with one of the small faults real files carry was sealed as it was,
"could not be cleaned", with its author and XMP creator, although every viewer opens it.

Each file (pikepdf, /Info /Author, /Creator with a path, XMP dc:creator) is given one fault: a
content stream's /Length 10 bytes too long, a carriage return alone after `stream`, one
cross-reference offset two bytes early, every LF written as CRLF (a mail gateway, FTP in text
mode). Through the real path (attach, save, seal, stock age, tar): each is cleaned, with the
note that it was repaired, and the forecast said so before saving. A file with damage qpdf
cannot repair exactly stays refused (`test_media_pdf`, `test_media_bounds`' fuzz findings).
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
from media_kit import CANARY, canaries
from office_types_kit import seal
from pikepdf import Dictionary, Name

from intake_app.media.result import PDF_REPAIRED
from intake_app.sentences import sentence

_NAME = "CANARY Jan Jansen"


def _pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(200, 200))
    page = document.pages[0]
    page.obj.Contents = document.make_stream(b"BT /F1 12 Tf 20 100 Td (Aangifte) Tj ET")
    page.obj.Resources = Dictionary(Font=Dictionary(F1=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)))
    document.docinfo["/Author"] = _NAME
    document.docinfo["/Creator"] = "Microsoft Word - C:\\Users\\CANARY\\Documents\\aangifte.docx"
    with document.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [_NAME]
    out = io.BytesIO()
    document.save(out, static_id=True, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return out.getvalue()


def _wrong_length(data: bytes) -> bytes:
    found = re.search(rb"/Length (\d+)", data)
    assert found is not None
    return data[:found.start(1)] + str(int(found.group(1)) + 10).encode() + data[found.end(1):]


def _offset_early(data: bytes) -> bytes:
    at = data.rindex(b"\nxref")
    entry = list(re.finditer(rb"(\d{10}) 00000 n", data[at:]))[2]
    return data[:at + entry.start(1)] + b"%010d" % (int(entry.group(1)) - 2) + data[at + entry.end(1):]


_FAULTS: dict[str, Callable[[bytes], bytes]] = {
    "lengte.pdf": _wrong_length,
    "cr.pdf": lambda data: data.replace(b"stream\n", b"stream\r", 1),
    "xref.pdf": _offset_early,
    "crlf.pdf": lambda data: data.replace(b"\n", b"\r\n"),
}


def _qpdf_objects_to(data: bytes) -> list[str]:
    """What qpdf reports opening `data` without repair and reading every object."""
    try:
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as document:
            list(document.objects)
            return document.get_warnings()
    except pikepdf.PdfError as error:
        return [str(error)]


def test_pdfs_with_small_faults_viewers_repair_are_cleaned_and_said_to_be_repaired(tmp_path: Path) -> None:
    originals = {name: fault(_pdf()) for name, fault in _FAULTS.items()}
    for name, original in originals.items():
        assert CANARY in original, name
        assert _qpdf_objects_to(original), name  # the fault is there: qpdf says so
    sealed = seal(tmp_path, originals)
    for index, name in enumerate(originals):
        entry = sealed.signal["attachments"][index]
        assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [PDF_REPAIRED]), name
        assert sealed.forecasts[index].cleaning == "cleaned", name
        assert sentence("media.pdf_repaired", "nl") in sealed.outcomes[index].sentences("nl")
        data = sealed.files[sealed.members[index + 1]]
        assert CANARY not in data and canaries(data) == [], name
        assert _qpdf_objects_to(data) == [], name  # written anew, without the fault
        with pikepdf.open(io.BytesIO(data)) as cleaned:
            assert len(cleaned.pages) == 1
            assert b"(Aangifte) Tj" in cleaned.pages[0].Contents.read_bytes()
