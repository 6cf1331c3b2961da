"""Issue 7, review r7 F5 and F6: the profile's folders `blobs/` and `sealed/` replaced by a link.

Someone who can write to the powered-off profile moves a folder aside and puts a symbolic link
in its place: to another profile's `blobs/` (or a backup's), or to the old `sealed/` before a
coerced duress unlock. Seinpost must never follow such a link: an unlock with the right
passphrase refuses with the sentence `own.not_a_folder` and deletes nothing behind it (recovery
used to unlink every `*.blob` there that this profile did not name); so does a duress unlock,
with the same sentence and vault.json left as it was (it used to remove the link and open a
fresh profile, which told the two passphrases apart: review r7d, D2). Both vault modes: the
keyring one on the private Secret Service.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, draft_ids, make_office, run_cli, signal_fields

from intake_app.fs.own_folders import OwnFolderError
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreLeftBehind
from intake_app.vault import KdfParams

DURESS = "everything is fine here"
REFUSED_EN = "should be a folder of this profile but is a link"


@pytest.fixture(params=["passphrase", "keyring"])
def use_keyring(request: pytest.FixtureRequest) -> bool:
    """Both vault modes; the keyring one on this process's private Secret Service."""
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
    return request.param == "keyring"


def _session(profile: Path, office, use_keyring: bool) -> LiaisonSession:
    card = office.parsed
    return LiaisonSession.initialise(profile, PASSPHRASE, card, card.fingerprint,
                                     use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(),
                                     allow_weak_kdf=True)


def _profile(root: Path, office, use_keyring: bool, *, duress: bool = False) -> Path:
    """A used profile: a draft with an attachment, two sealed signals (and a duress passphrase)."""
    profile = root / "profile"
    session = _session(profile, office, use_keyring)
    draft = session.record(signal_fields(description="a draft with a photo"))
    photo = root / "photo.bin"
    photo.write_bytes(os.urandom(4096))
    session.attach(draft, photo)
    for _ in range(2):
        session.seal(session.record(signal_fields()))
    if duress:
        session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def _contents(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _link_in_place(profile: Path, name: str, target: Path) -> None:
    """The attacker: `profile/name` moved aside, a symbolic link to `target` in its place."""
    shutil.move(profile / name, profile.parent / f"{name}-moved-aside")
    os.symlink(target, profile / name)


def _refusal(profile: Path, passphrase: str = PASSPHRASE) -> OwnFolderError:
    with pytest.raises(OwnFolderError) as refused:
        LiaisonSession.unlock(profile, passphrase).lock()
    assert refused.value.code == "own.not_a_folder"
    return refused.value


def test_blobs_linked_to_another_profiles_blobs_is_refused_and_their_blobs_stay(
        tmp_path: Path, use_keyring: bool) -> None:
    office = make_office(tmp_path / "office")
    mine = _profile(tmp_path / "a", office, use_keyring)
    other = _profile(tmp_path / "b", office, use_keyring)
    before = _contents(other / "blobs")
    assert before  # the other profile's encrypted attachment is there
    _link_in_place(mine, "blobs", other / "blobs")

    _refusal(mine)

    assert _contents(other / "blobs") == before  # recovery took them for orphans and unlinked
    assert (mine / "blobs").is_symlink()  # refused, not repaired: the person decides
    session = LiaisonSession.unlock(other, PASSPHRASE)  # the other profile is whole
    [draft] = draft_ids(session)
    [attachment] = session.stored_attachments(draft)
    with session.open_attachment(draft, attachment.id) as stream:
        assert len(stream.read()) == 4096
    session.lock()


def test_sealed_linked_elsewhere_is_refused_and_nothing_behind_it_is_removed(
        tmp_path: Path, use_keyring: bool) -> None:
    office = make_office(tmp_path / "office")
    mine = _profile(tmp_path / "a", office, use_keyring)
    session = LiaisonSession.unlock(mine, PASSPHRASE)
    [draft] = draft_ids(session)
    session.lock()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Names recovery removes in the profile's own sealed/: a draft's id, a half-written file.
    (elsewhere / f"{draft}.age").write_bytes(b"someone else's sealed file")
    (elsewhere / ".notes.txt.0123456789ab.partial").write_bytes(b"someone else's file")
    before = _contents(elsewhere)
    _link_in_place(mine, "sealed", elsewhere)

    _refusal(mine)

    assert _contents(elsewhere) == before


@pytest.mark.parametrize("name", ["blobs", "sealed"])
@pytest.mark.parametrize("kind", ["dangling link", "link to a file", "a file"])
def test_a_folder_that_is_not_a_real_folder_is_refused(tmp_path: Path, name: str,
                                                       kind: str) -> None:
    office = make_office(tmp_path / "office")
    profile = _profile(tmp_path / "a", office, False)
    shutil.move(profile / name, tmp_path / "moved-aside")
    if kind == "dangling link":
        os.symlink(tmp_path / "nothing-here", profile / name)
    elif kind == "link to a file":
        (tmp_path / "a-file").write_bytes(b"x")
        os.symlink(tmp_path / "a-file", profile / name)
    else:
        (profile / name).write_bytes(b"x")

    _refusal(profile)

    assert (tmp_path / "a-file").exists() or kind != "link to a file"


def test_the_command_line_says_the_folder_is_a_link_and_nothing_was_deleted(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    mine = _profile(tmp_path / "a", office, False)
    other = _profile(tmp_path / "b", office, False)
    before = _contents(other / "blobs")
    _link_in_place(mine, "blobs", other / "blobs")

    result = run_cli(["list", "--profile", str(mine)], cwd=tmp_path,
                     stdin=PASSPHRASE + "\n", env={"SEINPOST_LANG": "en"})

    assert result.returncode != 0
    assert REFUSED_EN in result.stderr and "nothing was deleted" in result.stderr, result.stderr
    assert _contents(other / "blobs") == before


@pytest.mark.parametrize("name", ["sealed", "blobs"])
def test_a_duress_unlock_beside_a_linked_folder_is_refused_as_the_real_one_and_changes_nothing(
        tmp_path: Path, use_keyring: bool, name: str) -> None:
    # It used to remove the link and open a fresh profile while the real passphrase was
    # refused: "it opened" meant "that was the duress passphrase" (review r7d, D2).
    office = make_office(tmp_path / "office")
    coerced = _profile(tmp_path / "coerced", office, use_keyring, duress=True)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(coerced / name, elsewhere)  # every earlier file of that folder is behind the link
    os.symlink(elsewhere, coerced / name)
    (elsewhere / "unrelated.txt").write_text("a file of the person's, outside the profile")
    before = _contents(elsewhere)
    vault_json = (coerced / "vault.json").read_bytes()
    assert before

    duress = _refusal(coerced, DURESS)
    real = _refusal(coerced, PASSPHRASE)
    assert str(duress) == str(real)
    assert (coerced / "vault.json").read_bytes() == vault_json
    assert os.path.islink(coerced / name)
    assert _contents(elsewhere) == before  # nothing outside the profile deleted


def test_set_up_beside_a_linked_folder_is_refused_and_touches_nothing_behind_it(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "0123456789abcdef0123456789abcdef.blob").write_bytes(b"someone's blob")
    before = _contents(elsewhere)
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    os.symlink(elsewhere, profile / "blobs")

    with pytest.raises(StoreLeftBehind):
        _session(profile, office, False)

    assert _contents(elsewhere) == before
    assert sorted(p.name for p in profile.iterdir()) == ["blobs"]  # nothing left behind
