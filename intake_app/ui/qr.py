"""A QR code as a pixmap, made in memory (segno): no image of a key card touches the disk."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, *, scale: int = 4) -> QPixmap:
    """`text` as a QR code (error correction M, quiet zone included), `scale` pixels a module."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
