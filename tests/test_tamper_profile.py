"""Issue 7, must-show 1: the laptop's own files changed by someone without the passphrase.

For every field of vault.json, every row of every table of store.db, and the files under sealed/
and blobs/: an attacker's value, the value from an older copy of the same profile, and deletion.
Each case is then unlocked with the real passphrase and used (see tamper_kit.py). Allowed: a
clear refusal, or a harmless run. Never: a different office key, a silent loss, a wipe on the
right passphrase, or settings that say a duress passphrase is set which vault.json does not
hold. Each test prints how many cases it tried.

The older copy of vault.json is also taken before a passphrase change, a duress passphrase
set, a wipe-after change and a wrong attempt (review r7e, F1-F3): each case is then unlocked
with the passphrase current after them, and the passphrase from before them must never open the
profile silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tamper_kit import (
    Reference,
    build_reference,
    file_cases,
    run_cases,
    store_cases,
    text_cases,
    use,
)
from tamper_kit import vault_cases as make_vault_cases


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("reference"))


def _report(kind: str, tried: int, failures: list[str]) -> None:
    print(f"\ntamper suite, {kind}: {tried} cases tried, {len(failures)} not allowed")
    assert failures == [], "\n".join(failures)


def test_the_untouched_reference_opens_and_is_used_without_problems(reference, tmp_path: Path
                                                                    ) -> None:
    import shutil

    shutil.copytree(reference.profile, tmp_path / "profile")
    outcome = use(reference, tmp_path / "profile")
    assert outcome.refused is None and outcome.problems == []


def test_every_field_of_vault_json_changed_put_back_or_deleted(reference, tmp_path: Path,
                                                               ) -> None:
    cases = list(make_vault_cases(reference))
    tried, failures = run_cases(reference, cases, tmp_path)
    assert tried >= 40
    _report("vault.json and whole files", tried, failures)


@pytest.fixture(scope="module")
def keyring_reference(secret_service, tmp_path_factory) -> Reference:
    """The same profile in keyring mode (the default): vault.json carries the device's MAC."""
    return build_reference(tmp_path_factory.mktemp("keyring-reference"), use_keyring=True)


def test_every_field_of_vault_json_in_keyring_mode(keyring_reference, tmp_path: Path) -> None:
    assert b'"os-keyring"' in (keyring_reference.profile / "vault.json").read_bytes()
    cases = list(make_vault_cases(keyring_reference))
    tried, failures = run_cases(keyring_reference, cases, tmp_path)
    assert tried >= 40
    _report("vault.json in keyring mode", tried, failures)


def test_every_row_of_store_db_changed_put_back_or_deleted(reference, tmp_path: Path) -> None:
    cases = list(store_cases(reference))
    tried, failures = run_cases(reference, cases, tmp_path)
    assert tried >= 60
    _report("store.db rows", tried, failures)


def test_text_that_is_not_utf8_in_every_column_of_store_db_is_refused_clearly(
        reference, tmp_path: Path) -> None:
    cases = list(text_cases(reference))
    tried, failures = run_cases(reference, cases, tmp_path)
    assert tried >= 20
    _report("store.db text not UTF-8", tried, failures)


def test_every_file_under_sealed_and_blobs_changed_put_back_or_deleted(reference,
                                                                       tmp_path: Path) -> None:
    cases = list(file_cases(reference))
    tried, failures = run_cases(reference, cases, tmp_path)
    assert tried >= 8
    _report("sealed/ and blobs/ files", tried, failures)


@pytest.fixture(scope="module")
def later_reference(tmp_path_factory) -> Reference:
    """Passphrase-only, its security settings changed after the older copy (review r7e)."""
    return build_reference(tmp_path_factory.mktemp("later-reference"), settings_after_copy=True)


@pytest.fixture(scope="module")
def keyring_later_reference(secret_service, tmp_path_factory) -> Reference:
    """Keyring mode, its security settings changed after the older copy (review r7e)."""
    return build_reference(tmp_path_factory.mktemp("keyring-later-reference"),
                           use_keyring=True, settings_after_copy=True)


def test_vault_json_from_before_a_passphrase_duress_and_wipe_after_change(
        later_reference, tmp_path: Path) -> None:
    cases = list(make_vault_cases(later_reference))
    tried, failures = run_cases(later_reference, cases, tmp_path)
    assert tried >= 40
    _report("vault.json older than a change of its settings", tried, failures)


def test_vault_json_from_before_a_passphrase_duress_and_wipe_after_change_in_keyring_mode(
        keyring_later_reference, tmp_path: Path) -> None:
    cases = list(make_vault_cases(keyring_later_reference))
    tried, failures = run_cases(keyring_later_reference, cases, tmp_path)
    assert tried >= 40
    _report("vault.json older than a change of its settings, keyring mode", tried, failures)
