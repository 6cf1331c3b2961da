"""A reference manager's citation record in a Word field's instruction (review r11j J5, J10, issue
11): EndNote writes ` ADDIN EN.CITE <EndNote>…<record>…` (library `db-id`, timestamps, the owner's
private research notes, file links), Citavi ` ADDIN CitaviPlaceholder{<base64 JSON>}` (Windows
user, project path). Only `ADDIN <name>` stays; the citation the reader sees stays. Each case goes
the real path (attach, seal, stock age, tar) and the sealed part is read and checked with exiftool.
"""

# ruff: noqa: E501 (one field a line)

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from media_kit import canaries, exiftool, identifying_tags
from office_kit import package
from office_types_kit import seal

_DB_ID = "2xv0d5d9sCANARYzzz"
_ENDNOTE = (f'<EndNote><Cite><Author>Smith</Author><Year>2020</Year><RecNum>12</RecNum><DisplayText>(Smith, 2020)</DisplayText>'
            f'<record><rec-number>12</rec-number><foreign-keys><key app="EN" db-id="{_DB_ID}" timestamp="1588412345">12</key></foreign-keys>'
            '<research-notes>gesprek met CANARY Jansen</research-notes><urls><pdf-urls><url>internal-pdf://0123456789/Smith-2020.pdf</url></pdf-urls></urls></record></Cite></EndNote>')
_CITAVI = base64.b64encode(json.dumps({"Entries": [{"Reference": {"CreatedBy": "_CANARY Jansen", "ModifiedBy": "_jjansen",
                                                                   "Project": {"Path": "C:\\Users\\jjansen\\Documents\\Citavi 6\\Projects\\Meldingen.ctv6"}}}],
                                       "Text": "(Smith 2020)"}).encode()).decode()


def _field(*instruction_runs: str, shown: str) -> str:
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>' for text in instruction_runs)
    return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def _sealed_document(tmp_path: Path, body: str) -> tuple[str, bytes]:
    original = package("docx", body=body)
    with zipfile.ZipFile(io.BytesIO(original)) as docx:
        words = re.sub(r"<[^>]+>", "", docx.read("word/document.xml").decode())  # runs joined
        assert _DB_ID in words or _CITAVI in words
    sealed = seal(tmp_path, {"artikel.docx": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read("word/document.xml").decode(), data


def _assert_clean(text: str, data: bytes) -> None:
    assert canaries(data) == [] and identifying_tags(data) == []
    assert "CANARY" not in json.dumps(exiftool(data)).upper()
    for leak in (_DB_ID, "jjansen", "research-notes", "internal-pdf", "1588412345", _CITAVI[:24]):
        assert leak not in text


def test_an_endnote_record_in_the_field_instruction_is_removed_and_the_citation_stays(tmp_path: Path) -> None:
    text, data = _sealed_document(tmp_path, _field(f" ADDIN EN.CITE {_ENDNOTE}", shown="(Smith, 2020)"))
    _assert_clean(text, data)
    assert "> ADDIN EN.CITE </w:instrText>" in text and "<w:t>(Smith, 2020)</w:t>" in text


def test_an_endnote_record_split_over_several_instruction_runs_is_removed(tmp_path: Path) -> None:
    pieces = [f" ADDIN EN.CITE {_ENDNOTE}"[i:i + 40] for i in range(0, len(_ENDNOTE) + 15, 40)]
    text, data = _sealed_document(tmp_path, _field(*pieces, shown="(Smith, 2020)"))
    _assert_clean(text, data)
    assert "> ADDIN EN.CITE </w:instrText>" in text and "<w:t>(Smith, 2020)</w:t>" in text


def test_a_citavi_placeholders_payload_is_removed_in_field_text_and_simple_fields(tmp_path: Path) -> None:
    simple = f'<w:p><w:fldSimple w:instr=" ADDIN CitaviPlaceholder{{{_CITAVI}}}"><w:r><w:t>(Smith 2020)</w:t></w:r></w:fldSimple></w:p>'
    text, data = _sealed_document(tmp_path, _field(f"ADDIN CitaviPlaceholder{{{_CITAVI}}}", shown="(Smith 2020)") + simple)
    _assert_clean(text, data)
    assert "> ADDIN CitaviPlaceholder </w:instrText>" in text and 'w:instr=" ADDIN CitaviPlaceholder "' in text
    assert text.count("<w:t>(Smith 2020)</w:t>") == 2
