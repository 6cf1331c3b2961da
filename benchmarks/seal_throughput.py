"""Seal throughput: our age code against the `age` command on the same file, in the same run.

    .venv/bin/python benchmarks/seal_throughput.py                 # 1024 MiB, 5 rounds
    .venv/bin/python benchmarks/seal_throughput.py --quick         # 64 MiB, 2 rounds; no verdict

Encrypts and decrypts a random file with the `age` command and with intake_app.crypto.age,
each in its own child process, rounds interleaved (so background load hits both sides alike),
each run starting with the page cache dropped (root; otherwise the figures say "warm"). Prints
medians with min and max, and judges the goal on the median of the per-round paired ratios
age_time / our_time: >= 1.0 means our code is at least as fast as the reference `age`.

Our time is measured inside the child around the encrypt/decrypt call (the app calls it from a
running process); the child's whole wall time, including interpreter start-up, is printed too.
Both sides write plain files without fsync, as `age -o` does. Peak memory: the maximum
resident set size of our child processes, read with os.wait4. The outputs are checked: `age`
decrypts our file and we decrypt `age`'s, and both give the original bytes back. This is the
age core only; sealing a signal as the liaison does is in benchmarks/vault.py.
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

from harness import Samples, Verdicts, describe_machine, drop_caches

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
    parser.add_argument("--quick", action="store_true", help="64 MiB, 2 rounds; no verdict")
    parser.add_argument("--size-mib", type=int, default=None, help="file size (1024)")
    parser.add_argument("--repeat", type=int, default=None, help="rounds (5)")
    args = parser.parse_args()
    size_mib = args.size_mib or (64 if args.quick else 1024)
    rounds = args.repeat or (2 if args.quick else 5)
    verdicts = Verdicts(quick=args.quick or size_mib < 1024)
    print(describe_machine(), flush=True)
    if not (shutil.which("age") and shutil.which("age-keygen")):
        raise SystemExit("the age and age-keygen commands are required")
    with tempfile.TemporaryDirectory(prefix="seal-bench-") as tmp:
        work = Path(tmp)
        plain, key_file = work / "plain.bin", work / "key.txt"
        _make_input(plain, size_mib * MIB)
        subprocess.run(["age-keygen", "-o", str(key_file)], check=True, capture_output=True)
        recipient = subprocess.run(
            ["age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True
        ).stdout.strip()
        theirs, ours = work / "theirs.age", work / "ours.age"
        theirs_out, ours_out = work / "theirs.out", work / "ours.out"
        names = ("age encrypt", "our encrypt", "our encrypt (child wall)", "age decrypt",
                 "our decrypt", "our decrypt (child wall)")
        runs = {name: Samples(cache="cold") for name in names}
        peak = 0

        def cold() -> None:
            if drop_caches() != "cold":
                for samples in runs.values():
                    samples.cache = "warm"

        for _ in range(rounds):
            cold()
            runs["age encrypt"].add(_run_age(
                ["age", "-r", recipient, "-o", str(theirs), str(plain)], theirs))
            cold()
            inner, wall, rss = _run_ours("encrypt", plain, ours, recipient)
            runs["our encrypt"].add(inner)
            runs["our encrypt (child wall)"].add(wall)
            peak = max(peak, rss)
            cold()
            runs["age decrypt"].add(_run_age(
                ["age", "-d", "-i", str(key_file), "-o", str(theirs_out), str(ours)], theirs_out))
            cold()
            inner, wall, rss = _run_ours("decrypt", theirs, ours_out, str(key_file))
            runs["our decrypt"].add(inner)
            runs["our decrypt (child wall)"].add(wall)
            peak = max(peak, rss)
        expected = _sha256(plain)
        if _sha256(theirs_out) != expected or _sha256(ours_out) != expected:
            raise SystemExit("round trip mismatch: the outputs do not match the input")
    print(f"input: {size_mib} MiB of random bytes; {rounds} interleaved rounds", flush=True)
    for name, samples in runs.items():
        print(f"  {name:26s} {samples.describe()}  ({size_mib / samples.median:.0f} MiB/s)",
              flush=True)
    for operation in ("encrypt", "decrypt"):
        paired = Samples([a / o for a, o in zip(runs[f"age {operation}"].values,
                                                 runs[f"our {operation}"].values, strict=True)],
                         unit="x", cache=runs[f"our {operation}"].cache)
        verdicts.goal(f"{operation}: age time / our time (paired per round)", paired,
                      limit=1.0, unit="x", higher_is_better=True)
    print(f"our peak memory (max RSS of our child processes): {peak / MIB:.1f} MiB", flush=True)
    return verdicts.finish()


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(*sys.argv[2:])
    else:
        sys.exit(main())
