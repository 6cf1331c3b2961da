"""The vault without a keyring: passphrase, slots, counter, wipe, duress, files on disk.

Real Argon2id and XChaCha20-Poly1305 throughout; the cheap `fast_for_tests` cost everywhere except
the one test that proves the real (MODERATE) cost is what a user gets.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
import unicodedata

import nacl.pwhash.argon2id as argon2id
import pytest
from small_disk import skip_or_fail

from intake_app.crypto.canonical import canonical_json
from intake_app.vault import (
    DuressIsPassphrase,
    ErasureUnproven,
    InvalidPassphrase,
    InvalidSetting,
    KdfParams,
    PassphraseIsDuress,
    UnsafeProfileDir,
    Vault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultWiped,
    WeakKdfParams,
    WrongPassphrase,
)
from intake_app.vault.profile import (
    default_profile_dir,
    prepare_profile_dir,
    resolve_profile_dir,
)

FAST = KdfParams.fast_for_tests()
REAL = "correct horse battery staple"
DURESS = "everything is fine"


def make(profile, passphrase=REAL, **kwargs) -> Vault:
    kwargs.setdefault("use_keyring", False)
    kwargs.setdefault("kdf", FAST)
    return Vault.create(profile, passphrase, allow_weak_kdf=True, **kwargs)


def vault_json(profile) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


@pytest.fixture
def profile(tmp_path):
    return tmp_path / "profile"


def test_create_then_unlock_gives_the_same_key(profile):
    vault = make(profile)
    key = vault.key
    assert len(key) == 32 and vault.is_unlocked
    again = Vault.open(profile)
    assert not again.is_unlocked
    assert again.unlock(REAL) == key
    assert again.key == key


def test_open_without_a_vault_says_so(profile):
    with pytest.raises(VaultNotFound):
        Vault.open(profile)


def test_wrong_passphrase_changes_nothing_but_the_counter(profile):
    vault = make(profile)
    key = vault.key
    (profile / "store.sqlite").write_bytes(b"stand-in for the encrypted store")
    before = vault_json(profile)
    with pytest.raises(WrongPassphrase) as raised:
        Vault.open(profile).unlock("not it")
    assert raised.value.attempts_left is None
    assert "Wrong passphrase" in str(raised.value)
    after = vault_json(profile)
    assert after["failed_attempts"] == 1
    assert {**after, "failed_attempts": 0} == before
    assert (profile / "store.sqlite").read_bytes() == b"stand-in for the encrypted store"
    assert Vault.open(profile).unlock(REAL) == key
    assert vault_json(profile)["failed_attempts"] == 0


def test_change_passphrase_keeps_the_vault_key(profile):
    vault = make(profile)
    key = vault.key
    vault.change_passphrase(REAL, "a new long passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock(REAL)
    assert Vault.open(profile).unlock("a new long passphrase") == key
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(REAL, "whatever the weather brings tomorrow")


def test_lock_forgets_the_key(profile):
    vault = make(profile)
    held = vault._key  # the bytearray the key lived in
    vault.lock()
    assert not vault.is_unlocked
    assert held == bytearray(32)  # overwritten, not just dropped
    with pytest.raises(VaultLocked):
        _ = vault.key
    assert vault.status().locked


def test_passphrase_is_unicode_normalised(profile):
    composed = "caf\u00e9 au lait"
    make(profile, passphrase=composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    Vault.open(profile).unlock(decomposed)


def test_empty_passphrase_refused(profile):
    with pytest.raises(InvalidPassphrase):
        make(profile, passphrase="")
    assert not (profile / "vault.json").exists()


def test_wipe_after_n_warns_before_the_last_attempt(profile, secret_service):
    vault = make(profile, use_keyring=True)  # a passphrase-only vault never erases
    assert vault.status().wipe_after is None  # off by default
    vault.set_wipe_after(REAL, 3)
    vault.lock()

    with pytest.raises(WrongPassphrase) as first:
        vault.unlock("guess 1")
    assert first.value.attempts_left == 2
    assert not vault.status().last_attempt_warning

    with pytest.raises(WrongPassphrase) as second:
        vault.unlock("guess 2")
    assert second.value.attempts_left == 1
    assert "next wrong passphrase erases" in str(second.value)
    status = vault.status()
    assert status.last_attempt_warning and status.attempts_left == 1

    with pytest.raises(VaultWiped):
        vault.unlock("guess 3")
    with pytest.raises(VaultWiped):
        Vault.open(profile).unlock(REAL)  # erased: even the right passphrase opens nothing
    status = Vault.open(profile).status()
    assert status.wiped and status.warning


def test_a_right_passphrase_resets_the_count(profile, secret_service):
    vault = make(profile, use_keyring=True)
    vault.set_wipe_after(REAL, 2)
    with pytest.raises(WrongPassphrase):
        vault.unlock("guess")
    vault.unlock(REAL)
    with pytest.raises(WrongPassphrase) as raised:
        vault.unlock("guess")
    assert raised.value.attempts_left == 1
    vault.unlock(REAL)


def test_wipe_after_bounds(profile):
    vault = make(profile)
    for bad in (0, 1, -3, 1001, True, 2.5):
        with pytest.raises(InvalidSetting):
            vault.set_wipe_after(REAL, bad)
    vault.set_wipe_after(REAL, None)


@pytest.mark.usefixtures("secret_service")
def test_a_new_vault_can_be_made_after_a_proven_wipe(profile):
    vault = make(profile, use_keyring=True)
    with pytest.raises(VaultExists):
        make(profile, use_keyring=True)
    old_key = vault.key
    vault.destroy()  # keyring mode: the keyring keeps the note that proves it
    assert not vault.is_unlocked
    fresh = make(profile, passphrase="a fresh start", use_keyring=True)
    assert fresh.key != old_key


def test_no_new_vault_is_made_over_a_wipe_nothing_proves(profile):
    """Passphrase-only: nothing outside the profile vouches for the `wiped` flag, which anyone
    with the powered-off disk can write (review r7k R7K-10)."""
    vault = make(profile)
    vault.destroy()
    written = (profile / "vault.json").read_bytes()
    with pytest.raises(ErasureUnproven):
        make(profile, passphrase="a fresh start")
    assert (profile / "vault.json").read_bytes() == written


def test_duress_opens_an_empty_vault_and_erases_the_real_one(profile):
    vault = make(profile)
    real_key = vault.key
    vault.set_duress_passphrase(REAL, DURESS)
    vault.lock()

    coerced = Vault.open(profile)
    duress_key = coerced.unlock(DURESS)
    assert len(duress_key) == 32 and duress_key != real_key
    assert coerced.opened_by_duress  # the store then proves the change and empties itself

    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock(REAL)  # the real key material is gone
    # To the person watching, the duress passphrase keeps opening "the" (empty) vault.
    assert Vault.open(profile).unlock(DURESS) == duress_key


def test_duress_passphrase_can_be_removed(profile):
    vault = make(profile)
    vault.set_duress_passphrase(REAL, DURESS)
    vault.set_duress_passphrase(REAL, None)
    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock(DURESS)
    assert Vault.open(profile).unlock(REAL) == vault.key


def test_duress_must_differ_from_the_passphrase(profile):
    vault = make(profile)
    with pytest.raises(DuressIsPassphrase):
        vault.set_duress_passphrase(REAL, REAL)
    vault.set_duress_passphrase(REAL, DURESS)
    with pytest.raises(PassphraseIsDuress):
        vault.change_passphrase(REAL, DURESS)
    assert Vault.open(profile).unlock(REAL) == vault.key


def _shape(doc: dict) -> object:
    """Everything about vault.json except the random values themselves."""
    return {
        key: (
            [{k: len(v) for k, v in slot.items()} for slot in value]
            if key == "slots"
            else {k: len(v) if isinstance(v, str) else v for k, v in value.items()}
            if isinstance(value, dict) and key in ("store_mark", "near")
            else (len(value) if isinstance(value, str) else value)
        )
        for key, value in doc.items()
        if key not in ("generation", "profile_id", "kdf_salt")
    }


def test_vault_json_does_not_reveal_a_duress_passphrase(tmp_path):
    make(tmp_path / "plain")
    with_duress = make(tmp_path / "duress")
    with_duress.set_duress_passphrase(REAL, DURESS)
    after_duress = make(tmp_path / "used")
    after_duress.set_duress_passphrase(REAL, DURESS)
    Vault.open(tmp_path / "used").unlock(DURESS)
    shapes = [_shape(vault_json(tmp_path / name)) for name in ("plain", "duress", "used")]
    assert shapes[0] == shapes[1] == shapes[2]
    assert len(vault_json(tmp_path / "plain")["slots"]) == 2
    text = (tmp_path / "duress" / "vault.json").read_text()
    assert "duress" not in text.lower()


def test_vault_json_holds_only_the_listed_fields(profile):
    make(profile)
    assert set(vault_json(profile)) == {
        "format", "version", "profile_id", "keyring", "kdf", "kdf_salt", "slots",
        "failed_attempts", "wipe_after", "wiped", "store_mark", "mac", "prepared", "near",
    }  # fmt: skip
    assert set(vault_json(profile)["store_mark"]) == {"epoch", "mac", "twin"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_profile_dir_is_0700_and_vault_json_0600(profile):
    vault = make(profile)
    vault.change_passphrase(REAL, "another passphrase")  # a rewrite keeps the mode too
    assert stat.S_IMODE(profile.stat().st_mode) == 0o700
    assert stat.S_IMODE((profile / "vault.json").stat().st_mode) == 0o600
    assert sorted(p.name for p in profile.iterdir()) == ["vault.json"]  # no temp leftovers


def test_an_existing_folder_open_to_others_is_refused_and_left_as_it_is(tmp_path):
    """Never tightened (it may be someone's shared folder, with a sticky bit): refused with a
    sentence naming the folder and what to do."""
    shared = tmp_path / "shared-folder"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with pytest.raises(UnsafeProfileDir) as caught:
        prepare_profile_dir(shared)
    assert caught.value.code == "vault.profile_dir_open"
    assert str(shared) in caught.value.sentence("en") and "chmod 700" in caught.value.sentence("nl")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert list(shared.iterdir()) == []


def test_the_command_line_on_an_existing_shared_folder_changes_nothing(tmp_path):
    """`intake-app --profile EXISTING_NON_PROFILE_DIR list` used to chmod it 0700 (sticky bit
    gone): it says what is wrong, exits non-zero and leaves the folder as it was."""
    shared = tmp_path / "shared-folder"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM" and
           not k.startswith("LC_")} | {"LANG": "C.UTF-8", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "intake_app", "--profile", str(shared),
                             "list"], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120, check=False)
    assert result.returncode != 0
    assert "already exists and is open to others" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert list(shared.iterdir()) == []


def test_new_profile_folders_are_created_private(tmp_path):
    profile = prepare_profile_dir(tmp_path / "new" / "profile")
    assert stat.S_IMODE(profile.stat().st_mode) == 0o700
    assert stat.S_IMODE(profile.parent.stat().st_mode) == 0o700


def test_symlinked_profile_dir_is_refused(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    with pytest.raises(UnsafeProfileDir):
        make(link)
    assert list(real.iterdir()) == []


def test_a_file_is_not_a_profile_dir(tmp_path):
    target = tmp_path / "file"
    target.write_bytes(b"")
    with pytest.raises(UnsafeProfileDir):
        prepare_profile_dir(target)


def test_profile_dir_of_another_user_is_refused(tmp_path):
    if os.geteuid() != 0:
        skip_or_fail("giving a folder to another user (chown) needs root")
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)
    with pytest.raises(UnsafeProfileDir, match="another user"):
        prepare_profile_dir(theirs)


def test_profile_location():
    assert default_profile_dir().name == "Seinpost"
    assert resolve_profile_dir(None) == default_profile_dir()
    assert resolve_profile_dir("some/dir").is_absolute()


def test_weak_kdf_refused_unless_tests_ask(profile):
    with pytest.raises(WeakKdfParams):
        Vault.create(profile, REAL, use_keyring=False, kdf=FAST)
    assert not (profile / "vault.json").exists()
    with pytest.raises(WeakKdfParams):
        Vault.create(profile, REAL, use_keyring=False, kdf=KdfParams(ops=3, mem=64 << 20))


def test_lowering_the_cost_in_the_file_does_not_help(profile):
    vault = make(profile, kdf=KdfParams(ops=2, mem=argon2id.MEMLIMIT_MIN))
    doc = vault_json(profile)
    doc["kdf"]["ops"] = 1
    (profile / "vault.json").write_bytes(canonical_json(doc))
    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock(REAL)
    assert vault.status().kdf.ops == 1  # the file says so, but the slots are bound to ops=2


def test_moderate_cost_is_the_default_and_unlocks(profile):
    vault = Vault.create(profile, REAL, use_keyring=False)
    key = vault.key
    stored = vault_json(profile)["kdf"]
    assert stored["alg"] == "argon2id13"
    assert stored["ops"] >= argon2id.OPSLIMIT_MODERATE
    assert stored["mem"] >= argon2id.MEMLIMIT_MODERATE == 256 * 1024 * 1024
    assert Vault.open(profile).unlock(REAL) == key
    assert vault.status().kdf.is_at_least_moderate()


_KILL_DURING_UNLOCK = """
import sys
from pathlib import Path
from intake_app.vault import Vault
vault = Vault.open(Path(sys.argv[1]))
vault.unlock(sys.argv[2])
"""


def test_killing_an_unlock_midway_keeps_the_attempt_counted(profile):
    """The counter is on disk before the expensive check, so a kill cannot reset it.

    The watch sleeps between looks instead of spinning, so it does not steal the CPU the
    child needs; it notices the counter within about 10 ms, while the derivation after it
    needs about half a second of CPU or more (MODERATE, the highest cost a vault may have), so
    the kill lands during the derivation even on a loaded machine. The test fails, rather than
    passing, if the child ends on its own.
    """
    slow = KdfParams.moderate()
    make(profile, kdf=slow)
    vault_file = profile / "vault.json"
    child = subprocess.Popen([sys.executable, "-c", _KILL_DURING_UNLOCK, str(profile), REAL])
    counted = False
    try:
        for _ in range(6000):  # at most about 60 s of 10 ms sleeps
            counted = b'"failed_attempts":1' in vault_file.read_bytes()
            if counted or child.poll() is not None:
                break
            time.sleep(0.01)
        child.kill()
    finally:
        child.wait(timeout=30)
    assert counted, "the attempt was never counted on disk before the derivation"
    assert child.returncode == -signal.SIGKILL, "the unlock ended before it could be killed"
    assert vault_json(profile)["failed_attempts"] == 1
    assert Vault.open(profile).unlock(REAL)  # and the right passphrase still opens it


def test_opening_through_a_symlink_is_refused(tmp_path):
    make(tmp_path / "real")
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real", target_is_directory=True)
    with pytest.raises(UnsafeProfileDir):
        Vault.open(link)


_WRITE_FAILS = """
import resource, signal, sys
from pathlib import Path
from intake_app.vault import Vault, VaultError
vault = Vault.open(Path(sys.argv[1]))
# The OS refuses any file bigger than 64 bytes from here on, as a full disk would.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.RLIM_INFINITY))
try:
    vault.change_passphrase(sys.argv[2], "a new passphrase")
except VaultError as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_failed_write_is_reported_and_loses_nothing(profile):
    key = make(profile).key
    before = (profile / "vault.json").read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", _WRITE_FAILS, str(profile), REAL],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("VaultWriteFailed The vault file could not be saved")
    assert (profile / "vault.json").read_bytes() == before
    assert sorted(p.name for p in profile.iterdir()) == ["vault.json"]  # no half-written file
    assert Vault.open(profile).unlock(REAL) == key
