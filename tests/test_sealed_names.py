"""The sealed item never carries an attachment's own file name (issue 11, review r11b F1).

A name like `IMG_20240512_143012_Anna_Jansen_Utrecht.jpg` says who, where and when by itself. The
liaison's name stays in the vault for the editor; the office receives `attachment-N.ext`.
"""

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
    session.seal(draft_id)
    out = io.BytesIO()
    with open(sealed_file(session.profile_dir, draft_id), "rb") as src:
        age.decrypt(src, out, identities=[office.identity])
    plain = out.getvalue()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = tar.getnames()
        signal = json.loads(tar.extractfile("signal.json").read())
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
    ("name", "expected"),
    [("IMG_1.JPG", "attachment-3.jpg"), ("notes", "attachment-3"), ("x.tar.gz", "attachment-3.gz"),
     ("evil.j$g", "attachment-3"), ("a.verylongextension", "attachment-3")],
)
def test_a_sealed_name_keeps_only_a_plain_extension(name: str, expected: str) -> None:
    assert sealed_name(3, name) == expected
