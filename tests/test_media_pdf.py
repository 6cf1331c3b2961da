"""PDFs lose their Info dictionary, XMP and comment authors; what is left is said in warnings."""

from __future__ import annotations

import io
import json
import subprocess

import pikepdf
import pytest
from pikepdf import Dictionary, Name
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.result import (
    PDF_EMBEDDED_IMAGES_NOT_CLEANED,
    PDF_ENCRYPTED,
    UNREADABLE_PDF,
)

CANARIES = [
    b"Canary Author",
    b"Canary Title",
    b"Canary Creator",
    b"Canary Producer",
    b"Canary Subject",
    b"Canary Keywords",
    b"Canary XMP",
    b"Canary Reviewer",
]


def canary_pdf(*, with_jpeg: bool = False) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    page = pdf.pages[0]
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = ["Canary XMP"]
        xmp["xmp:CreatorTool"] = "Canary XMP tool"
    # after the XMP, which pikepdf would otherwise copy into the Info dictionary
    pdf.docinfo = pdf.make_indirect(
        Dictionary(
            Author="Canary Author",
            Title="Canary Title",
            Creator="Canary Creator",
            Producer="Canary Producer",
            Subject="Canary Subject",
            Keywords="Canary Keywords",
        )
    )
    page.obj.Metadata = pdf.make_stream(b"<x:xmpmeta>Canary XMP on a page</x:xmpmeta>")
    page.obj.Annots = pdf.make_indirect(
        pikepdf.Array(
            [
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Text,
                    Rect=[10, 10, 30, 30],
                    Contents="a note",
                    T="Canary Reviewer",
                    M="D:20240102030405Z",
                )
            ]
        )
    )
    if with_jpeg:
        jpeg = io.BytesIO()
        exif = Image.Exif()
        exif[0x010F] = "CanaryMake"
        Image.new("RGB", (16, 16), "red").save(jpeg, "JPEG", exif=exif)
        image = pdf.make_stream(
            jpeg.getvalue(),
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=16,
            Height=16,
            ColorSpace=Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=Name.DCTDecode,
        )
        page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def exiftool(data: bytes) -> dict[str, object]:
    run = subprocess.run(
        ["exiftool", "-j", "-a", "-G1", "-"], input=data, capture_output=True, check=True
    )
    return json.loads(run.stdout)[0]


def test_pdf_info_xmp_and_comment_authors_are_removed() -> None:
    original = canary_pdf()
    before = exiftool(original)
    assert before["PDF:Author"] == "Canary Author" and "XMP-dc:Creator" in before

    result = clean_attachment(original, "report.pdf")

    assert (result.cleaning, result.media_type, result.warnings) == (
        "cleaned",
        "application/pdf",
        (),
    )
    for canary in CANARIES:
        assert canary not in result.data
    after = exiftool(result.data)
    leaked = [
        t
        for t in after
        if t.startswith(("PDF:", "XMP"))
        and t not in ("PDF:PDFVersion", "PDF:Linearized", "PDF:PageCount")
    ]
    assert leaked == []
    with pikepdf.open(io.BytesIO(result.data)) as pdf:
        assert Name.Info not in pdf.trailer
        assert Name.Metadata not in pdf.Root
        assert Name.Metadata not in pdf.pages[0].obj
        note = pdf.pages[0].Annots[0]
        assert note.Contents == "a note" and Name.T not in note  # content stays, author goes
        assert len(pdf.pages) == 1


def test_jpeg_inside_a_pdf_loses_its_exif_and_keeps_its_pixels() -> None:
    original = canary_pdf(with_jpeg=True)
    assert b"CanaryMake" in original
    result = clean_attachment(original, "scan.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert b"CanaryMake" not in result.data and b"Exif\x00\x00" not in result.data
    images = []
    for data in (original, result.data):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            image = pikepdf.PdfImage(pdf.pages[0].Resources.XObject.Im0)
            images.append(image.as_pil_image().tobytes())
    assert images[0] == images[1]


def test_jpeg_2000_inside_a_pdf_is_reported_as_not_cleaned() -> None:
    with pikepdf.open(io.BytesIO(canary_pdf(with_jpeg=True))) as pdf:
        image = pdf.pages[0].Resources.XObject.Im0
        image.write(b"\x00\x00\x00\x0cjP  \r\n\x87\n", filter=Name.JPXDecode)
        out = io.BytesIO()
        pdf.save(out)
    result = clean_attachment(out.getvalue(), "scan.pdf")
    assert result.cleaning == "partly-cleaned"
    assert result.warnings == (PDF_EMBEDDED_IMAGES_NOT_CLEANED,)


def test_encrypted_pdf_is_sealed_as_is() -> None:
    """A PDF that needs a password to open (one protected only by an owner password is cleaned:
    tests/test_clean_pdf_protected.py)."""
    with pikepdf.open(io.BytesIO(canary_pdf())) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    original = out.getvalue()
    result = clean_attachment(original, "locked.pdf")
    assert (result.cleaning, result.warnings, result.data) == (
        "not-cleanable",
        (PDF_ENCRYPTED,),
        original,
    )


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"%PDF-1.4\n%%EOF\n",
    ],
)
def test_broken_pdf_is_sealed_as_is(data: bytes) -> None:
    result = clean_attachment(data, "broken.pdf")
    assert (result.cleaning, result.warnings, result.data) == (
        "not-cleanable",
        (UNREADABLE_PDF,),
        data,
    )


def test_truncated_pdf_is_sealed_as_is() -> None:
    data = canary_pdf()[:-400]
    result = clean_attachment(data, "cut.pdf")
    assert (result.cleaning, result.warnings, result.data) == (
        "not-cleanable",
        (UNREADABLE_PDF,),
        data,
    )
