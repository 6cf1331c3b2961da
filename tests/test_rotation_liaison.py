"""Office key rotation on the liaison side: a card made by `intake-office rotate` is accepted
and new signals are sealed to it; a card the current office key did not endorse changes nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest
from liaison_fixtures import (
    PASSPHRASE,
    engine_store,
    fast_session,
    run_cli,
    sealed_file,
    signal_fields,
)
from liaison_fixtures import Office as OfficeCard
from transfer_kit import cli_common

from intake_app.crypto import age, keycard
from intake_app.office import keys as office_keys
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import RotationRejected

OFFICE_PASSPHRASE = "office passphrase for the test"


def office_tool(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "intake_app.cli.office", *map(str, args)],
                            cwd=cwd, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result


def age_decrypts(identity: str, item: Path, folder: Path) -> bool:
    key = folder / "identity.key"
    key.write_text(identity + "\n")
    result = subprocess.run(["age", "-d", "-i", str(key), "-o", str(folder / "out.tar"),
                             str(item)], capture_output=True, check=False)
    key.unlink()
    return result.returncode == 0


def seal_one(session, profile: Path) -> Path:
    return sealed_file(profile, session.seal(session.record(signal_fields())).id)


def test_rotated_card_is_accepted_and_new_signals_go_to_the_new_key(tmp_path: Path) -> None:
    keys, passfile = tmp_path / "keys", tmp_path / "office.pass"
    passfile.write_text(OFFICE_PASSPHRASE + "\n")
    office_tool("keygen", "--out", keys, "--name", "Centraal Meldpunt",
                "--passphrase-file", passfile, cwd=tmp_path)
    first = keys / "office.card"
    session = fast_session(tmp_path / "profile",
                           OfficeCard("", first.read_bytes(), keys / "none", first))
    before = seal_one(session, tmp_path / "profile")
    session.lock()

    office_tool("rotate", "--keys", keys, "--passphrase-file", passfile, cwd=tmp_path)
    new_card = keycard.load_card(keys / "office.card")
    result = run_cli(["office-card", "update", str(keys / "office.card"),
                      *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Fingerprint: {new_card.fingerprint}" in result.stdout

    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    after = seal_one(session, tmp_path / "profile")
    session.lock()
    current, retired = office_keys.load_all_office_identities(keys, OFFICE_PASSPHRASE)
    assert age.recipient_for(current) == new_card.recipients[0]
    assert age_decrypts(current, after, tmp_path) and not age_decrypts(retired, after, tmp_path)
    assert age_decrypts(retired, before, tmp_path)  # what was sealed before stays the old key's


def test_unendorsed_or_foreign_cards_change_nothing(tmp_path: Path) -> None:
    old_key = nacl.signing.SigningKey.generate()
    identity, recipient = age.generate_x25519()
    card = keycard.create_card(old_key, "office", "Centraal Meldpunt", [recipient])
    (tmp_path / "office.card").write_bytes(card)
    session = fast_session(tmp_path / "profile",
                           OfficeCard(identity, card, tmp_path / "k", tmp_path / "office.card"))
    new_key, foreign = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    _, new_recipient = age.generate_x25519()
    liaison_card = session.liaison_card()
    candidates = {
        "unendorsed": (keycard.create_card(new_key, "office", "Centraal", [new_recipient]),
                       "not_endorsed"),
        # A key this laptop lacks: the card(s) in between may be missing (R7J-3); the sentence
        # names the key, which the office can tell is not one of its own.
        "foreign": (keycard.create_card(new_key, "office", "Centraal", [new_recipient],
                                        endorse_with=foreign), "missing"),
        "liaison": (liaison_card, "not_office"),
        "damaged": (card.replace(b"Centraal", b"Centrale"), "not_a_card"),
    }
    for name, (data, reason) in candidates.items():
        path = tmp_path / f"{name}.card"
        path.write_bytes(data)
        with pytest.raises(RotationRejected) as refused:
            session.update_office_card(path)
        assert refused.value.reason == reason, name
        assert session.office_card() == card
    assert age_decrypts(identity, seal_one(session, tmp_path / "profile"), tmp_path)
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        assert store.office_record().cards == (card,)  # no rejected card slipped into the record
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    # The same (current) card again is harmless.
    assert session.update_office_card(tmp_path / "office.card").raw == card
    session.lock()

    path = tmp_path / "foreign.card"
    refused = run_cli(["office-card", "update", str(path), *cli_common(tmp_path)], cwd=tmp_path)
    assert refused.returncode == 1 and "not accepted" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_the_window_shows_the_new_office_after_accepting_a_rotated_card(
        qtbot, tmp_path: Path, english_ui) -> None:
    from PySide6.QtCore import Qt
    from test_gui_delivery import Answers, unlocked_window

    keys, passfile = tmp_path / "keys", tmp_path / "office.pass"
    passfile.write_text(OFFICE_PASSPHRASE + "\n")
    office_tool("keygen", "--out", keys, "--name", "Centraal Meldpunt",
                "--passphrase-file", passfile, cwd=tmp_path)
    first = keycard.load_card(keys / "office.card")
    fast_session(tmp_path / "profile",
                 OfficeCard("", first.raw, keys / "none", keys / "office.card")).lock()
    office_tool("rotate", "--keys", keys, "--passphrase-file", passfile, cwd=tmp_path)
    rotated = keycard.load_card(keys / "office.card")

    class RotatedCard(Answers):
        def open_office_cards(self, parent):
            return [keys / "office.card"]

    window = unlocked_window(qtbot, tmp_path / "profile", RotatedCard())
    page = window.workspace
    assert first.fingerprint in page.office_label.text()
    qtbot.mouseClick(page.office_card_button, Qt.LeftButton)
    assert rotated.fingerprint in page.office_label.text()  # the line follows the new card
    assert first.fingerprint not in page.office_label.text()
    window.lock()
