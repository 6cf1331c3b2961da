"""What a PDF keeps out of its reader's sight (review r11m, issue 11; media/pdf_out_of_sight.py).

R11M-3: a geospatial PDF's coordinates are removed; R11M-16: a redaction marked but not applied
is warned; R11M-1: a page cropped by a page box is warned; R11M-2: a layer off by default and a
hidden form field holding text are warned; R11M-11: a sound recording is warned. Each case was
told "Cleaned" before. The builders double as docs/CLEANING.md inventory rows' files
(tests/test_media_inventory.py).
"""

from __future__ import annotations

import io
import signal
import time

import pikepdf
from office_kit import pdf
from pikepdf import Array, Dictionary, Name, String

from intake_app.media.clean import clean_attachment
from intake_app.media.pdf import clean_pdf
from intake_app.media.result import (
    PDF_HIDDEN_CONTENT_KEPT,
    PDF_PAGE_CROPPED,
    PDF_REDACTION_NOT_APPLIED,
    PDF_SOUND_KEPT,
)

LATITUDE = b"52.0907"
FONT = Dictionary(F1=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
HIDDEN_LINE = b"BT /F1 12 Tf 10 180 Td (CANARY Anna Jansen, Kerkstraat 12) Tj ET"


def _geo_measure(document: pikepdf.Pdf) -> Dictionary:
    """An ISO 32000-2 §12.10 geographic measure as QGIS and Avenza write it."""
    gcs = Dictionary(Type=Name.GEOGCS, EPSG=4326,
                     WKT=String('GEOGCS["CANARY WGS 84",DATUM["WGS_1984"]]'))
    return Dictionary(Type=Name.Measure, Subtype=Name.GEO, Bounds=Array([0, 0, 0, 1, 1, 1, 1, 0]),
                      GPTS=Array([52.0907, 5.1214, 52.0917, 5.1214, 52.0917, 5.1224, 52.0907,
                                  5.1224]),
                      LPTS=Array([0, 0, 0, 1, 1, 1, 1, 0]), GCS=gcs,
                      PDU=Array([Name.M, Name.SQM, Name.DEG]))


def geospatial(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A map page: a viewport with a geographic measure (direct), an image with one (shared,
    indirect, also under a program's key), point data and an OGC /LGIDict, the page an
    /LGIDict too."""
    page.obj.VP = Array([Dictionary(Type=Name.Viewport, BBox=Array([0, 0, 200, 200]),
                                    Name=String("CANARY Kerkstraat"),
                                    Measure=_geo_measure(document))])
    shared = document.make_indirect(_geo_measure(document))
    points = Dictionary(Type=Name.PtData, Subtype=Name.Cloud,
                        Names=Array([Name.LAT, Name.LON, Name.ALT]),
                        XPTS=Array([Array([52.0907, 5.1214, 3.5])]))
    image = document.make_stream(b"\x00\x00\x00", Type=Name.XObject, Subtype=Name.Image, Width=1,
                                 Height=1, ColorSpace=Name.DeviceRGB, BitsPerComponent=8,
                                 Measure=shared, PtData=points, AcmeGeo=shared)
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = document.make_stream(b"q 200 0 0 200 0 0 cm /Im0 Do Q")
    for holder in (page.obj, image):  # on a page (as OGC writes it) and anywhere else
        holder.LGIDict = Dictionary(Type=Name.LGIDict, Version=String("2.1"),
                                    Description=String("CANARY drone survey"),
                                    Registration=Array([Array([0, 0, 5.1214, 52.0907])]),
                                    Projection=Dictionary(Type=Name.Projection,
                                                          ProjectionType=String("UT"), Zone=31))


def geospatial_gone(document: pikepdf.Pdf) -> bool:
    """No geographic measure, point data or LGI dictionary is left with its coordinates."""
    page = document.pages[0].obj
    image = page.Resources.XObject.Im0
    (viewport,) = page.VP
    return (Name.Measure not in viewport and Name.Name not in viewport
            and list(viewport.BBox) == [0, 0, 200, 200] and Name.LGIDict not in page
            and Name.Measure not in image and Name.PtData not in image
            and Name.LGIDict not in image
            and set(image.AcmeGeo.keys()) == {"/Type", "/Subtype"})


def unapplied_redaction(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Acrobat's Mark for Redaction without Apply: a black box over text still drawn."""
    page.obj.Resources = Dictionary(Font=FONT)
    page.obj.Contents = document.make_stream(HIDDEN_LINE)
    box = document.make_stream(b"0 0 0 rg 0 0 190 20 re f", Type=Name.XObject,
                               Subtype=Name.Form, BBox=Array([0, 0, 190, 20]))
    page.obj.Annots = Array([document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Redact, Rect=Array([8, 175, 198, 195]),
        QuadPoints=Array([8, 195, 198, 195, 8, 175, 198, 175]), IC=Array([0, 0, 0]),
        AP=Dictionary(N=box)))])


def cropped_page(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """macOS Preview's Crop: the CropBox leaves the top half out; the name is drawn there."""
    page.obj.Resources = Dictionary(Font=FONT)
    page.obj.Contents = document.make_stream(HIDDEN_LINE)
    page.obj.CropBox = Array([0, 0, 200, 100])


def _layer(document: pikepdf.Pdf, page: pikepdf.Page, configuration: Dictionary,
           group: pikepdf.Object | None = None) -> pikepdf.Object:
    """A page whose name is drawn as marked content of `group` (one layer by default)."""
    layer = document.make_indirect(Dictionary(Type=Name.OCG, Name=String("Laag 1")))
    for key in list(configuration.keys()):
        if configuration[key] == Name.Layer:
            configuration[key] = Array([layer])
    document.Root.OCProperties = Dictionary(OCGs=Array([layer]), D=configuration)
    page.obj.Resources = Dictionary(Font=FONT, Properties=Dictionary(oc1=group or layer))
    page.obj.Contents = document.make_stream(b"/OC /oc1 BDC " + HIDDEN_LINE + b" EMC")
    return layer


def layer_off(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A layer in /OCProperties /D /OFF whose marked content draws a name."""
    _layer(document, page, Dictionary(OFF=Name.Layer, Order=Name.Layer))


def hidden_field(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A text field whose only widget is hidden (/F 2), filled in with a name and a number."""
    field = document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("indiener"),
        V=String("CANARY Jan Jansen, 06-12345678"), F=2, Rect=Array([10, 10, 190, 30])))
    page.obj.Annots = Array([field])
    document.Root.AcroForm = Dictionary(Fields=Array([field]))


def sound(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Acrobat's Record Audio Comment: a sound annotation with its raw samples."""
    recording = document.make_stream(b"CANARY Jan Jansen spreekt" * 4, Type=Name.Sound, R=8000,
                                     C=1, B=8, E=Name.Raw)
    page.obj.Annots = Array([document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Sound, Rect=Array([10, 10, 30, 30]), Sound=recording))])


