"""Review r7h, R7H-8 and R7H-5: a passphrase piped on stdin is UTF-8 whatever the locale, and a
UTF-16 passphrase file is read as what it says it is.

On Windows Python decodes a pipe or a redirected file with the ANSI code page (cp1252 on Dutch
and English Windows), so `type pw.txt | intake-app list` with a Notepad "UTF-8 with BOM" file
gave the passphrase "ï»¿…": the correct passphrase counted as wrong, and three runs erased a
keyring-mode vault at wipe-after 3; an "é" arrived as "Ã©" and counted too; bytes cp1252 cannot
decode ended in "Something went wrong inside Seinpost". Reproduced here as the reviewer did,
with `PYTHONIOENCODING=cp1252`, which is what Python uses for such a pipe on Windows. Windows
PowerShell 5.1 writes UTF-16LE for `"pw" > pw.txt`; such a file was refused as "not UTF-8".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import make_office, run_cli

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

PASSPHRASE = "lantaarnpaal café regenjas kompas"
WINDOWS_PIPE = {"PYTHONIOENCODING": "cp1252"}


def _profile(root: Path, *, use_keyring: bool = False) -> Path:
    office = make_office(root / "office")
    session = LiaisonSession.initialise(
        root / "profile", PASSPHRASE, office.parsed, office.parsed.fingerprint,
        use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    if use_keyring:
        session.set_wipe_after(PASSPHRASE, 3)
    session.lock()
    return root / "profile"


def _piped(profile: Path, data: bytes, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`intake-app list` with `data` as its stdin bytes (a pipe, not a terminal)."""
    import os

    full_env = {**os.environ, **env, "SEINPOST_LANG": "en"}
    full_env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "intake_app", "list", "--profile", str(profile)],
                          input=data, capture_output=True, env=full_env, timeout=120,
                          check=False, cwd=profile.parent)


def _counted(profile: Path) -> int:
    return json.loads((profile / "vault.json").read_bytes())["failed_attempts"]


@pytest.mark.parametrize("saved", [
    b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n",  # Notepad: UTF-8 with BOM, CRLF
    PASSPHRASE.encode() + b"\n",                      # the "é" as UTF-8
], ids=["BOM and CRLF", "accent"])
def test_a_utf8_passphrase_piped_under_a_windows_code_page_opens_uncounted(
        tmp_path: Path, saved: bytes) -> None:
    profile = _profile(tmp_path)
    for _ in range(3):
        done = _piped(profile, saved, WINDOWS_PIPE)
        assert done.returncode == 0, done.stderr.decode()
        assert _counted(profile) == 0


def test_three_piped_runs_never_erase_a_keyring_vault_at_wipe_after_three(
        secret_service, tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=True)
    saved = b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n"
    for _ in range(3):
        done = _piped(profile, saved, WINDOWS_PIPE)
        assert done.returncode == 0, done.stderr.decode()
    doc = json.loads((profile / "vault.json").read_bytes())
    assert (doc["failed_attempts"], doc["wiped"]) == (0, False)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_piped_passphrase_that_is_not_utf8_is_refused_in_one_sentence_uncounted(
        tmp_path: Path, encoding: str) -> None:
    profile = _profile(tmp_path)
    done = _piped(profile, (PASSPHRASE + "\n").encode(encoding), WINDOWS_PIPE)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode != 0
    assert sentence("cli.passphrase_input_not_text", "en") in stderr
    assert "Something went wrong" not in stderr and "Traceback" not in stderr
    assert _counted(profile) == 0


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_passphrase_file_with_its_mark_opens_uncounted(tmp_path: Path,
                                                               encoding: str) -> None:
    profile = _profile(tmp_path)
    mark = "\ufeff".encode(encoding)  # PowerShell 5.1 and Notepad "Unicode" write the mark
    passfile = tmp_path / "pw.txt"
    passfile.write_bytes(mark + (PASSPHRASE + "\r\n").encode(encoding))
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _counted(profile) == 0
