"""Issue 11, task b11 line 2: a program's private keys on a PDF's annotations.

Review r11f F6 named it a limit: a private key on a dictionary other than the catalogue and
pages stayed (an annotation's `/AcmeInfo 12 0 R` with `/User (jjansen)` inside was told
"Cleaned"). macOS Preview writes one on every note it makes (`/AAPL:AKExtras`: its own archive
of the note, with the author), review tools their user's columns. Each case is its own small
file, sent through the real path (attach, save, seal, stock age, tar) and checked with exiftool
and by reading every object of the sealed PDF; a widget's own keys (a form field) stay.
"""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from media_kit import CANARY, canaries, identifying_tags
from office_types_kit import seal
from pikepdf import Array, Dictionary, Name, String


def pdf_with(annotation: Callable[[pikepdf.Pdf], Dictionary]) -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(200, 200))
    document.pages[0].obj.Annots = document.make_indirect(Array([document.make_indirect(annotation(document))]))
    out = io.BytesIO()
    document.save(out, compress_streams=False)
    return out.getvalue()


def preview_note(document: pikepdf.Pdf) -> Dictionary:
    """A note as macOS Preview writes it: its own copy of the note, with the author, beside the standard keys."""
    return Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=[10, 10, 30, 30], Contents=String("bel terug"),
                      **{"AAPL:AKExtras": Dictionary(**{"AAPL:AKAnnotationObject": String("CANARY Jan Jansen bplist00"),
                                                          "AAPL:AKPDFAnnotationDictionary": Dictionary(T=String("CANARY Jan Jansen"))})})


def _indirect_info(document: pikepdf.Pdf) -> Dictionary:
    """The example of the named limit: `/AcmeInfo 12 0 R` with `/User (jjansen)` inside, on a highlight."""
    info = document.make_indirect(Dictionary(User=String("CANARY jjansen"), Host=Name("/CANARY-JJLAPTOP")))
    return Dictionary(Type=Name.Annot, Subtype=Name.Highlight, Rect=[10, 10, 90, 30], QuadPoints=[10, 30, 90, 30, 10, 10, 90, 10], AcmeInfo=info)


def _review_columns(document: pikepdf.Pdf) -> Dictionary:
    """A review tool's columns and group names (strings and names in arrays) on a square mark-up."""
    return Dictionary(Type=Name.Annot, Subtype=Name.Square, Rect=[10, 10, 90, 90],
                      BSIColumnData=Array([String("CANARY Jan Jansen"), String("Utrecht")]), GroupNesting=Array([Name("/CANARYjj")]))


def _private_name(document: pikepdf.Pdf) -> Dictionary:
    """A private name on a link with no /Subtype-specific keys, without /Type (/Subtype alone makes it an annotation)."""
    return Dictionary(Subtype=Name.Link, Rect=[10, 10, 90, 30], Border=[0, 0, 0], AcmeUser=Name("/CANARYjjansen"))


CASES = {
    "preview-note-archive": preview_note,
    "indirect-private-dictionary": _indirect_info,
    "review-tool-columns": _review_columns,
    "private-name-on-a-link": _private_name,
}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_a_private_key_on_an_annotation_is_removed_and_the_annotation_stays(tmp_path: Path, make) -> None:
    original = pdf_with(make)
    assert CANARY in original
    sealed = seal(tmp_path, {"brief.pdf": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == [] and identifying_tags(data) == []
    with pikepdf.open(io.BytesIO(data)) as cleaned, pikepdf.open(io.BytesIO(original)) as source:
        kept = cleaned.pages[0].obj.Annots[0]
        before = source.pages[0].obj.Annots[0]
        standard = {str(k) for k in before.keys() if not str(k).startswith(("/AAPL", "/Acme", "/BSI", "/Group"))}
        assert {str(k) for k in kept.keys()} == standard  # only the program's keys went
        assert kept.Subtype == before.Subtype and list(kept.Rect) == list(before.Rect)


def test_a_number_under_a_private_key_and_a_widgets_own_keys_stay(tmp_path: Path) -> None:
    """A number names nobody (Acrobat's `/Rotate` on a note); a widget is a form field, whose
    dictionary merges field keys and form tools' own, so it is left as it is."""
    def annotations(document: pikepdf.Pdf) -> Dictionary:
        return Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=[10, 10, 30, 30], Rotate=90)

    document = pikepdf.new()
    document.add_blank_page(page_size=(200, 200))
    widget = document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, Rect=[10, 50, 90, 70], FT=Name.Tx, T=String("naam"), V=String("ingevuld"), AcmeFieldFormat=String("dd-mm-jjjj")))
    note = document.make_indirect(annotations(document))
    document.pages[0].obj.Annots = Array([note, widget])
    document.Root.AcroForm = Dictionary(Fields=Array([widget]))
    out = io.BytesIO()
    document.save(out, compress_streams=False)
    sealed = seal(tmp_path, {"formulier.pdf": out.getvalue()})
    assert sealed.signal["attachments"][0]["cleaning"] == "cleaned"
    with pikepdf.open(io.BytesIO(sealed.files[sealed.members[1]])) as cleaned:
        kept_note, kept_widget = cleaned.pages[0].obj.Annots
        assert kept_note.Rotate == 90
        assert str(kept_widget.AcmeFieldFormat) == "dd-mm-jjjj" and str(kept_widget.V) == "ingevuld"
