"""Issue 7, review r7d D2 and D3: what someone puts in place of the profile's folders, or
inside them, gets the same answer from the real and the duress passphrase.

D2: `sealed/` or `blobs/` replaced by a link or a file, or `chmod 000 sealed`, with the laptop
off. Before, the real passphrase was refused at every try while the duress passphrase renewed
the folder and opened a fresh profile. Now a link or a file is refused for both, before
anything depends on which passphrase opened the vault (and the duress one changes nothing); a
folder whose permissions were taken away is given them back for both, and both open.

D3: one `mkdir PROFILE/blobs/x.blob` (or a folder at `blobs/.a.blob.partial`,
`sealed/.x.partial`, `sealed/<draft id>.age`, or a link or FIFO there). Before, the real
passphrase's recovery failed with an unhandled IsADirectoryError at every unlock, while the
duress passphrase opened. Now recovery removes whatever sits at a name it clears, as what it
is, and both passphrases open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE, run_cli
from test_duress_oracle import answer, both_answers, used_profile

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def _moved_and_linked(name: str) -> Callable[[Path], None]:
    def change(profile: Path) -> None:
        os.rename(profile / name, profile / f"{name}.moved")
        os.symlink(f"{name}.moved", profile / name)
    return change


def _made_a_file(name: str) -> Callable[[Path], None]:
    def change(profile: Path) -> None:
        shutil.rmtree(profile / name)
        (profile / name).write_bytes(b"")
    return change


FOLDER_CHANGES = {
    "sealed/ a link to the moved folder": _moved_and_linked("sealed"),
    "blobs/ a link to the moved folder": _moved_and_linked("blobs"),
    "sealed/ an empty file": _made_a_file("sealed"),
    "blobs/ an empty file": _made_a_file("blobs"),
}


@pytest.mark.parametrize("change", list(FOLDER_CHANGES))
def test_a_folder_replaced_offline_gets_the_same_refusal_from_both_passphrases(
        tmp_path: Path, use_keyring: bool, change: str) -> None:
    real, duress = both_answers(tmp_path, use_keyring, FOLDER_CHANGES[change])
    assert real[0] == "own.not_a_folder"
    assert duress == real


_ANSWER_WITHOUT_CAPABILITIES = """
import sys
from pathlib import Path
from intake_app.errors import SeinpostError
from intake_app.services.liaison import LiaisonSession
try:
    session = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2])
except SeinpostError as exc:
    print(exc.code)
else:
    print("opened", len(session.list_entries()))
    session.lock()
"""


def _answer_as_the_owner(profile: Path, passphrase: str, use_keyring: bool) -> str:
    """The unlock's answer in a child that meets the folders' modes as their owner would
    (root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: these tests run as root)."""
    env = dict(os.environ)
    if not use_keyring:
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # as on a laptop without a keyring
    done = subprocess.run(["setpriv", "--inh-caps=-all",
                           "--bounding-set=-dac_override,-dac_read_search",
                           sys.executable, "-c", _ANSWER_WITHOUT_CAPABILITIES, str(profile),
                           passphrase], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).parent.parent, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@pytest.mark.parametrize("name", ["sealed", "blobs"])
def test_a_folder_whose_permissions_were_taken_away_offline_opens_for_both_passphrases(
        tmp_path: Path, use_keyring: bool, name: str) -> None:
    # One profile, the real passphrase first (a copy would share its keyring entry, which
    # the duress unlock replaces); then the same change again, and the duress passphrase.
    coerced = used_profile(tmp_path / "coerced", use_keyring)
    os.chmod(coerced / name, 0)
    assert _answer_as_the_owner(coerced, PASSPHRASE, use_keyring) == "opened 3"
    assert (os.stat(coerced / name).st_mode & 0o777) == 0o700
    os.chmod(coerced / name, 0)
    assert _answer_as_the_owner(coerced, DURESS, use_keyring) == "opened 0"


# ----- D3: planted inside the folders -----------------------------------------------------

def _draft_id(profile: Path) -> str:
    conn = sqlite3.connect(profile / "store.db")
    try:
        return conn.execute("SELECT id FROM drafts LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def _folder_with_a_file(path: Path) -> None:
    path.mkdir()
    (path / "inside").write_bytes(b"planted")


PLANTED = {
    "a folder at blobs/x.blob": lambda p: _folder_with_a_file(p / "blobs" / "x.blob"),
    "a folder at blobs/.a.blob.partial":
        lambda p: _folder_with_a_file(p / "blobs" / ".a.blob.partial"),
    "a folder at sealed/.x.partial": lambda p: _folder_with_a_file(p / "sealed" / ".x.partial"),
    "a folder at sealed/<draft id>.age":
        lambda p: _folder_with_a_file(p / "sealed" / f"{_draft_id(p)}.age"),
    "a FIFO at blobs/y.blob": lambda p: os.mkfifo(p / "blobs" / "y.blob"),
    "a FIFO at sealed/.f.partial": lambda p: os.mkfifo(p / "sealed" / ".f.partial"),
    "a link at blobs/z.blob to a file outside":
        lambda p: os.symlink(p.parent / "outside.txt", p / "blobs" / "z.blob"),
}


@pytest.mark.parametrize("plant", list(PLANTED))
def test_an_entry_planted_offline_where_recovery_clears_opens_for_both_passphrases(
        tmp_path: Path, use_keyring: bool, plant: str) -> None:
    # One profile, the real passphrase first (a copy would share its keyring entry, which
    # the duress unlock replaces); then the same entry planted again, and the duress one.
    coerced = used_profile(tmp_path / "coerced", use_keyring)
    (coerced.parent / "outside.txt").write_bytes(b"not the profile's")
    PLANTED[plant](coerced)
    assert answer(coerced, PASSPHRASE) == ("opened", "3 entries")
    left = {p.name for folder in ("blobs", "sealed") for p in (coerced / folder).iterdir()}
    assert not any(name in left for name in ("x.blob", ".a.blob.partial", ".x.partial",
                                              "y.blob", ".f.partial", "z.blob"))
    assert (coerced.parent / "outside.txt").read_bytes() == b"not the profile's"
    assert answer(coerced, PASSPHRASE) == ("opened", "3 entries")
    PLANTED[plant](coerced)
    assert answer(coerced, DURESS) == ("opened", "0 entries")
    assert (coerced.parent / "outside.txt").read_bytes() == b"not the profile's"


def test_on_the_command_line_a_folder_planted_at_a_blob_name_opens(tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    (profile / "blobs" / "x.blob").mkdir()
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (profile / "blobs" / "x.blob").exists()
