"""Text from outside the window (a file's or folder's name, an office card's name, a path) as
the window shows it: never read as markup, never turning the sentence around it.

QLabel, QMessageBox and tooltips guess rich text from the text itself, so a file named
`<font color=white size=1>notes.bin` hid the "Not cleaned" warning and an office card named
`Meldpunt<br><font color=green>✔ Fingerprint OK` showed a green "OK" before its fingerprint
was checked; a right-to-left override in a name mirrored the rest of its line (review r12ae-7,
r12ae-8). A widget that shows such text is made plain (`plain`); each name put into a sentence
goes through `shown_name`; a tooltip through `tooltip_text`.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox

# Characters that set the direction of the text after them: in a name they can make it read
# as another name, or turn the warning sentence around it (Unicode's bidi controls).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# What one of them, or a line break or other control character, is shown as in a name.
VISIBLE_MARK = "\ufffd"
# A name is laid out on its own (first strong isolate … pop directional isolate): an Arabic
# or Hebrew name does not reorder the Dutch or English sentence around it.
ISOLATE_START, ISOLATE_END = "\u2068", "\u2069"


def shown_name(name: object, *, isolate: bool = True) -> str:
    """`name` (a str or a path) for a sentence in the window: each bidi control or control
    character (line break, tab) shown as VISIBLE_MARK, the whole in a bidi isolate unless
    `isolate` is False (a path on a line of its own: nothing around it to turn)."""
    marked = "".join(
        VISIBLE_MARK if ch in BIDI_CONTROLS or _is_control(ch) else ch for ch in str(name)
    )
    return ISOLATE_START + marked + ISOLATE_END if isolate else marked


def _is_control(ch: str) -> bool:
    # Unicode's category Cc is exactly C0, DEL and C1; testing the ranges keeps the 1.2 MB
    # Unicode database out of the first screen (tests/test_startup_path.py).
    return ch < " " or "\x7f" <= ch <= "\x9f"


Shown = TypeVar("Shown", QLabel, QMessageBox)


def plain(widget: Shown) -> Shown:
    """Make `widget` (a QLabel or QMessageBox) show its text as it is, never as rich text;
    returns it."""
    widget.setTextFormat(Qt.PlainText)
    return widget


def tooltip_text(text: str) -> str:
    """`text` for setToolTip: tooltips have no text format, so text Qt would take for rich
    text is escaped into rich text that shows it as it is (line breaks kept)."""
    if not QtGui.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
