"""Annotations drawn on a PDF's pages: a stamp or text box that shows a name is warned by its kind,
a pop-up's appearance goes, strokes alone and the page's own text pass without a warning.

Each test builds a one-page PDF (tests/inventory_pdf_kit.py), cleans it with `clean_attachment`
and reads the cleaned file back with pikepdf.
"""

from __future__ import annotations

import io

import inventory_pdf_kit as kit
import pikepdf
import pytest
from media_kit import canaries
from office_kit import pdf
from pikepdf import Array, Dictionary, Name

from intake_app.media import pdf_annotations
from intake_app.media.clean import clean_attachment
from intake_app.media.pdf import clean_pdf
from intake_app.media.result import (
    PDF_INK_KEPT,
    PDF_PAGE_MARKS_KEPT,
    PDF_STAMPS_KEPT,
    PDF_TEXT_BOXES_KEPT,
    PDF_WATERMARKS_KEPT,
)
from intake_app.sentences import sentence


def cleaned(build: object) -> tuple[tuple[str, ...], bytes]:
    result = clean_attachment(pdf(build), "a.pdf")
    assert result.cleaning == ("partly-cleaned" if result.warnings else "cleaned")
    return result.warnings, result.data


def annotations(data: bytes) -> list[tuple[str, bytes | None]]:
    """(subtype, normal appearance's decoded bytes or None) of every annotation on page one."""
    with pikepdf.open(io.BytesIO(data)) as document:
        found = []
        for annotation in document.pages[0].obj.get(Name.Annots, Array()):
            normal = annotation.get(Name.AP, Dictionary()).get(Name.N)
            found.append((str(annotation.Subtype),
                          normal.read_bytes() if isinstance(normal, pikepdf.Stream) else None))
        return found


@pytest.mark.parametrize(("build", "kind", "warning"), [
    (kit.stamp, "/Stamp", PDF_STAMPS_KEPT),
    (kit.text_box, "/FreeText", PDF_TEXT_BOXES_KEPT),
    (kit.ink, "/Ink", PDF_INK_KEPT),
    (kit.watermark, "/Watermark", PDF_WATERMARKS_KEPT),
])
def test_a_markup_annotation_whose_appearance_shows_a_name_stays_and_is_warned_by_its_kind(
    build: object, kind: str, warning: str
) -> None:
    warnings, data = cleaned(build)
    assert warnings == (warning,)
    ((subtype, normal),) = annotations(data)
    assert subtype == kind and kit.SHOWN_NAME in normal  # the page still shows what it showed


def test_every_kind_has_its_own_sentence_in_dutch_and_english() -> None:
    codes = (PDF_STAMPS_KEPT, PDF_TEXT_BOXES_KEPT, PDF_INK_KEPT, PDF_WATERMARKS_KEPT,
             PDF_PAGE_MARKS_KEPT)
    for lang in ("nl", "en"):
        texts = [sentence(f"media.{code}", lang) for code in codes]
        assert len(set(texts)) == len(codes)
    assert "stamp" in sentence("media.pdf_stamps_kept", "en")
    assert "stempel" in sentence("media.pdf_stamps_kept", "nl").lower()


def test_a_name_drawn_by_a_form_inside_a_notes_icon_is_found_one_level_down() -> None:
    warnings, _ = cleaned(kit.page_mark)
    assert warnings == (PDF_PAGE_MARKS_KEPT,)


def test_a_picture_drawn_by_an_annotations_appearance_is_warned() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        photo = document.make_stream(b"\x80" * 4, Type=Name.XObject, Subtype=Name.Image, Width=2,
                                     Height=2, ColorSpace=Name.DeviceGray, BitsPerComponent=8)
        square = kit.annotated(document, page, "/Square", b"q 20 0 0 20 0 0 cm /Im0 Do Q")
        square.AP.N.Resources.XObject = Dictionary(Im0=photo)

    assert cleaned(build)[0] == (PDF_PAGE_MARKS_KEPT,)


def test_strokes_and_fills_alone_are_drawing_and_pass_without_a_warning() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        kit.annotated(document, page, "/Ink", b"1 w 2 2 m 40 18 l 80 4 l S")
        kit.annotated(document, page, "/Highlight", b"1 1 0 rg 0 0 120 20 re f")
        kit.annotated(document, page, "/Stamp", b"q 1 0 0 RG 2 2 116 16 re S Q")

    assert cleaned(build)[0] == ()


def test_a_name_shown_only_on_rollover_or_in_another_state_is_warned() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        stamp = kit.annotated(document, page, "/Stamp", b"0 0 120 20 re S")
        stamp.AP.R = kit.appearance(document, kit.SHOWN_NAME)
        box = kit.annotated(document, page, "/FreeText", b"0 0 120 20 re S")
        box.AP.N = Dictionary(Off=kit.appearance(document, b""),
                              On=kit.appearance(document, kit.SHOWN_NAME))

    assert cleaned(build)[0] == (PDF_STAMPS_KEPT, PDF_TEXT_BOXES_KEPT)


def test_an_appearance_that_cannot_be_read_counts_as_showing_a_name() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        stamp = kit.annotated(document, page, "/Stamp", b"")
        stamp.AP.N.write(b"not really LZW", filter=Name.LZWDecode)  # not decoded by Seinpost

    assert PDF_STAMPS_KEPT in cleaned(build)[0]  # (and inline pictures could not be looked for)


def test_appearances_beyond_the_byte_budget_count_as_showing_a_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        kit.annotated(document, page, "/Ink", b"1 w 2 2 m 40 18 l S " * 4)

    assert cleaned(build)[0] == ()
    monkeypatch.setattr(pdf_annotations, "MAX_APPEARANCE_BYTES", 40)
    # the bound is changed in this process, so the cleaner runs here, not in its child
    assert clean_pdf(pdf(build)).warnings == (PDF_INK_KEPT,)


def test_a_popups_appearance_is_removed_and_its_parent_stays() -> None:
    warnings, data = cleaned(kit.popup_appearance)
    assert warnings == ()
    assert annotations(data) == [("/Text", b"0 0 1 rg 0 0 20 20 re f"), ("/Popup", None)]
    assert canaries(data) == []


def test_text_in_the_page_content_and_a_form_stamped_into_it_stay_without_a_warning() -> None:
    original = pdf(kit.page_content)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    with pikepdf.open(io.BytesIO(result.data)) as document:
        page = document.pages[0].obj
        assert b"(Brief aan CANARY Jan Jansen) Tj" in page.Contents.read_bytes()
        assert page.Resources.XObject.Fm0.read_bytes() == kit.SHOWN_NAME


def test_form_fields_and_links_are_not_markup_and_pass_without_a_warning() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        shown = b"/Tx BMC BT /F1 9 Tf 2 6 Td (Jan) Tj ET EMC"  # the value the liaison filled in
        field = kit.annotated(document, page, "/Widget", shown, FT=Name.Tx, T="Naam", V="Jan")
        document.Root.AcroForm = Dictionary(Fields=Array([field]))
        kit.annotated(document, page, "/Link", b"BT /F1 9 Tf (link) Tj ET")

    assert cleaned(build)[0] == ()
