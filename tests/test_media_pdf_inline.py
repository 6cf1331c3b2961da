"""JPEG pictures inside a PDF's page content (`BI … ID … EI`) lose their EXIF and keep their pixels.

Each test builds a small PDF whose content holds an inline JPEG with a camera make and GPS
position, cleans it through `clean_attachment`, and checks the picture as a PDF reader sees it:
pikepdf's inline-image decoder and poppler's `pdftoppm` rendering of the whole page.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pikepdf
from media_kit import canaries, identifying_tags
from pikepdf import Array, Dictionary, Name
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.jpeg_segments import strip_jpeg_metadata
from intake_app.media.result import PDF_EMBEDDED_IMAGES_NOT_CLEANED

RAW_GREY = b"BI /W 4 /H 4 /CS /G /BPC 8 ID " + bytes(range(0, 256, 16)) + b" EI"
"""An inline picture of raw samples: nothing in it but pixels."""


def jpeg_with_make_and_gps(colour: str = "teal", size: tuple[int, int] = (16, 12)) -> bytes:
    """A small JPEG whose EXIF names a camera make and a GPS position (both CANARY-marked)."""
    exif = Image.Exif()
    exif[0x010F] = "CANARY Make"
    exif[0x0110] = "CANARY Model"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 4.0, 30.0)
    gps[27] = b"ASCII\x00\x00\x00CANARY place"
    picture = Image.new("RGB", size, colour)
    for x in range(size[0]):  # a gradient, so a changed decode shows in the pixels
        picture.putpixel((x, x % size[1]), (x * 15 % 256, 40, 200))
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif.tobytes(), comment=b"CANARY comment", quality=90)
    return out.getvalue()


def inline(jpeg: bytes, *, extra: bytes = b"", filters: bytes = b"/DCT",
           size: tuple[int, int] | None = None) -> bytes:
    """The content-stream bytes of one inline JPEG drawn 16 x 12 points at (10, 10)."""
    if size is None:
        with Image.open(io.BytesIO(jpeg)) as picture:
            size = picture.size
    width, height = size
    return (b"q 16 0 0 12 10 10 cm BI /W %d /H %d /CS /RGB /BPC 8 %s/F %s ID " % (
        width, height, extra, filters) + jpeg + b" EI Q")


def one_page(content: bytes, build: object = None) -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(40, 40))
    document.pages[0].obj.Contents = document.make_stream(content)
    if callable(build):
        build(document)
    out = io.BytesIO()
    document.save(out, compress_streams=False, static_id=True)
    return out.getvalue()


def inline_images(data: bytes, stream: str = "page") -> list[pikepdf.PdfInlineImage]:
    with pikepdf.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        source = page if stream == "page" else page.obj.Resources.XObject.Fm0
        return [i.iimage for i in pikepdf.parse_content_stream(source)
                if isinstance(i, pikepdf.ContentStreamInlineImage)]


def pixels_and_data(data: bytes, stream: str = "page") -> list[tuple[bytes, bytes]]:
    """(decoded RGB pixels, raw data) of every inline image, as pikepdf decodes them."""
    return [(image.as_pil_image().convert("RGB").tobytes(), image.read_raw_bytes())
            for image in inline_images(data, stream)]


def rendered(data: bytes) -> bytes:
    """The page as poppler draws it at 72 dpi, RGB pixels."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "a.pdf"
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(source),
                        str(Path(folder) / "page")], check=True, capture_output=True)
        with Image.open(Path(folder) / "page.png") as page:
            return page.convert("RGB").tobytes()


def exif_of(jpeg: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(jpeg)) as picture:
        return dict(picture.getexif())


def test_an_inline_jpegs_make_and_gps_are_gone_and_its_pixels_decode_identically() -> None:
    original = one_page(inline(jpeg_with_make_and_gps()))
    assert exif_of(inline_images(original)[0].read_raw_bytes())  # planted: make, model, GPS
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    (before_pixels, _), = pixels_and_data(original)
    (after_pixels, after_data), = pixels_and_data(result.data)
    assert after_pixels == before_pixels
    assert rendered(result.data) == rendered(original)
    assert exif_of(after_data) == {}
    assert b"\xff\xe1" not in after_data and b"\xff\xfe" not in after_data  # no APP1, no COM
    assert canaries(result.data) == []
    assert identifying_tags(result.data) == []


def test_only_the_inline_jpegs_bytes_change_in_the_content_stream() -> None:
    jpeg = jpeg_with_make_and_gps()
    before = b"q % a comment goes\n0.50 0 0 rg (Melding \\(1\\)) Tj [<00ff> -3.50 (x)] TJ Q\n"
    after = b"\n1 0 0 RG " + RAW_GREY + b"\n"
    result = clean_attachment(one_page(before + inline(jpeg) + after), "a.pdf")
    assert result.warnings == ()
    with pikepdf.open(io.BytesIO(result.data)) as document:
        content = document.pages[0].obj.Contents.read_bytes()
    (_, data), _grey = pixels_and_data(result.data)
    stripped = data.removesuffix(b"\n")  # the one whitespace written before EI
    assert exif_of(stripped) == {} and len(stripped) < len(jpeg)
    before = before.replace(b"% a comment goes", b"\n")
    assert content == before + inline(stripped)[: -len(b" EI Q")] + b"\nEI Q" + after


