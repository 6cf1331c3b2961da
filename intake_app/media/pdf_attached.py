"""Files attached to a PDF: a picture is cleaned in place, anything else is kept and warned.

A PDF carries whole files in embedded file streams (ISO 32000-2:2020 §7.11.4), reached from a
file specification's /EF dictionary (§7.11.3, Table 43): through the document's /EmbeddedFiles
name tree, a FileAttachment annotation's /FS, or an /AF array. A phone photo attached that way
kept its EXIF (GPS, maker, owner) and its camera file name (review r11l R11L-1: warned, never
cleaned, although a JPEG alone is). Now each attached file whose bytes are a picture Seinpost
cleans on its own is cleaned as a picture inside a Word file is (`picture_clean.clean_picture`:
a JPEG losslessly, keeping its orientation), and its file specification and name-tree key get
a neutral name (`attachment-1.jpg`); its /Params lose the checksum and dates of the original
(§7.11.4.2, Table 45). Every other attached file (a document, an archive, a file whose stream
cannot be decoded) stays byte for byte: the caller warns `pdf_embedded_files_not_cleaned`.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from intake_app.media import sniff
from intake_app.media.picture_clean import clean_picture

_EF_KEYS = (Name.F, Name.UF, Name.DOS, Name.Mac, Name.Unix)
_EXTENSIONS = {sniff.JPEG: "jpg", "image/png": "png", "image/gif": "gif", "image/tiff": "tif",
               "image/webp": "webp"}


def clean_attached_files(pdf: pikepdf.Pdf, specs: list[Dictionary], streams: list[Stream],
                         ) -> tuple[bool, tuple[str, ...]]:
    """Clean every picture attached to `pdf` through the file specifications `specs` (those
    with an /EF, as `pdf_objects.scrub_objects` found them), in place; `streams` are the
    streams typed /EmbeddedFile it found.

    Returns (all_cleaned, warnings): all_cleaned is False when some attached file was left as
    it was (not a picture, one that could not be cleaned, or one of `streams` no specification
    reaches; the caller warns); warnings are the
    cleaned pictures' own (for example `image_cleaned_in_container`), each once, in order.
    """
    all_cleaned = True
    warnings: list[str] = []
    done: dict[tuple[int, int], str | None] = {}  # stream → its neutral name, or None: kept
    for spec in specs:
        names = set()
        for key in _EF_KEYS:
            stream = spec.EF.get(key)
            if isinstance(stream, Stream):  # always indirect (ISO 32000-2 §7.3.8)
                if stream.objgen not in done:
                    done[stream.objgen] = _clean_stream(stream, clean_picture, warnings,
                                                        len(done) + 1)
                names.add(done[stream.objgen])
        if None in names or not names:
            all_cleaned = False
            continue
        for key in (Name.F, Name.UF):
            spec[key] = String(min(names))
    _rename_tree_keys(pdf, done)
    if any(stream.objgen not in done for stream in streams):
        all_cleaned = False
    return all_cleaned, tuple(dict.fromkeys(warnings))


def _clean_stream(stream: Stream, clean_picture, warnings: list[str], number: int) -> str | None:
    """Clean one embedded file stream if it holds a picture; its neutral name, or None."""
    try:
        data = stream.read_bytes()
    except pikepdf.PdfError:
        return None  # a filter qpdf cannot decode: kept as it is
    found: list[str] = []
    cleaned = clean_picture(data, found)
    if cleaned is None:
        return None
    media_type = sniff.sniff_media_type(cleaned[: sniff.SNIFF_BYTES], "")
    extension = _EXTENSIONS.get(media_type)
    if extension is None:
        return None
    stream.write(cleaned)
    stream[Name.Subtype] = Name("/" + media_type)
    params = stream.get(Name.Params)
    if isinstance(params, Dictionary):
        for key in list(params.keys()):
            del params[key]  # the original's checksum, dates and Mac resource data
        params[Name.Size] = len(cleaned)
    warnings.extend(found)
    return f"attachment-{number}.{extension}"


def _rename_tree_keys(pdf: pikepdf.Pdf, done: dict[tuple[int, int], str | None]) -> None:
    """Give each cleaned file's key in the /EmbeddedFiles name tree its neutral name. The tree
    is written anew as one sorted /Names array (a root may hold its pairs itself: §7.9.6),
    since new keys may not keep the old order its /Kids and /Limits rely on."""
    names = pdf.Root.get(Name.Names)
    tree = names.get(Name.EmbeddedFiles) if isinstance(names, Dictionary) else None
    if not isinstance(tree, Dictionary):
        return
    pairs: list[tuple[bytes, object]] = []
    stack, seen, nodes = [tree], set(), 0
    while stack and nodes < 10_000:  # a hostile tree may loop or fan out
        node = stack.pop()
        nodes += 1
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        flat = node.get(Name.Names)
        if isinstance(flat, Array):
            for index in range(0, len(flat) - 1, 2):
                key, value = flat[index], flat[index + 1]
                new = _cleaned_name(value, done)
                pairs.append((new.encode() if new else bytes(key), value))
        kids = node.get(Name.Kids)
        if isinstance(kids, Array):
            stack.extend(kid for kid in kids if isinstance(kid, Dictionary))
    if not any(_cleaned_name(value, done) for _, value in pairs):
        return
    pairs.sort(key=lambda pair: pair[0])
    rebuilt = Array()
    for key, value in pairs:
        rebuilt.append(String(key))
        rebuilt.append(value)
    names[Name.EmbeddedFiles] = pdf.make_indirect(Dictionary(Names=rebuilt))


def _cleaned_name(spec: object, done: dict[tuple[int, int], str | None]) -> str | None:
    """The neutral name given to the file `spec` attaches, or None if it was kept."""
    files = spec.get(Name.EF) if isinstance(spec, Dictionary) else None
    if not isinstance(files, Dictionary):
        return None
    found = [done.get(files.get(key).objgen) for key in _EF_KEYS
             if isinstance(files.get(key), Stream)]
    return min(found) if found and None not in found else None
