"""Threat model 2: choosing a folder leaves no list of visited folders on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHOOSE_AND_ACCEPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from intake_app.ui.dialogs import FileDialogs

app = QApplication([])
parent = QWidget()
QFileDialog  # the dialog below is Qt's own widget dialog

def accept_open_dialog():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.setDirectory(sys.argv[1])
            widget.accept()
            return
    QTimer.singleShot(50, accept_open_dialog)

QTimer.singleShot(50, accept_open_dialog)
chosen = FileDialogs().choose_export_folder(parent)
print(chosen)
"""


def test_export_folder_choice_leaves_no_history(tmp_path: Path) -> None:
    """Qt, GTK and desktop conventions keep visited folders in the config folder
    (QtProject.conf), the data folder (recently-used.xbel) and the cache or state folders: all
    of them, and the rest of HOME, are scanned after a real dialog chose the folder."""
    home = tmp_path / "home"
    folders = {name: home / name for name in ("config", "data", "cache", "state")}
    secret = tmp_path / "stick-of-reporter-Xyzzy"
    secret.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(folders["config"]),
               XDG_DATA_HOME=str(folders["data"]), XDG_CACHE_HOME=str(folders["cache"]),
               XDG_STATE_HOME=str(folders["state"]), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHOOSE_AND_ACCEPT, str(secret)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == str(secret)  # the dialog really ran and chose the folder
    written = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert [p for p, data in written.items() if b"Xyzzy" in data or "Xyzzy" in p.name] == []
