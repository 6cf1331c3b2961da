"""Everyday actions in the real window, for benchmarks/ui_responsiveness.py: the longest
event-loop gap of each (issue 12, "Quick": no stall over 50 ms).

Run in a process of its own per display platform (Qt picks its platform once per process):

    .venv/bin/python benchmarks/ui_everyday.py --platform offscreen --rounds 5
    .venv/bin/python benchmarks/ui_everyday.py --platform xcb --rounds 5   # Xvfb (+ openbox)

The actions, driven as a person does (keys and buttons of the real MainWindow, nl): New signal
(Ctrl+N), Cancel; open a stored draft (Edit…); the editor's language button there and back;
lock (Ctrl+L) with a draft open and from the list; unlocking (until the list is up and the
editor built ahead; after a lock with a draft open, it opens again); a changed draft saved
(Save and close, until the editor is gone); typing a 120-character passphrase into each
strength meter (set-up's, a new passphrase's and the duress one's in the Security settings)
until its verdict shows; in the list, sort by category, select all (Ctrl+A), and the
delete and seal questions with every row selected. `--entries N` makes the profile hold N
drafts (6; 400 is a busy liaison's list, issue 12: the list is rebuilt on unlock and after a
save, and the list's actions go over every row), and names each
action with ", N entries" when N is not 6. Each is measured from the
key or click until what it shows is up, and then for `SETTLE_S` more (what Qt does once the
dialog is mapped and painted counts too). Each line of output is `ACTION <name> <gap ms>
<runnable ms> <on-CPU ms>`: the longest gap, how much of it the GUI thread waited for a
processor (machine load), and how much it ran (its own work); the caller judges them.
`--profile NAME` runs the actions whose name contains NAME under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SETTLE_S = 0.5  # measured on after the action shows its result
PAUSE_S = 0.3  # not measured: between two actions, as a person would
ENTRIES = 6  # drafts in the profile, unless told
#: 120 characters typed into a passphrase meter, one key every `KEY_MS` (a fast typist).
LONG_PASSPHRASE = ("Mijn grootmoeder fietste elke zondag langs de Maas naar de markt in Venlo, "
                   "met een mand vol appels en een rode paraplu 7!")
KEY_MS = 15


def type_slowly(field, text: str) -> list[int]:
    """Type `text` into `field` one key every KEY_MS on the event loop; the list holds how many
    characters are typed so far."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    typed = [0]
    timer = QTimer(field)
    timer.setInterval(KEY_MS)

    def key() -> None:
        if typed[0] == len(text):
            timer.stop()
            return
        QTest.keyClicks(field, text[typed[0]])
        typed[0] += 1

    timer.timeout.connect(key)
    timer.start()
    return typed


