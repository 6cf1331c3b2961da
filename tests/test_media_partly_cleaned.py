"""The stored and sealed outcome says "partly-cleaned" whenever something that may identify
stayed (issue 11, review r11c K1).

Before, a file whose warnings named what stayed was recorded as `cleaning: "cleaned"` in the
vault and in the sealed `signal.json`: the office's record said "cleaned" while the liaison read
"Partly cleaned". A warning that only says *how* a file was cleaned (`result.NOTES`: a picture
cleaned in its container, a profile dropped) leaves it "cleaned". Items sealed by an older
version keep opening, and the office reads their "cleaned" with an exception as partly cleaned.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import tarfile
from pathlib import Path

from bundle_kit import Liaison, Office, signal_form
from inventory_picture_kit import deep_png
from liaison_fixtures import (
    PASSPHRASE,
    engine_store,
    fast_session,
    make_office,
    run_cli,
    signal_fields,
    write_signal,
)
from office_kit import OD, package

from intake_app.domain.signal import SignalRecord, signal_to_json
from intake_app.media.result import (
    IMAGE_CLEANED_IN_CONTAINER,
    OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED,
    stored_cleaning,
)
from intake_app.office.ingest import open_bundle
from intake_app.services.liaison import LiaisonSession
from intake_app.services.sealing import SealAttachment, seal_signal


def ole_docx() -> bytes:
    """A Word document with an embedded OLE object: cleaned, except the object (warned)."""
    return package("docx", parts={"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0 object"},
                   main_rels=(("rIdO", OD + "oleObject", "embeddings/oleObject1.bin"),))


def sealed_signal(profile: Path, office_key: Path) -> dict:
    [item] = (profile / "sealed").glob("*.age")
    plain = subprocess.run(["age", "-d", "-i", str(office_key), str(item)],
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        member = tar.extractfile("signal.json")
        assert member is not None
        return json.loads(member.read())


def test_a_file_with_an_exception_is_stored_told_and_sealed_as_partly_cleaned(
    tmp_path: Path,
) -> None:
    (tmp_path / "ole.docx").write_bytes(ole_docx())
    (tmp_path / "deep.png").write_bytes(deep_png())  # cleaned in its container: a note only
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    english = {"SEINPOST_LANG": "en"}
    record = run_cli(["record", "--from", str(write_signal(tmp_path / "s.json")),
                      "--attach", str(tmp_path / "ole.docx"),
                      "--attach", str(tmp_path / "deep.png"), *common], cwd=tmp_path, env=english)
    assert record.returncode == 0, record.stderr
    told = dict(re.findall(r"(?m)^Attachment (\d): (.*)$", record.stdout))
    assert told["1"].startswith("partly-cleaned, ") and "Partly cleaned:" in told["1"]
    assert told["2"].startswith("cleaned, image/png. Cleaned:")
    draft = re.search(r"Saved draft (\S+)", record.stdout)
    assert draft is not None
    seal = run_cli(["seal", draft.group(1), "--yes", *common], cwd=tmp_path, env=english)
    assert seal.returncode == 0, seal.stderr
    entries = sealed_signal(profile, office.key_path)["attachments"]
    assert [(e["cleaning"], e["warnings"]) for e in entries] == [
        ("partly-cleaned", [OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED]),
        ("cleaned", [IMAGE_CLEANED_IN_CONTAINER]),
    ]


def test_a_draft_an_older_version_stored_as_cleaned_with_an_exception_is_sealed_partly_cleaned(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    session = fast_session(profile, office)
    draft_id = session.record(signal_fields())
    session.lock()
    with engine_store(profile) as store:  # what the previous version wrote for such a file
        store.add_attachment(draft_id, io.BytesIO(ole_docx()), name="a.docx",
                             media_type="application/zip", cleaning="cleaned",
                             warnings=[OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED])
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    [outcome] = session.attachment_outcomes(draft_id)
    assert outcome.code == "media.cleaned_with_exceptions" and not outcome.is_clean
    session.seal(draft_id)
    session.lock()
    [entry] = sealed_signal(profile, office.key_path)["attachments"]
    assert entry["cleaning"] == "partly-cleaned"


def _item(path: Path, number: int, recipient: str, cleaning: str, warnings: list[str]) -> Path:
    data = b"attachment %d" % number
    form = signal_form(number, [(f"attachments/01-attachment-{number}.docx", data)])
    form["attachments"][0].update(cleaning=cleaning, warnings=warnings)
    record = SignalRecord.from_form(form)
    parts = [SealAttachment(form["attachments"][0]["file"], len(data), lambda: io.BytesIO(data))]
    with open(path, "wb") as out:
        seal_signal(signal_to_json(record), parts, [recipient], out)
    return path


def test_the_office_records_old_and_new_items_with_an_exception_as_partly_cleaned(
    tmp_path: Path, office: Office, liaison: Liaison,
) -> None:
    kinds = [("cleaned", [OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED]),  # sealed by an older version
             ("partly-cleaned", [OFFICE_EMBEDDED_OBJECTS_NOT_CLEANED]),
             ("cleaned", [IMAGE_CLEANED_IN_CONTAINER]), ("cleaned", [])]
    items = [(f"item-{n}", _item(tmp_path / f"{n}.age", n, office.recipient, *kind))
             for n, kind in enumerate(kinds)]
    bundle = liaison.write(items, tmp_path / "usb", [office.recipient])
    summary = open_bundle(bundle.paths, office.conn, office.db_path, office.keys)
    assert summary.stored == [name for name, _ in items]
    rows = office.conn.execute("SELECT s.item_id, a.cleaning FROM attachments a JOIN signals s "
                               "USING (liaison_key_id, item_id) ORDER BY s.item_id").fetchall()
    assert rows == [("item-0", "partly-cleaned"), ("item-1", "partly-cleaned"),
                    ("item-2", "cleaned"), ("item-3", "cleaned")]


def test_stored_cleaning_keeps_every_other_outcome() -> None:
    assert stored_cleaning("original-kept", ["original_kept_may_identify"]) == "original-kept"
    assert stored_cleaning("not-cleanable", ["unreadable_pdf"]) == "not-cleanable"
    assert stored_cleaning("partly-cleaned", []) == "partly-cleaned"
