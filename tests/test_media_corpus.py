"""A round trip over a corpus of real-world-shaped files, printed as a table (issue 11).

The files are made here with ImageMagick, Pillow, pillow-heif, pikepdf and the Office kit, with
names, devices, places and paths planted by exiftool or in the parts; the five shared inputs of
the issue are in the corpus too. Each goes through `clean_attachment`; the table says, per file:
the outcome, what exiftool or a look inside still finds (must be nothing for `cleaned`), and
whether every frame's pixels, turned upright, are identical (lossy re-encodes give the largest
difference of a sample instead), and what the forecast before saving said (asked as the window
asks it, `services.attach.forecast_attachment`), which must agree with the outcome for every
file (review r11h F1). Run with `-s` to see the table.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pillow_heif
import pytest
import svg_kit
from media_kit import canaries, exiftool, frames, identifying_tags
from office_kit import OD, PKG, jpeg_with_gps, package, pdf, png_with_text
from PIL import Image, ImageFile
from test_clean_webp_vp8_data import _rewrite
from test_forecast_agrees_r11h import _raw_layout_tiff_directory_last
from test_media_bounds import png_bomb
from test_media_cases import restore_to_background_gif, tiff_16bit, truncated_jpeg_with_gps
from test_media_inventory import CORE, ROWS, _jpeg_image
from test_sealed_pdf_repaired import _FAULTS, _pdf

from intake_app.media.clean import clean_attachment
from intake_app.media.forecast import CleaningForecast
from intake_app.services.attach import forecast_attachment

CASES = Path(__file__).resolve().parent / "data" / "cases"
PLANTED = ["-Make=CANARY Make", "-Model=CANARY Model", "-SerialNumber=CANARY-SN",
           "-Artist=CANARY Artist", "-GPSLatitude=52.0799", "-GPSLatitudeRef=N",
           "-GPSLongitude=4.3113", "-GPSLongitudeRef=E", "-XMP-dc:Creator=CANARY XMP",
           "-Comment=CANARY comment"]
LOSSY = {".heic", ".avif"}
"""Outputs that are re-encoded lossily (HEIC and AVIF to JPEG at quality 92); a JPEG is cleaned
losslessly (review r11d J2) and a lossy WebP in its container (review r11i R2, its VP8 data cut
to what the decoder reads: r11l R11L-2), so their pixels must be identical."""


def magick(folder: Path, name: str, *args: str, tags: tuple[str, ...] = ()) -> bytes:
    """A file made by ImageMagick (`convert ARGS name`), then tagged by exiftool."""
    path = folder / name
    subprocess.run(["convert", *args, str(path)], check=True, capture_output=True)
    if tags:
        subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", *tags, str(path)],
                       check=True, capture_output=True)
    return path.read_bytes()


def pillow(im: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()


def heic() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CANARY Phone"
    exif[0x0112] = 6
    im = Image.radial_gradient("L").resize((64, 48)).convert("RGB")
    out = io.BytesIO()
    pillow_heif.from_pillow(im).save(out, quality=90, exif=exif.tobytes())
    return out.getvalue()


def corpus(folder: Path) -> dict[str, Callable[[], bytes]]:
    """file name -> how to make it (all small; the PNG bomb is half a megabyte)."""
    photo = ("-size", "96x64", "-seed", "7", "plasma:fractal", "-depth", "8")
    deep = ("-size", "96x64", "-seed", "7", "plasma:fractal", "-depth", "16")
    frames_args = ("-delay", "20", "-size", "24x24", "xc:red", "xc:green", "xc:blue",
                   "-loop", "0")
    return {
        "camera.jpg": lambda: magick(folder, "camera.jpg", *photo, tags=(*PLANTED,)),
        "rotated.jpg": lambda: magick(folder, "rotated.jpg", *photo,
                                      tags=(*PLANTED, "-Orientation#=6")),
        "progressive.jpg": lambda: magick(folder, "progressive.jpg", *photo, "-interlace",
                                          "JPEG", tags=(*PLANTED,)),
        "grey.jpg": lambda: magick(folder, "grey.jpg", *photo, "-colorspace", "Gray",
                                   tags=(*PLANTED,)),
        "cmyk.jpg": lambda: magick(folder, "cmyk.jpg", *photo, "-colorspace", "CMYK",
                                   tags=(*PLANTED,)),
        "truncated.jpg": lambda: truncated_jpeg_with_gps(orientation=8),
        "shared-truncated.jpg": lambda: (CASES / "jpeg_truncated_gps.jpg").read_bytes(),
        "screenshot.png": lambda: magick(folder, "screenshot.png", *photo, "-set", "comment",
                                         "CANARY comment", tags=("-XMP-dc:Creator=CANARY",)),
        "alpha.png": lambda: png_with_text(),
        "palette.png": lambda: pillow(Image.new("P", (8, 8), 1), "PNG", transparency=0,
                                      pnginfo=_text("CANARY palette")),
        "grey16.png": lambda: magick(folder, "grey16.png", "-size", "32x16", "gradient:",
                                     "-depth", "16", tags=("-XMP-dc:Creator=CANARY",)),
        "rgb48.png": lambda: magick(folder, "rgb48.png", *deep,
                                    tags=("-XMP-dc:Creator=CANARY",)),
        "animated.png": lambda: pillow(Image.new("RGBA", (16, 16), (0, 0, 0, 0)), "PNG",
                                       save_all=True, append_images=[
                                           Image.new("RGBA", (16, 16), (200, 0, 0, 255))],
                                       duration=[100, 200], pnginfo=_text("CANARY apng")),
        "bomb-13000.png": lambda: png_bomb(),
        "animated.gif": lambda: magick(folder, "animated.gif", *frames_args, "-set",
                                       "comment", "CANARY gif"),
        "restore-background.gif": lambda: restore_to_background_gif(),
        "shared-animated.gif": lambda: (CASES / "E_gif_animated.gif").read_bytes(),
        "lossy.webp": lambda: pillow(Image.radial_gradient("L").convert("RGB"), "WEBP",
                                     quality=80, exif=_exif().tobytes(), xmp=b"CANARY xmp"),
        "vp8-tail.webp": lambda: _rewrite(pillow(
            Image.radial_gradient("L").convert("RGB"), "WEBP", quality=80,
            exif=_exif().tobytes()), lambda frame: frame + b"CANARY C:\\Users\\jjansen"),
        "lossless.webp": lambda: pillow(Image.new("RGBA", (16, 16), (1, 2, 3, 40)), "WEBP",
                                        lossless=True, exif=_exif().tobytes()),
        "scan-le.tif": lambda: magick(folder, "scan-le.tif", *photo, "-endian", "LSB",
                                      tags=(*PLANTED[:4], "-HostComputer=CANARY-PC")),
        "scan-be16.tif": lambda: tiff_16bit("MM"),
        "shared-be16.tif": lambda: (CASES / "F_tiff_16bit_MM.tif").read_bytes(),
        "pages.tif": lambda: magick(folder, "pages.tif", "-size", "16x16", "xc:red", "xc:blue",
                                    "-depth", "8", tags=("-Artist=CANARY",)),
        "rgb48.tif": lambda: magick(folder, "rgb48.tif", *deep,
                                    tags=("-Artist=CANARY", "-Make=CANARY")),
        "stream-tail16.png": lambda: ROWS["png-stream-tail"].build(),
        "overlong16.png": lambda: ROWS["png-overlong-last-chunk"].build(),
        "strip-tail16.tif": lambda: ROWS["tiff-strip-tail"].build(),
        "lzw-tail16.tif": lambda: ROWS["tiff-compressed-strip-tail"].build(),
        "phone.heic": heic,
        "phone-r11d.jpg": lambda: ROWS["jpeg-photo"].build(),
        "download.avif": lambda: ROWS["avif-photo"].build(),
        "tracked.docx": lambda: ROWS["tracked-changes"].build(),
        "template.docx": lambda: ROWS["attached-template"].build(),
        "shared-tracked.docx": lambda: (CASES / "I_docx_tracked_only.docx").read_bytes(),
        "shared-template.docx": lambda: (CASES / "I_docx_tracked_template.docx").read_bytes(),
        "pictures.docx": lambda: package("docx", parts={
            "word/media/image1.jpeg": jpeg_with_gps(), "word/media/image2.png": png_with_text(),
            "docProps/core.xml": CORE}, main_rels=(
            ("rI1", OD + "image", "media/image1.jpeg"), ("rI2", OD + "image", "media/image2.png")),
            package_rels=(("rC", PKG + "metadata/core-properties", "docProps/core.xml"),)),
        "comments.xlsx": lambda: ROWS["sheet-comment-authors"].build(),
        "saved-in.xlsx": lambda: ROWS["saved-in-path"].build(),
        "views.xlsx": lambda: ROWS["excel-custom-view-names"].build(),
        "scenario.xlsx": lambda: ROWS["excel-scenario-users"].build(),
        "ranges.xlsx": lambda: ROWS["excel-range-permissions"].build(),
        "database.docx": lambda: ROWS["field-database-connection"].build(),
        "connections.xlsx": lambda: ROWS["workbook-connection-names"].build(),
        "in-cell.xlsx": lambda: ROWS["excel-in-cell-picture-names"].build(),
        "named-otherwise.docx": lambda: ROWS["office-picture-other-type"].build(),
        "png16-in.docx": lambda: ROWS["embedded-png-stream-tail"].build(),
        "comments.pptx": lambda: ROWS["slide-comment-authors"].build(),
        "report.pdf": lambda: pdf(_jpeg_image, info=True),
        "annotated.pdf": lambda: ROWS["pdf-annotation-authors"].build(),
        "xmp.pdf": lambda: ROWS["pdf-xmp"].build(),
        "latex.pdf": lambda: ROWS["pdf-tex-paths"].build(),
        "mailed-crlf.pdf": lambda: _FAULTS["crlf.pdf"](_pdf()),
        "inkscape.svg": lambda: svg_kit.drawing(svg_kit.photo()),
        "inkscape.svgz": lambda: svg_kit.compressed(svg_kit.drawing(svg_kit.photo())),
        "illustrator.svg": lambda: svg_kit.ILLUSTRATOR,
        "nested-entities.svg": lambda: svg_kit.NESTED_ENTITIES,
        "raw-layout.tif": _raw_layout_tiff_directory_last,
    }


NOT_CLEANABLE = {"nested-entities.svg": "unreadable_svg", "raw-layout.tif": "image_has_sub_images"}
"""Corpus files Seinpost refuses to clean, and why: sealed as they are, said before saving."""


def _text(value: str) -> object:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", value)
    return info


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "CANARY Make"
    exif[0x013B] = "CANARY Artist"
    return exif


def bit_depth(data: bytes) -> str:
    """Bits per sample as exiftool reads them from the file's header ("" if it says nothing)."""
    listing = exiftool(data)
    for tag in ("PNG:BitDepth", "IFD0:BitsPerSample", "File:BitsPerSample"):
        if tag in listing:
            return str(listing[tag]).split()[0]
    return ""


