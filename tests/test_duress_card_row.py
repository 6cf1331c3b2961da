"""After a duress unlock the liaison card row does not tell the profile was emptied (review r7e
F6).

The row `settings.liaison_card` was the card's plaintext: with the laptop off, sqlite3 showed
the liaison's real name before a duress unlock and `name: Liaison` after one, which no profile
set up in the window has (it refuses an empty name), and the two rows differed in length. The
row is now the card boxed and padded under the vault key (store/card_box.py): nobody without
the passphrase reads the name, and a duress-emptied profile's row has the length of a row set
up fresh with any name. A row an earlier version wrote in plaintext is boxed at a real unlock.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import duress_kit
import pytest
from liaison_fixtures import PASSPHRASE, make_office
from test_golden import EXPECTED, GOLDEN

from intake_app.crypto import keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes
DURESS = "everything is fine"
PLAIN = keycard.HEADER.encode()


def card_row(profile: Path) -> bytes:
    """What anyone reads in store.db without the passphrase."""
    with sqlite3.connect(profile / "store.db") as conn:
        [(value,)] = conn.execute("SELECT value FROM settings WHERE name = 'liaison_card'")
    return bytes(value)


def _set_up(profile: Path, name: str, use_keyring: bool) -> LiaisonSession:
    office = make_office(profile.parent / f"office-{profile.name}")
    return LiaisonSession.initialise(
        profile, PASSPHRASE, office.parsed, office.parsed.fingerprint, liaison_name=name,
        use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)


def test_the_card_row_shows_no_name_and_a_duress_profile_s_row_looks_like_a_fresh_one(
        tmp_path: Path, use_keyring: bool) -> None:
    used = _set_up(tmp_path / "used", "Amina Haddad", use_keyring)
    used.set_duress_passphrase(PASSPHRASE, DURESS)
    used.lock()
    before = card_row(tmp_path / "used")
    # Looked for as the card writes it ("name: …"): a short name alone is found in random
    # bytes by chance (a CI run found b"Bo" in a boxed row, about 1 run in 60).
    assert b"name: Amina" not in before and not before.startswith(PLAIN)

    coerced = LiaisonSession.unlock(tmp_path / "used", DURESS)
    emptied_card = keycard.parse_card(coerced.liaison_card())
    coerced.lock()
    after = card_row(tmp_path / "used")
    assert b"name: " + emptied_card.name.encode() not in after
    assert not after.startswith(PLAIN)

    # Fresh profiles set up in the window carry a name of the person's choice, of any length.
    for name in ("Bo", "Maria Gonçalves de Oliveira Santos"):
        fresh = _set_up(tmp_path / f"fresh-{len(name)}", name, use_keyring)
        fresh.lock()
        row = card_row(tmp_path / f"fresh-{len(name)}")
        assert b"name: " + name.encode() not in row and not row.startswith(PLAIN)
        assert len(row) == len(after) == len(before)


@pytest.mark.parametrize("store_version", [1, 2])
def test_a_plaintext_card_row_of_an_earlier_version_is_boxed_by_the_real_unlock(
        tmp_path: Path, store_version: int) -> None:
    name = f"liaison-profile.vault-1.store-{store_version}"
    profile = tmp_path / name
    shutil.copytree(GOLDEN / name, profile)
    profile.chmod(0o700)
    plain = card_row(profile)
    assert plain.startswith(PLAIN)  # as that version wrote it
    for _ in range(2):  # the first unlock moves the old store; a real unlock boxes the row
        session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
        card = session.liaison_card()
        session.lock()
        assert card == plain  # the same card is handed out either way
    boxed = card_row(profile)
    assert not boxed.startswith(PLAIN)
    session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
    assert session.liaison_card() == plain
    session.lock()