def _cleaned(build: object) -> tuple[str, tuple[str, ...], bytes]:
    result = clean_attachment(pdf(build), "a.pdf")
    return result.cleaning, result.warnings, result.data


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def test_a_geospatial_pdf_loses_its_coordinates_viewport_image_point_data_and_lgidict() -> None:
    cleaning, warnings, data = _cleaned(geospatial)
    assert (cleaning, warnings) == ("cleaned", ())
    with _open(data) as document:
        assert geospatial_gone(document)
        every = b"".join(obj.unparse() for obj in document.objects
                         if isinstance(obj, Dictionary | Array))
        every += b"".join(obj.stream_dict.unparse() for obj in document.objects
                          if isinstance(obj, pikepdf.Stream))
    assert LATITUDE not in every and b"5.1214" not in every
    assert LATITUDE not in data and b"CANARY" not in data


def test_a_scale_measure_that_is_no_place_stays_on_its_viewport() -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        scale = Dictionary(Type=Name.Measure, Subtype=Name.RL, R=String("1 in = 100 m"))
        page.obj.VP = Array([Dictionary(Type=Name.Viewport, BBox=Array([0, 0, 200, 200]),
                                        Name=String("Plattegrond"), Measure=scale)])
    cleaning, warnings, data = _cleaned(build)
    assert (cleaning, warnings) == ("cleaned", ())
    with _open(data) as document:
        (viewport,) = document.pages[0].obj.VP
        assert viewport.Measure.Subtype == Name.RL and str(viewport.Name) == "Plattegrond"


