"""An attachment's blob deleted, emptied or swapped while the laptop was off (review r7g L1).

`seal --all` sealed the first draft, then stopped at the damaged one with "A stored attachment
is damaged or truncated. Nothing was changed.": it named no draft, left the later intact drafts
unsealed, and "Nothing was changed" was false. Now the damaged draft is named (as `list` shows
it: id and date; in the window by category and date), stays a draft as it was, the others are
sealed, and the end says how many of how many were sealed and which were not.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.services.liaison import LiaisonSession


def _png(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (shade, 0, 0)).save(out, "PNG")
    return out.getvalue()


def _three_drafts_with_a_picture(tmp_path: Path, **fields: object) -> tuple[Path, list[str],
                                                                             list[Path]]:
    """A profile with three drafts, each with one PNG; their ids and blob files, in order."""
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    ids, blobs = [], []
    for n in range(3):
        draft_id = session.record(signal_fields(**fields))
        picture = tmp_path / f"picture{n}.png"
        picture.write_bytes(_png(60 * (n + 1)))
        seen = set((profile / "blobs").iterdir())
        session.attach(draft_id, picture)
        (blob,) = set((profile / "blobs").iterdir()) - seen
        ids.append(draft_id)
        blobs.append(blob)
    session.lock()
    return profile, ids, blobs


def _kinds(profile: Path) -> dict[str, str]:
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        return {entry.id: entry.kind for entry in session.list_entries()}
    finally:
        session.lock()


def _damage(mode: str, blobs: list[Path]) -> None:
    if mode == "delete":
        blobs[1].unlink()
    elif mode == "empty":
        blobs[1].write_bytes(b"")
    else:  # swap the second and third drafts' blobs: each is now another draft's
        second, third = blobs[1].read_bytes(), blobs[2].read_bytes()
        blobs[1].write_bytes(third)
        blobs[2].write_bytes(second)


@pytest.mark.parametrize("mode, damaged", [("delete", [1]), ("empty", [1]), ("swap", [1, 2])])
def test_seal_all_names_each_draft_with_a_damaged_blob_and_seals_the_others(
        tmp_path: Path, mode: str, damaged: list[int]) -> None:
    profile, ids, blobs = _three_drafts_with_a_picture(tmp_path)
    listed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path, stdin=PASSPHRASE + "\n")
    dates = {line.split()[0]: line.split()[3] for line in listed.stdout.splitlines()
             if line.split()[0] in ids}
    _damage(mode, blobs)

    done = run_cli(["seal", "--all", "--yes", "--profile", str(profile)], cwd=tmp_path,
                   stdin=PASSPHRASE + "\n", env={"SEINPOST_LANG": "en"})

    assert done.returncode == 1
    kept = [ids[n] for n in damaged]
    sealed = [draft_id for draft_id in ids if draft_id not in kept]
    for draft_id in kept:  # named as `list` names it, and said to stay a draft
        assert (f"Draft {draft_id} ({dates[draft_id]}) was not sealed: one of its attachments "
                "is damaged") in done.stderr
        assert f"Sealed {draft_id}" not in done.stdout
    for draft_id in sealed:
        assert f"Sealed {draft_id}" in done.stdout
    assert (f"{len(sealed)} of 3 drafts sealed. Not sealed: {', '.join(kept)}."
            in done.stderr)
    assert "Nothing was changed" not in done.stderr
    kinds = _kinds(profile)
    assert {draft_id: kinds[draft_id] for draft_id in ids} == {
        draft_id: "draft" if draft_id in kept else "sealed" for draft_id in ids}


def test_seal_all_says_it_in_dutch_too(tmp_path: Path) -> None:
    profile, ids, blobs = _three_drafts_with_a_picture(tmp_path)
    _damage("delete", blobs)
    done = run_cli(["seal", "--all", "--yes", "--profile", str(profile)], cwd=tmp_path,
                   stdin=PASSPHRASE + "\n", env={"SEINPOST_LANG": "nl"})
    assert done.returncode == 1
    assert f"Concept {ids[1]} (" in done.stderr and "is niet verzegeld" in done.stderr
    assert f"2 van de 3 concepten verzegeld. Niet verzegeld: {ids[1]}." in done.stderr


@pytest.mark.usefixtures("english_ui")
def test_the_window_seals_the_others_and_names_the_draft_with_a_deleted_blob(
        qtbot, tmp_path: Path) -> None:
    profile, ids, blobs = _three_drafts_with_a_picture(
        tmp_path, category="intimidation",
        period={"kind": "date", "start": "2025-03-07", "end": None})
    _damage("delete", blobs)
    window = unlocked_window(qtbot, profile, Answers())
    page = window.workspace
    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    qtbot.mouseClick(page.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=30000)
    text = page.message.text().replace("\u2066", "").replace("\u2069", "")
    assert ("Draft “Intimidation or threats, 07/03/2025” was not sealed: one of its "
            "attachments is damaged") in text
    assert "2 of 3 drafts sealed. Not sealed: “Intimidation or threats, 07/03/2025”." in text
    assert page.message.objectName() == "error"
    window.lock()
    kinds = _kinds(profile)
    assert [kinds[draft_id] for draft_id in ids] == ["sealed", "draft", "sealed"]
