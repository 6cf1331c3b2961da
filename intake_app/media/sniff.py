"""Media type from the first bytes of a file, never from its name alone.

The extension is only used to tell apart container formats whose first bytes look the same (a
.docx and a .zip both start with a ZIP header); it never turns unknown bytes into a known type.
"""

from __future__ import annotations

import posixpath
import re
import zlib

from intake_app.media import zip_directory
from intake_app.media.zip_directory import ReadAt

SNIFF_BYTES = 4096
"""How much of the head `sniff_media_type` looks at."""

JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
WEBP = "image/webp"
TIFF = "image/tiff"
HEIC = "image/heic"
AVIF = "image/avif"
PDF = "application/pdf"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
OLE2 = "application/x-ole-storage"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
MP4 = "video/mp4"
QUICKTIME = "video/quicktime"
M4A = "audio/mp4"
MP3 = "audio/mpeg"
WAV = "audio/wav"
OGG = "audio/ogg"
TEXT = "text/plain"
RTF = "text/rtf"
SVG = "image/svg+xml"
SVGZ = "image/svg+xml-compressed"
"""An SVG compressed with gzip (`.svgz`): cleaned, and sealed as the plain `.svg`."""
_GZIP = b"\x1f\x8b\x08"
EML = "message/rfc822"
POSTSCRIPT = "application/postscript"
"""PostScript and EPS, told by their first characters (`%!PS`): not cleaned, sealed as `.ps` or
`.eps`, not `.txt` (review r11i L5). Its comments name the maker (`%%For`, `%%Creator`)."""
PNM = "image/x-portable-anymap"
"""A netpbm picture written as text (P1, P2, P3: `.pbm`, `.pgm`, `.ppm`), told by its magic
number: not cleaned, sealed under its own extension, not `.txt` (review r11i L5)."""
_NETPBM_TEXT = re.compile(r"\AP[123][ \t\r\n#]")
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
ODG = "application/vnd.oasis.opendocument.graphics"
OPENDOCUMENT_TYPES = frozenset(
    {ODT, ODS, ODP, ODG} | {f"{kind}-template" for kind in (ODT, ODS, ODP, ODG)})
"""An OpenDocument package names its own type in its first entry, `mimetype` (ODF 1.3 Part 2
§3.3): LibreOffice's files are not cleaned, but sealed under their own extension, not `.zip`."""
OCTET_STREAM = "application/octet-stream"

OOXML_BY_EXTENSION = {
    **dict.fromkeys((".docx", ".docm", ".dotx", ".dotm"), DOCX),
    **dict.fromkeys((".xlsx", ".xlsm", ".xltx", ".xltm", ".xlam"), XLSX),
    **dict.fromkeys((".pptx", ".pptm", ".potx", ".potm", ".ppsx", ".ppsm", ".ppam"), PPTX),
}
"""Templates, macro-enabled files and slide shows too: they are cleaned and sealed as the plain
document (`media.office_package_type`)."""
OOXML_BY_MAIN_PART = {
    b"word/document.xml": DOCX,
    b"xl/workbook.xml": XLSX,
    b"ppt/presentation.xml": PPTX,
}
OLE2_BY_EXTENSION = {".doc": DOC, ".xls": XLS, ".ppt": PPT}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_HEVC_BRANDS = _HEIF_BRANDS - {b"mif1", b"msf1"}
"""Brands that name HEVC-coded pictures: HEIC whatever else the file lists."""
_AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P "}


def extension_of(filename: str) -> str:
    """The lower-case extension of the last path part of `filename` ("" if none)."""
    base = posixpath.basename(filename.replace("\\", "/"))
    return posixpath.splitext(base)[1].lower()


def plain_archive(media_type: str, filename: str) -> bool:
    """Whether a file sniffed as `media_type` is a ZIP archive not named as an Office file: the
    Office cleaner still gets it (an Office package whose first entries did not show it), but
    it is forecast and told as a kind Seinpost cannot clean, never as a damaged Office document
    (review r12aa A5)."""
    return media_type == ZIP and extension_of(filename) not in OOXML_BY_EXTENSION


