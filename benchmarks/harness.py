"""Shared benchmark harness: repeated whole-use-case timing, honest verdicts.

Every benchmark in this folder uses it so that each one:

- times the whole use case as the product runs it, repeated (`Samples`: median, min, max);
- runs cold where the user is cold: `drop_caches()` writes 3 to /proc/sys/vm/drop_caches when
  it may (root) and otherwise says the run was "warm" instead of pretending;
- describes its input and machine truthfully (`describe_machine`);
- prints one verdict line per goal and exits non-zero when one is missed (`Verdicts.finish`);
- with `--quick` (reduced sizes) never prints "goals met": a quick run proves nothing.

Benchmarks never import test code (tests/); what they need to build inputs lives in
`benchmarks/inputs.py` or the product itself.

    from harness import Samples, Verdicts, drop_caches, time_rounds
    verdicts = Verdicts(quick=args.quick)
    samples = time_rounds(lambda: do_the_thing(), rounds=5, before=drop_caches)
    verdicts.goal("unlock", samples, limit=1.5, unit="s")
    return verdicts.finish()
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import resource
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1 << 20
GIB = 1 << 30
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_caches() -> str:
    """Flush dirty pages and drop the page cache if this process may; returns "cold" or "warm".

    Needs root on Linux. Anywhere else (or in a container that forbids it) nothing is dropped
    and the caller must report its figures as warm.
    """
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return "warm"
    return "cold"


STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")


def peak_rss_mib() -> float:
    """Peak resident set size of this process, in MiB: since it started, or since the last
    `reset_peak_rss()`. On Linux from VmHWM (ru_maxrss there survives exec, so a spawned child
    would report its parent's peak); elsewhere ru_maxrss (KiB on Linux, bytes on macOS)."""
    try:
        for line in STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (MIB if sys.platform == "darwin" else 1024)


def reset_peak_rss() -> bool:
    """Start the peak (VmHWM) afresh from the current RSS, so set-up that comes before the
    measured step (unlocking keys) is not counted; False where the OS cannot (then the peak
    includes everything before)."""
    try:
        CLEAR_REFS.write_text("5\n")
    except OSError:
        return False
    return True


@dataclass
class Samples:
    """Repeated measurements of one thing, in `unit` (seconds unless said otherwise)."""

    values: list[float] = field(default_factory=list)
    unit: str = "s"
    cache: str = "warm"  # "cold" only when every round started with a dropped page cache;
    # "" for figures the page cache does not change (memory)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def describe(self, scale: float = 1.0, unit: str | None = None) -> str:
        """"median 1.23 s (min 1.10, max 1.40; 5 rounds, cold)"."""
        unit = unit or self.unit
        cache = f", {self.cache}" if self.cache else ""  # "" for figures a cache cannot change
        return (f"median {self.median * scale:.3g} {unit} (min {self.low * scale:.3g}, "
                f"max {self.high * scale:.3g}; {len(self.values)} round"
                f"{'s' if len(self.values) != 1 else ''}{cache})")


def time_rounds(work: Callable[[], object], rounds: int,
                before: Callable[[], str | None] | None = None) -> Samples:
    """Run `work` `rounds` times and time each call with perf_counter (seconds).

    `before` runs untimed ahead of each round (preparation, or `drop_caches`); if it returns
    "cold" or "warm" that is recorded, and the samples are "cold" only if every round was.
    """
    samples = Samples(cache="cold" if before is not None else "warm")
    for _ in range(rounds):
        state = before() if before is not None else None
        if state != "cold":
            samples.cache = "warm"
        started = time.perf_counter()
        work()
        samples.add(time.perf_counter() - started)
    return samples


def _guarded(target: Callable[..., object], args: tuple, queue: multiprocessing.Queue) -> None:
    try:
        result = target(*args)
        queue.put(("ok", result, peak_rss_mib()))
    except BaseException as exc:  # report instead of leaving the parent waiting
        queue.put(("error", f"{type(exc).__name__}: {exc}", 0.0))


def in_child(target: Callable[..., object], *args: object) -> tuple[object, float]:
    """Run `target(*args)` in a fresh (spawned) process; returns (its result, its peak RSS MiB).

    A child's peak memory is its own, not hidden by this process's. `target` must be a module
    level function and its result picklable. Raises RuntimeError if the child fails or dies.
    """
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_guarded, args=(target, args, queue))
    child.start()
    while True:
        try:
            status, result, peak = queue.get(timeout=5)
            break
        except Exception:  # queue.Empty: check the child is still there
            if not child.is_alive():
                raise RuntimeError(f"benchmark child died (exit {child.exitcode})") from None
    child.join()
    if status == "error":
        raise RuntimeError(f"benchmark child failed: {result}")
    return result, peak


