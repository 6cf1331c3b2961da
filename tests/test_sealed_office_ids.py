"""The random ids Office stamps (Word's `w14:paraId`, `w14:textId`, `wp14:anchorId`, comments'
`w16cid:durableId`; PowerPoint's `p14:creationId`, `a16:creationId`; Excel's `xr:uid`) do not
reach the office: they stay the same in every copy of a file and so link the sealed copy to the
author's own (review r11e, "not tried"). Each is renumbered, the same old value to the same new
one in every part, so what points to them inside the file (a comment's reply to its paragraph,
a modern PowerPoint comment to its slide and shape) still does.

Each file goes through the real path (attach, save, seal, stock `age -d`, `tar`), and is read
part by part, with exiftool, and opened with python-docx, openpyxl or python-pptx.
"""

# ruff: noqa: E501 (Office XML is kept as Office writes it)

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from media_kit import identifying_tags, parts
from office_kit import OD, package
from office_types_kit import opens, plain_file, seal

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
WORD_IDS = ["6A1B2C3D", "7B2C3D4E", "1C3D4E5F", "2D4E5F60", "3E5F6071", "4F60718A", "-1946916297"]
"""paraId and textId of the body paragraph, paraId of the comment's paragraph, a comment's
durableId, a drawing's anchorId and editId, a content control's id: random in every real file."""
SLIDE_CREATION = "3141592653"
SHAPE_GUID = "{5D1E2C3B-4A59-4687-9A1B-2C3D4E5F6071}"
SHEET_GUID = "{0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9}"
RULE_GUID = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D}"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
CF_KINDS = ("{B025F937-C7B1-47D3-B67F-A62EFF666E3E}", "{78C0D931-6437-407d-A8EE-F0AAD7539E65}")
"""Extension kinds Excel writes for a data bar's link to its Excel 2010 rule: not ids."""


