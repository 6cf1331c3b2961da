"""Seal throughput: our age code against the `age` command on the same file, in the same run.

    python benchmarks/seal_throughput.py [--size-mib 1024] [--repeat 3]

Encrypts and decrypts a random file of --size-mib MiB (in a temporary directory) with the `age`
command and with intake_app.crypto.age, each in its own child process, and prints the best
wall time of --repeat rounds for each, the ratio age_time / our_time (>= 1.0 means we are at
least as fast) and our peak memory: the maximum resident set size of our child processes, read
with os.wait4, so it counts everything our code really used (Python, imports and buffers).

Our time is measured inside the child around the encrypt/decrypt call (the app calls it from a
running process); the child's whole wall time, including interpreter start-up, is printed too.
Both sides write plain files without fsync, as `age -o` does. The outputs are checked: `age`
decrypts our file and we decrypt `age`'s, and both give the original bytes back.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024


def _child(operation: str, source: str, target: str, key: str) -> None:
    sys.path.insert(0, str(REPO))
    from intake_app.crypto import age

    start = time.perf_counter()
    with open(source, "rb") as src, open(target, "wb") as dst:
        if operation == "encrypt":
            age.encrypt(src, dst, recipients=[key])
        else:
            age.decrypt(src, dst, identities=age.parse_identities(Path(key).read_text()))
    print(f"{time.perf_counter() - start:.6f}")


def _run_ours(operation: str, source: Path, target: Path, key: str) -> tuple[float, float, int]:
    """(time inside the child, child wall time, child peak RSS in bytes)."""
    target.unlink(missing_ok=True)
    argv = [sys.executable, __file__, "--child", operation, str(source), str(target), key]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE)
    assert child.stdout is not None
    inner = float(child.stdout.read().decode().strip() or "nan")
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"our {operation} failed")
    return inner, wall, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def _run_age(argv: list[str], target: Path) -> float:
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(argv, check=True)
    return time.perf_counter() - start


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(MIB):
            digest.update(block)
    return digest.hexdigest()


def _make_input(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        for _ in range(size // MIB):
            handle.write(os.urandom(MIB))
        handle.write(os.urandom(size % MIB))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not (shutil.which("age") and shutil.which("age-keygen")):
        raise SystemExit("the age and age-keygen commands are required")
    with tempfile.TemporaryDirectory(prefix="seal-bench-") as tmp:
        work = Path(tmp)
        plain, key_file = work / "plain.bin", work / "key.txt"
        _make_input(plain, args.size_mib * MIB)
        subprocess.run(["age-keygen", "-o", str(key_file)], check=True, capture_output=True)
        recipient = subprocess.run(
            ["age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True
        ).stdout.strip()
        theirs, ours = work / "theirs.age", work / "ours.age"
        theirs_out, ours_out = work / "theirs.out", work / "ours.out"
        best: dict[str, float] = {}
        peak = 0
        for _ in range(args.repeat):  # interleaved, so background load hits both sides alike
            timings = {
                "age encrypt": _run_age(
                    ["age", "-r", recipient, "-o", str(theirs), str(plain)], theirs
                )
            }
            inner, wall, rss = _run_ours("encrypt", plain, ours, recipient)
            timings["our encrypt"], timings["our encrypt (child wall)"] = inner, wall
            peak = max(peak, rss)
            timings["age decrypt"] = _run_age(
                ["age", "-d", "-i", str(key_file), "-o", str(theirs_out), str(ours)], theirs_out
            )
            inner, wall, rss = _run_ours("decrypt", theirs, ours_out, str(key_file))
            timings["our decrypt"], timings["our decrypt (child wall)"] = inner, wall
            peak = max(peak, rss)
            for name, seconds in timings.items():
                best[name] = min(best.get(name, seconds), seconds)
        expected = _sha256(plain)
        if _sha256(theirs_out) != expected or _sha256(ours_out) != expected:
            raise SystemExit("round trip mismatch: the outputs do not match the input")
    print(f"file size: {args.size_mib} MiB, best of {args.repeat} rounds")
    for name, seconds in best.items():
        print(f"  {name:26s} {seconds:7.3f} s  ({args.size_mib / seconds:7.1f} MiB/s)")
    for operation in ("encrypt", "decrypt"):
        ratio = best[f"age {operation}"] / best[f"our {operation}"]
        wall_ratio = best[f"age {operation}"] / best[f"our {operation} (child wall)"]
        print(
            f"ratio {operation} (age/ours): {ratio:.2f}  (with interpreter start: {wall_ratio:.2f})"
        )
    print(f"our peak memory (max RSS of our child processes): {peak / MIB:.1f} MiB")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(*sys.argv[2:])
    else:
        sys.exit(main())
