"""A typo of the passphrase can never be the duress passphrase (review r7k R7K-6).

A duress passphrase differing from the real one by the case of its first letter was taken; the
commonest typo there is (an auto-capitalised first letter, Shift held, Caps Lock) then emptied
the profile for good, and the real passphrase answered "wrong". Setting a duress passphrase now
refuses one equal to the passphrase ignoring case, spaces and punctuation, or within two edits
of it (vault/passphrase_distance.py). Changing the passphrase refuses one equal to the duress
passphrase ignoring case, spaces and punctuation: vault.json's `near` slot opens with the duress
passphrase's folded form (one key stretch; before it, only the first-letter and Caps Lock typos
were tried, two stretches). Edits of letters cannot be judged in that direction: the duress
passphrase's text is kept nowhere, and keeping it, or anything that tests a guess faster than a
key stretch, would hand it to whoever forced the real passphrase (review r7j R7J-14). Nothing
changes, in the engine, the command line and the window.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import DuressNearPassphrase, PassphraseNearDuress
from intake_app.vault.passphrase_distance import _within, too_close

REAL = "purple elephant dances quietly tonight"
FAR = "seven orange kites over amsterdam harbour"


def _session(root: Path) -> LiaisonSession:
    session = fast_session(root / "profile", make_office(root / "office"))
    session.change_passphrase(PASSPHRASE, REAL)
    return session


def _vault(root: Path) -> bytes:
    return (root / "profile" / "vault.json").read_bytes()


@pytest.mark.parametrize("typo", [
    "Purple elephant dances quietly tonight",      # first letter's case
    "PURPLE ELEPHANT DANCES QUIETLY TONIGHT",      # Caps Lock
    "purple elephant dances quietly tonight.",     # a full stop
    "purple-elephant-dances-quietly-tonight",      # punctuation for spaces
    "purple elephant dances quitely tonight",      # two letters swapped
    "purple elephant dancs quietly tonigh",        # two letters dropped
])
def test_a_duress_passphrase_a_typo_away_from_the_passphrase_is_refused_and_nothing_changes(
        tmp_path: Path, typo: str) -> None:
    session = _session(tmp_path)
    before = _vault(tmp_path)
    try:
        with pytest.raises(DuressNearPassphrase):
            session.set_duress_passphrase(REAL, typo, shown_name="Amira")
        assert _vault(tmp_path) == before and session.duress_passphrase_set() is False
        session.set_duress_passphrase(REAL, FAR, shown_name="Amira")  # three edits and more: taken
        assert session.duress_passphrase_set() is True
    finally:
        session.lock()


@pytest.mark.parametrize("new", [
    "Seven orange kites over amsterdam harbour",   # its first letter's case is the duress one
    "SEVEN ORANGE KITES OVER AMSTERDAM HARBOUR",   # Caps Lock on gives the duress one
    "seven orange kites over amsterdam harbour.",  # a full stop
    "Seven Orange Kites Over Amsterdam Harbour",   # every word's first letter
    "seven-orange-kites-over-amsterdam-harbour",   # punctuation for spaces
    "sevenorangekitesoveramsterdamharbour",        # no spaces
])
def test_a_new_passphrase_equal_to_the_duress_one_but_case_spaces_punctuation_is_refused(
        tmp_path: Path, new: str) -> None:
    session = _session(tmp_path)
    session.set_duress_passphrase(REAL, FAR, shown_name="Amira")
    before = _vault(tmp_path)
    try:
        with pytest.raises(PassphraseNearDuress):
            session.change_passphrase(REAL, new)
        assert _vault(tmp_path) == before
    finally:
        session.lock()
    assert LiaisonSession.unlock(tmp_path / "profile", REAL).duress_passphrase_set() is True


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_refuses_a_duress_passphrase_a_typo_away_in_its_sentence(
        tmp_path: Path, lang: str) -> None:
    _session(tmp_path).lock()
    current = tmp_path / "current.txt"
    current.write_text(REAL + "\n", encoding="utf-8")
    typo = tmp_path / "duress.txt"
    typo.write_text("Purple elephant dances quietly tonight\r\n", encoding="utf-8")
    before = _vault(tmp_path)
    done = run_cli(["settings", "--profile", str(tmp_path / "profile"), "--passphrase-file",
                    str(current), "--duress-passphrase-file", str(typo), "--duress-name", "Bo"],
                   cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert sentence("vault.duress_near_passphrase", lang) in done.stderr
    assert _vault(tmp_path) == before


def test_the_window_says_why_and_focuses_the_duress_field(qtbot, tmp_path: Path) -> None:
    _session(tmp_path).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers(), passphrase=REAL)
    try:
        qtbot.mouseClick(window.workspace.security_button, Qt.LeftButton)
        dialog = window.workspace.security
        dialog.current.setText(REAL)
        dialog.duress.setText("Purple elephant dances quietly tonight")
        dialog.duress_repeat.setText("Purple elephant dances quietly tonight")
        dialog.duress_name.setText("Bo Jansen")
        qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible, timeout=20000)
        assert dialog.result.objectName() == "error"
        assert sentence("vault.duress_near_passphrase", "en") in dialog.result.text()
        assert dialog.focusWidget() is dialog.duress
        assert window.session.duress_passphrase_set() is False
        dialog.close()
    finally:
        window.lock()


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance, the whole table (the reference for the banded one)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@settings(max_examples=400, deadline=None)
@given(st.text("abcd", max_size=9), st.text("abcd", max_size=9), st.integers(0, 3))
def test_the_banded_distance_agrees_with_the_whole_table(a: str, b: str, limit: int) -> None:
    assert _within(a, b, limit) == (_osa(a, b) <= limit)


def test_far_passphrases_are_not_too_close() -> None:
    assert not too_close(REAL, FAR)
    assert not too_close(REAL, "purple elephant dances loudly tonight")


def _drop_near(root: Path) -> None:
    """vault.json as a version before `near` wrote it (passphrase-only mode: no MAC over it)."""
    doc = json.loads(_vault(root))
    del doc["near"]
    (root / "profile" / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def test_a_vault_file_from_before_near_still_refuses_the_commonest_typos(tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.set_duress_passphrase(REAL, FAR, shown_name="Amira")
    session.lock()
    _drop_near(tmp_path)
    session = LiaisonSession.unlock(tmp_path / "profile", REAL)
    try:
        with pytest.raises(PassphraseNearDuress):
            session.change_passphrase(REAL, "Seven orange kites over amsterdam harbour")
        session.change_passphrase(REAL, "seven orange kites over amsterdam harbour.")  # taken
    finally:
        session.lock()


def test_once_the_duress_passphrase_is_removed_its_near_forms_are_taken(tmp_path: Path) -> None:
    session = _session(tmp_path)
    try:
        session.set_duress_passphrase(REAL, FAR, shown_name="Amira")
        near = json.loads(_vault(tmp_path))["near"]
        session.set_duress_passphrase(REAL, None)
        assert json.loads(_vault(tmp_path))["near"] != near  # random again, the same shape
        session.change_passphrase(REAL, "Seven Orange Kites Over Amsterdam Harbour")
    finally:
        session.lock()
