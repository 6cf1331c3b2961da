"""The review's attack on the sealed files (issue 7, B6): a `.age` under sealed/ replaced with
another file of the same size, or two items' files swapped, on the powered-off laptop; and
review r7's F4, one emptied or deleted. Export
compares each file with its authenticated row (size, SHA-256) before the office ever sees a
bundle it would refuse whole; the changed signal is left out and named by its position and
date (never its content), the others are exported, and the changed one stays on the laptop,
undelivered, never deleted. Only when every chosen signal is changed is the export refused.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, run_cli, sealed_file
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window
from transfer_kit import cli_common, open_at_office, seal_signals, set_up

from intake_app.bundle.errors import EmptyItemFile, ItemFileChanged
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import SealedItemMissing


def two_sealed(tmp_path: Path) -> tuple[Path, list[str]]:
    profile = tmp_path / "profile"
    _office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    session.lock()
    return profile, ids


def three_sealed_one_replaced(tmp_path: Path, shorter_by: int = 0):
    """An office, a profile with three sealed signals, the middle one's file replaced by
    random bytes of the same size (or `shorter_by` fewer); returns (office, profile, ids, the
    replaced file's bytes)."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3)
    session.lock()
    victim = sealed_file(tmp_path / "profile", ids[1])
    victim.write_bytes(secrets.token_bytes(victim.stat().st_size - shorter_by))
    stick = tmp_path / "stick"
    stick.mkdir()
    return office, tmp_path / "profile", ids, victim.read_bytes()


@pytest.mark.parametrize("shorter_by", [0, 17], ids=["same size", "another size"])
def test_a_replaced_sealed_file_is_left_out_and_the_other_signals_are_exported(
        tmp_path: Path, shorter_by: int) -> None:
    office, profile, ids, replaced = three_sealed_one_replaced(tmp_path, shorter_by)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    sealed_at = session.item(ids[1]).sealed_at
    result = session.export(tmp_path / "stick", ids)
    assert sorted(result.item_ids) == sorted([ids[0], ids[2]])
    [left] = result.left_out
    assert (left.item_id, left.position, left.sealed_at) == (ids[1], 2, sealed_at)
    assert [session.item(i).status.value for i in ids] == ["exported", "sealed", "exported"]
    session.lock()
    opened = open_at_office(office, result.paths)  # the office opens the rest as a whole
    assert sorted(opened.stored) == sorted([ids[0], ids[2]])
    assert sealed_file(profile, ids[1]).read_bytes() == replaced  # kept, never deleted


def test_a_sealed_file_replaced_by_one_of_the_same_size_is_refused_when_it_is_all_there_is(
        tmp_path: Path) -> None:
    profile, ids = two_sealed(tmp_path)
    victim = sealed_file(profile, ids[0])
    victim.write_bytes(secrets.token_bytes(victim.stat().st_size))
    stick = tmp_path / "stick"
    stick.mkdir()

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(ItemFileChanged) as refused:
        session.export(stick, ids[:1])
    assert refused.value.item_id == ids[0]
    assert "replaced or changed outside Seinpost" in str(refused.value)
    assert list(stick.iterdir()) == []
    assert {session.item(i).status.value for i in ids} == {"sealed"}
    session.lock()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_names_the_left_out_signal_by_position_and_date(
        tmp_path: Path, lang: str) -> None:
    _office, profile, ids, _ = three_sealed_one_replaced(tmp_path)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    left = session.item(ids[1])
    session.lock()
    done = run_cli(["export", *cli_common(tmp_path), "--to", str(tmp_path / "stick"), *ids],
                   cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode == 0, done.stderr
    told = sentence("bundle.item_left_out", lang, position=2,
                    sealed=f"{left.sealed_at[:10]} {left.sealed_at[11:16]} UTC")
    assert sentence("cli.warning", lang, line=told) in done.stderr.splitlines()
    assert ids[1] not in done.stderr + done.stdout  # named by position and date only
    exported = {"nl": "2 signaal/signalen geëxporteerd", "en": "Exported 2 signal(s)"}
    assert exported[lang] in done.stdout


@pytest.mark.usefixtures("english_ui")
def test_the_window_names_the_left_out_signal_and_exports_the_rest(
        qtbot, tmp_path: Path) -> None:
    _office, profile, _ids, _ = three_sealed_one_replaced(tmp_path)
    answers = Answers()
    answers.folder = tmp_path / "stick"
    window = unlocked_window(qtbot, profile, answers)
    page = window.workspace
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    text = page.message.text()
    assert "Signal 2 of this export" in text and "was left out" in text
    assert page.message.objectName() == "warning"
    assert [e.status for e in page.entries()] == ["exported", "sealed", "exported"]
    window.lock()


def test_two_swapped_sealed_files_are_refused_at_export(tmp_path: Path) -> None:
    profile, ids = two_sealed(tmp_path)
    first, second = (sealed_file(profile, i) for i in ids)
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    stick = tmp_path / "stick"
    stick.mkdir()

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(ItemFileChanged):
        session.export(stick, ids)
    assert list(stick.iterdir()) == []
    session.lock()


def test_a_sealed_file_that_shrinks_while_it_is_exported_is_named_not_a_crash(
        tmp_path: Path) -> None:
    """A plain ValueError from the container used to end the command line in exit 70."""
    from bundle_kit import Liaison

    big = tmp_path / "big.age"
    big.write_bytes(secrets.token_bytes(3 << 20))  # more than one read block
    usb = tmp_path / "usb"

    def shrink(done: int, total: int) -> None:
        if done and big.stat().st_size > 1:
            big.write_bytes(b"x")

    with pytest.raises(ItemFileChanged) as refused:
        Liaison("Amina Sterk").write([("0" * 32, big)], usb, [age_recipient()], progress=shrink)
    assert refused.value.item_id == "0" * 32
    assert list(usb.iterdir()) == []


def age_recipient() -> str:
    from intake_app.crypto import age

    return age.generate_x25519()[1]


# ----- review r7, F4: an emptied or deleted sealed file holds back nothing but itself ---------

def three_sealed_one_damaged(tmp_path: Path, damage: str):
    """An office, a profile with three sealed signals, the middle one's file emptied or
    deleted on the powered-off laptop; returns (office, profile, ids)."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3)
    session.lock()
    victim = sealed_file(tmp_path / "profile", ids[1])
    if damage == "emptied":
        victim.write_bytes(b"")
    else:
        victim.unlink()
    (tmp_path / "stick").mkdir()
    return office, tmp_path / "profile", ids


REASONS = {"emptied": "empty", "deleted": "missing"}


@pytest.mark.parametrize("damage", ["emptied", "deleted"])
def test_an_emptied_or_deleted_sealed_file_is_left_out_and_the_others_are_exported(
        tmp_path: Path, damage: str) -> None:
    office, profile, ids = three_sealed_one_damaged(tmp_path, damage)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    sealed_at = session.item(ids[1]).sealed_at
    result = session.export(tmp_path / "stick")  # every exportable signal, as "export --all"
    assert sorted(result.item_ids) == sorted([ids[0], ids[2]])
    [left] = result.left_out
    assert (left.item_id, left.position, left.sealed_at, left.reason) == \
        (ids[1], 2, sealed_at, REASONS[damage])
    assert [session.item(i).status.value for i in ids] == ["exported", "sealed", "exported"]
    session.lock()
    opened = open_at_office(office, result.paths)
    assert sorted(opened.stored) == sorted([ids[0], ids[2]])


@pytest.mark.parametrize("damage", ["emptied", "deleted"])
def test_an_emptied_or_deleted_sealed_file_is_refused_when_it_is_all_there_is(
        tmp_path: Path, damage: str) -> None:
    _office, profile, ids = three_sealed_one_damaged(tmp_path, damage)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises((EmptyItemFile, SealedItemMissing)) as refused:
        session.export(tmp_path / "stick", [ids[1]])
    assert isinstance(refused.value, EmptyItemFile if damage == "emptied" else SealedItemMissing)
    assert list((tmp_path / "stick").iterdir()) == []
    assert {session.item(i).status.value for i in ids} == {"sealed"}
    session.lock()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("damage", ["emptied", "deleted"])
def test_the_command_line_names_an_emptied_or_deleted_signal_by_position_and_date(
        tmp_path: Path, damage: str, lang: str) -> None:
    _office, profile, ids = three_sealed_one_damaged(tmp_path, damage)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    left = session.item(ids[1])
    session.lock()
    done = run_cli(["export", *cli_common(tmp_path), "--to", str(tmp_path / "stick"), "--all"],
                   cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode == 0, done.stderr
    told = sentence(f"bundle.item_left_out_{REASONS[damage]}", lang, position=2,
                    sealed=f"{left.sealed_at[:10]} {left.sealed_at[11:16]} UTC")
    assert sentence("cli.warning", lang, line=told) in done.stderr.splitlines()
    assert ids[1] not in done.stderr + done.stdout
    exported = {"nl": "2 signaal/signalen geëxporteerd", "en": "Exported 2 signal(s)"}
    assert exported[lang] in done.stdout


@pytest.mark.usefixtures("english_ui")
def test_the_window_names_a_deleted_sealed_file_and_exports_the_rest(
        qtbot, tmp_path: Path) -> None:
    _office, profile, _ids = three_sealed_one_damaged(tmp_path, "deleted")
    answers = Answers()
    answers.folder = tmp_path / "stick"
    window = unlocked_window(qtbot, profile, answers)
    page = window.workspace
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    text = page.message.text()
    assert "Signal 2 of this export" in text and "is missing from this laptop" in text
    assert page.message.objectName() == "warning"
    assert [e.status for e in page.entries()] == ["exported", "sealed", "exported"]
    window.lock()


# ----- review r7b, N4: a sealed file replaced by something that is not a regular file ---------

def link_to_another_item(victim: Path, other: Path) -> None:
    victim.unlink()
    victim.symlink_to(other)


def link_to_dev_zero(victim: Path, other: Path) -> None:
    victim.unlink()
    victim.symlink_to("/dev/zero")


def fifo(victim: Path, other: Path) -> None:
    victim.unlink()
    os.mkfifo(victim)


def folder(victim: Path, other: Path) -> None:
    victim.unlink()
    victim.mkdir()


@pytest.mark.parametrize("replace", [link_to_another_item, link_to_dev_zero, fifo, folder],
                         ids=lambda f: f.__name__)
def test_a_sealed_file_replaced_by_a_link_fifo_or_folder_is_left_out_as_replaced_and_the_others_go(
        tmp_path: Path, replace) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3)
    session.lock()
    profile = tmp_path / "profile"
    replace(sealed_file(profile, ids[1]), sealed_file(profile, ids[0]))
    (tmp_path / "stick").mkdir()
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    sealed_at = session.item(ids[1]).sealed_at
    result = session.export(tmp_path / "stick")
    assert sorted(result.item_ids) == sorted([ids[0], ids[2]])
    [left] = result.left_out
    assert (left.item_id, left.position, left.sealed_at, left.reason) == \
        (ids[1], 2, sealed_at, "changed")
    assert [session.item(i).status.value for i in ids] == ["exported", "sealed", "exported"]
    session.lock()
    opened = open_at_office(office, result.paths)
    assert sorted(opened.stored) == sorted([ids[0], ids[2]])