def pixels_verdict(original: bytes, cleaned: bytes, name: str) -> str:
    """"identical", "n/a" (not a picture), a change of bit depth, or the largest sample
    difference of a lossy copy (compared at 8 bits a sample, upright, every frame)."""
    if not name.endswith((".jpg", ".png", ".gif", ".webp", ".tif", ".heic", ".avif")):
        return "n/a"
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # a cut-off file: compare what a viewer shows
    try:
        before, after = frames(original), frames(cleaned)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False
    depth_before, depth_after = bit_depth(original), bit_depth(cleaned)
    if depth_before.isdigit() and depth_after.isdigit() and int(depth_after) < int(depth_before):
        # fewer bits lose samples; more bits (a palette written as RGBA) lose nothing
        return f"depth {depth_before} -> {depth_after}"
    if len(before) != len(after):
        return f"frames {len(before)} -> {len(after)}"
    if len(before) > 1 and [f[1] for f in before] != [f[1] for f in after]:  # a still AVIF
        # says 1000 ms: timing only matters between frames
        return "timing differs"
    worst = max(max((abs(a - b) for a, b in zip(x, y, strict=True)), default=0)
                for (x, _), (y, _) in zip(before, after, strict=True))
    return "identical" if worst == 0 else f"lossy, max diff {worst}"


