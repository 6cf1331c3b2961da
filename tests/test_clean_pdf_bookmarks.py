"""Bookmarks named after source files (review r11h B1) in hostile outlines: a loop in /Next or
/First ends the walk, and each item is renamed once."""

from __future__ import annotations

import io

import pikepdf
from media_kit import canaries
from office_kit import pdf
from pikepdf import Dictionary, Name, String

from intake_app.media.clean import clean_attachment


def _looped_outline(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    outlines = document.make_indirect(Dictionary(Type=Name.Outlines))
    first = document.make_indirect(Dictionary(Title=String("IMG_20240512_143012_CANARY.jpg"),
                                              Parent=outlines, Dest=[page.obj, Name.Fit]))
    second = document.make_indirect(Dictionary(Title=String("Scan 2024-05-12 14.30.12 CANARY"),
                                               Parent=outlines, Prev=first,
                                               Dest=[page.obj, Name.Fit]))
    first.Next = second
    second.Next = first  # a loop: a viewer would list the two for ever
    second.First = second  # and its own child
    outlines.First, outlines.Last, outlines.Count = first, second, 2
    document.Root.Outlines = outlines


def test_a_looped_outline_has_each_file_name_title_renamed_once() -> None:
    result = clean_attachment(pdf(_looped_outline), "a.pdf")
    assert result.cleaning == "cleaned" and canaries(result.data) == []
    with pikepdf.open(io.BytesIO(result.data)) as document:
        first = document.Root.Outlines.First
        assert (str(first.Title), str(first.Next.Title)) == ("Bookmark 1", "Bookmark 2")
