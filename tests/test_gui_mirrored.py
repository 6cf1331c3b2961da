"""The mirrored window can be started from the app (`intake-app -reverse`) and stays mirrored
through a language switch; the editor's help lines stand on the layout's leading side
(review r12u F17: `-reverse` was dropped and every language set the layout left to right)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import set_mirrored, set_ui_language
from intake_app.ui.signal_editor import SignalEditor

# Run in a child process: `main` makes the QApplication (with Qt's options) and runs its loop,
# which a test process that already has one must not do. The window class is the real one,
# watched: once it is up, the child prints the directions, switches the language and quits.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import intake_app.app as app_module
from intake_app.cli.liaison import main
from intake_app.ui.i18n_loader import set_ui_language

class Watched(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        QTimer.singleShot(0, self.look)

    def look(self):
        app = QApplication.instance()
        print("started", app.layoutDirection().name, self.layoutDirection().name)
        set_ui_language("en")  # what a switch in the window's menu sets again
        print("switched", app.layoutDirection().name, self.layoutDirection().name)
        self.close()
        app.quit()

app_module.MainWindow = Watched
sys.exit(main(sys.argv[1:]))
"""


def _start(tmp_path: Path, *args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEINPOST_LANG": "nl",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith(("started", "switched"))]


def test_intake_app_reverse_starts_a_mirrored_window_that_a_language_switch_keeps(
    tmp_path: Path
) -> None:
    profile = str(tmp_path / "profile")
    assert _start(tmp_path, "-reverse", "--profile", profile) == [
        "started RightToLeft RightToLeft", "switched RightToLeft RightToLeft"]
    assert _start(tmp_path, "--profile", profile) == [
        "started LeftToRight LeftToRight", "switched LeftToRight LeftToRight"]


def _ink_columns(label) -> tuple[int, int]:
    """The first and last pixel column of `label` where its text is drawn."""
    image = label.grab().toImage()
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    columns = [x for x in range(image.width())
               if any(abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60
                      for y in range(image.height()))]
    return columns[0], columns[-1]


@pytest.mark.parametrize("mirrored", [True, False], ids=["right-to-left", "left-to-right"])
def test_the_help_lines_under_the_fields_start_on_the_layouts_leading_side(
    qtbot, qapp, mirrored: bool
) -> None:
    set_mirrored(mirrored)
    set_ui_language("en")
    try:
        editor = SignalEditor(FileDialogs())
        qtbot.addWidget(editor)
        editor.resize(760, 560)
        editor.show()
        qtbot.waitExposed(editor)
        field = editor.form.impact_notes
        editor.scroll.ensureWidgetVisible(field)
        help_line = next(label for label in field.parent().findChildren(type(editor.status))
                         if label.objectName() == "help")
        first, last = _ink_columns(help_line)
        width = help_line.width()
        assert last - first < width / 2  # one short line: where it stands tells the side
        if mirrored:
            assert width - last < 12 and first > width / 3
        else:
            assert first < 12 and last < width * 2 / 3
    finally:
        set_mirrored(False)
        set_ui_language("en")
