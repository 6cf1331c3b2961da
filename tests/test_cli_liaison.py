"""`intake-app <command>` as a user runs it: a child process, real files, clear one-line errors."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import (
    PASSPHRASE,
    fast_session,
    make_office,
    run_cli,
    signal_fields,
    write_signal,
)

from intake_app.crypto import keycard
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession


@pytest.fixture
def ready(tmp_path: Path):
    """A set-up profile (fast KDF) and the arguments to reach it."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    return tmp_path, office, ["--profile", str(profile), "--passphrase-file",
                              str(tmp_path / "pass")]


def test_init_asks_for_the_office_fingerprint(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    typed = office.parsed.fingerprint.replace(" ", "-")  # any grouping is fine
    stdin = f"{typed}\n{PASSPHRASE}\n{PASSPHRASE}\n"
    result = run_cli(["init", "--name", "Yara Okonkwo", "--profile", str(profile), "--office-card",
                      str(office.card_path), "--no-keyring"], cwd=tmp_path, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert office.parsed.fingerprint in result.stdout  # confirmed, after it was typed
    assert "Type the fingerprint the office reads out to you" in result.stderr
    # The visible warning of --no-keyring, as the person's choice, not a keyring missing
    # (review r7j R7J-10).
    assert "You chose passphrase only (--no-keyring)" in result.stderr
    card_out = tmp_path / "liaison.card"
    result = run_cli(["card", "--out", str(card_out), "--profile", str(profile)], cwd=tmp_path,
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert keycard.parse_card(card_out.read_bytes()).role == "liaison"


def test_init_without_a_name_and_without_a_terminal_is_refused_before_anything(
        tmp_path: Path) -> None:
    """Review r7j R7J-10: `init` without `--name` named the profile "Liaison"."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    result = run_cli(["init", "--profile", str(profile), "--office-card", str(office.card_path),
                      "--no-keyring"], cwd=tmp_path, env={"SEINPOST_LANG": "en"},
                     stdin=f"{office.parsed.fingerprint}\n{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode != 0
    assert sentence("cli.name_needed", "en") in result.stderr
    assert sentence("liaison_out.fingerprint_question", "en") not in result.stderr  # none asked
    assert not profile.exists()


def test_init_with_a_blank_name_is_refused(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    result = run_cli(["init", "--name", "  ", "--profile", str(tmp_path / "profile"),
                      "--office-card", str(office.card_path), "--fingerprint",
                      office.parsed.fingerprint, "--no-keyring"], cwd=tmp_path,
                     env={"SEINPOST_LANG": "en"})
    assert result.returncode != 0
    assert sentence("cli.name_needed", "en") in result.stderr
    assert not (tmp_path / "profile").exists()


def test_init_at_a_terminal_asks_for_the_name_and_puts_it_on_the_card(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["SEINPOST_LANG"] = "en"
    terminal, child_side = pty.openpty()  # stdin a terminal, as a person's
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "intake_app", "init", "--profile", str(profile),
             "--office-card", str(office.card_path), "--passphrase-file", str(tmp_path / "pass"),
             "--no-keyring"], stdin=child_side, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=tmp_path, env=env, start_new_session=True)
        os.close(child_side)
        os.write(terminal, f"{office.parsed.fingerprint}\nAmira El Amrani\n".encode())
        try:
            _out, err = child.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            child.kill()
            raise
    finally:
        os.close(terminal)
    assert child.returncode == 0, err
    assert sentence("liaison_out.name_question", "en") in err
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        assert session.liaison_name() == "Amira El Amrani"
    finally:
        session.lock()


def test_init_refuses_a_wrong_fingerprint_and_sets_up_nothing(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    wrong = "12345 " * 8
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--profile", str(profile), "--office-card", str(office.card_path),
                      "--fingerprint", wrong, "--no-keyring"], cwd=tmp_path)
    assert result.returncode != 0 and "does not match" in result.stderr
    assert "Traceback" not in result.stderr
    assert not profile.exists()


def test_init_never_shows_the_cards_fingerprint_before_it_is_typed(tmp_path: Path) -> None:
    """Review r7j R7J-5: init printed the card's digits and then asked for them, so copying the
    screen passed a swapped card. Typed wrong, not one group of the card's digits is shown."""
    office = make_office(tmp_path / "office")
    wrong = "12345 " * 8
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--profile", str(tmp_path / "profile"), "--office-card",
                      str(office.card_path), "--no-keyring"], cwd=tmp_path,
                     stdin=f"{wrong}\n{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode != 0 and "does not match" in result.stderr
    said = result.stdout + result.stderr
    assert [group for group in office.parsed.fingerprint.split() if group in said] == []


def test_init_refuses_a_tampered_or_liaison_card(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    tampered = tmp_path / "tampered.card"
    tampered.write_bytes(office.card.replace(b"Centraal", b"Centrale"))
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--profile", str(tmp_path / "p"), "--office-card", str(tampered),
                      "--fingerprint", office.parsed.fingerprint], cwd=tmp_path)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and not (tmp_path / "p").exists()


def test_record_list_seal_status(ready) -> None:
    folder, office, common = ready
    signal = write_signal(folder / "s.json", description="Mail me: someone@example.org")
    evidence = folder / "evidence.bin"
    evidence.write_bytes(b"\x00binary" * 100)
    result = run_cli(["record", "--from", str(signal), "--attach", str(evidence),
                      "--keep-original", *common], cwd=folder)
    assert result.returncode == 0, result.stderr
    draft_id = result.stdout.split("Saved draft ")[1].split()[0]
    assert "original-kept" in result.stdout
    assert "description may contain an e-mail address" in result.stderr
    assert "someone@example.org" not in result.stdout + result.stderr

    listing = run_cli(["list", *common], cwd=folder)
    assert listing.returncode == 0
    assert draft_id in listing.stdout and " draft " in listing.stdout
    assert "example.org" not in listing.stdout

    # Identifiers found: sealing asks, and "no" leaves the draft alone.
    refused = run_cli(["seal", draft_id, *common], cwd=folder, stdin="n\n")
    assert refused.returncode == 0 and "Not sealed" in refused.stdout
    sealed = run_cli(["seal", draft_id, *common], cwd=folder, stdin="y\n")
    assert sealed.returncode == 0, sealed.stderr
    # Progress is a bar on a terminal only, in both tools (issue 8); piped stderr stays quiet.
    assert f"Sealed {draft_id}" in sealed.stdout and "Sealing" not in sealed.stderr
    assert "original_kept_may_identify" in sealed.stderr

    listing = run_cli(["list", *common], cwd=folder)
    [row] = [line for line in listing.stdout.splitlines() if draft_id in line]
    assert row.split()[1:2] == ["sealed"] and row.split()[-1] == "sealed"
    status = run_cli(["status", *common], cwd=folder)
    assert status.returncode == 0
    assert "Drafts: 0  Sealed: 1" in status.stdout
    assert office.parsed.fingerprint in status.stdout
    assert "passphrase only" in status.stderr


def test_record_reports_every_invalid_field(ready) -> None:
    folder, _, common = ready
    signal = folder / "bad.json"
    signal.write_text(json.dumps(signal_fields(category="nonsense", urgency=None)))
    result = run_cli(["record", "--from", str(signal), *common], cwd=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith("intake-app: category:") for line in lines)
    assert any(line.startswith("intake-app: urgency:") for line in lines)


@pytest.mark.parametrize("args, phrase", [
    (["record", "--from", "missing.json"], "does not exist"),
    (["record", "--from", "s.json", "--attach", "nope-Reporter.jpg"], "Attachment 1 (--attach)"),
    (["seal", "0" * 32], "no draft"),
    (["seal", "not-an-id"], "not a signal id"),
    (["record", "--from", "garbage.json"], "not valid JSON"),
])
def test_errors_are_one_clear_line(ready, args: list[str], phrase: str) -> None:
    folder, _, common = ready
    write_signal(folder / "s.json")
    (folder / "garbage.json").write_text("{nope")
    result = run_cli([*args, *common], cwd=folder)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and phrase in lines[0], result.stderr
    assert "Reporter" not in result.stderr  # an attachment's name can identify someone


def test_seal_all_seals_every_draft_once(ready) -> None:
    folder, _, common = ready
    for number in range(2):
        signal = write_signal(folder / f"s{number}.json")
        assert run_cli(["record", "--from", str(signal), *common], cwd=folder).returncode == 0
    result = run_cli(["seal", "--all", "--yes", *common], cwd=folder)
    assert result.returncode == 0 and result.stdout.count("Sealed ") == 2
    assert run_cli(["seal", "--all", *common], cwd=folder).stdout.strip() == (
        "There are no drafts to seal.")


def test_there_is_no_lock_command_that_would_do_nothing(ready) -> None:
    """The command line keeps no key after a command ends, so `lock` could only pretend."""
    folder, _, common = ready
    result = run_cli(["lock", *common], cwd=folder)
    assert result.returncode == 2 and "invalid choice: 'lock'" in result.stderr
