"""A key-stretching cost raised in vault.json is refused before anything is stretched or counted
(review r7k R7K-3).

In passphrase-only mode vault.json has no `mac` to check first, and the cost was read up to 32
passes and 4 GiB: with the laptop off, `"ops": 32` made the right passphrase run for about 30 s
(minutes and 4 GiB with the memory raised too), then answered "wrong passphrase" and counted it.
The highest cost read is now the one this app writes (MODERATE).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import nacl.pwhash.argon2id as argon2id
import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli

from intake_app.sentences import sentence
from intake_app.vault import Vault, VaultCorrupt


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office"),
                 liaison_name="Amina Haddad").lock()
    return tmp_path / "profile"


def _raise(profile: Path, **cost: int) -> bytes:
    doc = json.loads((profile / "vault.json").read_bytes())
    doc["kdf"].update(cost)
    data = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()
    (profile / "vault.json").write_bytes(data)
    return data


@pytest.mark.parametrize("cost", [
    {"ops": argon2id.OPSLIMIT_MODERATE + 1},
    {"ops": 32},
    {"mem": argon2id.MEMLIMIT_MODERATE * 2},
])
def test_a_raised_cost_is_refused_at_once_and_nothing_is_counted(profile: Path, cost) -> None:
    written = _raise(profile, **cost)
    started = time.monotonic()
    with pytest.raises(VaultCorrupt):
        Vault.open(profile).unlock(PASSPHRASE)
    assert time.monotonic() - started < 2  # nothing stretched at the raised cost
    assert (profile / "vault.json").read_bytes() == written  # nothing counted


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_says_the_key_file_is_damaged(profile: Path, tmp_path: Path,
                                                       lang: str) -> None:
    written = _raise(profile, ops=32)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(secret)],
                   cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert sentence("vault.corrupt", lang) in done.stderr
    assert sentence("vault.wrong_passphrase", lang) not in done.stderr
    assert (profile / "vault.json").read_bytes() == written
