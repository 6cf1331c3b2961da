"""Typing into a passphrase meter never stalls the window (issue 12, "Quick": no event-loop gap
over 50 ms), and the verdict shown is always that of the text in the field.

The strength rule takes 20 ms to 0.2 s per judgement (0.4 to 5 s for 100 characters before its
cost was bounded), and the three meters (set-up, a new passphrase and the duress passphrase in
the Security settings) judged on the GUI thread at every keystroke. They judge in a worker now
(ui/strength_meter.py). The gap is measured as benchmarks/ui_responsiveness.py does (a 5 ms
timer on the GUI thread), less the time the GUI thread waited for a processor: the machine's
other load is not the window's doing.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from test_gui_security_focus import open_security
from test_gui_setup import _window
from test_gui_setup_fit import _to_passphrase_step

from intake_app.ui import strength_meter
from intake_app.ui.i18n_loader import set_ui_language

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
# 120 characters, as a person types a long sentence; its last words change the verdict.
LONG = ("Mijn grootmoeder fietste elke zondag langs de Maas naar de markt in Venlo, "
        "met een mand vol appels en een rode paraplu 7!")
GOAL_S = 0.050


def _gap_meter():
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from ui_responsiveness import GapMeter

    return GapMeter()


def _type_slowly(field, text: str, every_ms: int = 15) -> list[int]:
    """Types `text` into `field`, one key every `every_ms` on the event loop (a fast typist);
    the returned list holds how many characters were typed so far."""
    typed = [0]
    timer = QTimer(field)
    timer.setInterval(every_ms)

    def key() -> None:
        if typed[0] == len(text):
            timer.stop()
            return
        QTest.keyClicks(field, text[typed[0]])
        typed[0] += 1

    timer.timeout.connect(key)
    timer.start()
    return typed


def _meters(qtbot, tmp_path: Path, which: str):
    """(window, field, meter) of `which` meter, its page or dialog shown."""
    if which == "set-up":
        window, fingerprint = _window(qtbot, tmp_path)
        page = window.setup_page
        _to_passphrase_step(qtbot, page, fingerprint)
        page.passphrase.setFocus()
        return window, page.passphrase, page.meter
    window, dialog = open_security(qtbot, tmp_path)
    dialog.current.setText(PASSPHRASE)
    if which == "change":
        dialog.new.setFocus()
        return window, dialog.new, dialog.meter
    dialog.duress.setFocus()
    return window, dialog.duress, dialog.duress_meter


def _close(window) -> None:
    if window.session is not None:
        window.lock()
    window.close()


@pytest.mark.timing
@pytest.mark.parametrize("which", ["set-up", "change", "duress"])
def test_typing_120_characters_into_each_meter_leaves_no_event_loop_gap_over_50_ms(
        qtbot, tmp_path: Path, which: str, monkeypatch) -> None:
    """Judged on the better of two rounds, each the longest gap less the GUI thread's wait for
    a processor. And no judgement runs on the GUI thread: one takes up to 45 ms on a busy
    laptop even bounded, close to the goal by itself."""
    set_ui_language("en")
    window, field, meter = _meters(qtbot, tmp_path, which)
    judge = strength_meter.judge
    on_gui_thread: list[bool] = []

    def watched_judge(text, inputs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return judge(text, inputs)

    monkeypatch.setattr(strength_meter, "judge", watched_judge)
    try:
        # What the page starts while a person reads it (the estimator's dictionaries, the
        # keyring's answer) has ended: its one-off cost is not typing's.
        qtbot.waitUntil(lambda: not window.runner._running, timeout=30000)
        qtbot.wait(200)
        gaps = _gap_meter()
        rounds = []
        for _ in range(2):  # the better of two: one spike of the machine's load is not typing's
            field.clear()
            typing: dict[str, list[int]] = {}
            gaps.run_until(lambda t=typing: t.setdefault("typed", _type_slowly(field, LONG)),
                           lambda t=typing: t["typed"][0] == len(LONG) and meter.settled(),
                           timeout_s=120)
            assert field.text() == LONG
            rounds.append((gaps.longest - gaps.longest_runnable, gaps.longest))
        own = min(rounds)[0]
        assert own < GOAL_S, (f"longest gaps (own, wall clock) {rounds} s: the better one "
                              f"{own * 1000:.0f} ms less processor wait")
        assert meter.verdict.text() == "Very strong"
        assert on_gui_thread and not any(on_gui_thread)
        assert len(on_gui_thread) < len(LONG) // 2  # a judgement per pause, not per key
    finally:
        _close(window)


def test_the_verdict_shown_is_always_that_of_the_last_text_and_a_stale_one_is_dropped(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """A judgement of an earlier text that ends after the text changed is never shown: the
    weak text's judgement is held until the strong text has been typed, and the meter shows
    nothing, then the strong text's verdict."""
    set_ui_language("en")
    window, field, meter = _meters(qtbot, tmp_path, "change")
    judge = strength_meter.judge
    release = threading.Event()
    judged: list[str] = []

    def held_judge(text, inputs):
        if text == "zomer":
            release.wait(20)  # until the strong text is in the field
        judged.append(text)
        return judge(text, inputs)

    monkeypatch.setattr(strength_meter, "judge", held_judge)
    try:
        QTest.keyClicks(field, "zomer")
        assert meter.verdict.text() == "" and not meter.settled()  # nothing judged yet
        qtbot.waitUntil(lambda: meter._judging, timeout=5000)  # "zomer" is being judged
        field.setText("zomer kraanvogel morgenrood fietsbel")
        assert meter.score() is None and meter.verdict.text() == ""
        release.set()
        qtbot.waitUntil(lambda: judged == ["zomer", field.text()], timeout=20000)
        qtbot.waitUntil(meter.settled, timeout=20000)
        assert meter.acceptable() and meter.verdict.text() in ("Strong enough", "Very strong")
        field.setText("zomer")  # and back: the weak verdict follows the text at once
        assert meter.verdict.text() == ""
        qtbot.waitUntil(meter.settled, timeout=20000)
        assert not meter.acceptable() and meter.verdict.text() in (
            "Very weak", "Weak", "Not strong enough yet")
    finally:
        release.set()
        _close(window)


