"""The description's placeholder reads in its own direction in a mirrored window: its full stop
stands at the end of the sentence, not in front of it (review r12v F19: ".What happened, … No
names or addresses")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.signal_editor import SignalEditor


def _ink(image: QImage, x: int, y: int, background: QColor) -> bool:
    pixel = image.pixelColor(x, y)
    return abs(pixel.lightness() - background.lightness()) > 40


def _last_line_ends(image: QImage) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """For the lowest line of ink in `image`: its rows (top, bottom), and the ink rows (top,
    bottom) of its leftmost and of its rightmost ink column."""
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    rows = [y for y in range(image.height())
            if any(_ink(image, x, y, background) for x in range(4, image.width() - 4))]
    assert rows, "no placeholder drawn"
    bottom = rows[-1]
    top = bottom
    while top - 1 in rows:
        top -= 1
    columns = [x for x in range(4, image.width() - 4)
               if any(_ink(image, x, y, background) for y in range(top, bottom + 1))]

    def ink_rows(x: int) -> tuple[int, int]:
        inked = [y for y in range(top, bottom + 1) if _ink(image, x, y, background)]
        return inked[0], inked[-1]

    return (top, bottom), ink_rows(columns[0]), ink_rows(columns[-1])


@pytest.fixture(params=[Qt.LeftToRight, Qt.RightToLeft], ids=["ltr", "rtl"])
def direction(request, qapp):
    set_ui_language("en")
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LeftToRight)


def test_the_description_placeholder_ends_with_its_full_stop_in_either_direction(
    qtbot, direction
) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.resize(760, 560)
    editor.show()
    qtbot.waitExposed(editor)
    description = editor.form.description
    assert description.toPlainText() == ""
    description.clearFocus()
    image = description.viewport().grab().toImage()
    (top, bottom), left, right = _last_line_ends(image)
    line_height = bottom - top + 1
    # The sentence's end is its full stop, a dot on the base line: in a left-to-right sentence
    # that is the rightmost ink of its last line, whatever side of the field it stands on.
    assert right[0] > top + line_height / 2, (top, bottom, left, right)
    # …and the line does not start with it (".What happened"): its leftmost ink is a letter.
    assert left[0] < top + line_height / 2, (top, bottom, left, right)
