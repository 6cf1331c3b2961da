"""What counts as the person at work, for the idle lock (the main window's app-wide filter).

Keys, clicks, mouse moves and the wheel; a drag over any window of the app (enter, move, drop:
the pointer belongs to the drag's source then, so no mouse event comes; review r12z R16, the
window locked 20 s after two files were dropped on the editor); text an input method commits
(Arabic, Chinese, a compose key: the keys go to the input method, and the window sees only its
result); a touch or a pen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QDropEvent, QInputEvent, QInputMethodEvent

#: The event classes the filter looks at: it runs in Python for every event of the app, and
#: every other event passes at the cost of one isinstance.
WATCHED = (QInputEvent, QDropEvent, QInputMethodEvent)

ACTIVITY_EVENTS = frozenset({
    QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
    QEvent.DragEnter, QEvent.DragMove, QEvent.Drop,
    QEvent.InputMethod, QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TabletPress,
})
