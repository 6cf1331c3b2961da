"""Files from outside that are not files: every command that reads one refuses it at once.

A FIFO without a writer used to hang each of these commands forever (issue 10, case 1); a device
such as /dev/zero never ends; a folder is not a file. Each runs as a child process, as a user
would run it, with a timeout: a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, write_signal

from intake_app.fs import outside
from intake_app.sentences import sentence

NOT_REGULAR = "is not an ordinary file but a folder, pipe, device or link"  # outside.not_regular


def _run(module: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, text=True,
                          capture_output=True, env=env, timeout=60, check=False,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def world(tmp_path: Path):
    """A set-up profile, an office card, a FIFO and the common liaison arguments."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    fifo = tmp_path / "hostile.fifo"
    os.mkfifo(fifo)
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    return tmp_path, office, fifo, common


LIAISON_COMMANDS = {
    "init --office-card": lambda f, c, t: ["init", "--profile", str(t / "new"), "--name", "Amira",
                                           "--office-card", f, "--fingerprint", "0",
                                           "--no-keyring"],
    "record --from": lambda f, c, t: ["record", *c, "--from", f],
    "receipt import": lambda f, c, t: ["receipt", "import", *c, f],
    "office-card update": lambda f, c, t: ["office-card", "update", *c, f],
    "--passphrase-file": lambda f, c, t: ["record", "--profile", str(t / "profile"),
                                          "--passphrase-file", f, "--from",
                                          str(write_signal(t / "s.json"))],
}


@pytest.mark.parametrize("command", sorted(LIAISON_COMMANDS))
def test_liaison_command_refuses_a_fifo_at_once(world, command: str) -> None:
    tmp_path, _office, fifo, common = world
    result = _run("intake_app", LIAISON_COMMANDS[command](str(fifo), common, tmp_path), tmp_path)
    assert result.returncode == 1, result.stderr
    assert NOT_REGULAR in result.stderr
    assert "Traceback" not in result.stderr


OFFICE_COMMANDS = {
    "check": lambda f, t: ["check", f],
    "card show": lambda f, t: ["card", "show", f],
    "liaison add": lambda f, t: ["liaison", "add", f, "--db", str(t / "office.db")],
    "keygen --passphrase-file": lambda f, t: ["keygen", "--out", str(t / "keys"), "--name", "X",
                                              "--passphrase-file", f],
}


@pytest.mark.parametrize("command", sorted(OFFICE_COMMANDS))
def test_office_command_refuses_a_fifo_at_once(world, command: str) -> None:
    tmp_path, _office, fifo, _common = world
    result = _run("intake_app.cli.office", OFFICE_COMMANDS[command](str(fifo), tmp_path),
                  tmp_path)
    assert result.returncode == 1, result.stderr
    if command == "check":  # the courier check reports per file
        assert "hostile.fifo: not a bundle: is a pipe (FIFO), not a regular file" in result.stdout
    else:
        assert NOT_REGULAR in result.stderr
    assert "Traceback" not in result.stderr


def test_attachment_that_is_a_device_is_refused(world) -> None:
    from intake_app.services.liaison import LiaisonSession

    tmp_path, _office, _fifo, _common = world
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    try:
        draft = session.record(__import__("liaison_fixtures").signal_fields())
        with pytest.raises(outside.OutsideFileError) as caught:
            session.attach(draft, Path("/dev/zero"))
        assert caught.value.code == "outside.not_regular"
    finally:
        session.lock()


def test_reader_refuses_folder_fifo_device_and_link_for_bundle_parts(tmp_path: Path) -> None:
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    real = tmp_path / "real.zip"
    real.write_bytes(b"PK")
    link = tmp_path / "link.zip"
    link.symlink_to(real)
    for path in (tmp_path, fifo, Path("/dev/zero"), link):
        with pytest.raises(outside.OutsideFileError) as caught:
            outside.read_outside(path, outside.BUNDLE_PART)
        assert caught.value.code == "outside.not_regular", path
    # A typed path to a card may be a link (a Downloads folder linked elsewhere).
    assert outside.read_outside(link, outside.CARD) == b"PK"


def test_reader_refuses_a_file_larger_than_its_kind(tmp_path: Path) -> None:
    big = tmp_path / "card"
    big.write_bytes(b"x" * (outside.CARD.max_bytes + 1))
    with pytest.raises(outside.OutsideFileError) as caught:
        outside.read_outside(big, outside.CARD)
    assert caught.value.code == "outside.too_large"
    assert sentence("outside.too_large", "en", path=str(big)) == caught.value.sentence("en")


def test_reader_refuses_a_file_that_grows_while_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "receipt"
    path.write_bytes(b"x" * 10)
    kind = outside.Kind("test file", 100)
    with outside.open_outside(path, kind) as handle, open(path, "ab") as grow:
        grow.write(b"y" * 200)
        grow.flush()
        with pytest.raises(outside.OutsideFileError) as caught:
            handle.read()
    assert caught.value.code == "outside.too_large"


def test_reader_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(outside.OutsideFileError) as caught:
        outside.read_outside(tmp_path / "nope", outside.RECEIPT)
    assert caught.value.code == "outside.missing"
