"""Cleaning the PDFs of issue 11's third review changes no pixel: each file is drawn by poppler's
`pdftoppm` at 50 dpi before and after cleaning, and the two pictures are compared.

The cleaners here rewrite the trailer's /ID, XMP under private keys, PostScript functions'
comments, marked-content property lists, descriptions and Type 1 font programs: none of that may
change what a reader sees (the font rows draw "A" as a box with the embedded program).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import inventory_r11c_kit as r11c
import pytest
from office_kit import pdf
from PIL import Image

from intake_app.media.clean import clean_attachment

BUILDERS: dict[str, Callable[[], bytes]] = {
    "document-id": r11c.document_id,
    "xmp-declared": lambda: pdf(r11c.xmp_declared),
    "xmp-utf16": lambda: pdf(r11c.xmp_utf16),
    "function-comments": lambda: pdf(r11c.function_comments),
    "marked-content-names": lambda: pdf(r11c.marked_content_names),
    "descriptions-device-names": lambda: pdf(r11c.device_name_descriptions),
    "stamp-through-pattern": lambda: pdf(r11c.stamp_through_pattern),
    "stamp-through-soft-mask": lambda: pdf(r11c.stamp_through_soft_mask),
    "type1-after-cleartomark": lambda: pdf(r11c.type1_after_cleartomark),
    "type1-encrypted-comments": lambda: pdf(r11c.type1_encrypted_comment),
    "type1-names": lambda: pdf(r11c.type1_name_values),
}


def rendered(data: bytes) -> list[bytes]:
    """RGB pixels of every page as `pdftoppm -r 50` draws them."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(source), str(Path(folder) / "p")],
                       check=True, capture_output=True)
        pages = []
        for page in sorted(Path(folder).glob("p*.png")):
            with Image.open(page) as image:
                pages.append(image.convert("RGB").tobytes())
        return pages


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_cleaning_leaves_every_pixel_as_poppler_draws_it(name: str) -> None:
    original = BUILDERS[name]()
    result = clean_attachment(original, "a.pdf")
    assert result.cleaning in ("cleaned", "partly-cleaned")  # stamps are warned
    assert result.data != original
    before = rendered(original)
    blank = name in ("document-id", "xmp-declared", "xmp-utf16", "descriptions-device-names")
    assert blank or any(len(set(page)) > 1 for page in before), "nothing drawn to compare"
    assert rendered(result.data) == before
