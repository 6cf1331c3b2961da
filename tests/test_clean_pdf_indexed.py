"""A palette picture inside a PDF reaches the office as it was drawn (review r11m R11M-22).

The path scrubber read every string in every array as text, so an `/Indexed` lookup holding
the bytes 0x5C 0x5C (the grey (92,92,92)) followed by a letter was cut as a network path
`\\\\host…`: poppler refused the short lookup and the picture was gone from the evidence.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdf_palette_kit as kit
import pytest

from intake_app.media.clean import clean_attachment
from intake_app.media.pdf_objects import neutral_text


def _render(data: bytes, folder: Path, name: str) -> bytes:
    """The first page rendered by poppler's pdftoppm at 72 dpi, as PPM bytes."""
    source = folder / f"{name}.pdf"
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "72", "-singlefile", source, folder / name],
                   check=True, timeout=60, capture_output=True)
    return (folder / f"{name}.ppm").read_bytes()


@pytest.mark.parametrize("build", [kit.grey_ramp_pdf, kit.bright_ramp_pdf, kit.photo_pdf],
                         ids=["grey-ramp", "bright-ramp-that-reads-as-text", "photo"])
def test_an_indexed_lookup_is_byte_identical_and_draws_the_same_after_cleaning(
        build: object, tmp_path: Path) -> None:
    original = build()  # type: ignore[operator]
    result = clean_attachment(original, "a.pdf")
    assert result.cleaning == "cleaned", result
    assert kit.lookup_of(result.data) == kit.lookup_of(original)
    assert kit.pixels_of(result.data) == kit.pixels_of(original)
    if shutil.which("pdftoppm"):  # poppler refused the cut lookup: "lookup table string too short"
        assert _render(result.data, tmp_path, "after") == _render(original, tmp_path, "before")


def test_binary_strings_are_not_read_for_paths_but_text_strings_are() -> None:
    binary = "ZZZ[[[\\\\\\]]]^^^" + "".join(chr(c) for c in range(0, 24))
    assert neutral_text("/AcmeData", binary) == binary
    for text in ("zie C:\\Users\\jjansen\\nota.pdf", "C:\\Users\\jjansen\\nota.pdf\x00\x00"):
        assert "jjansen" not in neutral_text("/AcmeData", text)
