"""What hides inside PDF streams rather than in their dictionaries: colour profiles and XFA
form packets; and which streams are drawn (for inline pictures, `pdf_inline`).

Streams are read only within bounds (`MAX_DECODED`), and only when they are stored plainly or
Flate-compressed without predictors: decompressing is where a small hostile file becomes a
large one, so Seinpost does it itself with a ceiling instead of asking qpdf for everything.

- ICC colour profiles (`/ICCBased` colour spaces, output intents' `/DestOutputProfile`) name
  the device, its maker and model, the person who calibrated it and when (`icc.py`): cleaned in
  place when the profile can be read, otherwise kept and warned (docs/CLEANING.md
  `pdf-colour-profiles`);
- inline pictures (`BI … ID … EI` in a content stream) that are JPEGs carry their own EXIF:
  `pdf_inline` cuts it out of the streams `content_streams` lists (`pdf-inline-images`);
- embedded fonts name their licensee and maker: `pdf_fonts` cleans them by kind;
- XFA (`/AcroForm /XFA`) is a whole XML form with its own XMP packet, designer and paths: it is
  removed when the PDF shows its pages without it, kept and warned when the file says it needs
  it to show anything (`/NeedsRendering`) (`pdf-xfa`).
"""

from __future__ import annotations

import zlib

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from intake_app.media.icc import clean_icc

MAX_DECODED = 32 * 1024 * 1024
"""Bytes of one stream decoded to look inside it; larger (or a filter Seinpost does not decode
itself) counts as not readable."""


def decoded(stream: Stream) -> bytes | None:
    """The stream's bytes, decoded within MAX_DECODED; None if too large or another filter."""
    filters = stream.get(Name.Filter)
    if isinstance(filters, Array) and len(filters) == 1:
        filters = filters[0]
    raw = stream.read_raw_bytes()
    if filters is None:
        return raw if len(raw) <= MAX_DECODED else None
    if filters != Name.FlateDecode or stream.get(Name.DecodeParms) is not None:
        return None
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, MAX_DECODED + 1)
    except zlib.error:
        return None
    return data if len(data) <= MAX_DECODED else None


def clean_colour_profile(stream: Stream) -> bool:
    """Clean an ICC profile stream in place; False if it stays as it was (warned)."""
    data = decoded(stream)
    if data is None:
        return False
    cleaned = clean_icc(data)
    if cleaned is None:
        return False
    if cleaned != data:
        stream.write(cleaned)
    return True


_PAGE_TYPES = (Name.Page, Name.Template)


def content_streams(pdf: pikepdf.Pdf) -> list[Stream]:
    """Every stream that is drawn: pages' /Contents, form XObjects, Type 3 glyphs, patterns.

    Pages are taken wherever they hang, not only from the page tree: a form template
    (`/Names /Templates`), a page deleted from the tree that a bookmark or link still targets,
    any `/Type /Page` object qpdf will write because something reaches it (r11e F1, F2)."""
    found: list[Stream] = []
    pages = [page.obj for page in pdf.pages]
    pages.extend(obj for obj in pdf.objects if isinstance(obj, Dictionary)
                 and not isinstance(obj, Stream) and obj.get(Name.Type) in _PAGE_TYPES)
    for page in pages:
        contents = page.get(Name.Contents)
        items = contents if isinstance(contents, Array) else [contents]
        found.extend(item for item in items if isinstance(item, Stream))
    for obj in pdf.objects:
        if isinstance(obj, Stream) and (
            obj.get(Name.Subtype) == Name.Form or obj.get(Name.PatternType) == 1
        ):
            found.append(obj)
        elif isinstance(obj, Dictionary) and isinstance(obj.get(Name.CharProcs), Dictionary):
            procs = obj.CharProcs
            found.extend(procs.get(key) for key in procs.keys()
                         if isinstance(procs.get(key), Stream))
    return found


def remove_xfa(pdf: pikepdf.Pdf) -> bool:
    """Remove the XFA form if the pages show without it; False if it had to stay (warned)."""
    form = pdf.Root.get(Name.AcroForm)
    if not isinstance(form, Dictionary) or Name.XFA not in form:
        return True
    if bool(pdf.Root.get(Name.NeedsRendering, False)):
        return False  # a dynamic form: without XFA a viewer shows "please wait…" and nothing
    del form[Name.XFA]
    return True


def rewrite_tokens(stream: Stream, data: bytes, token_filter: pikepdf.TokenFilter) -> bool:
    """Run `data` (the stream's decoded content, from `decoded`) through `token_filter` with
    qpdf's content tokenizer, and write the result back Flate-compressed if the filter's
    `changed` is true; other bytes stay as they were.

    Returns False when the tokenizer fails on hostile input (the stream is left as it was; the
    caller warns)."""
    scratch = pikepdf.new()
    try:
        page = scratch.add_blank_page()
        page.obj.Contents = scratch.make_stream(data)
        cleaned = page.get_filtered_contents(token_filter)
    except Exception:  # hostile input: any tokenizer failure means "kept, warned"
        return False
    finally:
        scratch.close()
    if getattr(token_filter, "changed", False):
        stream.write(zlib.compress(cleaned), filter=Name.FlateDecode)
    return True
