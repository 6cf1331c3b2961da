"""A lock while sealing runs stops the sealing, and the next unlock says so (review r12ad R7: it
stopped silently; the person believed the signals sealed). The lock must not wait for the work
(a lock is at once), so the draft stays a draft, and the notice names how many; under the
duress passphrase nothing is said (its vault has none of those drafts: no hint at another)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

DURESS = "seven orange kites over amsterdam harbour"
#: Large enough that sealing it takes far longer than the lock needs to stop it.
ATTACHMENT_BYTES = 16 * 1024 * 1024

pytestmark = pytest.mark.usefixtures("english_ui")


def _notices(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox)
            if box.objectName() == "sealing_stopped_notice" and box.isVisible()]


@pytest.mark.parametrize("unlock_with", ["real", "duress"])
def test_ctrl_l_while_sealing_runs_is_told_after_unlocking_with_the_drafts_not_sealed(
        qtbot, tmp_path: Path, unlock_with: str) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    draft_id = session.record(signal_fields())
    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(ATTACHMENT_BYTES))
    session.attach(draft_id, big)
    if unlock_with == "duress":
        session.set_duress_passphrase(PASSPHRASE, DURESS, shown_name="Amira")
    session.lock()
    window = unlocked_window(qtbot, profile, Answers())
    page = window.workspace
    page.delivery.seal_now([draft_id])  # what "Seal" runs once the question is answered
    assert page.busy
    qtbot.keyClick(page.table, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    assert window.pages.currentWidget() is window.unlock_page
    window.unlock_page.passphrase.setText(PASSPHRASE if unlock_with == "real" else DURESS)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    if unlock_with == "real":
        qtbot.waitUntil(lambda: len(_notices(window)) == 1, timeout=10000)
        (notice,) = _notices(window)
        assert "stopped the sealing: 1 draft was not sealed" in notice.text()
        assert [(e.id, e.kind) for e in window.workspace.entries()] == [(draft_id, "draft")]
        notice.button(QMessageBox.Ok).click()
    else:
        qtbot.wait(300)
        assert _notices(window) == []
    window.lock()
