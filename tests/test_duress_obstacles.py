"""Issue 7, review r7b: what an attacker plants in the powered-off profile must not tell the
duress passphrase from the real one, nor keep what a later session writes.

N2: anything planted at a name only the duress unlock writes (`store.db.fresh` and its log
files) cannot make that unlock fail: it is not the app's, so it is left untouched, as the real
unlock leaves it (review r7l R7L-8, store/kept_root.py: it used to be cleared, at a cost that
grew with what it held), never followed when it is a link, and the unlock opens a profile
fresh but for it; a failure after vault.json was rewritten is finished by the next duress
unlock. An entry planted inside `sealed/` or `blobs/` is kept, as
the real unlock keeps it (review r7h, R7H-12/14: it used to be cleared, which told the two
passphrases apart), never followed when it is a link.
N1: store.db or its log file with a second name (a hard link) is refused with the one sentence
before anything is read or written, with the real and the duress passphrase alike.
Both in passphrase-only and keyring mode.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, run_cli, signal_fields
from test_duress_fresh_files import entries

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreLinked
from intake_app.vault import WrongPassphrase

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def used_profile(root: Path, use_keyring: bool) -> Path:
    """A profile with a draft, a sealed signal and a duress passphrase, locked."""
    profile = root / "profile"
    session = new_session(profile, use_keyring)
    session.record(signal_fields(description="a draft"))
    session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def fresh_entries(root: Path, use_keyring: bool) -> dict:
    profile = root / "profile"
    new_session(profile, use_keyring).lock()
    return entries(profile)


def _folder_with_file(path: Path) -> None:
    path.mkdir()
    (path / "inside").write_bytes(b"x")


# obstacle name -> plants it in the profile, given the profile and a folder outside it
OBSTACLES = {
    "folder at store.db.fresh": lambda p, out: _folder_with_file(p / "store.db.fresh"),
    "folder at store.db.fresh-wal": lambda p, out: _folder_with_file(p / "store.db.fresh-wal"),
    "folder at store.db.fresh-shm": lambda p, out: _folder_with_file(p / "store.db.fresh-shm"),
    "folder at store.db.fresh-journal":
        lambda p, out: _folder_with_file(p / "store.db.fresh-journal"),
    "FIFO at store.db.fresh": lambda p, out: os.mkfifo(p / "store.db.fresh"),
    "link at store.db.fresh to a file outside":
        lambda p, out: (p / "store.db.fresh").symlink_to(out / "keep.txt"),
    "link at store.db.fresh-wal to a folder outside":
        lambda p, out: (p / "store.db.fresh-wal").symlink_to(out),
}
# Planted inside sealed/ or blobs/: the real unlock keeps these (its rows name none of them),
# so the duress unlock carries them into the new profile as they are, never following a link
# (review r7h, R7H-12/14; store/carry_over.py): the profile is fresh but for them.
INSIDE = {
    "folder holding a file inside sealed/": lambda p, out: _folder_with_file(p / "sealed" / "d"),
    "link inside sealed/ to a folder outside": lambda p, out: (p / "sealed" / "l").symlink_to(out),
    "folder holding a file inside blobs/": lambda p, out: _folder_with_file(p / "blobs" / "d"),
}


@pytest.mark.parametrize("obstacle", list(OBSTACLES))
def test_an_obstacle_planted_where_the_duress_unlock_writes_is_left_as_the_real_unlock_leaves_it(
        tmp_path: Path, use_keyring: bool, obstacle: str) -> None:
    # Review r7l R7L-8: such an entry is not the app's, so the profile folder holding it is
    # kept and only its own entries renewed (store/kept_root.py); the duress unlock then never
    # writes store.db.fresh, and the entry stays untouched, as after the real unlock.
    profile = used_profile(tmp_path / "coerced", use_keyring)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_bytes(b"not the app's")
    empty = entries(profile)
    OBSTACLES[obstacle](profile, outside)
    planted = {name: found for name, found in entries(profile).items() if name not in empty}

    session = LiaisonSession.unlock(profile, DURESS)
    assert session.list_entries() == []
    session.lock()
    assert entries(profile) == {**fresh_entries(tmp_path / "fresh", use_keyring), **planted}
    assert sorted(p.name for p in outside.iterdir()) == ["keep.txt"]  # nothing outside deleted
    assert (outside / "keep.txt").read_bytes() == b"not the app's"
    again = LiaisonSession.unlock(profile, DURESS)  # and it stays an ordinary profile
    assert again.list_entries() == []
    again.lock()
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, PASSPHRASE)


@pytest.mark.parametrize("obstacle", list(INSIDE))
def test_an_entry_planted_inside_sealed_or_blobs_is_kept_as_the_real_unlock_keeps_it(
        tmp_path: Path, use_keyring: bool, obstacle: str) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_bytes(b"not the app's")
    empty = entries(profile)
    INSIDE[obstacle](profile, outside)
    planted = {name: found for name, found in entries(profile).items() if name not in empty}

    session = LiaisonSession.unlock(profile, DURESS)
    assert session.list_entries() == []
    session.lock()
    assert entries(profile) == {**fresh_entries(tmp_path / "fresh", use_keyring), **planted}
    assert sorted(p.name for p in outside.iterdir()) == ["keep.txt"]  # nothing outside deleted
    assert (outside / "keep.txt").read_bytes() == b"not the app's"
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, PASSPHRASE)


def test_a_duress_unlock_whose_swap_fails_leaves_the_old_folder_and_the_next_one_empties_it(
        tmp_path: Path, use_keyring: bool, monkeypatch) -> None:
    # The new profile folder, with the duress vault.json in it, cannot be swapped in once (the
    # disk refuses the rename): the old folder is as it was (vault.json byte for byte, the
    # attempt taken back), and the next duress unlock starts again and empties it.
    from intake_app.store import fresh as fresh_store

    profile = used_profile(tmp_path / "coerced", use_keyring)
    vault_json = (profile / "vault.json").read_bytes()

    def refused(profile_dir: Path, sibling: Path, swapped: object = None,
                own: object = None) -> bool:
        raise PermissionError("cannot rename")

    with monkeypatch.context() as patch:
        patch.setattr(fresh_store, "renew_profile", refused)
        with pytest.raises(PermissionError):
            LiaisonSession.unlock(profile, DURESS)
    assert (profile / "vault.json").read_bytes() == vault_json
    session = LiaisonSession.unlock(profile, DURESS)
    assert session.list_entries() == []
    session.lock()
    assert entries(profile) == fresh_entries(tmp_path / "fresh", use_keyring)


def _link_store(profile: Path, outside: Path) -> None:
    os.link(profile / "store.db", outside / "copy.db")


def _link_planted_wal(profile: Path, outside: Path) -> None:
    (profile / "store.db-wal").write_bytes(b"")
    os.link(profile / "store.db-wal", outside / "copy.db-wal")


@pytest.mark.parametrize("link", [_link_store, _link_planted_wal],
                         ids=["store.db linked outside", "planted empty store.db-wal linked"])
def test_a_hard_linked_store_is_refused_before_anything_is_written_with_either_passphrase(
        tmp_path: Path, use_keyring: bool, link) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    outside = tmp_path / "outside"
    outside.mkdir()
    link(profile, outside)
    before = {p.name: p.read_bytes() for p in profile.iterdir() if p.is_file()}
    linked = {p.name: p.read_bytes() for p in outside.iterdir()}

    for passphrase in (DURESS, PASSPHRASE):
        with pytest.raises(StoreLinked):
            LiaisonSession.unlock(profile, passphrase)
        assert {p.name: p.read_bytes() for p in profile.iterdir() if p.is_file()} == before
        assert {p.name: p.read_bytes() for p in outside.iterdir()} == linked
    with pytest.raises(WrongPassphrase):  # a wrong passphrase still says only that
        LiaisonSession.unlock(profile, "not the passphrase at all")

    passfile = tmp_path / "pass"
    passfile.write_text(DURESS + "\n")
    listed = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                     cwd=tmp_path)
    assert listed.returncode != 0
    said = " ".join(listed.stderr.split())
    assert any(sentence("store.linked", language) in said for language in ("nl", "en")), said

    for path in outside.iterdir():  # the second name gone: the real passphrase opens it all
        path.unlink()
    (profile / "store.db-wal").unlink(missing_ok=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert len(session.list_entries()) == 2
    session.lock()


def _lock_away(profile: Path) -> None:
    """A folder inside sealed/ the liaison's user cannot write (0500), and one inside blobs/ it
    cannot even read (0000), each holding a file: made with that user's own rights."""
    for folder, mode in ((profile / "sealed" / ".cache", 0o500), (profile / "blobs" / "x", 0)):
        _folder_with_file(folder)
        folder.chmod(mode)


