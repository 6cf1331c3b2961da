"""`scripts/make_golden.py` still runs on today's code: a release that changes a format runs it
into a new golden folder (tests/golden/README.md), so a script broken by a rename (as the store
split once left it) would be found only on that day. Here it writes a folder into a temporary
directory, and what it wrote is complete, checksummed and opens with today's code."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from intake_app.services.liaison import LiaisonSession
from intake_app.store import blobs, schema
from intake_app.vault import vault_file

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "make_golden.py"


def attachment_blob_name() -> str:
    """The name the script must give today's blob: its format number from ``blobs.MAGIC``."""
    return f"attachment-blob-{blobs.MAGIC[6:-1].decode('ascii')}.bin"


def test_make_golden_writes_a_complete_checksummed_folder_that_opens_today(
        tmp_path: Path) -> None:
    out = tmp_path / "seinpost-new"
    env = {key: value for key, value in os.environ.items() if key != "DBUS_SESSION_BUS_ADDRESS"}
    done = subprocess.run([sys.executable, str(SCRIPT), str(out)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-2000:]

    listed = {}
    for line in (out / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    written = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    assert set(listed) == written - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    for name in ("sealed-item.age-v1.age", "manifest-1.age", "receipt-1.json",
                 "keycard-office-endorsed-1.card", attachment_blob_name()):
        assert name in listed
    assert (out / attachment_blob_name()).read_bytes().startswith(blobs.MAGIC)

    expected = json.loads((out / "expected.json").read_text())
    assert len(expected["bundle_split"]["files"]) >= 2  # the split bundle really is split
    folder = f"liaison-profile.vault-{vault_file.VERSION}.store-{schema.CURRENT_VERSION}"
    profile = tmp_path / "opened"
    shutil.copytree(out / folder, profile)
    session = LiaisonSession.unlock(profile, expected["liaison_passphrase"])
    try:
        entries = {entry.id for entry in session.list_entries()}
    finally:
        session.lock()
    assert entries == set(expected["profile"]["draft_ids"]) | set(expected["profile"]["items"])

    again = subprocess.run([sys.executable, str(SCRIPT), str(out)], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=60, check=False)
    assert again.returncode != 0 and "exists" in again.stderr  # written once, never replaced
