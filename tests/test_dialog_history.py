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
    config = tmp_path / "config"
    secret = tmp_path / "stick-of-reporter-Xyzzy"
    secret.mkdir()
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(config),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHOOSE_AND_ACCEPT, str(secret)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == str(secret)  # the dialog really ran and chose the folder
    written = b"".join(p.read_bytes() for p in config.rglob("*") if p.is_file())
    assert b"Xyzzy" not in written
