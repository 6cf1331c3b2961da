"""Accessible names for input fields, taken from the labels people see next to them.

A screen reader announces a field by its accessible name; without one, a drop-down announces
only its current value and a text field nothing at all. The visible label is the right name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


def name_fields(top: QWidget) -> None:
    """Give every unnamed field under `top` the text of its label (buddy or form row label)."""
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(_plain(label.text()))
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.LabelRole)
            field_item = form.itemAt(row, QFormLayout.FieldRole)
            if label_item is None or field_item is None:
                continue
            label, field = label_item.widget(), field_item.widget()
            if isinstance(label, QLabel) and field is not None and not field.accessibleName():
                field.setAccessibleName(_plain(label.text()))