def drive(root: Path, rounds: int, report: Callable[[str, float, float, float], None],
          profile_action: str = "", entries: int = ENTRIES) -> None:
    """Build a profile with `entries` drafts, unlock the real window, and run each action
    `rounds` times; `report(name, gap_s, runnable_s, cpu_s)` for each. `profile_action`: the
    actions whose name contains it run under cProfile (printed; their gaps mean little)."""
    from inputs import PASSPHRASE, BenchOffice, new_profile, signal_fields
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ui_responsiveness import GapMeter

    from intake_app.ui.i18n_loader import load_style_sheet, set_ui_language
    from intake_app.ui.main_window import MainWindow

    app = QApplication.instance()
    app.setStyleSheet(load_style_sheet())
    set_ui_language("nl", remember=False)
    office = BenchOffice.create(root / "office-keys")
    profile = root / "profile"
    session = new_profile(profile, office)
    for number in range(entries):
        session.record(signal_fields(number))
    session.lock()

    def pause(seconds: float = PAUSE_S) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    window = MainWindow(profile)
    window.show()
    pause(2.0)  # the first screen's deferred work (engines) is not one of these actions
    meter = GapMeter()

    def measure(name: str, start: Callable[[], object], done: Callable[[], bool]) -> None:
        shown_at: list[float] = []

        def settled() -> bool:
            if not shown_at and done():
                shown_at.append(time.perf_counter())
            return bool(shown_at) and time.perf_counter() - shown_at[0] >= SETTLE_S

        pause()
        profiler = cProfile.Profile() if profile_action and profile_action in name else None
        if profiler is not None:
            profiler.enable()
        try:
            meter.run_until(start, settled, timeout_s=120)
        except RuntimeError as exc:
            raise RuntimeError(f"{name}: {exc}") from None
        if profiler is not None:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        if entries != ENTRIES:
            name += f", {entries} entries"
        report(name, meter.longest, meter.longest_runnable, meter.longest_cpu)

    def editor():
        page = window.workspace
        return None if page is None else page.editor

    def editor_up() -> bool:
        shown = editor()
        return shown is not None and shown.isVisible()

    def built_ahead() -> bool:
        """The list is up and the editor built ahead (ui/editor_reuse.py), where it is."""
        page = window.workspace
        stock = None if page is None else getattr(page.drafts, "stock", None)
        return page is not None and (stock is None or stock.ready)

    def unlock() -> None:
        window.unlock_page.passphrase.setText(PASSPHRASE)
        measure("unlock, the list, the editor built ahead", window.unlock_page.unlock,
                built_ahead)

    def type_into(name: str, field, meter) -> None:
        field.clear()
        typing: dict[str, list[int]] = {}
        measure(f"type 120 characters into the {name} meter",
                lambda: typing.setdefault("typed", type_slowly(field, LONG_PASSPHRASE)),
                lambda: typing["typed"][0] == len(LONG_PASSPHRASE) and meter.settled())
        field.clear()

    for _ in range(rounds):
        set_up_meter(root / f"fresh-{_}", office, type_into)
    window.activateWindow()  # Ctrl+N is a shortcut of the active window
    unlock()
    for _ in range(rounds):
        measure("new signal (Ctrl+N)",
                lambda: QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier), editor_up)
        measure("close an untouched editor (Cancel)", lambda: editor().reject(),
                lambda: editor() is None)
        page = window.workspace
        # By id: selectRow() reads the keyboard's modifiers, and Ctrl was just pressed.
        page.table.select_ids([next(e.id for e in page.entries() if e.kind == "draft")])
        measure("open a stored draft (Edit…)", page.edit_button.click, editor_up)
        before = editor()
        measure("language button (nl -> en)", before.language_button.click,
                lambda b=before: editor_up() and editor() is not b)
        before = editor()
        measure("language button (en -> nl)", before.language_button.click,
                lambda b=before: editor_up() and editor() is not b)
        editor().form.description.appendPlainText(" Changed.")
        measure("save a changed draft (Save and close)", editor().save_button.click,
                lambda: editor() is None)
        page.table.select_ids([next(e.id for e in page.entries() if e.kind == "draft")])
        measure("open a stored draft again (Edit…)", page.edit_button.click, editor_up)
        measure("lock with a draft open (Ctrl+L)",
                lambda: QTest.keyClick(editor(), Qt.Key_L, Qt.ControlModifier),
                lambda: window.session is None and window.unlock_page.isVisible())
        unlock()
        if editor() is not None:  # the draft open at the lock opened again
            editor().reject()
            while editor() is not None:
                pause(0.05)
        window.activateWindow()  # Ctrl+N is a shortcut of the active window
        measure("lock from the list (Ctrl+L)",
                lambda: QTest.keyClick(window, Qt.Key_L, Qt.ControlModifier),
                lambda: window.session is None and window.unlock_page.isVisible())
        unlock()
        window.activateWindow()
        page = window.workspace
        list_actions(page, measure)
        page.open_security()
        while page.security is None or not page.security.isVisible():
            pause(0.05)
        type_into("new passphrase", page.security.new, page.security.meter)
        type_into("duress", page.security.duress, page.security.duress_meter)
        page.security.close()
        window.activateWindow()
    window.lock()
    window.close()
    app.processEvents()


