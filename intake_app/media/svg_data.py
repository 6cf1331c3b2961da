"""`data:` URIs inside an SVG drawing (RFC 2397), cleaned by what their bytes are.

A drawing embeds pictures and drawings as `data:[<type>][;<parameter>]*[;base64],<data>` in
`href`, `src` and CSS `url(…)`. Editors and web tools write every form: with parameters
(`;charset=utf-8`, `;name=IMG_2045.jpg`), with a type that is not the picture's
(`application/octet-stream`), and percent-encoded rather than base64 (`image/svg+xml;utf8,%3Csvg…`).
Review r11g (N1, N2, N6) found those passing as they were, or cut by the path recogniser.

Here the whole URI is read; its bytes are cleaned by the type they *have* (sniffed; the declared
type is not trusted): a raster picture as a picture inside an Office file, an inner SVG with the
SVG cleaner (at most `MAX_NESTING` deep), and the URI is written anew in the form it came in,
with the cleaned type and no parameters (a `name=` is the picture's file name). One that
cannot be cleaned is kept, its parameters dropped, and warned `office_embedded_media_not_cleaned`.
The path recogniser never reads a `data:` URI: base64 can look like a path (`//4A…`).
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import quote, unquote_to_bytes

from intake_app.media import sniff
from intake_app.media.picture_clean import clean_picture
from intake_app.media.result import OFFICE_EMBEDDED_MEDIA_NOT_CLEANED, NotCleanable

MAX_NESTING = 3
"""How many drawings deep a drawing inside a drawing is cleaned; deeper ones are kept and warned."""
_DATA = re.compile(r"\A\s*+data:([^,]*+),(.*)\Z", re.IGNORECASE | re.DOTALL)
_SAFE = " /:=;,'()!*+@?&$"
"""Kept when a cleaned drawing is percent-encoded again (and letters, digits, `_.-~`)."""


def is_data_uri(value: str) -> bool:
    """True when `value` (an attribute or CSS `url()` value) is a `data:` URI."""
    return value.lstrip()[:5].lower() == "data:"


def cleaned_data_uri(value: str, warnings: list[str], depth: int) -> str:
    """`value` (a `data:` URI per RFC 2397) with its content cleaned, written anew as
    `data:<type>[;base64],<data>` in the encoding it came in; kept without its parameters (and
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED added to `warnings`) when its bytes are no picture or
    drawing Seinpost cleans, or are damaged. `depth` is how many drawings this one is inside."""
    found = _DATA.match(value)
    if found is None:  # "data:" without its comma: nothing a viewer shows
        _warn(warnings)
        return "data:,"
    header, payload = found.group(1), found.group(2)
    parts = [part.strip() for part in header.split(";")]
    is_base64 = len(parts) > 1 and parts[-1].lower() == "base64"
    declared = parts[0].lower()
    content = _decoded(payload, is_base64)
    cleaned = _cleaned(content, warnings, depth) if content else None
    if cleaned is None:
        _warn(warnings)
        return f"data:{declared}{';base64' if is_base64 else ''},{payload}"
    data, media_type = cleaned
    if is_base64:
        return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"
    return f"data:{media_type},{quote(data, safe=_SAFE)}"


def _decoded(payload: str, is_base64: bool) -> bytes:
    raw = unquote_to_bytes(payload)  # RFC 2397: base64 may be percent-encoded too
    if not is_base64:
        return raw
    try:
        return base64.b64decode(b"".join(raw.split()), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _cleaned(content: bytes, warnings: list[str], depth: int) -> tuple[bytes, str] | None:
    from intake_app.media.svg import clean_svg_at

    media_type = sniff.sniff_media_type(content[: sniff.SNIFF_BYTES], "")
    if media_type == sniff.SVG:
        if depth >= MAX_NESTING:
            return None
        try:
            drawing = clean_svg_at(content, depth + 1)
        except NotCleanable:
            return None
        for code in drawing.warnings:
            if code not in warnings:
                warnings.append(code)
        return drawing.data, sniff.SVG
    picture = clean_picture(content, warnings)
    return None if picture is None else (picture, media_type)


def _warn(warnings: list[str]) -> None:
    if OFFICE_EMBEDDED_MEDIA_NOT_CLEANED not in warnings:
        warnings.append(OFFICE_EMBEDDED_MEDIA_NOT_CLEANED)
