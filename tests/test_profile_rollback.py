"""Issue 7: a whole profile put back from an earlier copy of the same laptop is refused.

vault.json, store.db, sealed/ and blobs/ restored together carry their own older marks and agree
with each other; only the keyring (a real gnome-keyring on a private D-Bus, keyring_session.py)
remembers how far this profile got (vault/store_mark.py). Each change here is made in a child
process that ends without locking (a laptop switched off), so the mark must move at the change
itself, not at `lock`. Then the earlier copy goes back whole and unlocking is refused: with the
sentence in both languages, on the command line too, and with nothing purged (the newest copy,
put back, still opens with the change in it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import nacl.signing
import pytest
import secretstorage
from bundle_kit import Office
from liaison_fixtures import PASSPHRASE, draft_ids, run_cli, sealed_file, signal_fields
from transfer_kit import office_card, open_at_office, seal_signals

from intake_app.crypto import age, keycard
from intake_app.office import registry
from intake_app.services.liaison import LiaisonSession
from intake_app.store.integrity_errors import StoreRolledBack
from intake_app.vault import KdfParams, ProfileRolledBack
from intake_app.vault.device_secret import MARK_SUFFIX, SERVICE

pytestmark = pytest.mark.usefixtures("secret_service")


def keyring_users() -> set[str]:
    """Every Seinpost entry in the Secret Service, asked directly (not through `keyring`)."""
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        found = secretstorage.search_items(conn, {"service": SERVICE})
        return {item.get_attributes()["username"] for item in found}


def snapshot(profile: Path) -> dict[str, bytes]:
    """Every file of the profile but vault.json (whose counter an unlock rewrites), by path."""
    return {str(p.relative_to(profile)): p.read_bytes() for p in sorted(profile.rglob("*"))
            if p.is_file() and p.name != "vault.json"}


class Laptop:
    """An office and a keyring-mode liaison profile with one exported and one plain draft."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.profile = root / "profile"
        self.office = Office(root / "office")
        card = keycard.parse_card(office_card(self.office))
        session = LiaisonSession.initialise(
            self.profile, PASSPHRASE, card, card.fingerprint, use_keyring=True,
            kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
        registry.add_liaison(self.office.conn, session.liaison_card())
        usb = root / "usb"
        usb.mkdir()
        self.exported = seal_signals(session, 2)
        self.bundle = session.export(usb, self.exported)
        self.draft = session.record(signal_fields(description="a draft to delete"))
        self.receipt = open_at_office(self.office, self.bundle.paths).receipt_path
        session.lock()

    def in_child_without_locking(self, change: Callable[[LiaisonSession], None]) -> None:
        """Unlock, make the change, and end the process without `lock` (switched off)."""
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child)
            code = 1
            try:
                change(LiaisonSession.unlock(self.profile, PASSPHRASE))
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0

    def rotate(self, session: LiaisonSession) -> None:
        new_key = nacl.signing.SigningKey.generate()
        _, new_recipient = age.generate_x25519()
        rotated = self.root / "rotated.card"
        rotated.write_bytes(keycard.create_card(new_key, "office", "Centraal Meldpunt",
                                                [new_recipient],
                                                endorse_with=self.office.signing_key))
        session.update_office_card(rotated)

    def deliver(self, session: LiaisonSession) -> None:
        assert sorted(session.import_receipt(self.receipt).delivered) == sorted(self.exported)

    def delete_draft(self, session: LiaisonSession) -> None:
        session.delete(self.draft)


def what_the_change_left(laptop: Laptop, change: str, session: LiaisonSession) -> bool:
    """Whether the newest profile shows the change (so nothing of it was lost)."""
    if change == "rotate":
        return keycard.parse_card(session.office_card()).verify_key != bytes(
            laptop.office.signing_key.verify_key)
    if change == "deliver":
        return all(session.item(i).status == "delivered" for i in laptop.exported)
    return laptop.draft not in draft_ids(session)


