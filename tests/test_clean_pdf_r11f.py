"""Review r11f's PDF findings: strings in arrays (F2), relative links (F7), XMP found after
decoding and anywhere in a stream (F5). Each file goes through `clean_attachment` (the PDF
cleaner in its child) and the result is read object by object with pikepdf and with exiftool."""

from __future__ import annotations

import io

import inventory_r11f_kit as kit
import pikepdf
from media_kit import canaries, identifying_tags
from office_kit import pdf
from pikepdf import Name

from intake_app.media.clean import clean_attachment
from intake_app.media.paths import NEUTRAL_PATH


def cleaned(build: object) -> bytes:
    original = pdf(build)
    assert canaries(original), "nothing planted"
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == []
    assert identifying_tags(result.data) == []
    return result.data


def test_a_web_captures_url_key_loses_its_local_path() -> None:
    with pikepdf.open(io.BytesIO(cleaned(kit.url_keys))) as document:
        assert str(document.Root.Names.URLS.Names[0]) == NEUTRAL_PATH


def test_a_layer_panels_label_loses_its_path_and_the_layer_stays() -> None:
    with pikepdf.open(io.BytesIO(cleaned(kit.layer_labels))) as document:
        order = document.Root.OCProperties.D.Order[0]
        assert str(order[0]) == NEUTRAL_PATH
        assert str(order[1].Name) == "Wanden"


def test_a_named_destination_key_and_a_private_array_lose_their_paths() -> None:
    with pikepdf.open(io.BytesIO(cleaned(kit.destination_keys))) as document:
        assert str(document.Root.Names.Dests.Names[0]) == NEUTRAL_PATH
        assert document.Root.Names.Dests.Names[1][1] == Name.Fit
        assert Name("/AcmeList") not in document.Root  # indirect private values go whole (i11-i)


def test_a_list_boxs_options_and_values_stay_as_the_liaison_chose() -> None:
    original = pdf(kit.choice_field)
    result = clean_attachment(original, "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        field = document.Root.AcroForm.Fields[0]
        assert [str(item) for item in field.Opt] == ["C:\\Users\\opties\\a", "D:\\b"]
        assert [str(item) for item in field.V] == ["C:\\Users\\opties\\a"]


def test_a_relative_link_is_neutralised_and_web_mail_and_page_links_stay() -> None:
    with pikepdf.open(io.BytesIO(cleaned(kit.relative_link))) as document:
        assert [str(link.A.URI) for link in document.pages[0].obj.Annots] == [
            NEUTRAL_PATH, NEUTRAL_PATH, "https://example.org/melding",
            "mailto:meldpunt@example.org", "#page=2"]


def test_xmp_behind_a_predictor_or_a_header_line_is_removed_and_the_page_still_draws() -> None:
    data = cleaned(kit.xmp_behind_filters)
    with pikepdf.open(io.BytesIO(data)) as document:
        page = document.pages[0].obj
        assert Name("/AcmeMeta") not in page and Name("/AcmePriv") not in page
        assert Name("/AcmePng") not in document.Root
        assert len(document.pages) == 1


def test_page_text_that_spells_an_xmp_element_stays() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        page.obj.Contents = document.make_stream(
            b"BT /F1 12 Tf 10 10 Td (<x:xmpmeta> rdf:RDF) Tj ET\n")
    result = clean_attachment(pdf(build), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        assert b"(<x:xmpmeta> rdf:RDF) Tj" in document.pages[0].obj.Contents.read_bytes()


def test_a_programs_private_text_name_and_direct_keys_on_catalogue_and_page_are_removed() -> None:
    with pikepdf.open(io.BytesIO(cleaned(kit.private_text_keys))) as document:
        page = document.pages[0].obj
        assert Name("/AcmeAuthor") not in document.Root and Name("/AcmeUser") not in page
        # names and direct dictionaries or arrays too (F6's rest), indirect ones since i11-i;
        # numbers stay
        assert not {"/AcmeMode", "/AcmeInfo", "/AcmeShared"} & set(document.Root.keys())
        assert not {"/AcmeAccount", "/AcmeTags"} & set(page.keys())
        assert page.AcmeVersion == 3
        assert Name.MediaBox in page and Name.Pages in document.Root
