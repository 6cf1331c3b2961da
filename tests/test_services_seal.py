"""The one sealing path: tar layout, streaming, cancel, and the draft → item change."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest
from liaison_fixtures import (
    draft_ids,
    fast_session,
    make_office,
    sealed_file,
    sealed_items,
    signal_fields,
)
from small_disk import small_tmpfs

from intake_app.crypto import age
from intake_app.domain.signal import SignalValidationError, signal_from_json
from intake_app.services.sealing import SealAttachment, seal_signal
from intake_app.store.errors import Cancelled


def decrypt(path: Path, identity: str) -> bytes:
    out = io.BytesIO()
    with open(path, "rb") as src:
        age.decrypt(src, out, identities=[identity])
    return out.getvalue()


def test_seal_signal_writes_the_documented_tar(tmp_path: Path) -> None:
    identity, recipient = age.generate_x25519()
    payload = bytes(range(256)) * 5000
    attachment = SealAttachment("attachments/01-photo.jpg", len(payload),
                                lambda: io.BytesIO(payload))
    sealed = tmp_path / "x.age"
    seen: list[int] = []
    with open(sealed, "wb") as dst:
        seal_signal(b'{"a":1}', [attachment], [recipient], dst, progress=seen.append)
    assert seen[-1] == 7 + len(payload) and seen == sorted(seen)
    # The stock tools read it: age -d | tar.
    plain = subprocess.run(["age", "-d", "-i", "/dev/stdin", str(sealed)], input=identity.encode(),
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = tar.getmembers()
        assert [m.name for m in members] == ["signal.json", "attachments/01-photo.jpg"]
        for member in members:
            assert (member.mode, member.mtime, member.uid, member.gid, member.uname,
                    member.gname, member.type) == (0o600, 0, 0, 0, "", "", tarfile.REGTYPE)
        assert tar.extractfile("signal.json").read() == b'{"a":1}'
        assert tar.extractfile(members[1]).read() == payload
    assert len(plain) % (20 * 512) == 0


def test_a_non_ascii_name_gets_a_pax_header(tmp_path: Path) -> None:
    identity, recipient = age.generate_x25519()
    attachment = SealAttachment("attachments/01-foto-één.jpg", 3, lambda: io.BytesIO(b"abc"))
    out = io.BytesIO()
    seal_signal(b"{}", [attachment], [recipient], out)
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(out.getvalue()), plain, identities=[identity])
    with tarfile.open(fileobj=io.BytesIO(plain.getvalue())) as tar:
        assert tar.getnames() == ["signal.json", "attachments/01-foto-één.jpg"]


def test_a_short_attachment_stream_fails_without_a_valid_file(tmp_path: Path) -> None:
    identity, recipient = age.generate_x25519()
    attachment = SealAttachment("attachments/01-x", 10, lambda: io.BytesIO(b"short"))
    out = io.BytesIO()
    with pytest.raises(Exception, match="changed size"):
        seal_signal(b"{}", [attachment], [recipient], out)
    with pytest.raises(age.AgeError):
        age.decrypt(io.BytesIO(out.getvalue()), io.BytesIO(), identities=[identity])


def test_seal_a_draft_end_to_end(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields(description="Bel 06-12345678 na acht uur."))
    attachment = tmp_path / "note.bin"
    attachment.write_bytes(b"\x00\x01binary evidence" * 1000)
    session.attach(draft_id, attachment)
    hits = session.check_identifiers(draft_id)
    assert [(h.field, h.kind) for h in hits] == [("description", "phone")]
    item = session.seal(draft_id)
    sealed = sealed_file(session.profile_dir, draft_id)
    assert item.id == draft_id and item.status == "sealed" and item.size == sealed.stat().st_size
    assert item.sha256 == hashlib.sha256(sealed.read_bytes()).hexdigest()
    assert draft_ids(session) == []
    session.wait_for_cleanup()
    assert list((session.profile_dir / "blobs").iterdir()) == []
    with tarfile.open(fileobj=io.BytesIO(decrypt(sealed, office.identity))) as tar:
        record = signal_from_json(tar.extractfile("signal.json").read())
        [entry] = record.attachments
        data = tar.extractfile(entry.file).read()
    assert data == attachment.read_bytes()
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
    assert record.description == "Bel 06-12345678 na acht uur."
    # What the liaison can still see: id, kind, size, date, status.
    [entry_seen] = session.list_entries()
    assert (entry_seen.kind, entry_seen.status, entry_seen.size) == ("sealed", "sealed", item.size)
    session.lock()


def test_cancel_leaves_the_draft_and_no_file(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x00" * (3 << 20))
    session.attach(draft_id, big)

    def cancel(done: int) -> None:
        if done > 1 << 20:
            raise Cancelled()

    with pytest.raises(Cancelled):
        session.seal(draft_id, progress=cancel)
    assert list((session.profile_dir / "sealed").iterdir()) == []
    assert session.read_draft(draft_id)["description"] == "A call at night."
    session.seal(draft_id)
    session.lock()


def test_invalid_fields_are_refused_per_field(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    with pytest.raises(SignalValidationError) as caught:
        session.record(signal_fields(category="nonsense", period={"kind": "date",
                                     "start": "2999-01-01", "end": None}))
    assert {e.field for e in caught.value.errors} >= {"category", "period.start"}
    assert draft_ids(session) == []
    session.lock()


def test_an_image_is_cleaned_at_attach_time(tmp_path: Path) -> None:
    from PIL import Image

    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft_id = session.record(signal_fields())
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x010F] = "CanaryCamera"  # Make
    Image.new("RGB", (32, 32), "red").save(photo, exif=exif)
    info = session.attach(draft_id, photo)
    assert (info.media_type, info.cleaning) == ("image/jpeg", "cleaned")
    kept = session.attach(draft_id, photo, keep_original=True)
    assert kept.cleaning == "original-kept" and "original_kept_may_identify" in kept.warnings
    with session.open_attachment(draft_id, info.id) as stream:
        assert b"CanaryCamera" not in stream.read()
    with session.open_attachment(draft_id, kept.id) as stream:
        assert stream.read() == photo.read_bytes()
    assert json.dumps(session.read_draft(draft_id))  # the draft itself is intact
    session.lock()


def test_a_multi_block_attachment_seals_whole_and_hashed(tmp_path: Path) -> None:
    """Several vault blocks and several writer buffers, with a ragged end: the sealed file's
    recorded size and hash match the file, and the attachment comes back byte for byte."""
    from intake_app.services.hashing_writer import BUFFER
    from intake_app.store.blobs import PLAIN_BLOCK

    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    attachment = tmp_path / "big.bin"
    attachment.write_bytes(os.urandom(max(2 * BUFFER, 3 * PLAIN_BLOCK) + 12345))
    session.attach(draft_id, attachment)
    item = session.seal(draft_id)
    sealed = sealed_file(session.profile_dir, draft_id)
    raw = sealed.read_bytes()
    assert (item.size, item.sha256) == (len(raw), hashlib.sha256(raw).hexdigest())
    with tarfile.open(fileobj=io.BytesIO(decrypt(sealed, office.identity))) as tar:
        [entry] = signal_from_json(tar.extractfile("signal.json").read()).attachments
        assert tar.extractfile(entry.file).read() == attachment.read_bytes()
    session.lock()


def test_a_full_disk_during_sealing_leaves_the_draft_and_no_sealed_item(tmp_path: Path) -> None:
    """The whole seal through the session, on a real file system that fills up while the
    sealed file is written: the error reaches the caller, the store records no item, sealed/
    holds no file (not even a temporary one), and the draft with its attachment is intact."""
    office = make_office(tmp_path / "office")
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        session = fast_session(disk / "profile", office)
        draft_id = session.record(signal_fields())
        evidence = tmp_path / "evidence.bin"
        evidence.write_bytes(os.urandom(1536 * 1024))
        session.attach(draft_id, evidence)
        # Leave less room than the sealed copy of the attachment needs.
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"\0" * max(0, free - 512 * 1024))
        try:
            with pytest.raises(OSError) as full:  # the window and CLI word errno 28
                session.seal(draft_id)
            assert full.value.errno == errno.ENOSPC
            assert sealed_items(session) == []
            assert sorted(p.name for p in (disk / "profile" / "sealed").iterdir()) == []
            (disk / "filler").unlink()
            assert session.read_draft(draft_id)["description"] == signal_fields()["description"]
            [attachment] = session.stored_attachments(draft_id)
            with session.open_attachment(draft_id, attachment.id) as handle:
                assert handle.read() == evidence.read_bytes()
            item = session.seal(draft_id)  # with room again, the same draft seals
            assert [i.id for i in sealed_items(session)] == [item.id]
        finally:
            session.lock()


def test_a_write_error_in_the_hashing_writer_reaches_the_caller(tmp_path: Path) -> None:
    from intake_app.services.hashing_writer import BUFFER, HashingWriter

    target = tmp_path / "out.bin"
    target.write_bytes(b"")
    with open(target, "rb") as read_only:  # a real file that refuses writes
        sink = HashingWriter(read_only)  # type: ignore[arg-type]
        with pytest.raises(OSError) as refused:
            for _ in range(4):
                sink.write(b"x" * BUFFER)
            sink.finish()
        sink.abort()
    # The descriptor is open for reading only: the file writer's pwrite gets EBADF.
    assert refused.value.errno == errno.EBADF
