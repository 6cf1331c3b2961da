"""Why the sealed tar is not written with `tarfile`'s stream mode: both writers, measured.

    .venv/bin/python benchmarks/sealed_tar.py            # 1024 MiB for the CPU figure
    .venv/bin/python benchmarks/sealed_tar.py --quick    # 128 MiB

Two figures, each for our writer (services/sealing.py: `TarInfo.tobuf` headers, the members'
bytes through one buffer zeroed at the end) and for `tarfile.open(fileobj=..., mode="w|")`,
both writing the same PAX tar into the same age writer:

- plaintext left behind: a child process seals a 3 MiB attachment made of a marker pattern from
  a source that wipes itself when closed, then counts the marker in its own heap and anonymous
  memory (tests/test_seal_memory.py runs this child: our writer must leave none);
- CPU seconds per GiB of the tar layer: a child seals a zero-filled attachment into a sink
  that discards the age output, timed with process_time (CPU time, so other load on the
  machine changes it little), less the same child's CPU time for the age writer alone.

Each figure runs in a fresh child per round (3 rounds), and prints min/median/max.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIB = 1 << 20

CHILD = r"""
import gc, io, json, sys, tarfile, time
sys.path.insert(0, sys.argv[4])
from intake_app.crypto import age
from intake_app.services.sealing import SealAttachment, seal_signal

MODE, SIZE, FIGURE = sys.argv[1], int(sys.argv[2]), sys.argv[3]
MARK = bytes.fromhex("5eed") + b"-plaintext-mark-" + bytes.fromhex("c0de")


class Source(io.RawIOBase):
    # Plaintext in one buffer of its own (the marker, or zeros), wiped when closed.
    def __init__(self):
        self.left = SIZE
        self.block = bytearray(65536 - 65536 % len(MARK))
        if FIGURE == "memory":
            for at in range(0, len(self.block), len(MARK)):
                self.block[at : at + len(MARK)] = MARK
    def readable(self):
        return True
    def readinto(self, target):
        count = min(len(target), self.left, len(self.block))
        target[:count] = memoryview(self.block)[:count]
        self.left -= count
        return count
    def close(self):
        self.block[:] = bytes(len(self.block))
        super().close()


class Sink(io.RawIOBase):
    def writable(self):
        return True
    def write(self, data):
        return len(data)


def stream_mode(signal_json, attachments, recipients, dst):
    # The same PAX tar, written by tarfile's stream mode into the same age writer.
    writer = age.open_encrypt(dst, recipients)
    with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        for name, size, opener in [("signal.json", len(signal_json),
                                    lambda: io.BytesIO(signal_json)),
                                   *((a.member_name, a.size, a.open) for a in attachments)]:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = size, 0o600, 0
            with opener() as stream:
                tar.addfile(info, stream)
    writer.close()


def age_only(signal_json, attachments, recipients, dst):
    # The age writer alone, fed the same bytes in the same pieces: the cost both share.
    writer = age.open_encrypt(dst, recipients)
    buffer = memoryview(bytearray(256 * 1024))
    with attachments[0].open() as stream:
        while count := stream.readinto(buffer):
            writer.write(buffer[:count])
    writer.close()


def search():
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            if not fields[1].startswith("rw") or (len(fields) > 5 and fields[5] != "[heap]"):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                found += mem.read(end - start).count(MARK)
            except OSError:
                continue
    return found


seal = {"ours": seal_signal, "ours-blob": seal_signal, "stream": stream_mode,
        "age": age_only}[MODE]
_identity, recipient = age.generate_x25519()
items = [SealAttachment("attachments/01-a.bin", SIZE, Source)]
if FIGURE == "memory":
    before = search()
    if MODE == "ours-blob":  # as the product seals: attached into a vault blob, read back
        import pathlib, tempfile
        from intake_app.store import blobs
        key, ad = bytes(32), blobs.associated_data("d" * 32, "a" * 32)
        blob = pathlib.Path(tempfile.mkdtemp()) / "a.blob"
        with Source() as source:
            blobs.write_blob(blob, key, ad, source)
        items = [SealAttachment("attachments/01-a.bin", SIZE,
                                lambda: blobs.BlobReader(blob, key, ad))]
    out = io.BytesIO()
    seal(b"{}", items, [recipient], out)
    if MODE == "ours-blob":
        blob.unlink()
    gc.collect()
    print(json.dumps({"left": search() - before, "sealed": len(out.getvalue())}))
else:
    start = time.process_time()
    seal(b"{}", items, [recipient], Sink())
    print(json.dumps({"cpu": time.process_time() - start}))
"""


def run_child(mode: str, size: int, figure: str) -> dict[str, float]:
    """Run one writer ("ours", "stream" or "age" alone; "ours-blob": ours, the attachment read
    from a vault blob, memory only) in a fresh child on a `size`-byte attachment; `figure`
    "memory" gives {"left": marker copies, "sealed": bytes}, "cpu" gives {"cpu": seconds}.
    tests/test_seal_memory.py runs the same child."""
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(size), figure, str(REPO)],
                          capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(done.stdout)


def _spread(values: list[float], unit: str) -> str:
    return (f"median {statistics.median(values):.3f} {unit} "
            f"(min {min(values):.3f}, max {max(values):.3f})")


def main() -> None:
    """Print both figures for both writers (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="128 MiB instead of 1024 MiB")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    size = (128 if args.quick else 1024) * MIB
    gib = size / (1 << 30)
    memory_size = 3 * MIB + 12_345
    for mode in ("ours", "stream"):
        left = [run_child(mode, memory_size, "memory")["left"] for _ in range(args.rounds)]
        print(f"{mode:6} plaintext copies left in freed memory: "
              f"{', '.join(str(int(n)) for n in left)}")
    cpu: dict[str, list[float]] = {"ours": [], "stream": [], "age": []}
    for _ in range(args.rounds):  # interleaved, so background load hits each alike
        for mode in cpu:
            cpu[mode].append(run_child(mode, size, "cpu")["cpu"] / gib)
    for mode in ("ours", "stream"):
        layer = [total - base for total, base in zip(cpu[mode], cpu["age"], strict=True)]
        print(f"{mode:6} tar layer CPU per GiB: {_spread(layer, 's')}; "
              f"with age: {_spread(cpu[mode], 's')}")


if __name__ == "__main__":
    main()
