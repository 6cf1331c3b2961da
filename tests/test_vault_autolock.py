"""Auto-lock after idle time, driven by a test clock instead of sleeping."""

from __future__ import annotations

import pytest

from intake_app.vault import IdleLock, InvalidSetting


class TestClock:
    __test__ = False

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_default_is_five_minutes():
    assert IdleLock().timeout_s == 300


def test_expires_after_the_idle_time_and_touch_restarts_it():
    clock = TestClock()
    idle = IdleLock(timeout_s=300, clock=clock)
    clock.now += 299
    assert not idle.expired() and idle.remaining() == pytest.approx(1)
    idle.touch()
    clock.now += 299
    assert not idle.expired()
    clock.now += 1
    assert idle.expired() and idle.remaining() == 0


def test_timeout_is_configurable_but_positive():
    clock = TestClock()
    idle = IdleLock(timeout_s=60, clock=clock)
    idle.timeout_s = 10
    clock.now += 10
    assert idle.expired()
    for bad in (0, -1, float("nan")):
        with pytest.raises(InvalidSetting) as refused:  # the project's error, with a sentence
            IdleLock(timeout_s=bad)
        assert not isinstance(refused.value, ValueError)
        with pytest.raises(InvalidSetting):
            idle.timeout_s = bad
        assert idle.timeout_s == 10  # a refused value changes nothing
