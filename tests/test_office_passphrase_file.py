"""The office passphrase from a file saved by Notepad or PowerShell is the passphrase typed.

A byte-order mark, a CRLF line ending or decomposed accents (NFD, as macOS writes them) in
`--passphrase-file` must not become part of the office's key passphrase: the person later types
it at a prompt, or opens a key file with the real `age -d`.
"""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from test_office_keygen import run_in_pty

from intake_app.crypto import age, keycard
from intake_app.office import keys
from intake_app.office.keys import OfficeKeyError

TYPED = "correct horse battery staple café"  # what the person types: NFC, no line ending
NAME = "Centraal Meldpunt"
SCRIPT = Path(sys.executable).with_name("intake-office")


def office(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "intake_app.cli.office"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.parametrize("saved", [
    "\ufeff" + TYPED + "\r\n",                          # Notepad: UTF-8 with BOM, CRLF
    unicodedata.normalize("NFD", TYPED) + "\n",         # macOS: decomposed accents
    TYPED + " \r\n",                                    # cmd.exe `echo … > f`: a space
])
def test_keygen_from_a_notepad_or_macos_passphrase_file_opens_with_the_typed_passphrase(
        tmp_path: Path, saved: str) -> None:
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_bytes(saved.encode("utf-8"))
    out = tmp_path / "keys"
    result = office("keygen", "--out", out, "--name", NAME, "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr

    card = keycard.load_card(out / "office.card")
    identity = keys.load_office_identity(out, TYPED)
    assert age.recipient_for(identity) == card.recipients[0]
    # The same file also still works, and so does the real age with the typed passphrase.
    assert keys.load_office_identity(out, saved) == identity
    opened = tmp_path / "identity.txt"
    status, transcript = run_in_pty(
        ["age", "-d", "-o", str(opened), str(out / "office-identity.age")], [TYPED])
    assert status == 0, transcript
    assert age.parse_identities(opened.read_text())[0] == identity


def test_key_files_sealed_before_the_rule_still_open_with_the_passphrase_given_then(
        tmp_path: Path) -> None:
    out = tmp_path / "keys"
    keys.generate_office_keys(out, NAME, TYPED)
    identity = keys.load_office_identity(out, TYPED)
    old_passphrase = "\ufeff" + TYPED  # what older versions sealed under from a Notepad file
    for name in ("office-identity.age", "office-signing.age"):
        plain = io.BytesIO()
        age.decrypt(io.BytesIO((out / name).read_bytes()), plain, passphrase=TYPED)
        resealed = io.BytesIO()
        age.encrypt(io.BytesIO(plain.getvalue()), resealed, passphrase=old_passphrase)
        (out / name).write_bytes(resealed.getvalue())

    assert keys.load_office_identity(out, old_passphrase) == identity
    keys.load_office_signing_key(out, old_passphrase)
    with pytest.raises(OfficeKeyError) as refused:
        keys.load_office_identity(out, TYPED + "x")
    assert refused.value.code == "office.keys.wrong_passphrase"


def _reseal(out: Path, under: str) -> None:
    """Seal both key files of `out` again under `under`, as an earlier version did."""
    for name in ("office-identity.age", "office-signing.age"):
        plain = io.BytesIO()
        age.decrypt(io.BytesIO((out / name).read_bytes()), plain, passphrase=TYPED)
        resealed = io.BytesIO()
        age.encrypt(io.BytesIO(plain.getvalue()), resealed, passphrase=under)
        (out / name).write_bytes(resealed.getvalue())


@pytest.mark.parametrize("given_then", [TYPED + " ", " " + TYPED + " "],
                         ids=["trailing space", "spaces around"])
def test_key_files_sealed_with_a_cmd_echo_trailing_space_open_with_the_typed_passphrase(
        tmp_path: Path, given_then: str) -> None:
    # `echo P > f` in cmd.exe writes "P", a space and CRLF; an earlier version sealed the key
    # files under "P " (the line ending dropped, the space kept). The vault opens such a slot
    # with the typed "P" (vault/passphrase.py `spaced_form`); the office's key files must too,
    # at the prompt and from a file holding the typed passphrase.
    out = tmp_path / "keys"
    keys.generate_office_keys(out, NAME, TYPED)
    identity = keys.load_office_identity(out, TYPED)
    _reseal(out, TYPED + " ")
    assert keys.load_office_identity(out, TYPED) == identity
    keys.load_office_signing_key(out, TYPED)
    assert keys.load_office_identity(out, given_then) == identity  # the old file still works
    with pytest.raises(OfficeKeyError) as refused:
        keys.load_office_identity(out, TYPED + "x")
    assert refused.value.code == "office.keys.wrong_passphrase"


def test_key_files_sealed_with_a_trailing_tab_still_open_with_the_file_given_then(
        tmp_path: Path) -> None:
    # Other trailing whitespace an earlier version kept (a tab) opens as the vault's does: with
    # the input as it was given then, not (yet) with the typed passphrase.
    out = tmp_path / "keys"
    keys.generate_office_keys(out, NAME, TYPED)
    identity = keys.load_office_identity(out, TYPED)
    _reseal(out, TYPED + "\t")
    assert keys.load_office_identity(out, TYPED + "\t") == identity
    keys.load_office_signing_key(out, TYPED + "\t")
