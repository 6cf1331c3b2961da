"""`intake-office keygen`, `card show` and `rotate` as the real console script, checked with age."""

from __future__ import annotations

import io
import os
import pty
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import nacl.signing
import pytest

from intake_app.crypto import age, keycard
from intake_app.crypto.keycard import KeyCardError, create_card, parse_card, verify_rotation
from intake_app.office import keys
from intake_app.sentences import sentence
from intake_app.vault.passphrase import MIN_SCORE, WeakPassphrase, strength

PASSPHRASE = "correct horse battery staple"
NAME = "Centraal Meldpunt"
SCRIPT = Path(sys.executable).with_name("intake-office")


def office(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "intake_app.cli.office"]
    return subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def run_in_pty(argv: list[str], answers: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run `argv` on a fresh terminal, typing the next answer at each passphrase prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal, as for a person at a prompt
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    output = b""
    sent = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{argv[0]} did not finish: {output!r}")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if sent < len(answers) and output.lower().count(b"passphrase") > sent:
                os.write(fd, answers[sent].encode() + b"\n")
                sent += 1
    finally:
        os.close(fd)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def passphrase_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory: pytest.TempPathFactory, passphrase_file: Path) -> Path:
    out = tmp_path_factory.mktemp("office") / "keys"
    result = office("keygen", "--out", out, "--name", NAME, "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    card = keycard.load_card(out / "office.card")
    assert card.fingerprint in result.stdout
    return out


def test_keygen_writes_private_files_and_no_plaintext_secret(keys_dir: Path) -> None:
    assert stat.S_IMODE(keys_dir.stat().st_mode) == 0o700
    names = sorted(p.name for p in keys_dir.iterdir())
    assert names == ["office-identity.age", "office-signing.age", "office.card"]
    for path in keys_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        data = path.read_bytes()
        assert b"AGE-SECRET-KEY" not in data and b"SEINPOST-ED25519-SEED" not in data
    assert (keys_dir / "office-identity.age").read_bytes().startswith(b"age-encryption.org/v1\n")
    card = keycard.load_card(keys_dir / "office.card")
    assert card.role == "office" and card.name == NAME and len(card.recipients) == 1


def test_real_age_opens_the_identity_and_it_matches_the_card(keys_dir: Path,
                                                              tmp_path: Path) -> None:
    opened = tmp_path / "identity.txt"
    status, transcript = run_in_pty(
        ["age", "-d", "-o", str(opened), str(keys_dir / "office-identity.age")], [PASSPHRASE]
    )
    assert status == 0, transcript
    recipient = subprocess.run(
        ["age-keygen", "-y", str(opened)], capture_output=True, text=True, check=True, timeout=30
    ).stdout.strip()
    card = keycard.load_card(keys_dir / "office.card")
    assert card.recipients == (recipient,)
    assert keys.load_office_identity(keys_dir, PASSPHRASE) == age.parse_identities(
        opened.read_text()
    )[0]
    signing_key = keys.load_office_signing_key(keys_dir, PASSPHRASE)
    assert bytes(signing_key.verify_key) == card.verify_key


def test_keygen_never_overwrites(keys_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in keys_dir.iterdir()}
    result = office("keygen", "--out", keys_dir, "--name", "X", "--passphrase-file",
                    passphrase_file)
    assert result.returncode == 1
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in keys_dir.iterdir()} == before
    # One stray key file is enough to refuse, and nothing is added beside it.
    partial = tmp_path / "partial"
    partial.mkdir()
    (partial / "office-signing.age").write_bytes(b"keep me")
    with pytest.raises(keys.OfficeKeyError, match="already exists"):
        keys.generate_office_keys(partial, NAME, PASSPHRASE)
    assert [p.name for p in partial.iterdir()] == ["office-signing.age"]


def test_card_show_prints_what_people_compare(keys_dir: Path, tmp_path: Path) -> None:
    card = keycard.load_card(keys_dir / "office.card")
    result = office("card", "show", keys_dir / "office.card")
    assert result.returncode == 0, result.stderr
    for expected in ("office", NAME, card.key_id, card.fingerprint, card.recipients[0],
                     card.created):
        assert expected in result.stdout
    tampered = tmp_path / "tampered.card"
    tampered.write_bytes(card.raw.replace(NAME.encode(), b"Centraal Meldpunf"))
    result = office("card", "show", tampered)
    assert result.returncode == 1
    # One error line, `prog: sentence`, the same shape as intake-app's (issue 8).
    assert result.stderr.startswith("intake-office: ") and "altered" in result.stderr
    assert office("card", "show", tmp_path / "missing.card").returncode == 1


