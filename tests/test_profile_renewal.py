"""Issue 7, review r7b N3: after a duress unlock the profile folder itself is new.

A duress unlock builds a whole new profile folder beside the old one and swaps it in
(store/fresh.py, fs/folder_renewal.py), so the folder's birth time (statx, read through GNU
stat `%W`) is no older than the unlock, as a set-up made at that moment would leave it, in
passphrase-only and keyring mode alike. A cut (a real SIGKILL of a forked child) at each step of
the swap leaves a profile that the next start puts right: no leftover beside it, the real
passphrase refused, the duress passphrase opening an empty profile whose files and folder look
set up at that moment. Where the exchange is missing two renames take its place (cut between
them too); where no folder can be made beside the profile it is renewed in place.
"""

from __future__ import annotations

import importlib
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_fresh_files import birth_time, entries, fs_now
from test_duress_obstacles import fresh_entries, used_profile

from intake_app.fs import folder_renewal
from intake_app.services.liaison import LiaisonSession
from intake_app.store import fresh
from intake_app.vault import Vault, WrongPassphrase

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def coerced(root: Path, use_keyring: bool) -> tuple[Path, list[str], object]:
    """A used profile, what lies beside it, and the file system's time just after it was
    set up (so its own times are strictly older)."""
    profile = used_profile(root / "coerced", use_keyring)
    beside = sorted(p.name for p in profile.parent.iterdir())
    time.sleep(0.05)
    return profile, beside, fs_now(root)


def after_removal(profile: Path) -> list[str]:
    """What lies beside the profile once this process's removal of an old folder is done (a
    start removes a cut's leftovers after it answered, review r7c F5)."""
    assert folder_renewal.wait_for_removals()
    return sorted(p.name for p in profile.parent.iterdir())


def test_the_own_names_are_the_names_the_app_writes() -> None:
    from intake_app.store.core import FOLDERS
    from intake_app.store.database import DB_NAME
    from intake_app.store.lock_words import FILE_NAME as LOCK_WORDS
    from intake_app.vault.vault_file import FILE_NAME

    logs = ("", "-wal", "-shm", "-journal")
    assert folder_renewal.OWN_NAMES == {FILE_NAME, LOCK_WORDS, *FOLDERS, *(
        f"{db}{suffix}" for db in (DB_NAME, fresh.FRESH_NAME) for suffix in logs)}
    assert fresh.VAULT_NAME == FILE_NAME


def test_after_a_duress_unlock_the_profile_folder_is_born_no_earlier_than_the_unlock(
        tmp_path: Path, use_keyring: bool) -> None:
    profile, beside, moment = coerced(tmp_path, use_keyring)
    assert birth_time(profile) < moment  # the used profile's folder: set up before
    LiaisonSession.unlock(profile, DURESS).lock()

    assert birth_time(profile) >= moment
    assert min(birth_time(profile / name) for name in entries(profile)) >= birth_time(profile)
    assert entries(profile) == fresh_entries(tmp_path / "fresh", use_keyring)
    assert after_removal(profile) == beside  # nothing left beside


def test_a_file_not_the_apps_in_the_profile_folder_keeps_the_folder_and_renews_the_apps_files(
        tmp_path: Path) -> None:
    # A person may have chosen a folder holding something of their own: it stays as it is,
    # never deleted (what is planted there is kept the same way). The folder is kept with it,
    # as the real unlock keeps it (moving its entries one by one made the duress unlock slower
    # the more was planted, review r7l R7L-8; store/kept_root.py); the app's own files in it
    # are new, born no earlier than the unlock.
    profile, beside, moment = coerced(tmp_path, False)
    (profile / "notes.txt").write_bytes(b"mine")
    (profile / "elsewhere").symlink_to(tmp_path)
    LiaisonSession.unlock(profile, DURESS).lock()

    assert birth_time(profile) < moment
    apps = [name for name in entries(profile) if name not in ("notes.txt", "elsewhere")]
    assert sorted(apps) == sorted(fresh_entries(tmp_path / "fresh", False))
    assert min(birth_time(profile / name) for name in apps) >= moment
    assert (profile / "notes.txt").read_bytes() == b"mine"
    assert os.readlink(profile / "elsewhere") == str(tmp_path)
    assert after_removal(profile) == beside


