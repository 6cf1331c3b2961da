"""A strength meter's bar shows only beside its verdict (review r12aa: at 1024×600 the Security
settings showed an empty, unlabelled box under "Nieuwe wachtzin" and under the duress
passphrase: the bar of a meter with nothing to judge yet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar, QWidget
from test_gui_security_focus import STRONG, open_security

pytestmark = pytest.mark.usefixtures("english_ui")


def _bars_without_words(dialog: QWidget) -> list[str]:
    """The visible progress bars of `dialog` that say nothing next to them."""
    return [bar.accessibleName() for bar in dialog.findChildren(QProgressBar)
            if bar.isVisibleTo(dialog) and not bar.accessibleDescription()]


def test_the_security_settings_show_no_strength_bar_without_its_verdict(
        qtbot, tmp_path: Path) -> None:
    window, dialog = open_security(qtbot, tmp_path)
    assert _bars_without_words(dialog) == []  # nothing typed: no bar at all
    for meter, field in ((dialog.meter, dialog.new), (dialog.duress_meter, dialog.duress)):
        height = meter.sizeHint().height()
        field.setText(STRONG)
        assert _bars_without_words(dialog) == []  # being judged: no bar yet
        qtbot.waitUntil(meter.settled, timeout=20_000)
        assert meter.bar.isVisibleTo(dialog) and meter.verdict.text() == "Very strong"
        assert _bars_without_words(dialog) == []
        field.clear()
        assert not meter.bar.isVisibleTo(dialog) and meter.verdict.text() == ""
        assert meter.sizeHint().height() == height  # the form does not jump
    window.lock()
