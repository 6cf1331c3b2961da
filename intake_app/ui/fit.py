"""Windows and dialogs sized to the screen they are on, so their buttons are never off-screen,
and dialogs placed inside the screen's available area, below the window's menu bar.

A dialog's frame (the window manager's title bar included) must lie wholly inside the
available area: at 1024×600 Qt's own placement (QDialog::adjustPosition) put the editor's top
edge over the window's menu bar, and with a window manager its title bar went off the top of
the screen, where it cannot be grabbed. `keep_on_screen` runs when such a dialog is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTextEdit, QWidget

#: Room left for the window manager's title bar and a panel, in logical pixels, where the
#: frame's size is not known yet (no window shown, or no window manager).
FRAME_MARGIN = 48
#: The fewest lines a message box's details box keeps when it gives up height (it scrolls).
DETAILS_LINES = 3


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width`×`height` (logical pixels), or less where the screen is smaller.

    At 1024×600, or at 1.5× scale on a small laptop, the available area is what bounds a dialog;
    its content scrolls inside (the editor's form) and its buttons stay in view. A dialog over
    the main window gets at most the room below the window's menu bar (`room`).
    """
    area = _area(widget)
    room = _room(widget)
    margins = frame_margins(widget)
    if margins is None:  # nothing shown yet: leave room for a title bar and a panel
        across, down = 16, FRAME_MARGIN
    else:
        across, down = margins[0] + margins[2], margins[1] + margins[3]
    w = min(width, room.width() - across)
    h = min(height, room.height() - down)
    widget.setMaximumSize(area.width(), area.height())
    widget.resize(max(w, 200), max(h, 200))


