"""Issue 11, review r11e F1–F3: a page's content is cleaned wherever the page hangs (a form
template, a page deleted from the tree that a bookmark still targets), and PostScript XObjects,
which only PostScript printers run, reach the office empty."""

from __future__ import annotations

import io
from collections.abc import Callable

import inventory_r11e_kit as r11e
import pikepdf
from media_kit import canaries
from office_kit import pdf
from pikepdf import Name

from intake_app.media.clean import clean_attachment


def _cleaned(build: Callable[[pikepdf.Pdf, pikepdf.Page], None]) -> pikepdf.Pdf:
    original = pdf(build)
    assert canaries(original)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == []
    return pikepdf.open(io.BytesIO(result.data))


def test_a_form_templates_page_content_loses_its_comment_and_inline_exif() -> None:
    with _cleaned(r11e.template_page) as document:
        pages = r11e.page_objects(document)
        assert [str(p.Type) for p in pages].count("/Template") == 1
        assert all(r11e.page_clean(p) for p in pages if p.Type == Name.Template)


def test_a_page_deleted_from_the_tree_but_bookmarked_loses_its_comment_and_inline_exif() -> None:
    with _cleaned(r11e.deleted_page_in_outline) as document:
        gone = document.Root.Outlines.First.Dest[0]
        assert gone.objgen not in {p.obj.objgen for p in document.pages}
        assert r11e.page_clean(gone)


def test_postscript_xobjects_become_empty_forms_and_form_stand_ins_go() -> None:
    with _cleaned(r11e.postscript_xobject) as document:
        xobjects = document.pages[0].obj.Resources.XObject
        assert xobjects.PS0.Subtype == Name.Form and xobjects.PS0.read_bytes() == b""
        assert Name.PS not in xobjects.Fm0 and xobjects.Fm0.read_bytes() == b"0 0 1 1 re f"
