"""The profile's own files are opened without blocking: a FIFO put where vault.json, store.db or
SQLite's WAL file belongs is refused with the project's sentence, never waited on.

Each command runs in a child process with a time-out far above what it needs, so a command that
blocks fails the test (TimeoutExpired) instead of hanging the suite.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli

from intake_app.fs import own
from intake_app.sentences import sentence

ENGLISH = {"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "C.UTF-8"}


def _fifo_at(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path, 0o600)


def test_a_fifo_at_vault_json_is_refused_not_waited_on(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    _fifo_at(profile / "vault.json")
    result = run_cli(["--profile", str(profile), "list"], cwd=tmp_path, env=ENGLISH)
    assert result.returncode != 0
    assert sentence("vault.corrupt", "en") in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "said"), [
    ("store.db", sentence("store.corrupt", "en")),
    # A log file's name is not the store: the sentence says what lies there (review r7l R7L-7).
    ("store.db-wal", sentence("store.log_planted", "en", name="store.db-wal"))])
def test_a_fifo_in_place_of_the_store_is_refused_not_waited_on(tmp_path: Path, name: str,
                                                                said: str) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    _fifo_at(profile / name)
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    result = run_cli(["--profile", str(profile), "--passphrase-file", "pass", "list"],
                     cwd=tmp_path, env=ENGLISH)
    assert result.returncode != 0
    assert said in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_profile_file_opener_refuses_every_kind_of_non_file(tmp_path: Path) -> None:
    fifo, folder, link = tmp_path / "fifo", tmp_path / "folder", tmp_path / "link"
    os.mkfifo(fifo)
    folder.mkdir()
    (tmp_path / "file").write_bytes(b"x")
    link.symlink_to(tmp_path / "file")
    for path in (fifo, folder, link, Path("/dev/zero")):
        with pytest.raises(own.OwnFileError):
            own.open_fd(path)
    assert own.check_regular(tmp_path / "file") and not own.check_regular(tmp_path / "none")