def sniff_media_type(head: bytes, filename: str, *, read_at: ReadAt | None = None,
                     size: int = 0) -> str:
    """The media type of a file from its first bytes (at least `SNIFF_BYTES` where there are;
    `sniff_window` of the file where an XML prologue or gzip asks for more). With `read_at`
    (the whole file of `size` bytes, `zip_directory.ReadAt`), a ZIP whose first bytes do not
    name its kind is told by its central directory, at its end (review r11k R11K-6)."""
    window = head[:MAX_PROLOGUE_BYTES]
    head = head[:SNIFF_BYTES]
    ext = extension_of(filename)
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(head)
    if head.startswith(b"%PDF-") or (ext == ".pdf" and b"%PDF-" in head[:1024]):
        return PDF  # readers accept a little junk before the header of a file named .pdf
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(head, ext, read_at, size)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE2_BY_EXTENSION.get(ext, OLE2)
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return MP3
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(_GZIP):
        inner = gunzipped_head(window)
        return SVGZ if _looks_like_text(inner[:SNIFF_BYTES]) and _is_svg(
            inner.decode("utf-8", "replace").lstrip("\ufeff")) else OCTET_STREAM
    if _looks_like_text(head):
        return _text_kind(window, ext)
    return OCTET_STREAM


def _sniff_iso_media(head: bytes) -> str:
    """ISO base media files (HEIF, AVIF, MP4, MOV) by their major and compatible brands."""
    box_size = int.from_bytes(head[:4], "big")
    end = min(max(box_size, 16), len(head))
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, end - 3, 4)}
    major = head[8:12]
    # AVIF may name the generic image brands (mif1, miaf) first and `avif` among the compatible
    # ones (Netflix's samples do: review r11h H5); only an HEVC brand first makes it HEIC.
    if major in _HEVC_BRANDS:
        return HEIC
    if brands & _AVIF_BRANDS:
        return AVIF
    if brands & _HEIF_BRANDS:
        return HEIC
    if major == b"qt  ":
        return QUICKTIME
    if major in _AUDIO_MP4_BRANDS:
        return M4A
    return MP4


def _sniff_zip(head: bytes, ext: str, read_at: ReadAt | None, size: int) -> str:
    if head[30:38] == b"mimetype":  # the first entry, stored: its bytes follow its header
        start = 38 + int.from_bytes(head[28:30], "little")
        declared = head[start : start + int.from_bytes(head[18:22], "little")]
        if declared.decode("ascii", "replace") in OPENDOCUMENT_TYPES:
            return declared.decode("ascii")
    for part, media_type in OOXML_BY_MAIN_PART.items():
        if part in head or re.search(re.escape(part[:-4]) + rb"\d+\.xml", head):
            return media_type  # Word for the web's word/document2.xml too (review r11h W1)
    listed = zip_directory.entries(read_at, size) if read_at is not None else None
    if listed is not None:
        return _zip_kind(listed, ext, read_at)  # type: ignore[arg-type]
    if b"[Content_Types].xml" in head and ext in OOXML_BY_EXTENSION:
        return OOXML_BY_EXTENSION[ext]
    return ZIP


def _zip_kind(listed: dict[bytes, zip_directory.Entry], ext: str, read_at: ReadAt) -> str:
    """What a ZIP's central directory (`listed`) says it is: an OpenDocument package by its
    `mimetype` entry (stored, wherever it lies), an Office package by its main part (or its
    `[Content_Types].xml` and an Office extension), else a plain ZIP."""
    if b"mimetype" in listed:
        declared = zip_directory.stored_content(read_at, listed[b"mimetype"], 128) or b""
        if declared.decode("ascii", "replace") in OPENDOCUMENT_TYPES:
            return declared.decode("ascii")
    for part, media_type in OOXML_BY_MAIN_PART.items():
        numbered = re.compile(re.escape(part[:-4]) + rb"\d+\.xml\Z")
        if part in listed or any(numbered.match(name) for name in listed):
            return media_type
    if b"[Content_Types].xml" in listed and ext in OOXML_BY_EXTENSION:
        return OOXML_BY_EXTENSION[ext]
    return ZIP


_SVG_ROOT = re.compile(r"<(?:[\w.-]+:)?svg[\s/>]")
MAX_PROLOGUE_BYTES = 1024 * 1024
"""How far an XML document's prologue (declaration, comments, DOCTYPE) is read to find its first
element: Illustrator and Inkscape can write kilobytes of comments and entity declarations
before `<svg>` (a head of `SNIFF_BYTES` did not reach it: the drawing was sealed as text)."""
_UNFINISHED = -1


