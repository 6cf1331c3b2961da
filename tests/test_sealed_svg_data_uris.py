"""Review r11g (N1, N2, N4, N6, N7): pictures and drawings inside an SVG in every `data:` form
RFC 2397 allows, and paths outside attributes, were sealed as they were and told "cleaned".

A picture under `data:image/jpeg;charset=utf-8;base64,`, `data:application/octet-stream;base64,`
or `data:image/jpeg;name=IMG_2045.jpg;base64,` kept its EXIF (and the path recogniser cut its
base64); an inner drawing percent-encoded (`data:image/svg+xml;utf8,%3Csvg…`) passed byte for
byte; a CSS `url(data:…)` picture was replaced by `removed-path`; an XHTML `<img src>` kept
the camera's file name; `<title>`, `<desc>` and CSS comments kept folders. Through the real
path (attach, save, seal, stock `age -d`, `tar`); the sealed drawing and what is inside it are
read with exiftool and byte by byte.
"""

# ruff: noqa: E501 (SVG is kept as the editors write it)

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes

import pytest
from media_kit import CANARY, canaries, exiftool, frames, identifying_tags
from office_types_kit import seal
from svg_kit import photo

_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">'
_INNER = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
          'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="4" height="4" '
          'sodipodi:docname="CANARY kaart Jan Jansen.svg" inkscape:export-filename="/home/CANARYjan/Bureaublad/kaart.png">'
          '<metadata>CANARY Jan Jansen SN4711</metadata><rect width="4" height="4" fill="#00f"/></svg>')


def _sealed(tmp_path: Path, body: str) -> tuple[bytes, dict, object]:
    sealed = seal(tmp_path, {"kaart.svg": (_HEAD + body + "</svg>").encode()})
    assert sealed.members == ["signal.json", "attachments/01-attachment-1.svg"]
    data = sealed.files[sealed.members[1]]
    assert exiftool(data)["File:FileType"] == "SVG"
    return data, sealed.signal["attachments"][0], sealed


def _uris(svg: bytes) -> list[bytes]:
    return re.findall(rb'data:[^"\')]*', svg)


@pytest.mark.parametrize("header", [
    "data:image/jpeg;charset=utf-8;base64,",
    "data:application/octet-stream;base64,",
    "data:image/jpeg;name=CANARY_IMG_2045.jpg;base64,",
    "DATA:image/JPEG;base64,",
])
def test_a_picture_in_any_base64_data_uri_form_is_cleaned_by_its_bytes_and_still_decodes(tmp_path: Path, header: str) -> None:
    picture = photo()
    assert identifying_tags(picture)
    data, entry, sealed = _sealed(tmp_path, f'<image width="16" height="8" xlink:href="{header}{base64.b64encode(picture).decode()}"/>')
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    assert CANARY not in data and canaries(data) == [] and b"removed-path" not in data
    [uri] = _uris(data)
    assert uri.startswith(b"data:image/jpeg;base64,")  # the type the bytes have; no name=
    inside = base64.b64decode(uri.split(b",", 1)[1])
    assert canaries(inside) == [] and identifying_tags(inside) == []
    assert frames(inside) == frames(picture)  # the same picture, whole


@pytest.mark.parametrize("header", ["data:image/svg+xml;utf8,", "data:image/svg+xml,", "data:image/svg+xml;charset=utf-8,"])
def test_a_percent_encoded_inner_drawing_is_cleaned_as_a_drawing_and_encoded_again(tmp_path: Path, header: str) -> None:
    data, entry, sealed = _sealed(tmp_path, f'<image width="4" height="4" href="{header}{quote(_INNER)}"/>')
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    [uri] = _uris(data)
    assert uri.startswith(b"data:image/svg+xml,")
    inner = unquote_to_bytes(uri.split(b",", 1)[1].decode().replace("&amp;", "&"))
    assert CANARY not in inner and b"jansen" not in inner.lower() and b"/home/" not in inner
    assert b'<rect width="4" height="4" fill="#00f"' in inner and exiftool(inner)["File:FileType"] == "SVG"


def test_a_base64_inner_drawing_is_cleaned_as_a_drawing(tmp_path: Path) -> None:
    data, entry, _ = _sealed(tmp_path, f'<image width="4" height="4" href="data:image/svg+xml;base64,{base64.b64encode(_INNER.encode()).decode()}"/>')
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    [uri] = _uris(data)
    inner = base64.b64decode(uri.split(b",", 1)[1])
    assert CANARY not in inner and b"/home/" not in inner and b"<rect" in inner


def test_a_data_uri_that_cannot_be_cleaned_is_kept_without_its_parameters_and_told(tmp_path: Path) -> None:
    payload = base64.b64encode(b"\x00\x01 not a picture //4A//").decode()
    data, entry, _ = _sealed(tmp_path, f'<image width="4" height="4" href="data:application/octet-stream;name=CANARY.bin;base64,{payload}"/>')
    assert (entry["cleaning"], entry["warnings"]) == ("partly-cleaned", ["office_embedded_media_not_cleaned"])
    assert _uris(data) == [f"data:application/octet-stream;base64,{payload}".encode()]  # kept whole, never cut as a path
    assert CANARY not in data


def test_a_css_data_url_picture_is_cleaned_not_dropped(tmp_path: Path) -> None:
    picture = photo()
    body = (f'<foreignObject width="16" height="8"><div xmlns="http://www.w3.org/1999/xhtml" '
            f'style="background-image:url(data:image/jpeg;base64,{base64.b64encode(picture).decode()})"/></foreignObject>'
            f'<style>rect {{ fill: url("data:image/jpeg;charset=utf-8;base64,{base64.b64encode(picture).decode()}"); }}</style>')
    data, entry, _ = _sealed(tmp_path, body)
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert b"removed-path" not in data and CANARY not in data
    uris = _uris(data)
    assert len(uris) == 2
    for uri in uris:
        inside = base64.b64decode(uri.split(b",", 1)[1])
        assert identifying_tags(inside) == [] and frames(inside) == frames(picture)


def test_bare_file_names_in_src_poster_and_object_data_are_neutralised(tmp_path: Path) -> None:
    body = ('<foreignObject width="16" height="8"><div xmlns="http://www.w3.org/1999/xhtml">'
            '<img src="IMG_20240512_143012 CANARY Jan Jansen.jpg"/><video poster="CANARY_VID_0001.jpg"/>'
            '<object data="CANARY plattegrond.pdf"/></div></foreignObject>')
    data, entry, _ = _sealed(tmp_path, body)
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert CANARY not in data
    assert data.count(b'"removed-path"') == 3


def test_paths_in_title_desc_and_css_comments_are_removed(tmp_path: Path) -> None:
    body = ('<g><title>C:\\Users\\CANARYjan\\Desktop\\kaart.svg</title><desc>Getekend uit /Users/CANARYjan/Documents/kaart.ai</desc>'
            '<style>/* fonts in C:\\Users\\CANARYjan\\fonts */ @import "/home/CANARYjan/eigen.css"; rect { fill: red; }</style>'
            '<rect width="4" height="4"/></g>')  # a group's own title (the drawing's goes whole: test_sealed_svg_names)
    data, entry, _ = _sealed(tmp_path, body)
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert CANARY not in data and canaries(data) == []
    assert b"rect { fill: red; }" in data and b"<title>removed-path</title><desc>removed-path</desc>" in data
