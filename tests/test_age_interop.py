"""Interop with the real `age` command, both ways: binary, armored, X25519, passphrase.

`age -p` reads the passphrase from the terminal, so those tests drive it through a pty.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
from pathlib import Path

import pytest
from tools import require_tool

from intake_app.crypto import age
from intake_app.fs.atomic import atomic_writer

SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 1024 * 1024 + 12345]
# Missing commands fail the whole module (make test installs them), in CI and everywhere.
AGE = require_tool("age")
AGE_KEYGEN = require_tool("age-keygen")


def run(*argv: str, stdin: bytes | None = None) -> bytes:
    done = subprocess.run(argv, input=stdin, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def run_with_terminal(argv: list[str], passphrase: str, prompts: int) -> None:
    """Run `argv` on a pty and answer each passphrase prompt; fail on timeout or error."""
    pid, fd = pty.fork()
    if pid == 0:  # child: its terminal is the pty, so age can open /dev/tty
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    output = b""
    answered = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                os.kill(pid, 9)
                raise AssertionError(f"age did not finish: {output!r}")
            try:
                data = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                data = b""
            if not data:
                break
            output += data
            pending = output.split(b"\n")[-1]
            if answered < prompts and b"passphrase" in pending and pending.rstrip().endswith(b":"):
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert answered == prompts, output


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    directory = tmp_path_factory.mktemp("keys")
    keygen_file = directory / "keygen.txt"
    run(AGE_KEYGEN, "-o", str(keygen_file))
    ours_identity, ours_recipient = age.generate_x25519()
    ours_file = directory / "ours.txt"
    ours_file.write_text(f"# made by our generate_x25519\n{ours_identity}\n")
    recipients_file = directory / "recipients.txt"
    keygen_recipient = run(AGE_KEYGEN, "-y", str(keygen_file)).decode().strip()
    recipients_file.write_text(f"# two people\n{keygen_recipient}\n{ours_recipient}\n")
    return {
        "keygen_file": keygen_file,
        "keygen_identities": age.parse_identities(keygen_file.read_text()),
        "keygen_recipient": keygen_recipient,
        "ours_file": ours_file,
        "ours_identity": ours_identity,
        "ours_recipient": ours_recipient,
        "recipients_file": recipients_file,
    }


def payload(size: int) -> bytes:
    return os.urandom(size)


def our_encrypt(tmp_path: Path, data: bytes, **kwargs: object) -> Path:
    plain = tmp_path / "plain.bin"
    plain.write_bytes(data)
    sealed = tmp_path / "ours.age"
    with plain.open("rb") as src, atomic_writer(sealed) as dst:
        age.encrypt(src, dst, **kwargs)
    return sealed


def our_decrypt(sealed: Path, **kwargs: object) -> bytes:
    out = sealed.with_suffix(".out")
    with sealed.open("rb") as src, atomic_writer(out) as dst:
        age.decrypt(src, dst, **kwargs)
    return out.read_bytes()


def test_generated_identity_is_accepted_by_age_keygen(keys, tmp_path: Path) -> None:
    derived = run(AGE_KEYGEN, "-y", str(keys["ours_file"])).decode().strip()
    assert derived == keys["ours_recipient"] == age.recipient_for(keys["ours_identity"])
    assert age.recipient_for(keys["keygen_identities"][0]) == keys["keygen_recipient"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_age_opens_what_we_encrypt(keys, tmp_path: Path, size: int, armor: bool) -> None:
    data = payload(size)
    sealed = our_encrypt(
        tmp_path, data, recipients=[keys["keygen_recipient"], keys["ours_recipient"]], armor=armor
    )
    for identity_file in (keys["keygen_file"], keys["ours_file"]):
        assert run(AGE, "-d", "-i", str(identity_file), str(sealed)) == data


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_we_open_what_age_encrypts(keys, tmp_path: Path, size: int, armor: bool) -> None:
    data = payload(size)
    plain = tmp_path / "plain.bin"
    plain.write_bytes(data)
    sealed = tmp_path / "theirs.age"
    flags = ["-a"] if armor else []
    run(AGE, *flags, "-R", str(keys["recipients_file"]), "-o", str(sealed), str(plain))
    assert our_decrypt(sealed, identities=keys["keygen_identities"]) == data
    assert our_decrypt(sealed, identities=[keys["ours_identity"]]) == data
    with sealed.open("rb") as src:
        assert age.open_decrypt(src, identities=[keys["ours_identity"]]).read() == data


def test_age_with_several_r_flags(keys, tmp_path: Path) -> None:
    others = [age.generate_x25519() for _ in range(3)]
    data = payload(70000)
    plain = tmp_path / "plain.bin"
    plain.write_bytes(data)
    sealed = tmp_path / "theirs.age"
    flags = [arg for _, recipient in others for arg in ("-r", recipient)]
    run(AGE, *flags, "-o", str(sealed), str(plain))
    for identity, _ in others:
        assert our_decrypt(sealed, identities=[identity]) == data
    with pytest.raises(age.NoIdentityMatchError):
        our_decrypt(sealed, identities=[keys["ours_identity"]])


@pytest.mark.parametrize("size", [0, 65536, 3 * 65536 + 7])
def test_we_open_age_passphrase_files(tmp_path: Path, size: int) -> None:
    data = payload(size)
    plain = tmp_path / "plain.bin"
    plain.write_bytes(data)
    sealed = tmp_path / "theirs.age"
    run_with_terminal([AGE, "-p", "-a", "-o", str(sealed), str(plain)], "correct horse", 2)
    assert our_decrypt(sealed, passphrase="correct horse") == data
    with pytest.raises(age.NoIdentityMatchError):
        our_decrypt(sealed, passphrase="wrong horse")


@pytest.mark.parametrize("work_factor", [10, 18])
def test_age_opens_our_passphrase_files(tmp_path: Path, work_factor: int) -> None:
    data = payload(65537)
    sealed = our_encrypt(tmp_path, data, passphrase="tr0ub4dor", work_factor=work_factor)
    out = tmp_path / "theirs.out"
    run_with_terminal([AGE, "-d", "-o", str(out), str(sealed)], "tr0ub4dor", 1)
    assert out.read_bytes() == data


def test_default_work_factor_matches_age(tmp_path: Path) -> None:
    sealed = our_encrypt(tmp_path, b"x", passphrase="pw")
    assert sealed.read_bytes().split(b"\n")[1].split(b" ")[-1] == b"18"