class ThreadCpu:
    """CPU seconds (user + system, `time.thread_time`) of each thread by name: the thread that
    enters it, for the time inside, and every Python thread started meanwhile, for its whole
    life (added when it ends, so read `describe()` once they have ended). Says which of a
    pipeline's threads (a cipher, the hash, the disk's) the CPU went to, which on a loaded
    machine says more than the wall time. Patches `threading.Thread.run` while inside."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> ThreadCpu:
        self._run = threading.Thread.run
        self._started = time.thread_time()
        counter, original = self, self._run

        def run(thread: threading.Thread) -> None:
            try:
                original(thread)
            finally:
                counter._add(thread.name.split(" (")[0], time.thread_time())

        threading.Thread.run = run  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        threading.Thread.run = self._run  # type: ignore[method-assign]
        self._add("caller", time.thread_time() - self._started)

    def _add(self, name: str, seconds: float) -> None:
        with self._lock:
            self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def describe(self) -> str:
        """"caller 0.52, direct-observer 0.63, ...": seconds per thread name, largest first."""
        return ", ".join(f"{name} {seconds:.2f}" for name, seconds in
                         sorted(self.seconds.items(), key=lambda kv: -kv[1]) if seconds >= 0.005)


def describe_machine() -> str:
    """One line: CPUs, load average, kernel, Python; so a figure carries its conditions."""
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"machine: {os.cpu_count()} CPUs, load average {load}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


class Verdicts:
    """One verdict line per goal; `finish()` gives the exit status (0 only if all goals met).

    With `quick=True` the sizes are not the goal's, so lines say "quick run, no verdict" and the
    closing line never says "goals met"; the exit status is 0 unless something failed outright.
    """

    def __init__(self, quick: bool = False) -> None:
        self.quick = quick
        self.missed: list[str] = []
        self.met: list[str] = []

    def goal(self, name: str, samples: Samples | float, limit: float, unit: str = "s",
             scale: float = 1.0, higher_is_better: bool = False, statistic: str = "median",
             ) -> bool:
        """Judge `samples` (its median by default, or "max") against `limit` in `unit`.

        `scale` converts the samples into `unit` (1000 for seconds -> ms). Prints and returns
        whether the goal is met.
        """
        if isinstance(samples, Samples):
            value = (samples.high if statistic == "max" else samples.median) * scale
            detail = samples.describe(scale, unit)
        else:
            value, detail = samples * scale, f"{samples * scale:.3g} {unit}"
        ok = value >= limit if higher_is_better else value < limit
        sign = ">=" if higher_is_better else "<"
        what = f"{name}: {statistic if isinstance(samples, Samples) else 'value'} " \
               f"{value:.3g} {unit}, goal {sign} {limit:g} {unit}  [{detail}]"
        if self.quick:
            print(f"QUICK (no verdict)  {what}", flush=True)
        elif ok:
            print(f"GOAL MET     {what}", flush=True)
        else:
            print(f"GOAL MISSED  {what}", flush=True)
        (self.met if ok else self.missed).append(name)
        return ok

    def finish(self) -> int:
        """Print the closing line; return the process exit status."""
        if self.quick:
            print("quick run: reduced sizes, figures only; no goal is judged", flush=True)
            return 0
        if self.missed:
            print(f"GOALS NOT MET: {', '.join(self.missed)}", flush=True)
            return 1
        print(f"goals met ({len(self.met)})", flush=True)
        return 0


def format_rounds(values: Sequence[float], scale: float = 1.0) -> str:
    """"1.20, 1.31, 1.18": every round, so a reader sees the spread, not only the median."""
    return ", ".join(f"{value * scale:.3g}" for value in values)
