"""Set-up over an erased profile moves its files aside, never deletes them (review r7m R7M-2,
issue 7: nothing outside the vault key's authentication may drive a destructive action).

With the laptop off, someone sets `wiped` in vault.json, moves the real `login.keyring` aside
and writes a plain-text one named `login` holding only the erasure note for these store files;
the next login encrypts it with the person's own password, so the erasure reads as proven.
`intake-app init --discard-sealed` then removed store.db, vault.json and the sealed signals,
which the real keyring, still on the disk, could open or send on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from keyring_forgery import _textual, settle
from test_setup_after_wipe import cli_init, digests, used_profile, write_vault_doc

from intake_app.sentences import sentence
from intake_app.vault import Vault
from intake_app.vault.core import store_witness


def _plant_note(keyrings: Path, profile_id: str, witness: str) -> None:
    (keyrings / "login.keyring").rename(keyrings / "login.keyring.aside")
    (keyrings / "login.keyring").write_text(_textual("login", {
        f"{profile_id}/wiped": f"wiped {witness}"}), encoding="utf-8")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_init_discard_sealed_after_a_planted_erasure_note_moves_the_old_profile_aside_byte_for_byte(
        tmp_path: Path, secret_service, lang: str) -> None:
    profile = used_profile(tmp_path, use_keyring=True)
    doc = json.loads((profile / "vault.json").read_bytes())
    doc["wiped"] = True
    write_vault_doc(profile, doc)
    witness = store_witness(profile)
    secret_service.restart_daemon(
        while_stopped=lambda keyrings: _plant_note(keyrings, doc["profile_id"], witness))
    settle()
    assert Vault.erasure_proven(profile) == doc["profile_id"]  # the attack gets this far
    before = digests(profile)
    assert any(name.startswith("sealed/") for name in before)

    done = cli_init(tmp_path, "--discard-sealed", lang=lang)

    assert done.returncode == 0, done.stderr
    aside = sorted(tmp_path.glob("profile.previous-*"))
    assert len(aside) == 1
    assert digests(aside[0]) == before  # every old file, byte for byte
    assert sentence("liaison_out.previous_profile", lang, folder=str(aside[0])) in done.stdout
    assert re.fullmatch(r"profile\.previous-\d{8}T\d{6}Z", aside[0].name)  # the time only
