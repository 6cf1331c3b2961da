"""A liaison who missed an office rotation (review r7j, R7J-3): `office-card update` takes the
office's whole chain (several cards in any order, or the office's office-chain.cards), each
checked against the one before; a card endorsed by a key this laptop lacks says what is missing;
an older card is named as older; `intake-office rotate` writes the chain and says who needs it.
"""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest
from liaison_fixtures import PASSPHRASE, engine_store, fast_session, run_cli
from liaison_fixtures import Office as OfficeCard
from test_rotation_liaison import OFFICE_PASSPHRASE, office_tool
from transfer_kit import cli_common

from intake_app.crypto import age, card_chain, keycard
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import RotationRejected


def office_chain(count: int) -> list[bytes]:
    """`count` office cards, each endorsed by the one before (K1 first)."""
    cards, previous = [], None
    for _ in range(count):
        key = nacl.signing.SigningKey.generate()
        _, recipient = age.generate_x25519()
        cards.append(keycard.create_card(key, "office", "Centraal Meldpunt", [recipient],
                                         endorse_with=previous))
        previous = key
    return cards


def liaison_at(tmp_path: Path, card: bytes) -> LiaisonSession:
    path = tmp_path / "first.card"
    path.write_bytes(card)
    return fast_session(tmp_path / "profile", OfficeCard("", card, tmp_path / "none", path))


def files(tmp_path: Path, cards: list[bytes], *names: str) -> list[Path]:
    paths = []
    for name, card in zip(names, cards, strict=True):
        (tmp_path / name).write_bytes(card)
        paths.append(tmp_path / name)
    return paths


def test_a_card_two_rotations_ahead_names_the_missing_key_and_changes_nothing(
        tmp_path: Path) -> None:
    k1, k2, k3 = office_chain(3)
    session = liaison_at(tmp_path, k1)
    (newest,) = files(tmp_path, [k3], "k3.card")
    with pytest.raises(RotationRejected) as refused:
        session.update_office_card(newest)
    assert refused.value.reason == "missing"
    assert refused.value.params["key_id"] == keycard.parse_card(k2).key_id
    assert session.office_card() == k1
    session.lock()
    result = run_cli(["office-card", "update", str(newest), *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 1
    assert keycard.parse_card(k2).key_id in result.stderr
    assert "ask the office for the card(s) in between" in result.stderr


def test_the_cards_in_between_are_taken_in_any_order_each_against_the_one_before(
        tmp_path: Path) -> None:
    k1, k2, k3, k4 = office_chain(4)
    session = liaison_at(tmp_path, k1)
    update = session.update_office_cards(files(tmp_path, [k4, k2, k3], "a.card", "b.card",
                                               "c.card"))
    assert [card.raw for card in update.accepted] == [k2, k3, k4]
    assert session.office_card() == k4 and update.missing_key_id is None
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        assert store.office_record().cards == (k1, k2, k3, k4)


def test_a_gap_in_the_given_cards_takes_what_links_and_names_the_missing_key(
        tmp_path: Path) -> None:
    k1, k2, k3, k4 = office_chain(4)
    session = liaison_at(tmp_path, k1)
    update = session.update_office_cards(files(tmp_path, [k2, k4], "k2.card", "k4.card"))
    assert [card.raw for card in update.accepted] == [k2]
    assert update.missing_key_id == keycard.parse_card(k3).key_id
    assert session.office_card() == k2
    session.lock()


def test_an_older_card_is_named_older_and_the_current_one_again_changes_nothing(
        tmp_path: Path) -> None:
    k1, k2, k3 = office_chain(3)
    session = liaison_at(tmp_path, k1)
    session.update_office_cards(files(tmp_path, [k2, k3], "k2.card", "k3.card"))
    older, first = files(tmp_path, [k2, k1], "older.card", "first.card")
    for path in (older, first):
        with pytest.raises(RotationRejected) as refused:
            session.update_office_card(path)
        assert refused.value.reason == "older"
    (chain,) = files(tmp_path, [card_chain.chain_bytes([k1, k2, k3])], "office-chain.cards")
    assert session.update_office_cards([chain]).accepted == ()
    assert session.office_card() == k3
    session.lock()
    result = run_cli(["office-card", "update", str(older), *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 1 and "older than the one you already have" in result.stderr
    result = run_cli(["office-card", "update", str(chain), *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 0
    assert "already the current office card" in result.stdout


def test_a_liaison_set_up_at_the_newest_card_passes_over_the_older_ones_of_a_chain(
        tmp_path: Path) -> None:
    k1, k2, k3 = office_chain(3)
    session = liaison_at(tmp_path, k3)
    (chain,) = files(tmp_path, [card_chain.chain_bytes([k1, k2, k3])], "office-chain.cards")
    update = session.update_office_cards([chain])
    assert update.accepted == () and update.older == 2
    session.lock()


def test_office_rotate_writes_the_chain_that_takes_a_liaison_two_rotations_behind_to_the_newest(
        tmp_path: Path) -> None:
    keys, passfile = tmp_path / "keys", tmp_path / "office.pass"
    passfile.write_text(OFFICE_PASSPHRASE + "\n")
    office_tool("keygen", "--out", keys, "--name", "Centraal Meldpunt",
                "--passphrase-file", passfile, cwd=tmp_path)
    first = keys / "office.card"
    fast_session(tmp_path / "profile",
                 OfficeCard("", first.read_bytes(), keys / "none", first)).lock()
    office_tool("rotate", "--keys", keys, "--passphrase-file", passfile, cwd=tmp_path)
    said = office_tool("rotate", "--keys", keys, "--passphrase-file", passfile, cwd=tmp_path)
    chain = keys / "office-chain.cards"
    assert f"need {chain} (3 cards, oldest first)" in said.stdout

    result = run_cli(["office-card", "update", str(chain), *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "With the 1 card(s) in between" in result.stdout
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert session.office_card() == (keys / "office.card").read_bytes()
    session.lock()


def test_the_window_takes_several_cards_chosen_at_once_and_names_an_older_one(
        qtbot, tmp_path: Path, english_ui) -> None:
    from PySide6.QtCore import Qt
    from test_gui_delivery import Answers, unlocked_window

    k1, k2, k3 = office_chain(3)
    liaison_at(tmp_path, k1).lock()
    chosen = files(tmp_path, [k3, k2], "k3.card", "k2.card")

    class ChosenCards(Answers):
        def open_office_cards(self, parent):
            return chosen

    window = unlocked_window(qtbot, tmp_path / "profile", ChosenCards())
    page = window.workspace
    qtbot.mouseClick(page.office_card_button, Qt.LeftButton)
    assert keycard.parse_card(k3).fingerprint in page.office_label.text()
    assert "New office card accepted" in page.message.text()
    chosen = chosen[1:]  # k2 alone, now older than the card held
    qtbot.mouseClick(page.office_card_button, Qt.LeftButton)
    assert page.message.text().endswith(sentence("transfer.rotation_rejected.older", "en"))
    assert keycard.parse_card(k3).fingerprint in page.office_label.text()
    window.lock()
