"""Write the golden file of an attachment blob format, ONCE, into tests/golden/blob-<N>/.

    .venv/bin/python scripts/make_golden_blob.py tests/golden/blob-3

For a blob format that came after the release whose whole set scripts/make_golden.py wrote
(format 3, AES-256-GCM, came after 0.1.0's format 2). Like that script it refuses a folder
that exists and tests never call it: the blob is written by the product's writer
(store/blobs.py) from bytes chosen here, and `expected.json` holds its key, its place (draft
and attachment ids) and what it must decrypt to; `SHA256SUMS` lets the tests see that nothing
changed. tests/test_golden.py reads it with today's reader.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake_app.store import blobs  # noqa: E402


def attachment_bytes() -> bytes:
    """Two whole chunks and a short last one: the text, then a counted pattern."""
    head = b"Golden attachment of blob format 3\n"
    size = 2 * blobs.CHUNK + 1001
    return head + bytes(i % 251 for i in range(size - len(head)))


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True)  # refuses an existing folder: golden files are written once
    version = blobs.MAGIC.decode("ascii").strip().removeprefix("SPBLOB")
    name = f"attachment-blob-{version}.bin"
    draft_id, attachment_id = secrets.token_hex(16), secrets.token_hex(16)
    key = secrets.token_bytes(32)
    data = attachment_bytes()
    size, digest = blobs.write_blob(out / name, key, blobs.associated_data(draft_id, attachment_id),
                                    io.BytesIO(data))
    expected = {"file": name, "magic": blobs.MAGIC.decode("ascii"), "draft_id": draft_id,
                "attachment_id": attachment_id, "key": key.hex(), "size": size, "sha256": digest}
    (out / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
    sums = [f"{hashlib.sha256((out / n).read_bytes()).hexdigest()}  {n}"
            for n in sorted((name, "expected.json"))]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
