"""Review r7m R7M-3 to R7M-6: which keyring file a Secret Service collection is, judged exactly,
and what Seinpost says when two keyrings hold a profile's entries.

gnome-keyring keeps a keyring without a password as a plain-text file that anyone with the
powered-off disk can write, and reads its default from another plain file. The set-up refuses
to keep a new profile's key in such a default while an encrypted keyring lies beside it. That
check read only the first 64 keyring files (R7M-4), judged a name cut to 64 characters
(R7M-5), and looked up `Work_5fkeys.keyring` for the person's own `Work_keys` (gnome-keyring
escapes the name in the D-Bus path; R7M-6). And the refusal for entries in two keyrings asked
the person to delete the one they did not make, by names the attacker chose (R7M-3). With the
real gnome-keyring, its real files, and a login between the laptop being off and the check.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from duress_kit import new_session
from keyring_forgery import _textual, settle
from liaison_fixtures import PASSPHRASE

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KeyringUnavailable, keyring_files, keyring_home
from intake_app.vault import secret_service as service

_SECRETS = "org.freedesktop.secrets"
_SERVICE_PATH = "/org/freedesktop/secrets"
_SERVICE_IFACE = "org.freedesktop.Secret.Service"
_INTERNAL_IFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


@contextlib.contextmanager
def laptop_off(session, plant: Callable[[Path], None],
               put_back: Callable[[Path], None]) -> Iterator[Path]:
    """`plant(keyrings folder)` runs while gnome-keyring is stopped, as someone with the
    powered-off disk would; the next login (a daemon start with the login password) follows.
    After the block `put_back(folder)` runs while it is stopped again, and the default is the
    login keyring again, whatever happened inside."""
    session.restart_daemon(while_stopped=plant)
    settle()
    try:
        yield session.base / "data" / "keyrings"
    finally:
        def restore(folder: Path) -> None:
            put_back(folder)
            (folder / "default").unlink(missing_ok=True)
        session.restart_daemon(while_stopped=restore)
        settle()


def _plain(folder: Path, name: str, entries: dict[str, str] | None = None) -> None:
    (folder / f"{name}.keyring").write_text(_textual(name, entries or {}), encoding="utf-8")


def _default_path() -> str:
    return service.homes("Seinpost", ())[0]


def _call(session, path: str, interface: str, method: str, signature: str, body: tuple):
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(path, bus_name=_SECRETS, interface=interface)
    with session._connection() as call:
        if interface == _INTERNAL_IFACE:  # the secret travels in a session of this connection
            _, opened = call(new_method_call(
                DBusAddress(_SERVICE_PATH, bus_name=_SECRETS, interface=_SERVICE_IFACE),
                "OpenSession", "sv", ("plain", ("s", ""))))
            body = (body[0], (opened, b"", body[1], "text/plain"))
        return call(new_method_call(address, method, signature, body))


def _digests(profile: Path) -> dict[str, str]:
    return {str(p.relative_to(profile)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(profile.rglob("*")) if p.is_file()}


def _refused_set_up(profile: Path) -> KeyringUnavailable:
    with pytest.raises(KeyringUnavailable) as refused:
        new_session(profile, True)
    assert not profile.exists() or list(profile.iterdir()) == []  # nothing made
    return refused.value


def test_a_plain_text_default_is_refused_at_set_up_behind_64_plain_text_keyrings(
        tmp_path: Path, secret_service) -> None:
    """R7M-4: 64 plain-text keyrings sorting before "login" hid the encrypted login keyring,
    and the new profile's device secret went into the plain-text default."""
    fillers = [f"a{number:02d}" for number in range(64)]

    def plant(folder: Path) -> None:
        for name in (*fillers, "not_mine"):
            _plain(folder, name)
        (folder / "default").write_text("not_mine", encoding="utf-8")

    def put_back(folder: Path) -> None:
        for name in (*fillers, "not_mine"):
            (folder / f"{name}.keyring").unlink()

    with laptop_off(secret_service, plant, put_back) as folder:
        refused = _refused_set_up(tmp_path / "profile")
        assert refused.code == "vault.keyring_default_unprotected"
        # The names as the person knows them: not gnome-keyring's escaped "not_5fmine".
        assert refused.params == {"default": "not_mine", "protected": "login"}
        assert "Seinpost" not in (folder / "not_mine.keyring").read_text(encoding="utf-8")


def test_a_plain_text_default_whose_name_cut_to_64_characters_names_an_encrypted_one_is_refused(
        tmp_path: Path, secret_service) -> None:
    """R7M-5: the plain-text default `A…AB` (65 characters) was judged by the file of the
    encrypted `A…A` (64), its name cut, and the device secret went into plain text."""
    long = "A" * 64

    def plant(folder: Path) -> None:
        shutil.copy(folder / "login.keyring", folder / f"{long}.keyring")  # encrypted
        _plain(folder, f"{long}B")
        (folder / "default").write_text(f"{long}B", encoding="utf-8")

    def put_back(folder: Path) -> None:
        for name in (long, f"{long}B"):
            (folder / f"{name}.keyring").unlink()

    with laptop_off(secret_service, plant, put_back) as folder:
        assert _default_path().endswith(f"/{long}B")
        assert keyring_files.written_by_anyone(_default_path())
        refused = _refused_set_up(tmp_path / "profile")
        assert refused.code == "vault.keyring_default_unprotected"
        assert refused.params == {"default": f"{long}…", "protected": "login"}
        assert "Seinpost" not in (folder / f"{long}B.keyring").read_text(encoding="utf-8")


