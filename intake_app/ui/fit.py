"""Windows and dialogs sized to the screen they are on, so their buttons are never off-screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

#: Room left for the window manager's title bar and a panel, in logical pixels.
FRAME_MARGIN = 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width`×`height` (logical pixels), or less where the screen is smaller.

    At 1024×600, or at 1.5× scale on a small laptop, the available area is what bounds a dialog;
    its content scrolls inside (the editor's form) and its buttons stay in view.
    """
    screen = widget.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    w = min(width, area.width() - 16)
    h = min(height, area.height() - FRAME_MARGIN)
    widget.setMaximumSize(area.width(), area.height())
    widget.resize(max(w, 200), max(h, 200))