def forecast_verdict(forecast: CleaningForecast, cleaning: str, warnings: tuple[str, ...],
                     sealed_name: str) -> str:
    """"agrees" when the forecast said what happened: "will be cleaned" for a file cleaned (a
    cleaner may still find exceptions: partly cleaned), "will not be cleaned" with the same
    reason for one sealed as it is, and the stored name's extension; else what differs."""
    said = forecast.cleaning + "".join(f" +{w}" for w in forecast.warnings)
    if forecast.cleaning == "cleaned":
        agrees = cleaning in ("cleaned", "partly-cleaned")
    else:
        agrees = (cleaning, warnings) == (forecast.cleaning, forecast.warnings)
    extension = Path(forecast.stored_name).suffix
    if agrees and extension == Path(sealed_name).suffix:
        return "agrees"
    return f"said {said} as {extension}"


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, str, str]]:
    folder = tmp_path_factory.mktemp("corpus")
    given = tmp_path_factory.mktemp("given")
    rows = []
    for name, make in corpus(folder).items():
        original = make()
        (given / name).write_bytes(original)
        forecast = forecast_attachment(given / name)
        result = clean_attachment(original, name)
        left = sorted(set(identifying_tags(result.data)) | set(canaries(result.data)))
        outcome = result.cleaning + "".join(f" +{w}" for w in result.warnings)
        verdict = pixels_verdict(original, result.data, name) if name != "bomb-13000.png" else (
            "identical (bytes)" if result.data[33:] in original else "changed")
        said = forecast_verdict(forecast, result.cleaning, result.warnings, result.suggested_name)
        rows.append((name, outcome, ", ".join(left) or "none", verdict, said))
    head = ("file", "outcome", "metadata left", "pixels (upright)", "forecast")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
             for row in [head, *rows]]
    print("\n" + "\n".join(lines))
    return rows


