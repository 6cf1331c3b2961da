"""A picture cropped in an Office document stays whole, and the liaison reads plainly what that
means before sealing (issue 11, review r11b C4 and r11c: the choice is in docs/CLEANING.md,
`cropped-picture`).

The part cropped away is not shown in the document but is in the file: a face or a place beside
what the liaison sees. Seinpost does not cut it off (the evidence stays as it was sent, one
picture may be shown with several crops, a JPEG would lose quality); it says so, in both
languages, names what reaches the office and how to send only what is shown, and records the
file as partly cleaned.
"""

from __future__ import annotations

import io
import re
import zipfile

import inventory_office_names_kit as names
import pytest
from inventory_picture_kit import pixels
from media_kit import parts
from office_kit import package

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import OFFICE_CROPPED_PICTURE_KEPT


def test_a_cropped_picture_stays_whole_and_the_liaison_is_told_what_reaches_the_office() -> None:
    result = clean_attachment(names.cropped_picture(), "a.docx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_CROPPED_PICTURE_KEPT,))
    whole = parts(result.data)["word/media/image1.png"]
    assert pixels(whole) == pixels(names.small_png((400, 100)))  # the part cropped away too
    outcome = attachment_outcome(1, result.cleaning, result.warnings)
    english = " ".join(outcome.sentences("en"))
    dutch = " ".join(outcome.sentences("nl"))
    assert english.startswith("Partly cleaned") and dutch.startswith("Deels opgeschoond")
    # what stays, where it goes, and what to do about it
    assert "not shown in the document" in english and "reaches the office whole" in english
    assert "a face or a place" in english and "crop the picture itself" in english
    assert "ziet u niet in het document" in dutch and "komt heel bij het bureau aan" in dutch
    assert "een gezicht of een plek" in dutch and "snijd de afbeelding dan zelf bij" in dutch


def _utf16(docx: bytes) -> bytes:
    """The same package with word/document.xml written in UTF-16 (with its byte-order mark and
    a declaration that says so), as .NET's XmlWriter writes it; ECMA-376 Part 2 allows it."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                text = re.sub(r"encoding=['\"]UTF-8['\"]", 'encoding="UTF-16"', data.decode(),
                              count=1)
                if "encoding=" not in text.split("?>", 1)[0]:
                    text = '<?xml version="1.0" encoding="UTF-16"?>' + text.split("?>", 1)[-1]
                data = text.encode("utf-16")
            target.writestr(info.filename, data)
    return out.getvalue()


def _shown(blip_fill: str) -> bytes:
    """A 400×100 picture whose `pic:blipFill` after `a:blip` is `blip_fill`."""
    body = names.CROPPED.replace('<a:srcRect r="75000"/><a:stretch><a:fillRect/></a:stretch>',
                                 blip_fill)
    return package("docx", body=body, parts={"word/media/image1.png": names.small_png((400, 100))},
                   main_rels=(names.IMAGE_REL,))


def _vml(crops: str) -> bytes:
    """The picture as legacy VML (`v:imagedata` with crop attributes)."""
    body = (f'<w:p><w:r><w:pict {names.VML}><v:shape style="width:9pt;height:9pt">'
            f'<v:imagedata r:id="rIdImage" {crops}/></v:shape></w:pict></w:r></w:p>')
    return package("docx", body=body, parts={"word/media/image1.png": names.small_png((400, 100))},
                   main_rels=(names.IMAGE_REL,))


@pytest.mark.parametrize("document", [
    pytest.param(lambda: _utf16(names.cropped_picture()), id="srcRect-in-a-utf16-part"),
    pytest.param(lambda: _shown('<a:stretch><a:fillRect r="-33333"/></a:stretch>'),
                 id="negative-fillRect"),
    pytest.param(lambda: _shown('<a:stretch><a:fillRect l="-25%" t="0%"/></a:stretch>'),
                 id="negative-fillRect-strict-percent"),
    pytest.param(lambda: _shown('<a:tile tx="-952500" ty="0" sx="100000" sy="100000"/>'),
                 id="tile-offset"),
    pytest.param(lambda: _shown('<a:srcRect t="10%"/><a:stretch><a:fillRect/></a:stretch>'),
                 id="srcRect-strict-percent"),
    pytest.param(lambda: _vml('croptop="10923f" cropright=".25"'), id="vml-crop"),
])
def test_a_picture_the_document_shows_only_in_part_is_warned(document) -> None:
    result = clean_attachment(document(), "a.docx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_CROPPED_PICTURE_KEPT,))
    assert pixels(parts(result.data)["word/media/image1.png"]) == pixels(
        names.small_png((400, 100)))


@pytest.mark.parametrize("blip_fill", [
    '<a:stretch><a:fillRect/></a:stretch>',
    '<a:srcRect l="-10000" r="0"/><a:stretch><a:fillRect/></a:stretch>',  # padding, not a crop
    '<a:stretch><a:fillRect l="10000" r="10000"/></a:stretch>',  # smaller inside its frame
    '<a:tile tx="0" ty="0" sx="50000" sy="50000"/>',
])
def test_a_picture_shown_whole_is_not_called_cropped(blip_fill: str) -> None:
    result = clean_attachment(_shown(blip_fill), "a.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
