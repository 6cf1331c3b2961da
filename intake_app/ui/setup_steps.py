"""The set-up page's building blocks: its wrapping labels, its scrolled steps, and the
estimator warmed up while the liaison reads."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.scrolling_form import ScrollingForm


def label(text: str, name: str = "") -> QLabel:
    """A wrapping label; `name` is its object name for the style sheet ("title", "error")."""
    shown = QLabel(text)
    shown.setWordWrap(True)
    if name:
        shown.setObjectName(name)
    return shown


def scrolled_step(inner: QWidget, name: str, button: QWidget) -> QWidget:
    """A set-up step: `inner` (its column layout gets a closing stretch) in a scroll area named
    `name` for screen readers, and `button` (or a row of them) below it, always in view."""
    inner.layout().addStretch(1)
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    ScrollingForm(scroll)  # the wheel scrolls, never changes the language; focus stays in view
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll, 1)
    if isinstance(button, QPushButton):
        layout.addWidget(button, 0, Qt.AlignRight)
    else:
        layout.addWidget(button)
    return page


def scroll_around(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` stands in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def show_in_scroll(widget: QWidget, above: QWidget | None = None) -> None:
    """Scroll the area `widget` stands in so that it shows, with `above` (its field) too where
    both fit, once it is laid out: a label just shown has no height until its layout has run,
    and scrolled to at once only its top edge came into view (review r12y R5)."""
    def scroll() -> None:
        area = scroll_around(widget)
        if area is None or not widget.isVisible():
            return
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        if above is not None:
            area.ensureWidgetVisible(above)
        area.ensureWidgetVisible(widget)

    QTimer.singleShot(0, widget, scroll)


def warm_up_strength() -> None:
    """Load the passphrase estimator and its word lists (run in a worker thread)."""
    from intake_app.vault import warm_up  # loaded with the engines, not at start

    warm_up()
