"""Worker threads name no Qt class and call no Qt function but a signal's `emit` (ui/tasks.py,
ui/engine_loader.py WINDOW_MODULES): PySide makes each of its classes when it is first named,
and two threads doing so at once crash the process. The engines' worker imported the window's
modules (ui/workspace_page.py and the twenty it imports) while the GUI thread ran Python, and
sorted country names with Qt's collator: a segfault in about one start in ten under load
(test_gui_tick_lists' 1.5x child run, issue 12).

Every task the window starts is watched while it runs (a profile function on its thread):
an import of a PySide module (`from PySide6.QtCore import ...` names its classes) or a call of
a PySide function is an offence, wherever it comes from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt

from intake_app.ui import tasks
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow

QT = ("PySide6", "shiboken6")


def _offence(frame, event: str, arg) -> str | None:
    """What a profile event on a worker did with Qt, or None."""
    if event == "call" and frame.f_code.co_name == "feature_import":
        name = frame.f_locals.get("name")  # PySide's own __import__, called for every import
        if isinstance(name, str) and name.split(".")[0] in QT:
            return f"import {name}"
    elif event == "c_call" and getattr(arg, "__name__", "") != "emit":
        module = getattr(arg, "__module__", None) or type(getattr(arg, "__self__", None)).__module__
        if isinstance(module, str) and module.split(".")[0] in QT:
            return f"call {module}.{arg.__qualname__}"
    return None


def _watch_workers(monkeypatch) -> list[str]:
    offences: list[str] = []
    real_run = tasks.Task.run

    def profile(frame, event, arg):
        found = _offence(frame, event, arg)
        if found is not None:
            offences.append(found)

    def watched_run(self) -> None:
        sys.setprofile(profile)
        try:
            real_run(self)
        finally:
            sys.setprofile(None)

    monkeypatch.setattr(tasks.Task, "run", watched_run)
    return offences


def test_the_watch_sees_a_worker_that_names_a_qt_class(qtbot, monkeypatch) -> None:
    offences = _watch_workers(monkeypatch)
    runner = tasks.TaskRunner()

    def names_qt(_progress) -> None:
        from PySide6.QtCore import QCollator

        QCollator().setNumericMode(True)

    ended: list[bool] = []
    runner.start(names_qt, on_finished=lambda: ended.append(True))
    qtbot.waitUntil(lambda: ended == [True], timeout=20000)
    assert offences == ["import PySide6.QtCore", "call PySide6.QtCore.QCollator.setNumericMode"]


def test_from_start_to_unlock_editor_and_language_switch_no_worker_names_a_qt_class(
        qtbot, monkeypatch, tmp_path: Path) -> None:
    offences = _watch_workers(monkeypatch)
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = MainWindow(tmp_path / "profile", dialogs=FileDialogs(), idle_seconds=3600,
                        language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.engines.is_ready, timeout=60000)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60000)
    qtbot.keyClick(window.workspace, Qt.Key_N, Qt.ControlModifier)
    editor = window.workspace.editor
    qtbot.waitExposed(editor)
    note = tmp_path / "note.txt"
    note.write_text("What the caller said, in plain text.\n")
    editor.attachments_panel.add_pending(note)  # its forecast is made on a worker
    qtbot.waitUntil(lambda: editor.attachments_panel.checking() == 0, timeout=60000)
    window.switch_language("nl", remember=False)  # the workspace anew: its country names
    assert window.runner.wait(60000)
    qtbot.wait(50)  # the answers delivered
    window.lock()
    assert window.runner.wait(60000)
    assert offences == []


AFTER_THE_ENGINES = """
import json, sys
import intake_app.ui.main_window  # the first screen
from intake_app.ui import engine_loader

for step in engine_loader.LOAD_STEPS:
    step()
others = {}
for name in engine_loader.WINDOW_MODULES:
    before = set(sys.modules)
    __import__(name)
    others[name] = sorted(set(sys.modules) - before - {name})
print(json.dumps(others))
"""


def test_each_window_module_imports_only_itself_once_the_engines_are_in() -> None:
    # So each of the GUI thread's steps is one module's few milliseconds, none is missing
    # (the workspace, last, brings nothing more), and the order puts each after its imports.
    import json
    import os
    import subprocess

    done = subprocess.run([sys.executable, "-c", AFTER_THE_ENGINES], capture_output=True,
                          text=True, check=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    others = json.loads(done.stdout)
    assert list(others)[-1] == "intake_app.ui.workspace_page"
    assert {name: more for name, more in others.items() if more} == {}
