"""Review r7k R7K-5: after `intake-office rotate` a liaison who has not taken the new card keeps
sealing to the retired key, and the office opened those bundles without a word. Now every such
bundle gets a warning naming the liaison, the retirement date and the current card to give
(office-chain.cards), in Dutch and English; `liaison list` shows the office card each liaison's
latest bundle was sealed to, and with `--keys` whether it is the current one or retired.

Everything is real: office keys made by `keygen` and `rotate`, a liaison registered from its
card, bundles written by the liaison's `BundleWriter` with the recipients of the card it holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_kit import Liaison, seal_item

from intake_app.cli.office import main as office_main
from intake_app.office import keys
from intake_app.sentences import sentence


class Rotated:
    """An office that opened one bundle of Amina's, then rotated its keys."""

    def __init__(self, tmp_path: Path, monkeypatch) -> None:
        monkeypatch.setenv("SEINPOST_LANG", "en")
        self.tmp = tmp_path
        secret = tmp_path / "pass.txt"
        secret.write_text("correct horse battery staple\n")
        self.keys, self.db = tmp_path / "keys", tmp_path / "office" / "office.db"
        assert office_main(["keygen", "--out", str(self.keys), "--name", "Meldpunt",
                            "--passphrase-file", str(secret)]) == 0
        self.first = keys.load_office_card(self.keys)
        self.liaison = Liaison("Amina")
        card_file = tmp_path / "amina.card"
        card_file.write_bytes(self.liaison.card)
        assert office_main(["liaison", "add", str(card_file), "--registry", str(self.db),
                            "--fingerprint", self.liaison.fingerprint]) == 0
        self.args = ["--into", str(self.db), "--keys", str(self.keys), "--passphrase-file",
                     str(secret)]
        assert office_main(["open", str(self.bundle(self.first.recipients)), *self.args]) == 0
        assert office_main(["rotate", "--keys", str(self.keys), "--passphrase-file",
                            str(secret)]) == 0
        self.current = keys.load_office_card(self.keys)

    def bundle(self, recipients) -> Path:
        number = self.liaison.counter + 1
        item = seal_item(self.tmp / f"item-{number}.age", number, list(recipients))
        return self.liaison.write([(f"it-{number}", item)], self.tmp / f"bundle-{number}",
                                  list(recipients)).paths[0]

    def warning(self, language: str) -> str:
        return sentence("office_out.sealed_to_retired", language, name="Amina",
                        key_id=self.first.key_id[:16], retired=self.current.created[:10])


@pytest.fixture
def office(tmp_path: Path, monkeypatch) -> Rotated:
    return Rotated(tmp_path, monkeypatch)


def _run(args: list[str], capsys, monkeypatch, language: str = "en") -> str:
    monkeypatch.setenv("SEINPOST_LANG", language)
    capsys.readouterr()
    assert office_main(args) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_bundle_sealed_only_to_the_retired_key_is_opened_with_a_warning_naming_the_liaison(
        office: Rotated, capsys, monkeypatch, language: str) -> None:
    old = office.bundle(office.first.recipients)  # the liaison never took the new card
    out = _run(["open", str(old), *office.args], capsys, monkeypatch, language)
    said = office.warning(language)
    assert said in out
    assert "office-chain.cards" in said and office.current.created[:10] in said
    assert "Amina" in said


def test_a_bundle_sealed_to_the_current_key_has_no_retired_warning(
        office: Rotated, capsys, monkeypatch) -> None:
    out = _run(["open", str(office.bundle(office.current.recipients)), *office.args], capsys,
               monkeypatch)
    assert "retired" not in out
    assert office.warning("en") not in out


def test_liaison_list_shows_the_card_the_latest_bundle_was_sealed_to_and_whether_retired(
        office: Rotated, capsys, monkeypatch) -> None:
    listing = ["liaison", "list", "--db", str(office.db), "--keys", str(office.keys)]
    # Bundle 1 was sealed to the first card, which the rotation retired.
    out = _run(listing, capsys, monkeypatch)
    retired = sentence("office_out.card_retired", "en")
    assert sentence("office_out.liaison_sealed_to", "en", card=office.first.key_id[:16],
                    which=retired) in out
    dutch = _run(listing, capsys, monkeypatch, "nl")
    assert sentence("office_out.card_retired", "nl") in dutch
    # The liaison takes the new card: its next bundle is sealed to the current one.
    _run(["open", str(office.bundle(office.current.recipients)), *office.args], capsys,
         monkeypatch)
    out = _run(listing, capsys, monkeypatch)
    assert sentence("office_out.liaison_sealed_to", "en", card=office.current.key_id[:16],
                    which=sentence("office_out.card_current", "en")) in out
    assert retired not in out
    # Without --keys the card is named, not judged.
    out = _run(["liaison", "list", "--db", str(office.db)], capsys, monkeypatch)
    assert sentence("office_out.liaison_sealed_to", "en", card=office.current.key_id[:16],
                    which="") in out


def test_liaison_list_says_when_a_liaison_has_no_bundle_yet(
        tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SEINPOST_LANG", "en")
    card_file = tmp_path / "new.card"
    new = Liaison("Nieuw")
    card_file.write_bytes(new.card)
    db = tmp_path / "office.db"
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db),
                        "--fingerprint", new.fingerprint]) == 0
    out = _run(["liaison", "list", "--db", str(db)], capsys, monkeypatch)
    assert sentence("office_out.liaison_no_bundle", "en") in out
