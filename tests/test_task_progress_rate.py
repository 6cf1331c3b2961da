"""A long task tells the window its progress a few times a second, not at every chunk: each
signal costs the GUI thread a repaint and a wait for the GIL while the worker seals."""

from __future__ import annotations

from intake_app.ui.tasks import PROGRESS_INTERVAL_S, Task


class Clock:
    """A clock the test moves by hand (no wall-clock timing in tests)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _reports(task: Task) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    task.signals.progress.connect(lambda done, total: seen.append((done, total)))
    return seen


def test_a_task_signals_progress_at_most_once_per_interval_and_always_at_the_end(qapp) -> None:
    clock = Clock()
    chunk, total = 64 * 1024, 1 << 30  # a 1 GiB seal reports each 64 KiB chunk: 16,384 calls
    calls = total // chunk
    seconds = 4.0  # the seal takes 4 s on the fake clock
    task = Task(lambda progress: None, clock=clock)
    seen = _reports(task)
    for n in range(1, calls + 1):
        clock.now += seconds / calls
        task._report(n * chunk, total)
    assert seen[-1] == (total, total)  # the end always reaches the bar
    assert len(seen) <= seconds / PROGRESS_INTERVAL_S + 2
    assert len(seen) >= seconds / PROGRESS_INTERVAL_S / 2  # still moving all the way


def test_a_task_sends_nothing_while_the_bar_would_not_move(qapp) -> None:
    clock = Clock()
    task = Task(lambda progress: None, clock=clock)
    seen = _reports(task)
    for n in range(1, 100):  # a slow medium: long pauses, but less than 1/1000 done
        clock.now += 1.0
        task._report(n, 1 << 30)
    assert seen[:1] == [(1, 1 << 30)]  # the first step, then nothing until the bar moves
    assert len(seen) == 1