def test_set_judges_the_text_at_the_click_not_the_verdict_shown(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """The duress passphrase's Set runs the vault's rule on the text at the click, in a worker:
    a weak text typed after a strong verdict was shown is refused there, before any change is
    started (a started one empties the fields), and nothing is tried."""
    set_ui_language("en")
    window, field, meter = _meters(qtbot, tmp_path, "duress")
    dialog = window.workspace.security
    judge = strength_meter.judge
    on_gui_thread: list[bool] = []

    def watched_judge(text, inputs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return judge(text, inputs)

    monkeypatch.setattr(strength_meter, "judge", watched_judge)
    try:
        dialog.duress_name.setText("Bo Jansen")
        field.setText("kraanvogel morgenrood fietsbel")
        qtbot.waitUntil(meter.settled, timeout=20000)
        assert meter.acceptable()
        meter._pause.setInterval(60_000)  # the meter's own judgement of the new text waits
        field.setText("welkom12345")
        dialog.duress_repeat.setText("welkom12345")
        dialog.duress_button.click()
        qtbot.waitUntil(dialog.result.isVisible, timeout=20000)
        assert dialog.result.objectName() == "error"
        assert dialog.result.text().endswith(meter.advice())
        assert field.text() == "welkom12345"  # refused at the check: no change was started
        assert window.session.duress_passphrase_set() is False
        assert window.session.vault_status().failed_attempts == 0
        assert on_gui_thread and not any(on_gui_thread)  # the click judged in a worker
    finally:
        _close(window)