def test_a_redaction_marked_but_not_applied_is_warned_and_its_text_is_still_there() -> None:
    cleaning, warnings, data = _cleaned(unapplied_redaction)
    assert cleaning == "partly-cleaned" and warnings == (PDF_REDACTION_NOT_APPLIED,)
    with _open(data) as document:  # not applied by Seinpost: told, so the liaison applies it
        assert b"CANARY Anna" in document.pages[0].obj.Contents.read_bytes()


def test_a_page_cropped_by_its_cropbox_is_warned() -> None:
    assert _cleaned(cropped_page)[:2] == ("partly-cleaned", (PDF_PAGE_CROPPED,))


def test_a_cropbox_inherited_from_the_page_tree_and_a_trim_box_are_read_too() -> None:
    def inherited(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        document.Root.Pages.CropBox = Array([0, 0, 200, 100])

    def trimmed(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        page.obj.TrimBox = Array([150, 150, 10, 10])  # corners in either order
    assert _cleaned(inherited)[1] == (PDF_PAGE_CROPPED,)
    assert _cleaned(trimmed)[1] == (PDF_PAGE_CROPPED,)


def test_page_boxes_that_show_the_whole_page_or_round_it_are_not_warned() -> None:
    def boxes(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        page.obj.CropBox = Array([0, 0, 200, 200])
        page.obj.TrimBox = Array([0.5, 0.24, 199.5, 199.76])
        page.obj.BleedBox = Array([-9, -9, 209, 209])  # larger than the page: cut to it
    assert _cleaned(boxes)[:2] == ("cleaned", ())


def test_a_layer_off_by_default_is_warned_by_its_off_list_and_by_its_base_state() -> None:
    def base_state(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        _layer(document, page, Dictionary(BaseState=Name.OFF))
    assert _cleaned(layer_off)[:2] == ("partly-cleaned", (PDF_HIDDEN_CONTENT_KEPT,))
    assert _cleaned(base_state)[1] == (PDF_HIDDEN_CONTENT_KEPT,)


def test_a_layer_that_is_on_is_not_warned() -> None:
    def on(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        _layer(document, page, Dictionary(BaseState=Name.OFF, ON=Name.Layer))

    def off_but_unused(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        _layer(document, page, Dictionary(OFF=Name.Layer))
        page.obj.Resources.Properties = Dictionary()
        page.obj.Contents = document.make_stream(HIDDEN_LINE)
    assert _cleaned(on)[:2] == ("cleaned", ())
    assert _cleaned(off_but_unused)[:2] == ("cleaned", ())


def test_membership_dictionaries_follow_their_policy_and_visibility_expression() -> None:
    def membership(policy: str | None, expression: bool = False):
        def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
            shown = document.make_indirect(Dictionary(Type=Name.OCG, Name=String("Aan")))
            group = Dictionary(Type=Name.OCMD)
            layer = _layer(document, page, Dictionary(OFF=Name.Layer), group)
            document.Root.OCProperties.OCGs.append(shown)
            group.OCGs = Array([layer, shown])
            if policy:
                group.P = Name(policy)
            if expression:  # [/And shown [/Not layer]]: visible
                group.VE = Array([Name.And, shown, Array([Name.Not, layer])])
        return build
    assert _cleaned(membership("/AllOn"))[1] == (PDF_HIDDEN_CONTENT_KEPT,)
    assert _cleaned(membership("/AllOff"))[1] == (PDF_HIDDEN_CONTENT_KEPT,)
    assert _cleaned(membership(None))[1] == ()  # /AnyOn: one is on
    assert _cleaned(membership("/AnyOff"))[1] == ()
    assert _cleaned(membership("/AllOn", expression=True))[1] == ()  # /VE decides


def test_a_visibility_expression_naming_one_array_at_every_level_costs_little_and_is_warned(
) -> None:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        group = Dictionary(Type=Name.OCMD)
        layer = _layer(document, page, Dictionary(), group)  # the layer is on
        level = document.make_indirect(Array([Name.Or, layer]))
        for _ in range(12):  # 300 ** 12 terms if read naively
            level = document.make_indirect(Array([Name.Or, *[level] * 300]))
        group.VE = level

    def too_slow(*_: object) -> None:
        raise TimeoutError("the expression was read term by term")
    signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(60)  # in process, not in the cleaner's child: fails rather than hangs
    try:
        started = time.process_time()
        warnings = clean_pdf(pdf(build)).warnings
        spent = time.process_time() - started
    finally:
        signal.alarm(0)
    assert warnings == (PDF_HIDDEN_CONTENT_KEPT,)  # beyond the budget: told, not passed
    assert spent < 20


def test_an_image_or_annotation_in_a_layer_off_by_default_is_warned() -> None:
    def image(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        layer = _layer(document, page, Dictionary(OFF=Name.Layer))
        page.obj.Resources.Properties = Dictionary()
        page.obj.Resources.XObject = Dictionary(Im0=document.make_stream(
            b"\xff", Type=Name.XObject, Subtype=Name.Image, Width=1, Height=1,
            ColorSpace=Name.DeviceGray, BitsPerComponent=8, OC=layer))
        page.obj.Contents = document.make_stream(b"q 10 0 0 10 0 0 cm /Im0 Do Q")

    def note(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        layer = _layer(document, page, Dictionary(OFF=Name.Layer))
        page.obj.Resources.Properties = Dictionary()
        page.obj.Contents = document.make_stream(b"")
        page.obj.Annots = Array([document.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Text, Rect=Array([10, 10, 30, 30]),
            Contents=String("CANARY Anna Jansen"), OC=layer))])
    assert _cleaned(image)[1] == (PDF_HIDDEN_CONTENT_KEPT,)
    assert _cleaned(note)[1] == (PDF_HIDDEN_CONTENT_KEPT,)


def test_a_filled_in_form_field_whose_widgets_are_hidden_is_warned() -> None:
    def no_view_kid(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        parent = document.make_indirect(Dictionary(FT=Name.Tx, T=String("indiener"),
                                                   V=String("CANARY Jan Jansen")))
        kid = document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=32,
                                                Parent=parent, Rect=Array([10, 10, 90, 30])))
        parent.Kids = Array([kid])
        page.obj.Annots = Array([kid])
        document.Root.AcroForm = Dictionary(Fields=Array([parent]))
    assert _cleaned(hidden_field)[:2] == ("partly-cleaned", (PDF_HIDDEN_CONTENT_KEPT,))
    assert _cleaned(no_view_kid)[1] == (PDF_HIDDEN_CONTENT_KEPT,)


def test_a_hidden_empty_field_and_a_field_with_one_widget_shown_are_not_warned() -> None:
    def empty(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        hidden_field(document, page)
        page.obj.Annots[0].V = String("  ")

    def one_shown(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        parent = document.make_indirect(Dictionary(FT=Name.Tx, T=String("naam"),
                                                   V=String("Jan Jansen")))
        kids = [document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=flag,
                                                  Parent=parent, Rect=Array([10, 10, 90, 30])))
                for flag in (2, 4)]
        parent.Kids = Array(kids)
        page.obj.Annots = Array(kids)
        document.Root.AcroForm = Dictionary(Fields=Array([parent]))
    assert _cleaned(empty)[:2] == ("cleaned", ())
    assert _cleaned(one_shown)[:2] == ("cleaned", ())


def test_a_sound_annotation_and_a_sound_action_are_warned() -> None:
    def action(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        recording = document.make_stream(b"CANARY" * 8, R=8000)
        page.obj.Annots = Array([document.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=Array([10, 10, 30, 30]),
            A=Dictionary(S=Name.Sound, Sound=recording)))])
    assert _cleaned(sound)[:2] == ("partly-cleaned", (PDF_SOUND_KEPT,))
    assert _cleaned(action)[1] == (PDF_SOUND_KEPT,)
