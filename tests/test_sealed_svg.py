"""Review r11e (side finding): an SVG drawing was sealed as it is, under `.txt`. Now it is
sealed as `.svg` and cleaned: what Inkscape, Illustrator and other editors write about the
document and its maker (its file name and folder, export paths, metadata, comments, private
data) goes, and a picture embedded in it loses its EXIF; what the drawing shows stays.

Through the real path (attach, save, seal, stock `age -d`, `tar`); the sealed drawing and the
picture inside it are read with exiftool and byte by byte.
"""

# ruff: noqa: E501 (SVG is kept as the editors write it)

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from media_kit import CANARY, canaries, exiftool, frames, identifying_tags
from office_types_kit import seal
from svg_kit import compressed, drawing, embedded, photo

from intake_app.media.result import UNREADABLE_SVG

SVG_NS = "{http://www.w3.org/2000/svg}"


def _drawn(svg: bytes) -> list[tuple[str, dict[str, str]]]:
    """Each SVG element and its SVG attributes, but the linked or embedded pictures' targets."""
    shown = []
    for element in ET.fromstring(svg).iter():
        if element.tag.startswith(SVG_NS) and element.tag != f"{SVG_NS}metadata":
            shown.append((element.tag, {k: v for k, v in element.attrib.items() if not k.startswith("{") or ("xlink" in k and "#" in v)}))
    return shown


def test_an_svg_is_sealed_as_svg_without_its_makers_data_and_draws_the_same(tmp_path: Path) -> None:
    picture = photo()
    original = drawing(picture)
    assert identifying_tags(picture) and identifying_tags(original)  # exiftool does see them
    sealed = seal(tmp_path, {"CANARY kaart.svg": original})
    assert sealed.members == ["signal.json", "attachments/01-attachment-1.svg"]
    data = sealed.files[sealed.members[1]]
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert (sealed.forecasts[0].cleaning, sealed.forecasts[0].stored_name) == ("cleaned", "CANARY kaart.svg")
    assert (sealed.outcomes[0].code, sealed.outcomes[0].warnings) == ("media.cleaned", ())
    assert CANARY not in data and canaries(data) == []
    assert exiftool(data)["File:FileType"] == "SVG" and identifying_tags(data) == []
    assert b"inkscape" not in data.lower() and b"sodipodi" not in data.lower() and b"<!--" not in data
    inside = embedded(data)
    assert canaries(inside) == [] and identifying_tags(inside) == []
    assert frames(inside) == frames(picture)  # the same pixels: rebuilt losslessly
    assert _drawn(data) == _drawn(original)  # every shape, text and attribute that draws
    assert re.search(rb'id="image2" xlink:href="removed-path"', data)
    assert b"src: url(removed-path); }</style>" in data  # the path goes, the style still reads


def test_an_svg_whose_entities_nest_is_sealed_as_svg_as_it_is_and_told(tmp_path: Path) -> None:
    """Plain-string entities (Illustrator's) are expanded and cleaned since review r11h F1
    (`tests/test_forecast_agrees_r11h.py`); one that refers to another is refused."""
    original = (b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "x"><!ENTITY b "&a;&a;">]>\n'
                b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><!-- CANARY --><rect width="4" height="4"/></svg>')
    sealed = seal(tmp_path, {"a.svg": original})
    assert sealed.members == ["signal.json", "attachments/01-attachment-1.svg"]
    assert sealed.files[sealed.members[1]] == original
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("not-cleanable", [UNREADABLE_SVG])
    assert (sealed.outcomes[0].code, sealed.outcomes[0].warnings) == ("media.not_cleanable", (UNREADABLE_SVG,))
    assert (sealed.forecasts[0].cleaning, sealed.forecasts[0].warnings) == ("not-cleanable", (UNREADABLE_SVG,))


def _cleaned_as_svg(tmp_path: Path, name: str, original: bytes) -> bytes:
    """`original` sealed through the real path as `name`: it must come out as a cleaned `.svg`,
    forecast so before saving, with nothing of its maker; the sealed drawing."""
    sealed = seal(tmp_path, {name: original})
    assert sealed.members == ["signal.json", "attachments/01-attachment-1.svg"]
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    assert Path(sealed.forecasts[0].stored_name).suffix == ".svg"
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == []
    assert exiftool(data)["File:FileType"] == "SVG" and identifying_tags(data) == []
    assert canaries(embedded(data)) == [] and identifying_tags(embedded(data)) == []
    return data


def test_an_svg_whose_drawing_starts_after_kilobytes_of_comments_is_cleaned(tmp_path: Path) -> None:
    """The issue's last stop: an SVG whose `<svg>` starts after the first 4 KB (Illustrator's
    and other tools' long header comments, a DOCTYPE) was sniffed as text and sealed as it is."""
    notice = "".join(f"<!-- Generator: CANARY Illustrator plug-in, licensed to Jan Jansen, line {n} -->\n" for n in range(80))
    original = drawing(photo()).replace(
        b"<svg ", notice.encode() + b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg ', 1)
    assert original.index(b"<svg ") > 4096
    data = _cleaned_as_svg(tmp_path, "kaart.svg", original)
    assert _drawn(data) == _drawn(original)


def test_a_compressed_svgz_drawing_is_cleaned_and_sealed_as_svg(tmp_path: Path) -> None:
    """An `.svgz` (gzip; Inkscape's "Compressed Inkscape SVG") was sealed as it is, with gzip's
    own header naming the file. It is cleaned and sealed as the plain drawing."""
    packed = compressed(drawing(photo()))
    assert CANARY in packed[:64]  # the gzip header's file name
    data = _cleaned_as_svg(tmp_path, "kaart.svgz", packed)
    assert _drawn(data) == _drawn(drawing(photo()))