def _first_element(text: str) -> int | None:
    """Where the first element of an XML document starts in `text`, after white space, an XML
    declaration, processing instructions, comments and a DOCTYPE (with an internal subset);
    `_UNFINISHED` when `text` ends inside that prologue; None when `text` is no XML prologue.
    One pass, no backtracking: the text comes from outside."""
    at = 0
    while True:
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if at == len(text):
            return _UNFINISHED
        if text.startswith("<?", at) or text.startswith("<!--", at):
            end = text.find("?>" if text[at + 1] == "?" else "-->", at + 2)
            if end < 0:
                return _UNFINISHED
            at = end + (2 if text[at + 1] == "?" else 3)
        elif text.startswith("<!DOCTYPE", at):
            at = _doctype_end(text, at)
            if at < 0:
                return _UNFINISHED
        elif text.startswith("<", at) and len(text) > at + 1:
            return at
        elif "<!DOCTYPE".startswith(text[at:]) or "<!--".startswith(text[at:]):
            return _UNFINISHED
        else:
            return None


def _doctype_end(text: str, at: int) -> int:
    """The index after a DOCTYPE starting at `at` (its internal subset `[…]` skipped, quoted
    literals in it too), or -1 when `text` ends first."""
    quote = ""
    subset = False
    for index in range(at + 9, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "[":
            subset = True
        elif char == "]":
            subset = False
        elif char == ">" and not subset:
            return index + 1
    return -1


def wants_more(head: bytes) -> bool:
    """Whether a file whose first `SNIFF_BYTES` are `head` must be read further (up to
    `MAX_PROLOGUE_BYTES`) to tell its kind: text that ends inside an XML prologue, or gzip
    (an SVG compressed as `.svgz` is told by what it holds)."""
    if head.startswith(_GZIP):
        return True
    if len(head) < SNIFF_BYTES or not _looks_like_text(head):
        return False
    return _first_element(head.decode("utf-8", "replace").lstrip("\ufeff")) == _UNFINISHED


def sniff_window(data: bytes) -> bytes:
    """The bytes of the whole file `data` that `sniff_media_type` needs."""
    head = data[:SNIFF_BYTES]
    return data[:MAX_PROLOGUE_BYTES] if wants_more(head) else head


def _is_svg(text: str) -> bool:
    start = _first_element(text)
    return start is not None and start >= 0 and _SVG_ROOT.match(text, start) is not None


def gunzipped_head(window: bytes) -> bytes:
    """What the gzip data `window` holds, as far as it goes and at most `MAX_PROLOGUE_BYTES`
    (b"" when it is not gzip that can be read)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(window, MAX_PROLOGUE_BYTES)
    except zlib.error:
        return b""


_HEADER_LINE = re.compile(r"\A[!-9;-~]++:[ \t]")
_MAIL_HEADERS = re.compile(r"^(?:received|message-id|mime-version|return-path|delivered-to):",
                           re.IGNORECASE | re.MULTILINE)


def _text_kind(head: bytes, ext: str) -> str:
    """RTF, PostScript, a netpbm picture, SVG or a mail message (`.eml`) by their first
    characters, else plain text. Only SVG is cleaned; each is stored and sealed under its own
    extension, not `.txt`."""
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    if text.startswith("{\\rtf"):
        return RTF
    if text.startswith("%!PS"):
        return POSTSCRIPT
    if _NETPBM_TEXT.match(text):
        return PNM
    if _is_svg(text):
        return SVG
    if _HEADER_LINE.match(text) and (ext == ".eml" or (
            re.search(r"^from:", text, re.IGNORECASE | re.MULTILINE)
            and _MAIL_HEADERS.search(text))):
        return EML
    return TEXT


_BYTE_ORDER_MARKS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                     (b"\xfe\xff", "utf-16-be"))
"""Notepad, Excel's "CSV UTF-8" and PowerShell start text with one of these."""


def _looks_like_text(head: bytes) -> bool:
    """Printable UTF-8, or UTF-8 or UTF-16 after a byte order mark (U+FEFF, not printable)."""
    encoding = "utf-8"
    for mark, name in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            head, encoding = head[len(mark) :], name
            break
    else:
        if not head:
            return False
    try:
        text = head.decode(encoding)
    except UnicodeDecodeError as exc:
        # a multi-byte character cut off at the end of the head is still text
        if exc.start < len(head) - 3:
            return False
        text = head[: exc.start].decode(encoding)
    return all(ch.isprintable() or ch in "\t\n\r\f" for ch in text)