@pytest.mark.parametrize("weak", ["x", "letmein", "Welkom01!"])
def test_keygen_refuses_a_passphrase_the_vaults_strength_rule_calls_weak(
        tmp_path: Path, weak: str) -> None:
    # Issue 7: one strength rule (zxcvbn, `vault.passphrase`) for the window and both command
    # lines; the office's keys guard every signal, so `keygen` applies it too.
    assert strength(weak) < MIN_SCORE
    weak_file = tmp_path / "weak.txt"
    weak_file.write_text(weak + "\n", encoding="utf-8")
    result = office("keygen", "--out", tmp_path / "keys", "--name", NAME, "--passphrase-file",
                    weak_file)
    assert result.returncode == 1
    assert result.stderr.strip() == f"intake-office: {sentence('vault.weak_passphrase', 'en')}"
    assert not (tmp_path / "keys").exists()
    with pytest.raises(WeakPassphrase):
        keys.generate_office_keys(tmp_path / "engine", NAME, weak)
    assert not (tmp_path / "engine").exists()


def test_keygen_refuses_a_weak_passphrase_typed_at_the_prompt(tmp_path: Path) -> None:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "intake_app.cli.office"]
    status, transcript = run_in_pty(
        [*command, "keygen", "--out", str(tmp_path / "k"), "--name", NAME], ["letmein"] * 2
    )
    assert status == 1 and "too easy to guess" in transcript
    assert not (tmp_path / "k").exists()


def test_usage_errors_are_one_line() -> None:
    for args in ([], ["frobnicate"], ["keygen"]):
        result = office(*args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_prompted_passphrases_must_match(tmp_path: Path) -> None:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "intake_app.cli.office"]
    status, transcript = run_in_pty(
        [*command, "keygen", "--out", str(tmp_path / "k"), "--name", NAME], ["one", "two"]
    )
    assert status == 1 and "differ" in transcript
    assert not (tmp_path / "k").exists()


def copy_keys(keys_dir: Path, work: Path) -> Path:
    """A copy, so that each test changes its own keys and the others keep the first generation."""
    work.mkdir(mode=0o700)
    for path in keys_dir.iterdir():
        (work / path.name).write_bytes(path.read_bytes())
        (work / path.name).chmod(0o600)
    return work


def test_rotation(keys_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    work = copy_keys(keys_dir, tmp_path / "keys")
    old_card = keycard.load_card(work / "office.card")
    sealed_before = io.BytesIO()
    age.encrypt(io.BytesIO(b"sealed before rotation"), sealed_before,
                recipients=list(old_card.recipients))

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    result = office("rotate", "--keys", work, "--passphrase-file", wrong)
    assert result.returncode == 1 and "wrong passphrase" in result.stderr
    assert keycard.load_card(work / "office.card") == old_card

    result = office("rotate", "--keys", work, "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    new_card = keycard.load_card(work / "office.card")
    assert new_card.fingerprint in result.stdout
    verify_rotation(old_card, new_card)
    assert new_card.recipients != old_card.recipients and new_card.name == NAME
    shown = office("card", "show", work / "office.card").stdout
    assert f"endorsed by:  previous office key {old_card.key_id}" in shown

    # The old identity is kept and still opens what was sealed to it; the old signing key too.
    identities = keys.load_all_office_identities(work, PASSPHRASE)
    assert [age.recipient_for(i) for i in identities] == [*new_card.recipients,
                                                           *old_card.recipients]
    opened = io.BytesIO()
    age.decrypt(io.BytesIO(sealed_before.getvalue()), opened, identities=identities)
    assert opened.getvalue() == b"sealed before rotation"
    old_key = keys.load_office_signing_key(work, PASSPHRASE, key_id=old_card.key_id)
    assert bytes(old_key.verify_key) == old_card.verify_key
    for path in work.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) in (0o600, 0o700), path

    # Liaisons refuse a card that the current office key did not endorse.
    new_key = nacl.signing.SigningKey.generate()
    unendorsed = parse_card(create_card(new_key, "office", NAME, new_card.recipients))
    foreign = parse_card(create_card(new_key, "office", NAME, new_card.recipients,
                                     endorse_with=nacl.signing.SigningKey.generate()))
    for card in (unendorsed, foreign):
        with pytest.raises(KeyCardError):
            verify_rotation(old_card, card)


def test_interrupted_rotation_is_finished_or_undone(keys_dir: Path, tmp_path: Path) -> None:
    work = copy_keys(keys_dir, tmp_path / "keys")
    old_card = keycard.load_card(work / "office.card")
    # Crash before the commit point: a half-written next generation is thrown away.
    (work / "office-identity.next.age").write_bytes(b"half")
    assert keys.load_office_card(work) == old_card
    assert not (work / "office-identity.next.age").exists()
    # Crash after the commit point: the new generation is put in place.
    next_card = create_card(nacl.signing.SigningKey.generate(), "office", NAME,
                            [age.generate_x25519()[1]])
    (work / "office.next.card").write_bytes(next_card)
    assert keys.load_office_card(work).raw == next_card
    assert sorted(p.name for p in work.iterdir()) == sorted(p.name for p in keys_dir.iterdir())
