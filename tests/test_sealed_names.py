"""The sealed item never carries an attachment's own file name (issue 11, review r11b F1).

A name like `IMG_20240512_143012_Anna_Jansen_Utrecht.jpg` says who, where and when by itself. The
liaison's name stays in the vault for the editor; the office receives `attachment-N.ext`.
"""

# ruff: noqa: E501 (cases are kept one to a line)

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, sealed_file, signal_fields
from PIL import Image

from intake_app.crypto import age
from intake_app.media.names import sealed_name
from intake_app.office.unseal import read_sealed_item

NAME = "IMG_20240512_143012_CANARY_Anna_Jansen_Utrecht.jpg"


def _sealed(session, office, draft_id: str) -> tuple[bytes, list[str], dict]:
    """Seal `draft_id` and open it as the office does: the plaintext tar's bytes, its member
    names and its signal.json."""
    session.seal(draft_id)
    out = io.BytesIO()
    with open(sealed_file(session.profile_dir, draft_id), "rb") as src:
        age.decrypt(src, out, identities=[office.identity])
    plain = out.getvalue()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return plain, tar.getnames(), json.loads(tar.extractfile("signal.json").read())


def test_an_attachment_is_sealed_under_a_neutral_name_and_keeps_its_own_in_the_vault(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    photo = tmp_path / NAME
    Image.new("RGB", (8, 8), "teal").save(photo)
    notes = tmp_path / "CANARY notes from Jan.txt"
    notes.write_text("Melding.")
    session.attach(draft_id, photo)
    session.attach(draft_id, notes)
    assert session.attachment_names(draft_id) == [NAME, "CANARY notes from Jan.txt"]
    plain, members, signal = _sealed(session, office, draft_id)
    assert members == ["signal.json", "attachments/01-attachment-1.jpg",
                       "attachments/02-attachment-2.txt"]
    assert [a["file"] for a in signal["attachments"]] == members[1:]
    assert b"CANARY" not in plain and b"Anna_Jansen" not in plain
    staging = tmp_path / "staging"
    staging.mkdir()
    item = read_sealed_item(io.BytesIO(plain), max_plaintext=len(plain), staging=staging)
    assert [a.file for a in item.attachments] == members[1:]  # the office reads it as before
    assert item.attachments[1].path.read_bytes() == b"Melding."
    session.lock()


@pytest.mark.parametrize(
    ("name", "media_type", "expected"),
    [("IMG_1.JPG", "image/jpeg", "attachment-3.jpg"), ("scan.jpeg", "image/jpeg", "attachment-3.jpeg"),
     ("notes", "text/plain", "attachment-3.txt"), ("x.tar.gz", "application/octet-stream", "attachment-3.bin"),
     ("evil.j$g", "image/png", "attachment-3.png"), ("a.verylongextension", "application/octet-stream", "attachment-3.bin"),
     ("Verklaring_mw.Yilmaz", "application/octet-stream", "attachment-3.bin"),
     ("notes_A.Jansen", "application/x-ole-storage", "attachment-3.bin")],
)
def test_a_sealed_name_keeps_only_an_extension_seinpost_gives_the_type(
        name: str, media_type: str, expected: str) -> None:
    assert sealed_name(3, name, media_type) == expected


def test_content_seinpost_does_not_recognise_is_sealed_as_bin_and_its_name_stays_in_the_vault(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    statement = tmp_path / "Verklaring_mw.Yilmaz"  # review r11k R11K-5: before, `.yilmaz` sealed
    statement.write_bytes(bytes(range(256)) * 8)
    session.attach(draft_id, statement)
    assert session.attachment_names(draft_id) == ["Verklaring_mw.yilmaz"]  # in the vault only
    plain, members, signal = _sealed(session, office, draft_id)
    assert members == ["signal.json", "attachments/01-attachment-1.bin"]
    assert signal["attachments"][0]["file"] == "attachments/01-attachment-1.bin"
    assert b"yilmaz" not in plain.lower()
    session.lock()
