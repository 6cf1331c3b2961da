"""What a lock takes off the screen and the desktop besides the keys: open dialogs, and the
story on the clipboard.

Text copied out of the editor (Ctrl+C), and on X11 text merely selected (the primary
selection, which a middle click pastes anywhere), stayed readable by every other program on the
desktop after Ctrl+L or the idle lock: the lock page showed while the testimony sat one paste
away (review r12x X9). At a lock each of the clipboard's modes is cleared when Seinpost still
owns it; text another program put there since is left alone, it is not ours to take.

Not covered (docs/SECURITY.md): what another program read before the lock, and Windows'
clipboard history (Win+V), which keeps its own copy of every text copied while it is on.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

# Each mode with the question "is this mode on this platform, and is it still ours?".
_MODES = (
    (QClipboard.Clipboard, lambda board: True, QClipboard.ownsClipboard),
    (QClipboard.Selection, QClipboard.supportsSelection, QClipboard.ownsSelection),
    (QClipboard.FindBuffer, QClipboard.supportsFindBuffer, QClipboard.ownsFindBuffer),
)


def clear_own_clipboard() -> list[QClipboard.Mode]:
    """Empty every clipboard mode (clipboard, X selection, macOS find buffer) that Seinpost
    still owns; returns the modes cleared. A mode another program owns now is not touched."""
    board = QGuiApplication.clipboard()
    cleared = []
    for mode, supported, owned in _MODES:
        if supported(board) and owned(board):
            board.clear(mode)
            cleared.append(mode)
    return cleared


def close_dialogs() -> None:
    """Reject every visible dialog (a file chooser, a question): nothing stays on screen over
    the unlock page, and a chooser's answer cannot reach a locked session."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