def test_folders_planted_without_permissions_inside_sealed_and_blobs_do_not_stop_a_duress_unlock(
        tmp_path: Path) -> None:
    # Permissions bind root only without its capabilities to override them (this machine runs
    # the tests as root): a child with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH out of its
    # bounding set meets the folders' modes as their owner would, and types the duress
    # passphrase. It stays root, so it still reads the checkout wherever it lies (a clone in
    # /root, mode 0700, as in a fresh chroot). Passphrase-only and with no Secret Service in
    # reach, as on a laptop without a keyring.
    import shutil
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="seinpost-nocaps-"))
    try:
        profile = used_profile(home / "coerced", False)
        _lock_away(profile)
        planted = {name: found for name, found in entries(profile).items()
                   if name.startswith(("sealed/.cache", "blobs/x"))}
        assert len(planted) == 4
        # A new process (not a fork): its keyring library looks for a Secret Service afresh
        # and, with no D-Bus session in reach, finds none.
        env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
        env["HOME"] = str(home)
        code = ("import sys; from pathlib import Path; "
                "from intake_app.services.liaison import LiaisonSession; "
                "s = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2]); "
                "assert s.list_entries() == []; s.lock()")
        done = subprocess.run(["setpriv", "--inh-caps=-all",
                               "--bounding-set=-dac_override,-dac_read_search",
                               sys.executable, "-c", code, str(profile), DURESS],
                              capture_output=True, text=True, env=env,
                              cwd=Path(__file__).parent.parent, timeout=120, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        # Kept, as the real unlock keeps them (its rows name neither; review r7h, R7H-12/14).
        assert entries(profile) == {**fresh_entries(tmp_path / "fresh", False), **planted}
    finally:
        for path in home.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(home)
