"""Texts cut by their widget: measured with the widget's own font against the room it has.

A drop-down's choice may be wider than its field only if it is drawn ending in "…" and the whole
text is its tooltip; its open list must be wide enough for every choice. A label that does not
wrap, a button and a check box must hold their whole text; a tab its whole title.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)


def _edit_field(combo: QComboBox) -> QRect:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.CC_ComboBox, option,
                                        QStyle.SC_ComboBoxEditField, combo)


def _combo_problems(combo: QComboBox, where: str) -> list[str]:
    problems = []
    room = _edit_field(combo).width()
    metrics = combo.fontMetrics()
    current = combo.currentIndex()
    shown = getattr(combo, "shown_text", None)
    for index in range(combo.count()):
        text = combo.itemText(index)
        if metrics.horizontalAdvance(text) <= room:
            continue
        combo.setCurrentIndex(index)
        if shown is None or not shown().endswith("…") or combo.toolTip() != text:
            problems.append(f"{where}: drop-down {combo.accessibleName()!r} cuts {text!r}")
    combo.setCurrentIndex(current)
    # The open list: each choice's whole text fits the list's width.
    combo.showPopup()
    view = combo.view()
    width = view.viewport().width()
    for index in range(combo.count()):
        needed = view.sizeHintForIndex(view.model().index(index, 0)).width()
        if needed > width:
            problems.append(f"{where}: the list of {combo.accessibleName()!r} cuts "
                            f"{combo.itemText(index)!r} ({needed} > {width} px)")
    combo.hidePopup()
    return problems


def _sticks_out(widget: QWidget, top: QWidget) -> bool:
    """Whether `widget` reaches past the left or right edge of the window, or of the scroll
    area's view it lies in (a form wider than its view is cut there: it does not scroll
    sideways)."""
    clip = top.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.objectName() == "qt_scrollarea_viewport":
            if parent.parentWidget().horizontalScrollBar().isVisible():
                return False  # it scrolls sideways: nothing is cut off for good
            clip = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
            break
        parent = parent.parentWidget()
    place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    return place.left() < clip.left() or place.right() > clip.right()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_texts(top: QWidget, where: str = "") -> list[str]:
    """What `top`'s visible widgets cut off, one line per text."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QComboBox | QLabel | QAbstractButton | QTabBar) and _sticks_out(
                widget, top):
            text = widget.currentText() if isinstance(widget, QComboBox) else getattr(
                widget, "text", lambda: "")()
            problems.append(f"{where}: {type(widget).__name__} {text[:40]!r} reaches past "
                            "the window's edge")
            continue
        if isinstance(widget, QComboBox) and widget.isVisible():
            problems += _combo_problems(widget, where)
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap() or widget.textFormat() == 1:  # rich text lays itself out
                needed = widget.heightForWidth(widget.contentsRect().width())
                if needed > widget.contentsRect().height() + 1:
                    problems.append(f"{where}: label {widget.text()[:40]!r} needs {needed} px "
                                    f"of height, has {widget.contentsRect().height()}")
            else:
                lines = _plain(widget.text()).split("\n")
                needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
                room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
                if needed > room:
                    problems.append(f"{where}: label {widget.text()[:40]!r} needs {needed} px, "
                                    f"has {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                problems.append(f"{where}: button {widget.text()!r} needs "
                                f"{widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    problems.append(f"{where}: tab {widget.tabText(index)!r} is cut")
    return problems
