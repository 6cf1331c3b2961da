"""The review's attack on the sealed files (issue 7, B6): a `.age` under sealed/ replaced with
another file of the same size, or two items' files swapped, on the powered-off laptop. Export
must compare each file with its authenticated row (size, SHA-256) and refuse with a clear
sentence before the office ever sees a bundle it would refuse whole.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, sealed_file, signal_fields

from intake_app.bundle.errors import ItemFileChanged
from intake_app.services.liaison import LiaisonSession


def two_sealed(tmp_path: Path) -> tuple[Path, list[str]]:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    ids = [session.seal(session.record(signal_fields(description=f"signal {n}"))).id
           for n in range(2)]
    session.lock()
    return profile, ids


def test_a_sealed_file_replaced_by_one_of_the_same_size_is_refused_at_export(
        tmp_path: Path) -> None:
    profile, ids = two_sealed(tmp_path)
    victim = sealed_file(profile, ids[0])
    victim.write_bytes(secrets.token_bytes(victim.stat().st_size))
    stick = tmp_path / "stick"
    stick.mkdir()

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(ItemFileChanged) as refused:
        session.export(stick, ids)
    assert refused.value.item_id == ids[0]
    assert "replaced or changed outside Seinpost" in str(refused.value)
    assert list(stick.iterdir()) == []
    assert {session.item(i).status.value for i in ids} == {"sealed"}
    session.lock()


def test_two_swapped_sealed_files_are_refused_at_export(tmp_path: Path) -> None:
    profile, ids = two_sealed(tmp_path)
    first, second = (sealed_file(profile, i) for i in ids)
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    stick = tmp_path / "stick"
    stick.mkdir()

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(ItemFileChanged):
        session.export(stick, ids)
    assert list(stick.iterdir()) == []
    session.lock()


def test_a_sealed_file_that_shrinks_while_it_is_exported_is_named_not_a_crash(
        tmp_path: Path) -> None:
    """A plain ValueError from the container used to end the command line in exit 70."""
    from bundle_kit import Liaison

    big = tmp_path / "big.age"
    big.write_bytes(secrets.token_bytes(3 << 20))  # more than one read block
    usb = tmp_path / "usb"

    def shrink(done: int, total: int) -> None:
        if done and big.stat().st_size > 1:
            big.write_bytes(b"x")

    with pytest.raises(ItemFileChanged) as refused:
        Liaison("Amina Sterk").write([("0" * 32, big)], usb, [age_recipient()], progress=shrink)
    assert refused.value.item_id == "0" * 32
    assert list(usb.iterdir()) == []


def age_recipient() -> str:
    from intake_app.crypto import age

    return age.generate_x25519()[1]