def test_the_persons_own_encrypted_default_with_an_underscore_in_its_name_takes_a_set_up(
        tmp_path: Path, secret_service) -> None:
    """R7M-6: gnome-keyring shows the keyring `Work_keys` as `Work_5fkeys` in its D-Bus path;
    that name has no file, so the person's own encrypted default counted as written by anyone
    and the set-up was refused with a false sentence."""
    def plant(folder: Path) -> None:
        shutil.copy(folder / "login.keyring", folder / "Work_keys.keyring")

    def put_back(folder: Path) -> None:
        (folder / "Work_keys.keyring").unlink()

    with laptop_off(secret_service, plant, put_back):
        work = f"{keyring_files.COLLECTIONS}Work_5fkeys"  # as gnome-keyring escapes it
        _call(secret_service, _SERVICE_PATH, _INTERNAL_IFACE, "UnlockWithMasterPassword",
              "o(oayays)", (work, b"seinpost-tests-only"))  # its password: the login one
        _call(secret_service, _SERVICE_PATH, _SERVICE_IFACE, "SetAlias", "so",
              ("default", work))  # the person makes it the default
        assert _default_path() == work
        profile = tmp_path / "profile"
        new_session(profile, True).lock()
        assert not keyring_files.written_by_anyone(work)
        assert keyring_home.collection_name(work) == "Work_keys"  # as sentences name it
        profile_id = json.loads((profile / "vault.json").read_bytes())["profile_id"]
        assert service.homes("Seinpost", keyring_home.entry_users(profile_id))[1] == {work}
        assert LiaisonSession.unlock(profile, PASSPHRASE).list_entries() == []


def test_a_keyrings_folder_too_large_to_look_through_refuses_rather_than_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """R7M-4's bound: past `MAX_FOLDER_ENTRIES` entries the answer is "cannot tell", and a
    set-up under a plain-text default is refused; below it every keyring file is read, the
    65th too."""
    folder = tmp_path / "data" / "keyrings"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for number in range(64):
        _plain(folder, f"a{number:02d}")
    (folder / "zz_mine.keyring").write_bytes(keyring_files.ENCRYPTED_MAGIC + b"\0" * 64)
    assert keyring_files.encrypted_keyring() == "zz_mine"
    for number in range(keyring_files.MAX_FOLDER_ENTRIES):
        (folder / f"note{number}.txt").write_bytes(b"")
    with pytest.raises(KeyringUnavailable) as refused:
        keyring_files.encrypted_keyring()
    assert refused.value.code == "vault.keyring_default_unchecked"
    assert refused.value.params == {"limit": keyring_files.MAX_FOLDER_ENTRIES}


def test_two_keyrings_holding_a_profiles_entries_never_lead_the_person_to_delete_one(
        tmp_path: Path, secret_service) -> None:
    """R7M-3: the person's real login keyring renamed `evil` (still encrypted), a plain-text
    `login` with a device secret of someone else's put in its place; the next login encrypts
    that one too. The refusal asked the person to delete "the keyring you did not make", and
    deleting `evil`, the real one, lost the profile. Now it says what is known (both are
    encrypted: that tells nothing), tells them to delete neither, and where to get help."""
    profile = tmp_path / "profile"
    new_session(profile, True).lock()
    profile_id = json.loads((profile / "vault.json").read_bytes())["profile_id"]
    forged = {profile_id: base64.b64encode(secrets.token_bytes(32)).decode("ascii")}

    def plant(folder: Path) -> None:
        (folder / "login.keyring").rename(folder / "evil.keyring")
        _plain(folder, "login", forged)

    def put_back(folder: Path) -> None:
        (folder / "evil.keyring").replace(folder / "login.keyring")

    before = _digests(profile)
    with laptop_off(secret_service, plant, put_back) as folder:
        assert (folder / "login.keyring").read_bytes().startswith(keyring_files.ENCRYPTED_MAGIC)
        for _ in range(2):
            with pytest.raises(KeyringUnavailable) as refused:
                LiaisonSession.unlock(profile, PASSPHRASE)
            assert refused.value.code == "vault.keyring_second_entry"
            assert refused.value.params["keyrings"] == "'evil', 'login'"
            assert refused.value.params["known"] == sentence("vault.keyrings_known_encrypted",
                                                             "en")
            assert _digests(profile) == before  # nothing counted, nothing erased
        said = {lang: sentence("vault.keyring_second_entry", lang, **refused.value.params)
                for lang in ("nl", "en")}
        assert "Do not delete any of these keyrings" in said["en"]
        assert "Verwijder geen van deze sleutelbossen" in said["nl"]
        assert sentence("vault.keyrings_known_encrypted", "nl") in said["nl"]
        for text in said.values():
            assert "SECURITY.md" in text and "'evil', 'login'" in text
        assert "did not make" not in said["en"] and "niet zelf" not in said["nl"]
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # the real keyring back: it opens
    assert session.list_entries() == []
    session.lock()