def list_actions(page, measure: Callable) -> None:
    """The list's everyday actions over every row (review r12ab R1: 53-198 ms of the GUI
    thread's own time at 400 drafts): sort by category, select all (Ctrl+A), and the delete
    and seal questions with every row selected, each until its result shows; the questions
    are answered No, the sort put back to the newest first (not measured)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    table = page.table
    measure("sort by category", lambda: table.sortByColumn(1, Qt.AscendingOrder),
            lambda: table.horizontalHeader().sortIndicatorSection() == 1)
    table.setFocus()
    measure("select all (Ctrl+A)",
            lambda: QTest.keyClick(table, Qt.Key_A, Qt.ControlModifier),
            lambda: all(table.selectionModel().isRowSelected(row)
                        for row in (0, table.rowCount() - 1)))

    def asked(button) -> Callable[[], None]:
        def click() -> None:
            page.confirm = None
            button.click()
        return click

    def question_up() -> bool:
        return page.confirm is not None and page.confirm.isVisible()

    for name, button in (("delete question, every row selected", page.delete_button),
                         ("seal question, every row selected", page.seal_button)):
        measure(name, asked(button), question_up)
        page.confirm.button(QMessageBox.No).click()
    table.sortByColumn(5, Qt.DescendingOrder)
    table.clearSelection()


def set_up_meter(folder: Path, office, type_into: Callable) -> None:
    """Set-up in a window of its own on the empty `folder`, walked to its passphrase step (the
    office card chosen, its fingerprint typed); once what the step starts while a person reads
    it has ended, `type_into("set-up", field, meter)`. Closed after."""
    from PySide6.QtCore import QEventLoop, QTimer

    from intake_app.office.keys import CARD_FILE
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.main_window import MainWindow

    class TheCard(FileDialogs):
        def open_card(self, parent):  # type: ignore[no-untyped-def]
            return office.keys_dir / CARD_FILE

    window = MainWindow(folder, dialogs=TheCard())
    window.show()
    page = window.setup_page
    page.start_button.click()
    page.choose_card.click()
    page.typed_fingerprint.setText(office.card.fingerprint)
    page.check_button.click()
    page.card_next.click()
    page.liaison_name.setText("Bench Liaison")
    while window.runner._running or page.use_keyring.available is None:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    type_into("set-up", page.passphrase, page.meter)
    window.close()


def start_window_manager(env: dict[str, str]) -> subprocess.Popen | None:
    """openbox on the display in `env`, if installed: a real window maps under a manager."""
    openbox = shutil.which("openbox")
    if openbox is None:
        return None
    manager = subprocess.Popen([openbox], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return manager


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", default="", metavar="NAME",
                        help="run the actions whose name contains NAME under cProfile")
    parser.add_argument("--dir", default=None, help="work folder (default: system temp)")
    parser.add_argument("--entries", type=int, default=ENTRIES,
                        help=f"drafts in the profile ({ENTRIES})")
    args = parser.parse_args()
    server = manager = None
    if args.platform == "xcb":
        from startup import start_display

        server, env = start_display()
        if server is None:
            print("SKIPPED no Xvfb", flush=True)
            return 0
        os.environ.update(env)
        manager = start_window_manager(env)
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])  # noqa: F841 - the window needs it alive

        def report(name: str, gap: float, runnable: float, cpu: float) -> None:
            print(f"ACTION {name}\t{gap * 1000:.1f}\t{runnable * 1000:.1f}\t{cpu * 1000:.1f}",
                  flush=True)

        with tempfile.TemporaryDirectory(prefix="seinpost-ui-day-", dir=args.dir) as tmp:
            drive(Path(tmp), args.rounds, report, args.profile, args.entries)
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