def test_without_the_exchange_two_renames_renew_the_profile_folder(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(folder_renewal, "exchange", lambda first, second: False)
    profile, beside, moment = coerced(tmp_path, False)
    LiaisonSession.unlock(profile, DURESS).lock()
    assert birth_time(profile) >= moment
    assert entries(profile) == fresh_entries(tmp_path / "fresh", False)
    assert after_removal(profile) == beside


def test_where_no_folder_can_be_made_beside_the_profile_it_is_renewed_in_place(
        tmp_path: Path, monkeypatch) -> None:
    # A parent folder this user may not write to: everything in the profile is still new,
    # only the folder keeps its birth time (docs/SECURITY.md names it).
    monkeypatch.setattr(folder_renewal, "new_sibling", lambda folder: None)
    profile, beside, moment = coerced(tmp_path, False)
    born = birth_time(profile)
    LiaisonSession.unlock(profile, DURESS).lock()
    assert birth_time(profile) == born
    assert entries(profile) == fresh_entries(tmp_path / "fresh", False)
    assert min(birth_time(profile / name) for name in entries(profile)) >= moment
    assert after_removal(profile) == beside


def test_a_repair_on_another_thread_leaves_the_folder_being_built_alone(
        tmp_path: Path, monkeypatch) -> None:
    # The window reads the vault's status on a worker thread (Vault.open repairs first): while
    # this process builds the new folder, that repair must not take it for a cut's leftover.
    from intake_app.vault.profile import finish_renewal

    profile, beside, moment = coerced(tmp_path, False)
    fill = fresh.fill

    def with_a_repair_meanwhile(*args: object, **kwargs: object) -> int:
        finish_renewal(profile)
        return fill(*args, **kwargs)

    monkeypatch.setattr(fresh, "fill", with_a_repair_meanwhile)
    LiaisonSession.unlock(profile, DURESS).lock()
    assert birth_time(profile) >= moment
    assert entries(profile) == fresh_entries(tmp_path / "fresh", False)
    assert after_removal(profile) == beside


# --- cut off at each step (SIGKILL) ------------------------------------------------------------

def _is_profile(position: int) -> Callable[[Path, tuple], bool]:
    return lambda profile, args: Path(args[position]) == profile


def _call_number(number: int) -> Callable[[Path, tuple], bool]:
    calls = []

    def nth(profile: Path, args: tuple) -> bool:
        calls.append(args)
        return len(calls) == number
    return nth


# step -> (module, function the child dies in (on entering it; "+": once it returned), which
# call, whether the two-rename way is forced), and what the cut leaves: how many folders beside
# the profile, whether the profile folder is there, and whether it is the new one (swapped in)
CUTS = {
    "building the new folder": (
        ("intake_app.store.fresh", "fill", None, False), (1, True, False)),
    "new folder built, before the swap": (
        ("intake_app.fs.folder_renewal", "exchange", None, False), (1, True, False)),
    "swapped, before the old folder is removed": (
        ("intake_app.fs.folder_renewal", "+exchange", None, False), (1, True, True)),
    "swapped, the removal of the old folder not yet begun": (
        ("intake_app.store.fresh", "remove_old_folder", None, False), (1, True, True)),
    "swapped and the old folder removed, the swap synced": (
        ("intake_app.fs.folder_renewal", "+swap_in", None, False), (0, True, True)),
    "old folder half removed (before the answer)": (
        ("intake_app.fs.folder_renewal", "is_own_name", _call_number(2), False),
        (1, True, True)),
    "old folder removed, its space not yet freed (the answer)": (
        ("intake_app.fs.folder_renewal", "+remove_now", None, False), (0, True, True)),
}
TWO_RENAME_CUTS = {
    "two renames: profile moved aside, new one not yet in place": (
        ("os", "+rename", _is_profile(0), True), (2, False, True)),
    "two renames: new one in place, old one not yet removed": (
        ("os", "+rename", _is_profile(1), True), (1, True, True)),
}


def unlock_cut_at(profile: Path, module: str, name: str,
                  which: Callable[[Path, tuple], bool] | None, two_renames: bool) -> None:
    """A child unlocks `profile` with the duress passphrase and is SIGKILLed at `name` (the
    call `which` picks, else the first); asserts it really died there."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            target = importlib.import_module(module)
            after = name.startswith("+")
            attribute = name.removeprefix("+")
            original = getattr(target, attribute)

            def die(*args: object, **kwargs: object) -> object:
                if which is not None and not which(profile, args):
                    return original(*args, **kwargs)
                if after:
                    original(*args, **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)
                return None

            if two_renames:
                folder_renewal.exchange = lambda first, second: False
            setattr(target, attribute, die)
            # A start's repair removes leftovers on a thread of its own once it answered
            # (review r7c F5): a cut there comes after the answer. (A duress unlock removes
            # the old folder's names before it answers, `remove_now`.)
            answered = threading.Event()
            removal = folder_renewal.tidy

            def after_the_answer(old: Path, folder: Path) -> None:
                answered.wait()
                removal(old, folder)

            folder_renewal.tidy = after_the_answer
            LiaisonSession.unlock(profile, DURESS)
            answered.set()
            folder_renewal.wait_for_removals()
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status


def check_cut(root: Path, use_keyring: bool, cut: tuple,
              left: tuple[int, bool, bool]) -> None:
    profile, beside, moment = coerced(root, use_keyring)
    unlock_cut_at(profile, *cut)
    after_cut = [p.name for p in profile.parent.iterdir() if p.name not in beside]
    assert (len(after_cut), profile.exists()) == left[:2]  # the cut came where it is named

    # The next start: the window's first look (Vault.open) repairs and removes what was left.
    Vault.open(profile).status()
    assert after_removal(profile) == beside
    if not left[2]:
        # Cut before the swap: the old folder is whole, and the real passphrase opens it with
        # everything it held (the new vault.json was only ever in the new folder).
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        try:
            assert session.list_entries() != []
        finally:
            session.lock()
        assert after_removal(profile) == beside
        return
    with pytest.raises(WrongPassphrase):  # swapped: the new vault.json holds the duress key
        LiaisonSession.unlock(profile, PASSPHRASE)
    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert session.list_entries() == []
    finally:
        session.lock()
    assert entries(profile) == fresh_entries(root / "fresh", use_keyring)
    assert birth_time(profile) >= moment
    assert after_removal(profile) == beside


@pytest.mark.parametrize("cut", list(CUTS))
def test_a_renewal_cut_off_at_each_step_leaves_a_profile_the_next_start_puts_right(
        tmp_path: Path, use_keyring: bool, cut: str) -> None:
    check_cut(tmp_path, use_keyring, *CUTS[cut])


@pytest.mark.parametrize("cut", list(TWO_RENAME_CUTS))
def test_a_renewal_by_two_renames_cut_off_between_them_is_put_right_at_the_next_start(
        tmp_path: Path, cut: str) -> None:
    check_cut(tmp_path, False, *TWO_RENAME_CUTS[cut])


def test_the_window_finds_the_profile_again_after_a_cut_between_the_two_renames(
        qtbot, tmp_path: Path) -> None:
    from intake_app.ui.main_window import MainWindow

    profile, beside, _ = coerced(tmp_path, False)
    unlock_cut_at(profile, *TWO_RENAME_CUTS[
        "two renames: profile moved aside, new one not yet in place"][0])
    assert not profile.exists()
    window = MainWindow(profile, idle_seconds=3600)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.unlock_page  # not the set-up
    assert after_removal(profile) == beside
