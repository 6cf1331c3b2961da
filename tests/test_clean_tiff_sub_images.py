"""Issue 11, review r11e I5: a TIFF laid out like a DNG or raw file (the first directory a small
preview, the picture in a SubIFD) is never sealed as its preview while called cleaned: it is
refused as not cleanable, with the reason, and the forecast says so before saving."""

from __future__ import annotations

import io

from PIL import Image, TiffImagePlugin

from intake_app.media.clean import clean_attachment
from intake_app.media.forecast import forecast_cleaning
from intake_app.media.result import IMAGE_HAS_SUB_IMAGES


def _tiff(**tags: int) -> bytes:
    """A 16x8 first image with the given tags (254 NewSubfileType, 330 SubIFDs) in IFD0."""
    info = TiffImagePlugin.ImageFileDirectory_v2()
    for number, value in tags.items():
        info[int(number[1:])] = value
        info.tagtype[int(number[1:])] = 4
    out = io.BytesIO()
    Image.new("RGB", (16, 8), (10, 200, 30)).save(out, "TIFF", tiffinfo=info)
    return out.getvalue()


def test_a_preview_first_tiff_with_sub_images_is_refused_and_forecast_so() -> None:
    for data in (_tiff(t254=1, t330=8), _tiff(t330=8), _tiff(t254=1)):
        result = clean_attachment(data, "foto.tif")
        assert (result.cleaning, result.warnings) == ("not-cleanable", (IMAGE_HAS_SUB_IMAGES,))
        assert result.data == data
        forecast = forecast_cleaning(data[:4096], "foto.tif", len(data))
        assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", (IMAGE_HAS_SUB_IMAGES,))


def test_a_plain_tiff_is_still_cleaned_and_forecast_so() -> None:
    data = _tiff(t254=0)
    assert clean_attachment(data, "foto.tif").cleaning == "cleaned"
    assert forecast_cleaning(data[:4096], "foto.tif", len(data)).cleaning == "cleaned"
