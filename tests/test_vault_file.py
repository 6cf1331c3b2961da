"""vault.json from outside is hostile: any damage is VaultCorrupt, never a crash or a big alloc."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.crypto.canonical import canonical_json
from intake_app.vault import KdfParams, Vault, VaultCorrupt
from intake_app.vault.vault_file import parse

PASSPHRASE = "correct horse battery staple"
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> bytes:
    profile = tmp_path_factory.mktemp("file") / "profile"
    Vault.create(profile, PASSPHRASE, use_keyring=False, kdf=KdfParams.fast_for_tests(),
                 allow_weak_kdf=True)
    return (profile / "vault.json").read_bytes()


def test_the_written_file_parses(valid):
    assert parse(valid).failed_attempts == 0


@given(st.binary(max_size=2000))
def test_random_bytes_are_corrupt(data):
    with pytest.raises(VaultCorrupt):
        parse(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(
        [
            "format",
            "version",
            "profile_id",
            "keyring",
            "kdf",
            "kdf_salt",
            "slots",
            "failed_attempts",
            "wipe_after",
            "wiped",
            "mac",
            "store_mark",
        ]
    ),
    value=JSON_VALUES,
)
def test_any_field_replaced_is_corrupt_or_valid(valid, field, value):
    doc = json.loads(valid)
    doc[field] = value
    try:
        parsed = parse(canonical_json(doc))
    except VaultCorrupt:
        return
    # The few replacements that are still valid must be read back as written.
    assert canonical_json(json.loads(parsed.to_bytes())) == canonical_json(doc)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["kdf"].update(mem=1 << 50),  # would allocate a petabyte
        lambda d: d["kdf"].update(ops=10**9),  # would run for ever
        lambda d: d["slots"].append(d["slots"][0]),
        lambda d: d["slots"][0].update(box=d["slots"][0]["box"][:-4]),
        lambda d: d.update(failed_attempts=-1),
        lambda d: d.update(extra="field"),
    ],
)
def test_hostile_values_are_refused(valid, change):
    doc = json.loads(valid)
    change(doc)
    with pytest.raises(VaultCorrupt):
        parse(canonical_json(doc))


def test_a_damaged_file_is_reported_and_left_alone(tmp_path, valid):
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    damaged = valid[: len(valid) // 2]
    (profile / "vault.json").write_bytes(damaged)
    with pytest.raises(VaultCorrupt, match="damaged"):
        Vault.open(profile)
    with pytest.raises(VaultCorrupt):
        Vault.create(profile, PASSPHRASE, use_keyring=False, kdf=KdfParams.fast_for_tests(),
                     allow_weak_kdf=True)
    assert (profile / "vault.json").read_bytes() == damaged


def test_an_oversized_file_is_not_read_whole(tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    (profile / "vault.json").write_bytes(b" " * (10 << 20))
    with pytest.raises(VaultCorrupt):
        Vault.open(profile)


@pytest.mark.parametrize("field", ["version", "failed_attempts"])
def test_a_json_boolean_in_an_integer_field_is_corrupt(valid, field):
    # JSON true is a Python bool, which compares equal to 1; the reader must not take it as 1.
    doc = json.loads(valid)
    doc[field] = True
    with pytest.raises(VaultCorrupt):
        parse(canonical_json(doc))


# Each check of the reader, reached from the file on disk through the command line: a damaged
# vault.json is the person's "vault.corrupt" sentence and status 1, never a bug (status 70).
# (The checks raise VaultCorrupt themselves, not a ValueError a caller has to translate.)
DAMAGE = {
    "salt not text": lambda d: d.update(kdf_salt=7),
    "salt not base64": lambda d: d.update(kdf_salt="!!!!"),
    "salt too short": lambda d: d.update(kdf_salt="AAAA"),
    "profile id not hex": lambda d: d.update(profile_id="x" * 32),
    "counter negative": lambda d: d.update(failed_attempts=-1),
    "store mark not an object": lambda d: d.update(store_mark=[]),
    "unknown version": lambda d: d.update(version=99),
    "other format": lambda d: d.update(format="something-else"),
    "unknown keyring mode": lambda d: d.update(keyring="cloud"),
    "three slots": lambda d: d["slots"].append(d["slots"][0]),
    "slot of other fields": lambda d: d["slots"].__setitem__(0, {"box": "AAAA"}),
    "slot box too short": lambda d: d["slots"][0].update(box=d["slots"][0]["box"][:-8]),
    "wiped not a boolean": lambda d: d.update(wiped="no"),
    "kdf extra field": lambda d: d["kdf"].update(extra=1),
    "kdf other algorithm": lambda d: d["kdf"].update(alg="scrypt"),
    "kdf passes as text": lambda d: d["kdf"].update(ops="3"),
    "kdf passes out of range": lambda d: d["kdf"].update(ops=10**9),
    "kdf memory out of range": lambda d: d["kdf"].update(mem=1 << 50),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_each_damage_to_vault_json_is_the_corrupt_vault_sentence_on_the_command_line(
        tmp_path, valid, capsys, monkeypatch, damage):
    from intake_app.cli.front_door import EXIT_ERROR
    from intake_app.cli.liaison import main
    from intake_app.sentences import sentence

    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    doc = json.loads(valid)
    DAMAGE[damage](doc)
    (profile / "vault.json").write_bytes(canonical_json(doc))
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    monkeypatch.setenv("SEINPOST_LANG", "en")
    capsys.readouterr()
    status = main(["status", "--profile", str(profile),
                   "--passphrase-file", str(tmp_path / "pass")])
    err = capsys.readouterr().err
    assert status == EXIT_ERROR, err
    assert err.splitlines() == [f"intake-app: {sentence('vault.corrupt', 'en')}"]
