"""Fuzz one reader (or all) for a bounded time; print inputs tried; exit non-zero on a defect.

    python tests/fuzz/run.py TARGET [--seconds S] [--engine atheris|hypothesis]
    python tests/fuzz/run.py --all --seconds S          (what `make fuzz` runs)

A defect is:
- an exception whose class is not defined in the `intake_app` package (every reader failure must
  be a project error with a sentence);
- one input using more than `--input-timeout` seconds (default 2) of CPU time, all threads of
  the process counted (age decrypts on worker threads), or hanging for more than
  `--hang-timeout` seconds (default 10) of wall-clock time. CPU time, because on a shared machine
  the wall clock stretches with other people's work: a header with 1,023 X25519 stanzas costs
  about 0.4 s of CPU and took over 2 s of wall clock at load 10 (the age target's "timeout");
- the process growing past `baseline + --memory-mb` MiB (default 768), where `baseline` is the
  unlock baseline: the resident size of the liaison program right after an unlock, measured by
  `baseline.py` (or given with `--baseline-mb`).
Coverage-guided with atheris (libFuzzer) where it is installed, mutation-based with hypothesis
otherwise. A crashing input is saved under `--artifacts` (default: a temp folder), its path
printed. Every seed runs once before fuzzing starts, so lazy imports are not timed.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEMORY_MB = 768
"""MiB a reader may add above the unlock baseline (cleaning holds under 600 MiB of pixels)."""
INPUT_TIMEOUT = 2
"""CPU seconds one input may use."""
HANG_TIMEOUT = 10
"""Wall-clock seconds after which one input counts as hanging."""


class SlowInput(Exception):
    """One input used more CPU time than the bound (a defect: not an intake_app error)."""


def is_project_error(exc: BaseException) -> bool:
    """A deliberate refusal: its class (or a base) is defined in the intake_app package."""
    return any(cls.__module__.split(".")[0] == "intake_app" for cls in type(exc).__mro__[:-2])


def _rss_mb() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // (1 << 20)


def _checked(run, cpu_seconds: float):  # type: ignore[no-untyped-def]
    def one_input(data: bytes) -> None:
        start = time.process_time()
        try:
            run(data)
        except Exception as exc:
            if not is_project_error(exc):
                raise
        used = time.process_time() - start
        if used > cpu_seconds:
            raise SlowInput(f"one input used {used:.2f} s of CPU (bound {cpu_seconds} s)")
    return one_input


def _memory_limit(args: argparse.Namespace) -> int:
    """baseline + margin, in MiB, said on stderr so every report states it."""
    if args.baseline_mb is None:
        from baseline import unlock_baseline_mb

        args.baseline_mb = unlock_baseline_mb()
    limit = args.baseline_mb + args.memory_mb
    print(f"memory bound: {limit} MiB = unlock baseline {args.baseline_mb} MiB + "
          f"{args.memory_mb} MiB (this process after set-up: {_rss_mb()} MiB)",
          file=sys.stderr, flush=True)
    return limit


def _warm_up(run, seeds: list[bytes]) -> None:  # type: ignore[no-untyped-def]
    """Each seed once, outside the fuzzer's clocks: lazy imports and first calls are not inputs
    (a non-project exception is still a defect)."""
    one_input = _checked(run, float("inf"))
    for seed in seeds:
        one_input(seed)


def _fuzz_atheris(name: str, seconds: int, args: argparse.Namespace) -> int:
    import atheris

    with atheris.instrument_imports(include=["intake_app"]):
        import targets
    target = targets.TARGETS[name]
    corpus = Path(tempfile.mkdtemp(prefix=f"corpus-{name}-"))
    seeds = target.seeds()
    for number, seed in enumerate(seeds):
        (corpus / f"seed-{number}").write_bytes(seed)
    one_input = _checked(target.run, args.input_timeout)
    _warm_up(target.run, seeds)
    limit = _memory_limit(args)
    artifacts = Path(args.artifacts or tempfile.mkdtemp(prefix=f"crash-{name}-"))
    artifacts.mkdir(parents=True, exist_ok=True)
    max_len = max(4096, 2 * max(len(s) for s in seeds))
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={seconds}",
                   f"-timeout={args.hang_timeout}", f"-rss_limit_mb={limit}",
                   f"-malloc_limit_mb={limit}", f"-max_len={max_len}", "-print_final_stats=1",
                   f"-artifact_prefix={artifacts}/", "-close_fd_mask=1"],
                  one_input)
    atheris.Fuzz()  # exits the process: 0 when the time is up, non-zero on a defect
    return 0


def _mutate(seed: bytes, data) -> bytes:  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    out = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 8))):
        kind = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]))
        at = data.draw(st.integers(0, max(0, len(out))))
        if kind == "flip" and out:
            out[min(at, len(out) - 1)] = data.draw(st.integers(0, 255))
        elif kind == "insert":
            out[at:at] = data.draw(st.binary(max_size=64))
        elif kind == "delete":
            del out[at:at + data.draw(st.integers(1, 64))]
        elif kind == "truncate":
            del out[at:]
        elif kind == "repeat":
            out[at:at] = out[at:at + data.draw(st.integers(1, 512))] * data.draw(st.integers(2, 50))
    return bytes(out)


def _fuzz_hypothesis(name: str, seconds: int, args: argparse.Namespace) -> int:
    import targets
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    target = targets.TARGETS[name]
    seeds = target.seeds()
    one_input = _checked(target.run, args.input_timeout)
    _warm_up(target.run, seeds)
    limit = _memory_limit(args)
    tried = 0

    @settings(max_examples=200, deadline=args.hang_timeout * 1000, database=None,
              suppress_health_check=list(HealthCheck), derandomize=False)
    @given(st.data())
    def fuzz(data) -> None:  # type: ignore[no-untyped-def]
        nonlocal tried
        tried += 1
        seed = data.draw(st.sampled_from(seeds))
        one_input(_mutate(seed, data) if data.draw(st.booleans()) else data.draw(st.binary()))

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        fuzz()
        if _rss_mb() > limit:
            print(f"defect: memory {_rss_mb()} MiB over the bound {limit} MiB", file=sys.stderr)
            return 1
    print(f"Done {tried} runs in {seconds} second(s)", file=sys.stderr)
    return 0


def run_one(name: str, seconds: int, args: argparse.Namespace) -> int:
    sys.path.insert(0, str(HERE))
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzzing {name} with {engine} for {seconds} s", file=sys.stderr, flush=True)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if engine == "atheris":
        return _fuzz_atheris(name, seconds, args)
    return _fuzz_hypothesis(name, seconds, args)


def run_all(seconds: int, args: argparse.Namespace) -> int:
    """Each target in its own process; a table of inputs tried per reader at the end."""
    sys.path.insert(0, str(HERE))
    import targets
    from baseline import unlock_baseline_mb

    if args.baseline_mb is None:
        args.baseline_mb = unlock_baseline_mb()  # once, for every target
    print(f"memory bound: unlock baseline {args.baseline_mb} MiB + {args.memory_mb} MiB; "
          f"per input: {args.input_timeout} s CPU, {args.hang_timeout} s wall clock", flush=True)

    rows, failed = [], 0
    for name, target in targets.TARGETS.items():
        command = [sys.executable, __file__, name, "--seconds", str(seconds),
                   "--engine", args.engine, "--memory-mb", str(args.memory_mb),
                   "--input-timeout", str(args.input_timeout),
                   "--hang-timeout", str(args.hang_timeout), "--baseline-mb", str(args.baseline_mb)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        tried = inputs_tried(done.stderr)
        ok = done.returncode == 0
        failed += not ok
        rows.append((target.reader, tried, "ok" if ok else f"DEFECT (exit {done.returncode})"))
        if not ok:
            print(done.stderr[-4000:], file=sys.stderr)
    width = max(len(r[0]) for r in rows)
    print(f"{'reader':<{width}}  {'inputs tried':>12}  result")
    for reader, tried, result in rows:
        print(f"{reader:<{width}}  {tried:>12}  {result}")
    return 1 if failed else 0


def inputs_tried(stderr: str) -> int:
    """The number of inputs libFuzzer (or the hypothesis loop) reports having run."""
    found = re.findall(r"Done (\d+) runs in", stderr)
    return int(found[-1]) if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--memory-mb", type=int, default=MEMORY_MB)
    parser.add_argument("--input-timeout", type=float, default=INPUT_TIMEOUT,
                        help="CPU seconds one input may use")
    parser.add_argument("--hang-timeout", type=int, default=HANG_TIMEOUT,
                        help="wall-clock seconds after which one input counts as hanging")
    parser.add_argument("--baseline-mb", type=int, default=None,
                        help="the unlock baseline in MiB (default: measured by baseline.py)")
    parser.add_argument("--artifacts")
    args = parser.parse_args()
    if args.all:
        return run_all(args.seconds, args)
    if not args.target:
        parser.error("give a TARGET or --all")
    return run_one(args.target, args.seconds, args)


if __name__ == "__main__":
    sys.exit(main())
