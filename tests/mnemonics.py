"""The Alt shortcuts (mnemonics) a window offers, for tests/test_gui_mnemonics.py.

Qt gives a mnemonic to the character after a single "&" in a label, button, group box title,
tab or menu-bar title; Alt+that key goes to one of them. Two with the same key in one window
make Alt+key reach whichever Qt finds first (review r12u F6: Alt+S opened the Seinpost menu
instead of saving the key card), and a label's mnemonic without a buddy goes nowhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The lower-case key after a single "&" in `text`, or None ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Shown now, or a control its visible parent shows when it applies (a button that appears
    only once rows are delivered still shares the window's keys)."""
    parent = widget.parentWidget()
    if widget.isVisibleTo(top) or parent is top:
        return True
    return parent is not None and parent.isVisibleTo(top)


def window_mnemonics(top: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """({key: [texts using it]}, [label texts whose mnemonic has no buddy]) for window `top`."""
    keys: dict[str, list[str]] = {}
    no_buddy: list[str] = []

    def add(text: str) -> None:
        key = mnemonic(text)
        if key is not None:
            keys.setdefault(key, []).append(text)

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel):
            if mnemonic(widget.text()) is not None:
                add(widget.text())
                if widget.buddy() is None:
                    no_buddy.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return keys, no_buddy


def duplicates(top: QWidget) -> dict[str, list[str]]:
    """The keys that more than one text of window `top` claims."""
    keys, _ = window_mnemonics(top)
    return {key: texts for key, texts in keys.items() if len(texts) > 1}
