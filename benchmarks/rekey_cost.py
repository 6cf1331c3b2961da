"""What re-keying the vault at a passphrase change would cost (review r7e, F1): a measurement
for docs/SECURITY.md, not a goal.

A passphrase change rewraps the same vault key (vault/protection.py), so in passphrase-only mode
an old vault.json with the old passphrase still opens the current store. Re-keying would mean a
new vault key and every encrypted thing of the store written again under it: each attachment
blob decrypted and encrypted anew (store/blobs.py, written past the page cache and synced, as
attaching does), and each record box opened and sealed anew (store/record_box.py). This times
both with the product's own functions, in this process:

- blob: one blob of --mib MiB of random bytes read through `BlobReader` and written again with
  `write_blob` under a new key, page cache not dropped (the blob was just written);
- rows: --rows record boxes of --row-bytes bytes opened and sealed again (no SQLite: the
  cipher's share only; the database writes of a re-key come on top).

    .venv/bin/python benchmarks/rekey_cost.py                 # 256 MiB, 10,000 rows of 2 KiB
    .venv/bin/python benchmarks/rekey_cost.py --mib 1024 --rounds 3
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake_app.store import record_box
from intake_app.store.blobs import BlobReader, associated_data, write_blob

_BLOCK = 1 << 20


class _Random:
    """`size` random bytes, read once (an incompressible attachment, like a phone video)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readinto(self, buffer: memoryview) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = secrets.token_bytes(count)
        self.left -= count
        return count

    def read(self, size: int = -1) -> bytes:
        count = self.left if size < 0 else min(size, self.left)
        self.left -= count
        return secrets.token_bytes(count)


def _blob_pass(folder: Path, mib: int) -> float:
    ad = associated_data("d" * 32, "a" * 32)
    old_key, new_key = secrets.token_bytes(32), secrets.token_bytes(32)
    source = folder / "old.blob"
    write_blob(source, old_key, ad, _Random(mib * _BLOCK))  # type: ignore[arg-type]
    start = time.perf_counter()
    with BlobReader(source, old_key, ad) as plain:
        write_blob(folder / "new.blob", new_key, ad, plain)  # type: ignore[arg-type]
    took = time.perf_counter() - start
    for name in ("old.blob", "new.blob"):
        (folder / name).unlink()
    return took


def _row_pass(rows: int, row_bytes: int) -> float:
    old, new = secrets.token_bytes(32), secrets.token_bytes(32)
    purpose = b"draft"
    boxes = [record_box.seal_record(record_box.subkey(old, purpose), purpose, f"{i:032x}",
                                    secrets.token_bytes(row_bytes)) for i in range(rows)]
    start = time.perf_counter()
    old_key, new_key = record_box.subkey(old, purpose), record_box.subkey(new, purpose)
    for number, box in enumerate(boxes):
        plain = record_box.open_record(old_key, purpose, f"{number:032x}", box)
        record_box.seal_record(new_key, purpose, f"{number:032x}", plain)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Print the median seconds of each pass over --rounds rounds; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--row-bytes", type=int, default=2048)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="where the blobs are written")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        blob = [_blob_pass(Path(folder), args.mib) for _ in range(args.rounds)]
    rows = [_row_pass(args.rows, args.row_bytes) for _ in range(args.rounds)]
    print(f"blob: {args.mib} MiB decrypted and encrypted again: median "
          f"{statistics.median(blob):.2f} s ({statistics.median(blob) * 1024 / args.mib:.2f} "
          f"s per GiB), rounds {', '.join(f'{t:.2f}' for t in blob)}")
    print(f"rows: {args.rows} boxes of {args.row_bytes} bytes opened and sealed again: median "
          f"{statistics.median(rows):.2f} s, rounds {', '.join(f'{t:.2f}' for t in rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
