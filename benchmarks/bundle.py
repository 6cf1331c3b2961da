"""Benchmark: write and open bundles of many small signals and of one very large attachment.

    .venv/bin/python benchmarks/bundle.py            # 10,000 signals and a 2 GiB attachment
    .venv/bin/python benchmarks/bundle.py --quick    # 500 signals and a 64 MiB attachment

Goals (issue 4): 10,000 signals exported (BundleWriter) in under 10 s and opened in under 20 s;
memory flat for the 2 GiB case. The large case runs writer and opener each in a child process
and reports that child's peak RSS, so the figure is not hidden by this process's own memory.
Sealing the inputs is preparation and is not timed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import nacl.signing
from bundle_kit import TODAY, Liaison, Office, signal_form, signal_json

from intake_app.bundle.writer import BundleWriter
from intake_app.domain.signal import SignalRecord, signal_to_json
from intake_app.office.ingest import open_bundle
from intake_app.services.sealing import SealAttachment, seal_signal

CHUNK = 1 << 20


class Zeros(io.RawIOBase):
    """`size` zero bytes without holding them: the large plaintext attachment."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


def seal_small(folder: Path, count: int, recipient: str) -> list[tuple[str, Path]]:
    items = []
    for n in range(count):
        path = folder / f"{n}.age"
        with open(path, "wb") as out:
            seal_signal(signal_json(n), [], [recipient], out)
        items.append((f"item-{n:05d}", path))
    return items


def seal_large(folder: Path, size: int, recipient: str) -> Path:
    """One sealed item with a `size`-byte attachment; signal.json lists its hash and size."""
    name = "attachments/01-video.bin"
    digest = hashlib.sha256()
    zeros = Zeros(size)
    while chunk := zeros.read(CHUNK):
        digest.update(chunk)
    form = signal_form(0)
    form["attachments"] = [{"file": name, "sha256": digest.hexdigest(), "size": size,
                            "media_type": "video/mp4", "cleaning": "not-cleanable",
                            "warnings": []}]
    record = signal_to_json(SignalRecord.from_form(form, today=TODAY))
    path = folder / "large.age"
    with open(path, "wb") as out:
        seal_signal(record, [SealAttachment(name, size, lambda: Zeros(size))], [recipient], out)
    return path


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_write(seed: bytes, recipient: str, item: str, out: str, queue) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    writer = BundleWriter(nacl.signing.SigningKey(seed), [recipient], 2, max_part_size=None)
    written = writer.write([("large", Path(item))], Path(out))
    queue.put((time.perf_counter() - start, peak_rss_mib(), [str(p) for p in written.paths]))


def _child_open(office_root: str, identity: str, seed_office: bytes, paths: list[str],
                queue) -> None:  # type: ignore[no-untyped-def]
    from intake_app.office import database
    from intake_app.office.ingest import OfficeKeys

    conn = database.connect(Path(office_root) / "office.db")
    keys = OfficeKeys((identity,), nacl.signing.SigningKey(seed_office))
    start = time.perf_counter()
    summary = open_bundle([Path(p) for p in paths], conn, Path(office_root) / "office.db", keys)
    queue.put((time.perf_counter() - start, peak_rss_mib(), summary.stored))


def _guarded(target, args, queue) -> None:  # type: ignore[no-untyped-def]
    try:
        target(*args, queue)
    except BaseException as exc:  # report instead of leaving the parent waiting
        queue.put(("error", f"{type(exc).__name__}: {exc}"))


def run_in_child(target, *args):  # type: ignore[no-untyped-def]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_guarded, args=(target, args, queue))
    child.start()
    while True:
        try:
            result = queue.get(timeout=5)
            break
        except Exception:  # queue.Empty
            if not child.is_alive():
                raise RuntimeError(f"benchmark child died (exit {child.exitcode})") from None
    child.join()
    if result[0] == "error":
        raise RuntimeError(f"benchmark child failed: {result[1]}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a few seconds")
    args = parser.parse_args()
    count = 500 if args.quick else 10_000
    large = (64 << 20) if args.quick else (2 << 30)
    with tempfile.TemporaryDirectory(prefix="seinpost-bench-") as tmp:
        root = Path(tmp)
        office = Office(root / "office")
        liaison = Liaison("Bench")
        office.register(liaison)
        (root / "sealed").mkdir()
        print(f"sealing {count} small signals (not timed) ...", flush=True)
        items = seal_small(root / "sealed", count, office.recipient)

        (root / "usb").mkdir()
        (root / "usb-big").mkdir()
        start = time.perf_counter()
        written = BundleWriter(liaison.signing_key, [office.recipient], 1,
                               max_part_size=None).write(items, root / "usb")
        write_s = time.perf_counter() - start
        print(f"export  {count} signals: {write_s:6.2f} s  ({written.size / 1e6:.1f} MB, "
              f"goal < 10 s)")
        start = time.perf_counter()
        summary = open_bundle(written.paths, office.conn, office.db_path, office.keys)
        open_s = time.perf_counter() - start
        assert len(summary.stored) == count
        print(f"open    {count} signals: {open_s:6.2f} s  (goal < 20 s)")

        print(f"sealing one {large >> 20} MiB attachment (not timed) ...", flush=True)
        (root / "big").mkdir()
        item = seal_large(root / "big", large, office.recipient)
        seed = bytes(liaison.signing_key)
        seconds, rss, paths = run_in_child(_child_write, seed, office.recipient, str(item),
                                           str(root / "usb-big"))
        print(f"export  {large >> 20} MiB attachment: {seconds:6.2f} s, child peak RSS "
              f"{rss:.0f} MiB")
        item.unlink()  # keep the disk footprint down
        seconds, rss, stored = run_in_child(_child_open, str(office.root), office.identities[0],
                                            bytes(office.signing_key), paths)
        assert stored == ["large"]
        print(f"open    {large >> 20} MiB attachment: {seconds:6.2f} s, child peak RSS "
              f"{rss:.0f} MiB")
        ok = write_s < 10 and open_s < 20
        print("goals met" if ok or args.quick else "GOALS NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
