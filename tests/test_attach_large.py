"""The real large-attachment path of `services/attach.py`: over MAX_CLEAN_BYTES a file is
streamed into the vault as it is (flat memory), with the warning that it was not cleaned.

The file is sparse (a real JPEG head, then zeros up to one byte over the limit), so the test
writes little to disk, but the product reads, hashes and encrypts every byte of it, in a child
process whose peak memory is measured (work, not time).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields
from PIL import Image

from intake_app.media.clean import MAX_CLEAN_BYTES
from intake_app.media.result import TOO_LARGE_TO_CLEAN

ATTACH_IN_A_CHILD = """
import json, sys
from pathlib import Path
from intake_app.services.liaison import LiaisonSession
session = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2])
info = session.attach(sys.argv[3], Path(sys.argv[4]))
session.lock()
print(json.dumps({"cleaning": info.cleaning, "warnings": list(info.warnings), "size": info.size,
                  "sha256": info.sha256, "media_type": info.media_type,
                  "peak_kib": peak_kib()}))
"""
# VmHWM is this process's own peak: ru_maxrss survives exec on Linux, so a child spawned by a
# pytest worker that grew to 500 MiB would report the worker's pages, not its own.
ATTACH_IN_A_CHILD = """
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")
""" + ATTACH_IN_A_CHILD


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def draft_and_sparse_jpeg(tmp_path: Path, name: str, size: int) -> tuple[str, Path]:
    """A locked profile under tmp_path/profile with one draft, and a sparse JPEG of `size` bytes
    (a real JPEG head, then a hole) beside it: (draft id, path)."""
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft_id = session.record(signal_fields())
    session.lock()
    head = io.BytesIO()
    Image.new("RGB", (8, 8)).save(head, "JPEG")
    path = tmp_path / name
    path.write_bytes(head.getvalue())
    os.truncate(path, size)
    return draft_id, path




def test_an_attachment_over_the_cleaning_limit_is_stored_whole_with_flat_memory(
        tmp_path: Path) -> None:
    # Sparse: one byte over the limit.
    draft_id, big = draft_and_sparse_jpeg(tmp_path, "video-still.jpg", MAX_CLEAN_BYTES + 1)

    done = subprocess.run([sys.executable, "-c", ATTACH_IN_A_CHILD, str(tmp_path / "profile"),
                           PASSPHRASE, draft_id, str(big)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    stored = json.loads(done.stdout)
    assert (stored["cleaning"], stored["warnings"], stored["media_type"], stored["size"]) == (
        "not-cleanable", [TOO_LARGE_TO_CLEAN], "image/jpeg", MAX_CLEAN_BYTES + 1)
    assert stored["sha256"] == sha256_of(big)
    # Streamed: the child never held the 512 MiB attachment (or a copy) in memory.
    assert stored["peak_kib"] < 256 * 1024, stored["peak_kib"]


# The bounded read of services/attach.py: a file measured at or under the cleaning limit is read
# whole into memory to be cleaned; if it grew past the limit after it was measured, attaching it
# is refused instead of handing the cleaner more than it was sized for. The growth is made to
# happen exactly between the product's measurement (fstat in fs/outside.open_outside) and its
# read, by appending to the real file there.
GROW_IN_A_CHILD = """
import json, sys
from pathlib import Path
from intake_app.errors import SeinpostError
from intake_app.fs import outside
from intake_app.services.liaison import LiaisonSession

measured = outside.open_outside

def measure_then_grow(path, kind, **options):
    reader = measured(path, kind, **options)  # the size is taken here
    with open(path, "ab") as more:
        more.write(b"\\xff" * 4096)  # the file grows after it was measured
    return reader

outside.open_outside = measure_then_grow
session = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2])
try:
    info = session.attach(sys.argv[3], Path(sys.argv[4]))
    outcome = {"attached": info.size}
except SeinpostError as exc:
    outcome = {"refused": exc.code}
outcome["stored"] = len(session.stored_attachments(sys.argv[3]))
session.lock()
print(json.dumps(outcome))
"""


def test_a_file_that_grows_past_the_cleaning_limit_after_it_was_measured_is_refused(
        tmp_path: Path) -> None:
    # Exactly the limit: measured as cleanable.
    draft_id, photo = draft_and_sparse_jpeg(tmp_path, "photo.jpg", MAX_CLEAN_BYTES)

    done = subprocess.run([sys.executable, "-c", GROW_IN_A_CHILD, str(tmp_path / "profile"),
                           PASSPHRASE, draft_id, str(photo)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert os.path.getsize(photo) == MAX_CLEAN_BYTES + 4096  # it really grew in between
    assert json.loads(done.stdout) == {"refused": "attach.file_changed", "stored": 0}
    assert list((tmp_path / "profile" / "blobs").iterdir()) == []
