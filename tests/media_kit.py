"""What the media tests look at: the real `exiftool`, every part of a file, every frame's pixels.

A cleaned file is checked the way a suspicious user would: exiftool's full listing (all groups,
unknown tags too), a plain search for the canary text in the file and in every part a ZIP holds,
and, for pictures, the pixels of every frame as a viewer composes them.
"""

from __future__ import annotations

import io
import json
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pikepdf
import pillow_heif
from PIL import Image, ImageOps, ImageSequence

pillow_heif.register_heif_opener()  # `frames` reads HEIC originals (images loads it lazily)


CANARY = b"CANARY"
"""Every name, device, place or path planted in a test file contains this word."""

# exiftool groups that describe the file itself (size, type, dimensions), not its maker
_NEUTRAL_GROUPS = ("System:", "ExifTool:", "File:", "Composite:")
_EMPTY = ("", "0")
_COLOUR_NAMES = ("chromaticity",)
"""An ICC profile's colour tags whose names hold an identifying word by chance ("city")."""
IDENTIFYING_WORDS = (
    "gps", "make", "model", "serial", "artist", "author", "creator", "lastmodified", "company",
    "manager", "comment", "xmp", "icc", "template", "owner", "hostcomputer", "by-line",
    "copyright", "keywords", "software", "producer", "user", "person", "people", "location",
    "city", "country", "datetimeoriginal", "createdate", "modifydate", "title", "subject",
    "description", "document", "path", "thumbnail", "camera", "lens", "printer",
)


def exiftool(data: bytes) -> dict[str, object]:
    """exiftool's full listing of `data` (`-a -u -G1`), from a private temporary file.

    A file, not stdin: exiftool needs to seek to read the parts of a ZIP (docx, xlsx, pptx).
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "attachment"
        path.write_bytes(data)
        run = subprocess.run(["exiftool", "-j", "-a", "-u", "-G1", str(path)],
                             capture_output=True, check=True)
    return json.loads(run.stdout)[0]


def identifying_tags(data: bytes) -> list[str]:
    """exiftool tags that can name a person, device, place or path, or that hold a canary."""
    found = []
    for tag, value in exiftool(data).items():
        if tag.startswith(_NEUTRAL_GROUPS) or tag == "SourceFile":
            continue
        if tag.startswith("ZIP:"):  # entry names and the 1980 epoch Seinpost writes
            if "CANARY" in str(value).upper():
                found.append(tag)
            continue
        name = tag.lower().split(":", 1)[-1]
        if "CANARY" in str(value).upper():
            found.append(tag)
        elif str(value).strip() in _EMPTY or name.startswith(_COLOUR_NAMES):
            continue  # a field left empty (a cleaned profile's device model) names nobody
        elif any(word in name for word in IDENTIFYING_WORDS):
            found.append(tag)
    return found


def parts(data: bytes) -> dict[str, bytes]:
    """The file's parts: every entry of a ZIP (recursively for ZIPs inside), every object and
    decoded stream of a PDF, and always the file itself ("")."""
    found: dict[str, bytes] = {"": data}
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in package.namelist():
                for inner, body in parts(package.read(name)).items():
                    found[f"{name}!{inner}" if inner else name] = body
    elif data.startswith(b"%PDF-"):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for number, obj in enumerate(pdf.objects):
                if isinstance(obj, pikepdf.Stream):
                    try:
                        found[f"stream {number}"] = obj.read_bytes()
                    except pikepdf.PdfError:
                        found[f"stream {number}"] = obj.read_raw_bytes()
                    found[f"object {number}"] = obj.stream_dict.unparse()
                elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
                    found[f"object {number}"] = obj.unparse()
            found["trailer"] = pdf.trailer.unparse()
    return found


def canaries(data: bytes) -> list[str]:
    """Names of the parts in which a canary is still readable (UTF-8 or UTF-16)."""
    needles = (CANARY, CANARY.lower(), CANARY.decode().encode("utf-16-le"),
               CANARY.decode().encode("utf-16-be"))
    return [name or "(file)" for name, body in parts(data).items()
            if any(needle in body for needle in needles)]


def frames(data: bytes, *, upright: bool = True) -> list[tuple[bytes, int]]:
    """(RGBA bytes, duration in ms) of every frame as a viewer composes it.

    Fully transparent pixels all count as (0, 0, 0, 0): their colour is invisible. With
    `upright`, each frame is turned by its EXIF orientation first.
    """
    result = []
    with Image.open(io.BytesIO(data)) as im:
        for frame in ImageSequence.Iterator(im):
            shown = ImageOps.exif_transpose(frame) if upright else frame.copy()
            rgba = shown.convert("RGBA")
            pixels = bytearray(rgba.tobytes())
            for i in range(0, len(pixels), 4):
                if pixels[i + 3] == 0:
                    pixels[i : i + 4] = b"\x00\x00\x00\x00"
            result.append((bytes(pixels), int(frame.info.get("duration", 0) or 0)))
    return result


def samples(data: bytes) -> tuple[str, tuple[int, int], tuple[object, ...]]:
    """(mode family, size, sample values) of the first frame, for bit-depth checks.

    16-bit grey in either byte order counts as "I;16": the values are what must match.
    """
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        mode = "I;16" if im.mode in ("I;16", "I;16B", "I;16L") else im.mode
        return mode, im.size, tuple(im.get_flattened_data())
