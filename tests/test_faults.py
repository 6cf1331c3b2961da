"""Must-show 4: a wrong passphrase, a corrupt database, a missing keyring entry and a full disk
each give one clear line and a non-zero exit, and lose nothing."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import subprocess
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields
from small_disk import small_tmpfs

from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import DiskFull


@pytest.fixture
def profile_with_work(tmp_path: Path):
    """A profile (fast KDF) with one sealed item and one draft; the CLI opens it as any other."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    session = fast_session(profile, office)
    sealed = session.record(signal_fields(description="sealed one"))
    session.seal(sealed)
    draft = session.record(signal_fields(description="still a draft"))
    session.lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    return profile, tmp_path / "pass", sealed, draft


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def assert_clear_failure(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and phrase in lines[0], result.stderr


def test_wrong_passphrase(profile_with_work, tmp_path: Path) -> None:
    profile, _, _, draft = profile_with_work
    (tmp_path / "wrong").write_text("not the passphrase\n")
    before = snapshot(profile / "sealed")
    result = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                      str(tmp_path / "wrong")], cwd=tmp_path)
    assert_clear_failure(result, "Wrong passphrase")
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.read_draft(draft)["description"] == "still a draft"
    session.lock()
    assert snapshot(profile / "sealed") == before


@pytest.mark.parametrize("damage", ["garbage", "pages"])
def test_corrupt_database_is_refused_not_overwritten(profile_with_work, tmp_path: Path,
                                                    damage: str) -> None:
    profile, passphrase, _, _ = profile_with_work
    db = profile / "store.db"
    assert not (profile / "store.db-wal").exists()  # closed cleanly: all data in store.db
    data = bytearray(db.read_bytes())
    if damage == "garbage":
        data[:] = secrets.token_bytes(len(data))
    else:  # a sound header, damaged pages behind it
        data[4096:] = secrets.token_bytes(len(data) - 4096)
    db.write_bytes(bytes(data))
    before = snapshot(profile)
    for command in (["list"], ["seal", "--all", "--yes"], ["status"]):
        result = run_cli([*command, "--profile", str(profile), "--passphrase-file",
                          str(passphrase)], cwd=tmp_path)
        if command == ["status"]:
            assert result.returncode != 0 and "Traceback" not in result.stderr
            assert "damaged" in result.stderr.strip().splitlines()[-1]
        else:
            assert_clear_failure(result, "damaged")
    # Refused, not repaired: the database and every sealed file are exactly as they were.
    assert snapshot(profile) == before


def test_missing_keyring_entry(secret_service, tmp_path: Path) -> None:
    from intake_app.vault import device_secret

    office = make_office(tmp_path / "office")
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n")
    profile = tmp_path / "profile"
    common = ["--profile", str(profile), "--passphrase-file", str(passphrase)]
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--office-card", str(office.card_path), "--fingerprint",
                      office.parsed.fingerprint, *common], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "passphrase only" not in result.stderr  # the real keyring was used
    signal = tmp_path / "signal.json"
    signal.write_text(json.dumps(signal_fields(description="kept safe")))
    assert run_cli(["record", "--from", str(signal), *common], cwd=tmp_path).returncode == 0
    profile_id = json.loads((profile / "vault.json").read_text())["profile_id"]
    stored = device_secret.load(profile_id)
    device_secret.delete(profile_id)
    before = snapshot(profile)

    result = run_cli(["list", *common], cwd=tmp_path)
    assert_clear_failure(result, "keyring")
    assert snapshot(profile) == before

    # Nothing was lost: with the entry restored (e.g. from a keyring backup) it opens again.
    import base64

    import keyring

    keyring.set_password(device_secret.SERVICE, profile_id,
                         base64.b64encode(stored).decode("ascii"))
    result = run_cli(["list", *common], cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.count(" draft ") == 1, result.stderr


def fill_leaving(folder: Path, keep_free: int) -> Path:
    filler = folder / "filler"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - keep_free))
    return filler


def test_full_disk_during_seal(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", "2m", mode="0700") as disk:
        office = make_office(tmp_path / "office")
        profile = disk / "profile"
        session = fast_session(profile, office)
        draft = session.record(signal_fields(description="must survive a full disk"))
        evidence = tmp_path / "evidence.bin"
        evidence.write_bytes(secrets.token_bytes(400_000))
        session.attach(draft, evidence)
        session.lock()
        # Room to open the store, not to write a sealed copy of the attachment.
        filler = fill_leaving(disk, 200_000)
        passphrase = tmp_path / "pass"
        passphrase.write_text(PASSPHRASE + "\n")

        result = run_cli(["seal", "--all", "--yes", "--profile", str(profile),
                          "--passphrase-file", str(passphrase)], cwd=tmp_path)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1] == f"intake-app: {DiskFull.default_message}"
        assert list((profile / "sealed").iterdir()) == []  # no partial, no half item

        filler.unlink()
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        assert session.read_draft(draft)["description"] == "must survive a full disk"
        [attachment] = session.stored_attachments(draft)
        with session.open_attachment(draft, attachment.id) as stream:
            assert stream.read() == evidence.read_bytes()
        assert session.seal(draft).status == "sealed"  # with space again, it seals
        session.lock()


def test_full_disk_while_attaching_keeps_the_store_sound(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", "2m", mode="0700") as disk:
        session = fast_session(disk / "profile", make_office(tmp_path / "office"))
        draft = session.record(signal_fields())
        filler = fill_leaving(disk, 100_000)
        evidence = tmp_path / "evidence.bin"
        evidence.write_bytes(secrets.token_bytes(300_000))
        with pytest.raises(OSError) as caught:
            session.attach(draft, evidence)
        assert caught.value.errno == errno.ENOSPC
        assert list((disk / "profile" / "blobs").iterdir()) == []
        assert session.stored_attachments(draft) == []
        filler.unlink()
        session.attach(draft, evidence)
        session.lock()
