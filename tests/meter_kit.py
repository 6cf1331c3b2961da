"""Reading the window's strength meter, which judges in a worker (ui/strength_meter.py)."""

from __future__ import annotations


def settled_acceptable(qtbot, meter) -> bool:
    """Whether the meter, once it shows the verdict of the text now in its field, says the vault
    takes it (waits at most 20 s: the estimator's dictionaries load at the first judgement)."""
    qtbot.waitUntil(meter.settled, timeout=20_000)
    return meter.acceptable()
