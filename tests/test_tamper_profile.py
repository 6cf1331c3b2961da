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

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from tamper_kit import (
    Case,
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


def _try_every_case(kind: str, reference: Reference,
                    make_cases: Callable[[Reference], Iterable[Case]], tmp_path: Path, *,
                    at_least: int) -> None:
    """Run every case `make_cases` gives for `reference`, print how many were tried, and fail
    on fewer than `at_least` or on any outcome not allowed (named, one a line)."""
    tried, failures = run_cases(reference, list(make_cases(reference)), tmp_path)
    print(f"\ntamper suite, {kind}: {tried} cases tried, {len(failures)} not allowed")
    assert tried >= at_least
    assert failures == [], "\n".join(failures)


def test_the_untouched_reference_opens_and_is_used_without_problems(reference, tmp_path: Path
                                                                    ) -> None:
    import shutil

    shutil.copytree(reference.profile, tmp_path / "profile")
    outcome = use(reference, tmp_path / "profile")
    assert outcome.refused is None and outcome.problems == []


def test_every_field_of_vault_json_changed_put_back_or_deleted(reference, tmp_path: Path,
                                                               ) -> None:
    _try_every_case("vault.json and whole files",
                    reference, make_vault_cases, tmp_path, at_least=40)


@pytest.fixture(scope="module")
def keyring_reference(secret_service, tmp_path_factory) -> Reference:
    """The same profile in keyring mode (the default): vault.json carries the device's MAC."""
    return build_reference(tmp_path_factory.mktemp("keyring-reference"), use_keyring=True)


def test_every_field_of_vault_json_in_keyring_mode(keyring_reference, tmp_path: Path) -> None:
    assert b'"os-keyring"' in (keyring_reference.profile / "vault.json").read_bytes()
    _try_every_case("vault.json in keyring mode",
                    keyring_reference, make_vault_cases, tmp_path, at_least=40)


def test_every_row_of_store_db_changed_put_back_or_deleted(reference, tmp_path: Path) -> None:
    _try_every_case("store.db rows", reference, store_cases, tmp_path, at_least=60)


def test_text_that_is_not_utf8_in_every_column_of_store_db_is_refused_clearly(
        reference, tmp_path: Path) -> None:
    _try_every_case("store.db text not UTF-8", reference, text_cases, tmp_path, at_least=20)


def test_every_file_under_sealed_and_blobs_changed_put_back_or_deleted(reference,
                                                                       tmp_path: Path) -> None:
    _try_every_case("sealed/ and blobs/ files", reference, file_cases, tmp_path, at_least=8)


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
    _try_every_case("vault.json older than a change of its settings",
                    later_reference, make_vault_cases, tmp_path, at_least=40)


def test_vault_json_from_before_a_passphrase_duress_and_wipe_after_change_in_keyring_mode(
        keyring_later_reference, tmp_path: Path) -> None:
    _try_every_case("vault.json older than a change of its settings, keyring mode",
                    keyring_later_reference, make_vault_cases, tmp_path, at_least=40)