def test_the_corpus_has_at_least_30_varied_files(table: list[tuple[str, ...]]) -> None:
    assert len(table) >= 30
    assert len({name.rsplit(".", 1)[1] for name, *_ in table}) >= 8


def test_nothing_identifying_is_left_in_a_cleaned_file(table: list[tuple[str, ...]]) -> None:
    assert [(name, left) for name, outcome, left, *_ in table
            if outcome.startswith("cleaned") and left != "none"] == []
    assert {name: outcome for name, outcome, *_ in table if not outcome.startswith("cleaned")} == {
        name: f"not-cleanable +{code}" for name, code in NOT_CLEANABLE.items()}


def test_the_forecast_agrees_with_the_outcome_for_every_file(table: list[tuple[str, ...]]) -> None:
    assert {name: said for name, *_, said in table if said != "agrees"} == {}


def test_every_picture_keeps_its_pixels_upright(table: list[tuple[str, ...]]) -> None:
    for name, _, _, verdict, _ in table:
        lossy = "." + name.rsplit(".", 1)[1] in LOSSY and not name.startswith(
            ("truncated", "shared-truncated")) and name != "lossless.webp"
        if verdict == "n/a":
            continue
        if lossy and name not in ("cmyk.jpg",):
            assert verdict.startswith(("identical", "lossy, max diff")), (name, verdict)
            if verdict.startswith("lossy"):
                assert int(verdict.rsplit(" ", 1)[1]) <= 48, (name, verdict)
        elif name != "cmyk.jpg":
            assert verdict.startswith("identical"), (name, verdict)