def _edited(data: bytes, edits: dict[str, Callable[[str], str] | str]) -> bytes:
    """`data` (a ZIP) with parts changed by a function of their text, or added."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    for name, edit in edits.items():
        entries[name] = (edit(entries[name].decode()) if callable(edit) else edit).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in entries.items():
            target.writestr(name, body)
    return out.getvalue()


def _word() -> bytes:
    para, text, comment_para, durable, anchor, edit, control = WORD_IDS
    body = (f'<w:p w14:paraId="{para}" w14:textId="{text}"><w:commentRangeStart w:id="0"/><w:r><w:t>Melding.</w:t></w:r>'
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
            '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            f'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" wp14:anchorId="{anchor}" wp14:editId="{edit}">'
            '<wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Picture"/></wp:inline></w:drawing></w:r></w:p>'
            f'<w:sdt><w:sdtPr><w:id w:val="{control}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Veld.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    main_w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    comments = (f'<w:comments {main_w} {W14}><w:comment w:id="0" w:author="Seinpost" w:initials="SP">'
                f'<w:p w14:paraId="{comment_para}" w14:textId="77777777"><w:r><w:t>Opmerking.</w:t></w:r></w:p></w:comment></w:comments>')
    extended = f'<w15:commentsEx {W15}><w15:commentEx w15:paraId="{comment_para}" w15:done="0"/></w15:commentsEx>'
    ids = ('<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">'
           f'<w16cid:commentId w16cid:paraId="{comment_para}" w16cid:durableId="{durable}"/></w16cid:commentsIds>')
    word_rels = "http://schemas.microsoft.com/office/2011/relationships/"
    return package("docx", body=body, parts={"word/comments.xml": comments, "word/commentsExtended.xml": extended,
                                             "word/commentsIds.xml": ids},
                   main_rels=(("rIdC", OD + "comments", "comments.xml"), ("rIdX", word_rels + "commentsExtended", "commentsExtended.xml"),
                              ("rIdI", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml")),
                   overrides={"word/comments.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                              "word/commentsExtended.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                              "word/commentsIds.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml"})


def _slides() -> bytes:
    shape = ('<p:cNvPr id="2" name="Title 1"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}">'
             f'<a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{SHAPE_GUID}"/></a:ext></a:extLst></p:cNvPr>')
    slide_id = ('<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
                f'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="{SLIDE_CREATION}"/></p:ext></p:extLst></p:sld>')
    comment = ('<p188:cmLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main" '
               'xmlns:pc="http://schemas.microsoft.com/office/powerpoint/2013/main/command" xmlns:ac="http://schemas.microsoft.com/office/drawing/2013/main/command">'
               '<p188:cm id="{11111111-2222-4333-8444-555555555555}" authorId="{66666666-7777-4888-8999-AAAAAAAAAAAA}" created="2000-01-01T00:00:00Z">'
               f'<ac:deMkLst xmlns:ac="http://schemas.microsoft.com/office/drawing/2013/main/command"><pc:docMk/><pc:sldMk cId="0" creationId="{SLIDE_CREATION}"/>'
               f'<ac:spMk id="2" creationId="{SHAPE_GUID}"/></ac:deMkLst><p188:txBody><a:bodyPr/><a:p><a:r><a:t>Opmerking.</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>')
    return _edited(plain_file("ppt"), {
        "ppt/slides/slide1.xml": lambda xml: xml.replace('<p:cNvPr id="2" name="Title 1"/>', shape, 1).replace("</p:sld>", slide_id),
        "ppt/slides/_rels/slide1.xml.rels": lambda xml: xml.replace("</Relationships>", '<Relationship Id="rIdCm" Type="http://schemas.microsoft.com/office/2018/10/relationships/comments" Target="../comments/modernComment_100_0.xml"/></Relationships>'),
        "ppt/comments/modernComment_100_0.xml": comment,
        "[Content_Types].xml": lambda xml: xml.replace("</Types>", '<Override PartName="/ppt/comments/modernComment_100_0.xml" ContentType="application/vnd.ms-powerpoint.comments+xml"/></Types>'),
    })


def _sheet() -> bytes:
    xr = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          f'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:x14="{X14}" mc:Ignorable="xr" xr:uid="{SHEET_GUID}"')
    data_bar = ('<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>'
                f'<extLst><ext uri="{CF_KINDS[0]}"><x14:id>{RULE_GUID}</x14:id></ext></extLst></cfRule></conditionalFormatting>')
    rule = (f'<extLst><ext uri="{CF_KINDS[1]}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
            f'<x14:cfRule type="dataBar" id="{RULE_GUID}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>'
            "<xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>")
    return _edited(plain_file("xl"), {"xl/worksheets/sheet1.xml": lambda xml: xml.replace(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" {xr}', 1).replace(
        "<pageMargins", data_bar + "<pageMargins", 1).replace("</worksheet>", rule)})


def _sealed(tmp_path: Path, name: str, original: bytes, planted: list[str]) -> dict[str, bytes]:
    assert all(any(value.encode() in body for body in parts(original).values()) for value in planted)
    sealed = seal(tmp_path, {name: original})
    data = sealed.files[sealed.members[1]]
    assert sealed.signal["attachments"][0]["cleaning"] == "cleaned"
    found = parts(data)
    left = [value for value in planted if any(value.encode() in body for body in found.values())]
    assert left == [], "random ids reached the office"
    assert identifying_tags(data) == []
    opens(data, Path(name).suffix)
    return found


def _values(xml: bytes, attribute: str) -> list[str]:
    return re.findall(rf'{attribute}="([^"]*)"', xml.decode())


def test_word_paragraph_comment_and_drawing_ids_are_renumbered_and_comments_still_point_to_their_paragraph(tmp_path: Path) -> None:
    found = _sealed(tmp_path, "a.docx", _word(), WORD_IDS)
    comment_para = _values(found["word/comments.xml"], "w14:paraId")
    assert len(comment_para) == 1 and re.fullmatch(r"[0-9A-F]{8}", comment_para[0])
    assert _values(found["word/commentsExtended.xml"], "w15:paraId") == comment_para
    assert _values(found["word/commentsIds.xml"], "w16cid:paraId") == comment_para
    body = _values(found["word/document.xml"], "w14:paraId")
    assert len(body) == 1 and body != comment_para and 0 < int(body[0], 16) < 0x80000000
    assert re.fullmatch(r"-?\d+", _values(found["word/document.xml"], "w:val")[0])  # still a number


def test_slide_and_shape_creation_ids_are_renumbered_and_the_modern_comment_still_points_to_them(tmp_path: Path) -> None:
    found = _sealed(tmp_path, "a.pptx", _slides(), [SLIDE_CREATION, SHAPE_GUID])
    slide = found["ppt/slides/slide1.xml"].decode()
    comment = found["ppt/comments/modernComment_100_0.xml"].decode()
    slide_id = re.search(r'p14:creationId [^>]*val="(\d+)"', slide).group(1)
    shape_id = re.search(r'a16:creationId [^>]*id="(\{[^"]+\})"', slide).group(1)
    assert f'creationId="{slide_id}"' in comment and f'creationId="{shape_id}"' in comment
    assert "{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}" in slide  # an extension's kind, not an id: kept


def test_a_sheets_xr_uid_and_a_data_bars_rule_id_are_renumbered_and_the_rule_still_linked(tmp_path: Path) -> None:
    found = _sealed(tmp_path, "a.xlsx", _sheet(), [SHEET_GUID, RULE_GUID])
    sheet = found["xl/worksheets/sheet1.xml"]
    assert re.fullmatch(r"\{00000000-0000-0000-0000-[0-9A-F]{12}\}", _values(sheet, "xr:uid")[0])
    linked = re.findall(rb"<x14:id>([^<]*)</x14:id>", sheet)
    assert linked and [value.encode() for value in _values(sheet, "x14:cfRule type=\"dataBar\" id")] == linked
    assert all(kind.encode() in sheet for kind in CF_KINDS)  # extension kinds stay as they were