@pytest.mark.parametrize("change", ["rotate", "deliver", "delete_draft"])
def test_a_whole_profile_put_back_from_an_earlier_copy_is_refused(
        tmp_path: Path, change: str) -> None:
    laptop = Laptop(tmp_path)
    earlier = tmp_path / "earlier-copy"
    shutil.copytree(laptop.profile, earlier)
    laptop.in_child_without_locking(getattr(laptop, change))
    newest = tmp_path / "newest-copy"
    shutil.copytree(laptop.profile, newest)

    shutil.rmtree(laptop.profile)
    shutil.copytree(earlier, laptop.profile)
    before = snapshot(laptop.profile)
    with pytest.raises(ProfileRolledBack) as refused:
        LiaisonSession.unlock(laptop.profile, PASSPHRASE)
    assert "older" in refused.value.sentence("en") and "ouder" in refused.value.sentence("nl")
    assert snapshot(laptop.profile) == before  # refused before anything was recovered or purged
    if change != "deliver":  # the retired key, the delivered items: still only on the old copy
        assert all(sealed_file(laptop.profile, i).exists() for i in laptop.exported)

    cli = run_cli(["list", "--profile", str(laptop.profile), "--passphrase-file",
                   str(_passfile(tmp_path))], cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    said = cli.stderr.strip().splitlines()
    assert said[-1] == f"intake-app: {ProfileRolledBack().sentence('en')}"
    # before it, only the way the sealed files can still reach the office (r7k R7K-8, 0d64e4e)
    assert all(line.startswith("Warning:") and "export --keyless" in line for line in said[:-1])
    assert snapshot(laptop.profile) == before

    shutil.rmtree(laptop.profile)
    shutil.copytree(newest, laptop.profile)
    session = LiaisonSession.unlock(laptop.profile, PASSPHRASE)
    try:
        assert what_the_change_left(laptop, change, session)
    finally:
        session.lock()


def test_store_db_alone_put_back_is_still_named_as_such(tmp_path: Path) -> None:
    laptop = Laptop(tmp_path)
    old_store = {p.name: p.read_bytes() for p in laptop.profile.glob("store.db*")}
    laptop.in_child_without_locking(laptop.delete_draft)
    for path in laptop.profile.glob("store.db*"):
        path.unlink()
    for name, data in old_store.items():
        (laptop.profile / name).write_bytes(data)
    with pytest.raises(StoreRolledBack):
        LiaisonSession.unlock(laptop.profile, PASSPHRASE)


def test_the_mark_lives_beside_the_device_secret_and_goes_with_it(tmp_path: Path) -> None:
    laptop = Laptop(tmp_path)
    session = LiaisonSession.unlock(laptop.profile, PASSPHRASE)
    profile_id = _profile_id(laptop.profile)
    assert {profile_id, profile_id + MARK_SUFFIX} <= keyring_users()
    session.set_duress_passphrase(PASSPHRASE, "everything is fine")
    session.lock()

    coerced = LiaisonSession.unlock(laptop.profile, "everything is fine")
    coerced.lock()
    fresh_id = _profile_id(laptop.profile)
    users = keyring_users()
    # The old profile's secret and mark are gone; the fresh-looking one has what a new one has.
    assert not {profile_id, profile_id + MARK_SUFFIX} & users
    assert {fresh_id, fresh_id + MARK_SUFFIX} <= users


def _passfile(folder: Path) -> Path:
    path = folder / "pass"
    path.write_text(PASSPHRASE + "\n")
    return path


def _profile_id(profile: Path) -> str:
    import json

    return json.loads((profile / "vault.json").read_text())["profile_id"]


def test_a_mark_written_by_someone_without_the_vault_key_is_refused(tmp_path: Path) -> None:
    import keyring

    from intake_app.vault import VaultTampered

    laptop = Laptop(tmp_path)
    user = _profile_id(laptop.profile) + MARK_SUFFIX
    stored = keyring.get_password(SERVICE, user)
    number, _, mac = stored.partition(":")
    before = snapshot(laptop.profile)
    for forged in (f"{int(number) + 1000}:{mac}", f"{number}:{'0' * 64}", "not a mark"):
        keyring.set_password(SERVICE, user, forged)
        with pytest.raises(VaultTampered):
            LiaisonSession.unlock(laptop.profile, PASSPHRASE)
        assert snapshot(laptop.profile) == before
    keyring.set_password(SERVICE, user, stored)  # the real mark back: the profile opens
    LiaisonSession.unlock(laptop.profile, PASSPHRASE).lock()