def test_every_inline_jpeg_of_a_stream_is_cleaned_and_a_pdf_2_length_follows_the_data() -> None:
    first, second = jpeg_with_make_and_gps("red"), jpeg_with_make_and_gps("blue", (8, 8))
    original = one_page(inline(first, extra=b"/L %d " % len(first)) + b"\n" + inline(second))
    result = clean_attachment(original, "a.pdf")
    assert result.warnings == ()
    cleaned = pixels_and_data(result.data)
    assert [pixels for pixels, _ in cleaned] == [pixels for pixels, _ in pixels_and_data(original)]
    assert all(exif_of(data) == {} for _, data in cleaned)
    with pikepdf.open(io.BytesIO(result.data)) as document:
        content = document.pages[0].obj.Contents.read_bytes()
    assert b"/L %d " % len(cleaned[0][1].rstrip(b"\n")) in content
    assert canaries(result.data) == []


def test_an_inline_jpeg_in_a_form_xobject_is_cleaned_too() -> None:
    def form(document: pikepdf.Pdf) -> None:
        stamp = document.make_stream(inline(jpeg_with_make_and_gps()), Type=Name.XObject,
                                     Subtype=Name.Form, BBox=Array([0, 0, 40, 40]))
        page = document.pages[0].obj
        page.Resources = Dictionary(XObject=Dictionary(Fm0=stamp))

    original = one_page(b"/Fm0 Do", form)
    result = clean_attachment(original, "a.pdf")
    assert result.warnings == ()
    assert [p for p, _ in pixels_and_data(result.data, "form")] == [
        p for p, _ in pixels_and_data(original, "form")]
    assert rendered(result.data) == rendered(original)
    assert canaries(result.data) == []


def test_a_content_stream_without_an_inline_jpeg_is_left_byte_for_byte() -> None:
    content = b"q\n1 0 0 RG " + RAW_GREY + b" Q\n"
    result = clean_attachment(one_page(content), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        assert document.pages[0].obj.Contents.read_bytes() == content
    assert result.warnings == ()


def test_a_content_stream_whose_inline_jpeg_has_no_metadata_is_left_byte_for_byte() -> None:
    bare = strip_jpeg_metadata(jpeg_with_make_and_gps())  # no APPn, no COM: nothing to cut
    content = b"q\n" + inline(bare) + b"\n"
    result = clean_attachment(one_page(content), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        stream = document.pages[0].obj.Contents
        assert stream.read_bytes() == content
    assert result.warnings == ()


def test_an_inline_jpeg_wrapped_in_another_filter_stays_and_is_warned() -> None:
    jpeg = jpeg_with_make_and_gps()
    original = one_page(inline(jpeg.hex().encode() + b">", filters=b"[/AHx /DCT]",
                              size=(16, 12)))
    result = clean_attachment(original, "a.pdf")
    assert result.cleaning == "partly-cleaned"
    assert PDF_EMBEDDED_IMAGES_NOT_CLEANED in result.warnings


def test_an_inline_jpeg_cut_off_inside_its_scan_loses_its_exif_and_keeps_what_is_there() -> None:
    jpeg = jpeg_with_make_and_gps()
    cut = jpeg[: len(jpeg) - 40]  # no end-of-image marker, part of the scan gone
    result = clean_attachment(one_page(inline(cut, size=(16, 12))), "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    (data,) = [image.read_raw_bytes() for image in inline_images(result.data)]
    assert data.startswith(b"\xff\xd8") and b"\xff\xe1" not in data
    # written anew by jpegtran, whole: the blocks that were there, the rest as a viewer fills it
    assert data.rstrip(b"\n").endswith(b"\xff\xd9") and _shown(data) == _shown(cut)
    assert canaries(result.data) == []


def _shown(jpeg: bytes) -> bytes:
    """The pixels a viewer shows of `jpeg`, also of one cut off inside its scan."""
    from PIL import ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        with Image.open(io.BytesIO(jpeg)) as im:
            return im.convert("RGB").tobytes()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False


def test_an_inline_jpeg_in_an_annotations_appearance_without_a_form_subtype_is_cleaned() -> None:
    def stamp(document: pikepdf.Pdf) -> None:
        look = document.make_stream(inline(jpeg_with_make_and_gps()), BBox=Array([0, 0, 40, 40]))
        document.pages[0].obj.Annots = Array([document.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Stamp, Rect=Array([0, 0, 40, 40]),
            AP=Dictionary(N=look)))])

    result = clean_attachment(one_page(b"", stamp), "a.pdf")
    assert canaries(result.data) == []
    assert PDF_EMBEDDED_IMAGES_NOT_CLEANED not in result.warnings
