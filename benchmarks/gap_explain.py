"""What each thread of a process was doing during a stretch of time, sampled from outside it.

`ui_responsiveness.py --explain` starts this file as a separate process (it needs no GIL of the
process it watches, so a worker holding the GIL cannot hide from it). Every SAMPLE_S it reads,
for every thread of the watched process and of the display server, /proc/<pid>/task/<tid>/stat
(its state: R running or ready, S asleep, D waiting for the disk) and .../syscall (the call it
is blocked in: futex is a lock, the GIL among them; poll is waiting for events or the display;
"running" is none, which for a D thread is a page fault). The samples go to a TSV file;
`summarise` says, for a stretch (the longest gap of a phase), how often each thread was in
each state. Linux only; it reads nothing but /proc.

    python gap_explain.py PID DISPLAY_PID OUT.tsv STOP_FILE   # samples until STOP_FILE exists
"""

from __future__ import annotations

import collections
import os
import sys
import time
from pathlib import Path

SAMPLE_S = 0.0005
CALLS = {"0": "read", "1": "write", "7": "poll", "17": "pread64", "18": "pwrite64",
         "74": "fsync", "75": "fdatasync", "87": "unlink", "202": "futex", "230": "nanosleep",
         "232": "epoll_wait", "271": "ppoll", "295": "preadv", "296": "pwritev",
         "327": "preadv2", "328": "pwritev2"}


def _threads(pid: int) -> list[tuple[int, str]]:
    try:
        return [(pid, tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return []


def sample(pid: int, display: int, out: Path, stop: Path) -> None:
    """Write `time, tid, name, state, call` lines to `out` until `stop` exists or `pid` ends."""
    with out.open("w") as tsv:
        while not stop.exists() and Path(f"/proc/{pid}").exists():
            now = time.perf_counter()
            for owner, tid in _threads(pid) + (_threads(display) if display else []):
                try:
                    stat = Path(f"/proc/{owner}/task/{tid}/stat").read_text()
                    call = Path(f"/proc/{owner}/task/{tid}/syscall").read_text().split()
                except OSError:
                    continue
                name = stat[stat.index("(") + 1 : stat.rindex(")")]
                state = stat[stat.rindex(")") + 2]
                what = "no call" if call[0] == "running" else CALLS.get(call[0], f"call {call[0]}")
                tsv.write(f"{now:.6f}\t{tid}\t{name}\t{state}\t{what}\n")
            time.sleep(SAMPLE_S)


def summarise(samples: Path, start: float, end: float, gui_tid: int) -> list[str]:
    """Lines saying, for `start`..`end` (perf_counter seconds), the share of samples in which
    the GUI thread and each other thread was in each (state, call); busiest first."""
    seen: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    times = set()
    for line in samples.read_text().splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or not start <= float(parts[0]) <= end:
            continue
        times.add(parts[0])
        who = "GUI thread" if int(parts[1]) == gui_tid else f"{parts[2]} ({parts[1]})"
        seen[who][f"{parts[3]} {parts[4]}"] += 1
    if not times:
        return ["    no samples in this gap"]
    lines = []
    for who, states in sorted(seen.items(), key=lambda kv: kv[0] != "GUI thread"):
        shares = [(count / len(times), state) for state, count in states.most_common()]
        if who != "GUI thread" and all(state.startswith("S") for _, state in shares):
            continue  # asleep all along: not part of the story
        told = ", ".join(f"{state} {share:.0%}" for share, state in shares[:4])
        lines.append(f"    {who}: {told}")
    return [f"    {len(times)} samples; R = running or ready for a processor, S = asleep, "
            f"D = the disk (\"no call\": a page fault)", *lines]


class StackWatch:
    """Inside the watched process: the GUI thread's Python stack, sampled every 2 ms by a
    helper thread. Where the GUI thread runs Python (or waits for the GIL inside a call from
    Python), the innermost frames say which of our handlers it is in; where it is inside Qt
    with the GIL released, the frame that called into Qt. Needs the GIL for each sample, so a
    worker that keeps the GIL delays the samples as it delays the GUI thread."""

    def __init__(self, gui_ident: int, period_s: float = 0.002) -> None:
        import threading

        self._gui = gui_ident
        self._period = period_s
        self.samples: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stack-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._period):
            frame = sys._current_frames().get(self._gui)
            where = []
            while frame is not None and len(where) < 5:
                code = frame.f_code
                where.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), " < ".join(where)))
            if len(self.samples) > 200_000:
                del self.samples[:100_000]

    def stop(self) -> None:
        """End the helper thread."""
        self._stop.set()
        self._thread.join()

    def summarise(self, start: float, end: float) -> list[str]:
        """The GUI thread's stacks seen between `start` and `end` (perf_counter s), commonest
        first, with the times of the samples."""
        seen = collections.Counter(where for at, where in self.samples if start <= at <= end)
        times = [at - start for at, _ in self.samples if start <= at <= end]
        lines = [f"    GUI thread's Python stack, {len(times)} samples at "
                 f"{', '.join(f'{t * 1000:.0f}' for t in times[:30])} ms into the gap:"]
        lines += [f"      {count}x {where}" for where, count in seen.most_common(6)]
        return lines


def name_python_threads() -> None:
    """Give every Python thread started from now on its own name in /proc (Linux `comm`, 15
    bytes), so the samples tell the blob reader from the disk's threads; elsewhere nothing."""
    import ctypes
    import threading

    try:
        prctl = ctypes.CDLL(None).prctl
    except (OSError, AttributeError):
        return
    start = threading.Thread._bootstrap_inner  # type: ignore[attr-defined]

    def named(self: threading.Thread) -> None:
        prctl(15, self.name.encode()[:15], 0, 0, 0)  # PR_SET_NAME
        start(self)

    threading.Thread._bootstrap_inner = named  # type: ignore[attr-defined]


if __name__ == "__main__":
    sample(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