def keep_on_screen(widget: QWidget) -> None:
    """Place the top-level `widget` (a dialog, from its showEvent) so that its frame lies inside
    the screen's available area and, where the room allows, below its main window's menu bar;
    centred over its main window as far as that allows. Shrinks it to the room if needed (down
    to its minimum size: then the whole available area is used)."""
    room = _room(widget)
    left, top, right, bottom = frame_margins(widget) or (0, 0, 0, 0)
    width = min(widget.width(), room.width() - left - right)
    height = min(widget.height(), room.height() - top - bottom)
    if height < widget.minimumHeight() or width < widget.minimumWidth():
        room = _area(widget)  # it cannot fit below the menu bar: the whole screen, then
        width = min(widget.width(), room.width() - left - right)
        height = min(widget.height(), room.height() - top - bottom)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
    frame_w = widget.width() + left + right
    frame_h = widget.height() + top + bottom
    owner = _owner(widget)
    centre = (owner.frameGeometry() if owner is not None and owner.isVisible()
              else room).center()
    x = _clamp(centre.x() - frame_w // 2, room.left(), room.right() + 1 - frame_w)
    y = _clamp(centre.y() - frame_h // 2, room.top(), room.bottom() + 1 - frame_h)
    if _own_frame(widget) == (0, 0, 0, 0):
        # Not framed yet (shown, not yet mapped by the window manager): Qt places the inside
        # at the point given, and the window manager puts its frame around it.
        x, y = x + left, y + top
    widget.move(x, y)  # a framed window's position is its frame's


class FittedDialog(QDialog):
    """A dialog that is placed by `keep_on_screen` each time it is shown."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app, not given back by the window manager
            keep_on_screen(self)


def fit_message_box(box: QMessageBox, shorter: Callable[[], bool] = lambda: False) -> None:
    """Make the open `box` fit its screen, its details shown or not, and place it there.

    A message box sizes itself to its text, and Qt placed a tall one with its title bar above
    the screen; its "Show Details…" then added a box of about 100 px below the screen's edge
    (review r12z R3: at 1024x600 the seal question's details could not be read). So the box is
    measured with its details shown: `shorter()` shortens its text by one step while it is too
    tall for the room below the menu bar (False when it cannot), and when it still is, the
    details box gives up the height missing, down to DETAILS_LINES lines, and scrolls (review
    r12ac-7: at 1.5x on 1024x600 the lines kept whatever is cut, with the details below them,
    ran 30 px below the screen). Then the details are hidden again. It is placed by
    `keep_on_screen` now and each time its details are shown or hidden.
    """
    toggle = next((button for button in box.buttons()
                   if box.buttonRole(button) == QMessageBox.ActionRole), None)
    if toggle is not None and not box.detailedText():
        toggle = None  # a button of the caller's own, not "Show Details…"
    if toggle is not None:
        toggle.click()  # shown while measuring
    while not _fits_room(box) and shorter():
        pass
    if toggle is not None:
        _shorten_details(box)
        toggle.click()
        toggle.clicked.connect(lambda: keep_on_screen(box))
    keep_on_screen(box)


def cut_to_fit(box: QMessageBox, items: list[str], text: Callable[[list[str]], str]) -> None:
    """Make the open `box`, whose text `text(items)` lists `items` (names, sentences), fit the
    room below the menu bar: when it is too tall, all of `items` go into its details box (one a
    line; it scrolls) and its text lists fewer of them, the rest counted, until it fits with
    its details shown (`fit_message_box`). Review r12ae-6: at 1.5x on 1024x600 the question to
    remove 12 attachments and an export outcome with 6 signals left out ran below the screen
    with their buttons."""
    if _fits_room(box):
        keep_on_screen(box)
        return
    box.setDetailedText("\n".join(items))
    shown = len(items)

    def shorter() -> bool:
        nonlocal shown
        if shown == 0:
            return False
        shown -= 1
        box.setText(text([*items[:shown], QCoreApplication.translate(
            "Fit", "…and %1 more (Show Details… lists them all)").replace(
                "%1", str(len(items) - shown))]))
        return True

    fit_message_box(box, shorter)


def _shorten_details(box: QMessageBox) -> None:
    """Take from `box`'s shown details box the height by which `box` is too tall for its room
    (`_fits_room`), keeping DETAILS_LINES lines."""
    details = box.findChild(QTextEdit)
    if details is None or not details.isVisible():
        return
    margins = frame_margins(box)
    frame = FRAME_MARGIN if margins is None else margins[1] + margins[3]
    missing = box.window().height() + frame - _room(box).height()
    if missing <= 0:
        return
    least = DETAILS_LINES * details.fontMetrics().lineSpacing() + 2 * details.frameWidth()
    details.setFixedHeight(max(least, details.height() - missing))
    box.setText(box.text())  # QMessageBox sizes itself again when its text is set


def fits_on_screen(widget: QWidget) -> bool:
    """Whether `widget`'s window, with the window manager's frame around it (FRAME_MARGIN
    while none is known), is no taller than its screen's available area."""
    margins = frame_margins(widget)
    frame = FRAME_MARGIN if margins is None else margins[1] + margins[3]
    return widget.window().height() + frame <= _area(widget).height()


def _fits_room(widget: QWidget) -> bool:
    """Whether `widget`'s window with its frame (FRAME_MARGIN while none is known) is no taller
    than the room `keep_on_screen` gives it below the menu bar."""
    margins = frame_margins(widget)
    frame = FRAME_MARGIN if margins is None else margins[1] + margins[3]
    return widget.window().height() + frame <= _room(widget).height()


def frame_margins(widget: QWidget) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the window manager's frame around `widget`'s window, in
    logical pixels: the larger of its own and its main window's (the same window manager
    draws both, and a window not yet mapped has none yet; QDialog::adjustPosition guesses the
    same way); None while neither is on screen."""
    margins = None
    for window in (widget.window(), _owner(widget)):
        if window is None or not window.isVisible():
            continue
        found = _own_frame(window)
        margins = found if margins is None else tuple(map(max, margins, found))
    return margins


def _own_frame(window: QWidget) -> tuple[int, int, int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    return (inner.left() - frame.left(), inner.top() - frame.top(),
            frame.right() - inner.right(), frame.bottom() - inner.bottom())


def menu_bar_bottom(widget: QWidget) -> int | None:
    """The global y just below the menu bar of `widget`'s main window (None: no main window
    with a visible menu bar owns it)."""
    owner = _owner(widget)
    if not isinstance(owner, QMainWindow) or not owner.isVisible():
        return None
    bar = owner.menuWidget()
    if bar is None or not bar.isVisible():
        return None
    return bar.mapToGlobal(QPoint(0, bar.height())).y()


def _room(widget: QWidget) -> QRect:
    """Where `widget`'s frame may lie: the available area, below the menu bar if it has one."""
    area = _area(widget)
    below = menu_bar_bottom(widget)
    if below is None or below <= area.top() or below >= area.bottom():
        return area
    return QRect(area.left(), below, area.width(), area.bottom() + 1 - below)


def _area(widget: QWidget) -> QRect:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def _owner(widget: QWidget) -> QWidget | None:
    """The window `widget` (a dialog) belongs to, or None for a window of its own."""
    parent = widget.window().parentWidget()
    return None if parent is None else parent.window()


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high)) if high >= low else low
