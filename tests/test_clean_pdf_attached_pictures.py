"""A picture attached to a PDF is cleaned where it lies (review r11l R11L-1: a phone photo
attached to a PDF reached the office with its EXIF maker, model and GPS and its camera file name,
the PDF 'partly cleaned' with a warning, although the same JPEG alone is cleaned); any other
attached file stays as it is and is warned (docs/CLEANING.md, pdf-embedded-files)."""

from __future__ import annotations

import io

import pikepdf
from office_kit import jpeg_with_gps, pdf, png_with_text
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.result import PDF_EMBEDDED_FILES_NOT_CLEANED


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.convert("RGBA").tobytes()


def _attach(name: str, data: bytes):
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        document.attachments[name] = pikepdf.AttachedFileSpec(document, data, filename=name,
                                                              mime_type="image/jpeg")
    return build


def test_a_photo_attached_to_a_pdf_loses_its_exif_and_name_and_keeps_its_pixels() -> None:
    photo = jpeg_with_gps()
    result = clean_attachment(pdf(_attach("IMG_2045 CANARY.jpg", photo)), "a.pdf")
    assert result.cleaning == "cleaned", result.warnings
    assert PDF_EMBEDDED_FILES_NOT_CLEANED not in result.warnings
    assert b"CANARY" not in result.data
    with pikepdf.open(io.BytesIO(result.data)) as document:
        (name,) = document.attachments.keys()
        attached = document.attachments[name]
        inner = attached.get_file().read_bytes()
        assert name == "attachment-1.jpg" and attached.filename == "attachment-1.jpg"
        assert attached.get_file().size == len(inner)
    assert b"CANARY" not in inner and b"Exif" not in inner
    with Image.open(io.BytesIO(inner)) as picture:
        assert not picture.getexif()
    assert _pixels(inner) == _pixels(photo)


def test_pictures_in_a_name_tree_with_kids_are_each_renamed_and_the_tree_stays_sorted() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        specs = []
        for name, data in (("zz CANARY.png", png_with_text()), ("aa CANARY.jpg", jpeg_with_gps())):
            stream = document.make_stream(data, Type=Name.EmbeddedFile)
            specs.append(document.make_indirect(Dictionary(
                Type=Name.Filespec, F=String(name), UF=String(name), EF=Dictionary(F=stream))))
        leaf = document.make_indirect(Dictionary(
            Names=Array([String("aa CANARY.jpg"), specs[1], String("zz CANARY.png"), specs[0]]),
            Limits=Array([String("aa CANARY.jpg"), String("zz CANARY.png")])))
        document.Root.Names = Dictionary(EmbeddedFiles=Dictionary(Kids=Array([leaf])))
    result = clean_attachment(pdf(build), "a.pdf")
    assert result.cleaning == "cleaned", result.warnings
    assert b"CANARY" not in result.data
    with pikepdf.open(io.BytesIO(result.data)) as document:
        keys = list(document.attachments.keys())
        assert keys == sorted(keys) and len(keys) == 2
        assert {k.rsplit(".", 1)[1] for k in keys} == {"jpg", "png"}


def test_an_attached_document_stays_as_it_is_and_is_warned() -> None:
    text = b"CANARY notes from Jan"
    result = clean_attachment(pdf(_attach("notes.txt", text)), "a.pdf")
    assert PDF_EMBEDDED_FILES_NOT_CLEANED in result.warnings
    with pikepdf.open(io.BytesIO(result.data)) as document:
        (spec,) = document.attachments.values()
        assert spec.get_file().read_bytes() == text
