"""A TIFF with associated (premultiplied) alpha keeps its samples and its form of transparency
(review r11l R11L-6; issue 11: "transparency in all its forms").

Pillow reads such a page by un-premultiplying it and wrote it back with unassociated alpha
(ExtraSamples 2 instead of 1): 1,120 of 1,200 pixels moved by up to half a level. Now it is
cleaned at the container level: every sample as it was, ExtraSamples 1, the Artist and XMP gone.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from media_kit import canaries, frames, identifying_tags
from PIL import Image
from tools import require_tool

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER


def _samples(data: bytes) -> tuple[object, bytes]:
    """(ExtraSamples, the bytes of every strip) of an uncompressed single-page TIFF."""
    with Image.open(io.BytesIO(data)) as picture:
        tags = picture.tag_v2
        assert tags.get(259) == 1  # no compression: the strips are the samples
        strips = b"".join(data[at:at + size] for at, size in zip(tags[273], tags[279], strict=True))
        return tags.get(338), strips


def test_a_tiff_with_premultiplied_alpha_keeps_every_sample_and_its_associated_alpha(tmp_path: Path) -> None:
    require_tool("convert")
    require_tool("exiftool")
    path = tmp_path / "t.tif"
    subprocess.run(["convert", "-size", "40x30", "gradient:red-blue", "-alpha", "set", "-channel",
                    "A", "-evaluate", "set", "50%", "+channel", "-depth", "8", "-compress", "none",
                    "-define", "tiff:alpha=associated", str(path)], check=True, capture_output=True)
    subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", "-Artist=CANARY Jan Jansen",
                    "-XMP-dc:Creator=CANARY", str(path)], check=True, capture_output=True)
    original = path.read_bytes()
    extra, strips = _samples(original)
    assert extra in (1, (1,)) and canaries(original)
    result = clean_attachment(original, "t.tif")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert _samples(result.data) == (extra, strips)
    assert frames(result.data) == frames(original)
