"""A safe base name for an attachment, with the extension that matches its content, and the
neutral name it is sealed under.

The liaison's own file name (`IMG_20240512_143012_Anna_Jansen_Utrecht.jpg`) is kept in the vault,
for the editor; the sealed item never holds it: a name can itself identify a reporter, a person
in the picture, a place or a moment (`sealed_name`, docs/CLEANING.md row `attachment-file-name`).
"""

from __future__ import annotations

import posixpath
import unicodedata

from intake_app.domain.signal_checks import MAX_ATTACHMENT_NAME_BYTES
from intake_app.media import sniff

MAX_NAME_BYTES = MAX_ATTACHMENT_NAME_BYTES - 4
"""What the cleaner produces: 4 bytes under the format's limit, as it always has (96)."""

FALLBACK_STEM = "attachment"
SEALED_STEM = "attachment"
UNKNOWN_EXTENSION = ".bin"
"""The sealed extension of content whose type Seinpost does not know (`sealed_name`)."""

# The first extension is the one given when the original does not fit the content.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    sniff.JPEG: (".jpg", ".jpeg", ".jpe"),
    sniff.PNG: (".png",),
    sniff.GIF: (".gif",),
    sniff.WEBP: (".webp",),
    sniff.TIFF: (".tif", ".tiff"),
    sniff.HEIC: (".heic", ".heif"),
    sniff.AVIF: (".avif",),
    sniff.PDF: (".pdf",),
    sniff.ZIP: (".zip",),
    sniff.DOCX: (".docx",),
    sniff.XLSX: (".xlsx",),
    sniff.PPTX: (".pptx",),
    sniff.DOC: (".doc",),
    sniff.XLS: (".xls",),
    sniff.PPT: (".ppt",),
    sniff.MP4: (".mp4", ".m4v"),
    sniff.QUICKTIME: (".mov",),
    sniff.M4A: (".m4a",),
    sniff.MP3: (".mp3",),
    sniff.WAV: (".wav",),
    sniff.OGG: (".ogg", ".oga", ".opus"),
    sniff.TEXT: (".txt",),
    sniff.RTF: (".rtf",),
    sniff.SVG: (".svg",),
    sniff.SVGZ: (".svgz",),
    sniff.EML: (".eml",),
    sniff.POSTSCRIPT: (".ps", ".eps", ".epsf", ".epsi"),
    sniff.PNM: (".pnm", ".pbm", ".pgm", ".ppm"),
    sniff.ODT: (".odt",),
    sniff.ODS: (".ods",),
    sniff.ODP: (".odp",),
    sniff.ODG: (".odg",),
    f"{sniff.ODT}-template": (".ott",),
    f"{sniff.ODS}-template": (".ots",),
    f"{sniff.ODP}-template": (".otp",),
    f"{sniff.ODG}-template": (".otg",),
}

_FORBIDDEN = set('<>:"/\\|?*')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{port}{i}" for port in ("com", "lpt") for i in range(10)
}


def suggested_name(filename: str, media_type: str) -> str:
    """`filename` reduced to a safe base name whose extension fits `media_type`.

    No path parts, no control or reserved characters, not a Windows device name, at most
    `MAX_NAME_BYTES` of UTF-8. Content of unknown type keeps its own extension if that is safe.
    """
    base = posixpath.basename(filename.replace("\\", "/"))
    base = unicodedata.normalize("NFC", base)
    base = "".join("_" if _unsafe(ch) else ch for ch in base).strip(" .")
    stem, ext = posixpath.splitext(base)
    ext = ext.lower()
    allowed = EXTENSIONS.get(media_type)
    if allowed is not None and ext not in allowed:
        ext = allowed[0]
    elif allowed is None and not ext[1:].isalnum():
        ext = ""
    stem = stem.strip(" .") or FALLBACK_STEM
    if stem.lower() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    ext = ext[:16]
    room = MAX_NAME_BYTES - len(ext.encode("utf-8"))
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .") or FALLBACK_STEM
    return stem + ext


def _unsafe(ch: str) -> bool:
    invisible = unicodedata.category(ch) in ("Cf", "Zl", "Zp")  # e.g. right-to-left overrides
    return ch in _FORBIDDEN or not ch.isprintable() or invisible


def sealed_name(position: int, name: str, media_type: str) -> str:
    """The neutral base name the attachment at `position` (from 1), stored as `name` with
    sniffed `media_type`, is sealed under: `attachment-<position>` and an extension Seinpost
    gives that type (the stored one when it is among them, `suggested_name` matched it). For
    content Seinpost does not recognise (no entry in EXTENSIONS: `application/octet-stream`, an
    OLE2 file of another kind) `.bin`: the stored name keeps the liaison's own extension, and a
    word after the last dot is what people type ("Verklaring_mw.Yilmaz", "notes_A.Jansen"),
    so it stays in the vault (review r11k R11K-5)."""
    allowed = EXTENSIONS.get(media_type)
    if allowed is None:
        return f"{SEALED_STEM}-{position}{UNKNOWN_EXTENSION}"
    ext = posixpath.splitext(name)[1].lower()
    return f"{SEALED_STEM}-{position}{ext if ext in allowed else allowed[0]}"
