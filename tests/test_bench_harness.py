"""The benchmark harness judges honestly: a missed goal fails, a quick run never claims success."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _harness():
    spec = importlib.util.spec_from_file_location("harness", ROOT / "benchmarks" / "harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["harness"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


harness = _harness()


def test_a_missed_goal_prints_goal_missed_and_exits_non_zero(capsys: pytest.CaptureFixture
                                                             ) -> None:
    verdicts = harness.Verdicts()
    verdicts.goal("fast enough", harness.Samples([0.2, 0.9, 0.8]), limit=0.5)
    verdicts.goal("small enough", harness.Samples([0.1]), limit=0.5)
    status = verdicts.finish()
    out = capsys.readouterr().out
    assert status == 1
    assert "GOAL MISSED  fast enough: median 0.8 s" in out
    assert "GOAL MET     small enough" in out
    assert "goals met" not in out


def test_all_goals_met_prints_goals_met_and_exits_zero(capsys: pytest.CaptureFixture) -> None:
    verdicts = harness.Verdicts()
    verdicts.goal("fast enough", harness.Samples([0.2, 0.3, 0.4]), limit=0.5)
    assert verdicts.finish() == 0
    assert capsys.readouterr().out.splitlines()[-1] == "goals met (1)"


def test_the_max_statistic_judges_the_worst_round(capsys: pytest.CaptureFixture) -> None:
    verdicts = harness.Verdicts()
    assert not verdicts.goal("gap", harness.Samples([0.01, 0.01, 0.09]), limit=50,
                             unit="ms", scale=1000, statistic="max")
    assert verdicts.finish() == 1


def test_a_quick_run_never_prints_goals_met_even_when_every_goal_is_met(
        capsys: pytest.CaptureFixture) -> None:
    verdicts = harness.Verdicts(quick=True)
    verdicts.goal("fast enough", harness.Samples([0.1]), limit=0.5)
    assert verdicts.finish() == 0
    out = capsys.readouterr().out
    assert "goals met" not in out.lower()
    assert "GOAL MET" not in out
    assert "no goal is judged" in out


def test_rounds_are_warm_unless_every_round_started_cold() -> None:
    states = iter(["cold", "warm", "cold"])
    samples = harness.time_rounds(lambda: None, rounds=3, before=lambda: next(states))
    assert len(samples.values) == 3
    assert samples.cache == "warm"
    assert harness.time_rounds(lambda: None, rounds=2, before=lambda: "cold").cache == "cold"
    assert harness.time_rounds(lambda: None, rounds=2).cache == "warm"


def test_samples_report_median_min_and_max() -> None:
    samples = harness.Samples([3.0, 1.0, 2.0], cache="cold")
    assert (samples.median, samples.low, samples.high) == (2.0, 1.0, 3.0)
    assert samples.describe() == "median 2 s (min 1, max 3; 3 rounds, cold)"


def _benchmarks() -> list[Path]:
    return sorted((ROOT / "benchmarks").glob("*.py"))


def test_benchmarks_never_import_test_code() -> None:
    import ast

    test_modules = {p.stem for p in (ROOT / "tests").glob("*.py")}
    offenders = []
    for path in _benchmarks():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module.split(".")[0]]
            offenders += [f"{path.name}:{node.lineno} imports {n}" for n in names
                          if n in test_modules or n == "tests"]
        if '"tests"' in path.read_text() or "'tests'" in path.read_text():
            offenders.append(f"{path.name} puts tests/ on its path")
    assert offenders == []



def test_thread_cpu_puts_each_started_threads_cpu_under_its_name_and_the_callers_apart() -> None:
    def busy() -> None:
        digest = hashlib.sha256()
        for _ in range(64):
            digest.update(bytes(1 << 20))

    original = threading.Thread.run
    with harness.ThreadCpu() as threads:
        worker = threading.Thread(target=busy, name="busy")
        worker.start()
        worker.join()
        busy()
    assert set(threads.seconds) == {"busy", "caller"}
    assert threads.seconds["busy"] > 0 and threads.seconds["caller"] > 0
    assert threads.describe().split(", ")[0].split()[0] in {"busy", "caller"}
    assert threading.Thread.run is original
