"""Everything the office command line prints when it did its work is a sentence of the one
table, in the run's language (review r14i U4, issue 14): keygen and rotate, the passphrase
prompts, a card shown, the registry, export, settings and purge. Driven through the real
`intake-office` main() in Dutch and in English."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import nacl.signing
import pytest

from intake_app.cli.office import main as office_main
from intake_app.crypto import keycard
from intake_app.sentences import sentence

PASSPHRASE = "correct horse battery staple office 42"


def run(argv: list[str], lang: str, monkeypatch, capsys, stdin: str = "") -> list[str]:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = office_main(argv)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out.splitlines()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_result_line_of_the_office_commands_is_in_the_runs_language(
        lang: str, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pass").write_text(PASSPHRASE + "\n")

    def say(code: str, **params: object) -> str:
        return sentence(code, lang, **params)

    lines = run(["keygen", "--out", "keys", "--name", "Meldpunt", "--passphrase-file", "pass"],
                lang, monkeypatch, capsys)
    card = keycard.load_card(Path("keys/office.card"))
    assert lines == [say("office_out.keys_written", folder=Path("keys")),
                     say("office_out.read_fingerprint", card=Path("keys/office.card")),
                     f"  {card.fingerprint}"]

    shown = run(["card", "show", "keys/office.card"], lang, monkeypatch, capsys)
    labels = [line.split(":")[0] for line in shown]
    assert labels == [say("card.role"), say("card.name"), say("card.key_id"),
                      say("card.fingerprint"),
                      *[say("card.recipient")] * len(card.recipients), say("card.created")]
    assert shown[0].split()[-1] == say("card.role.office")
    assert len({line.index(line.split(":", 1)[1].strip()) for line in shown}) == 1  # one column

    liaison = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Anna", [])
    Path("anna.card").write_bytes(liaison)
    anna = keycard.parse_card(liaison)
    db = ["--db", "office.db"]
    heard = ["--fingerprint", anna.fingerprint]  # no terminal here (review r7l R7L-4)
    assert run(["liaison", "add", "anna.card", *db, *heard], lang, monkeypatch, capsys) == [
        say("office_out.liaison_registered", name="Anna", key_id=anna.key_id),
        say("office_out.fingerprint_compared", fingerprint=anna.fingerprint)]
    assert run(["liaison", "add", "anna.card", *db, *heard], lang, monkeypatch,
               capsys)[0] == say("office_out.liaison_was_registered", name="Anna",
                                 key_id=anna.key_id)
    [row, sealed_to] = run(["liaison", "list", *db], lang, monkeypatch, capsys)
    assert sealed_to == say("office_out.liaison_no_bundle")
    assert row.split()[1] == say("office_out.liaison_active")
    assert say("office_out.liaison_row", key_id="", state="", added="", name="").split()[0] \
        in row.split()
    [revoked] = run(["liaison", "revoke", anna.key_id[:8], *db], lang, monkeypatch, capsys)
    assert revoked.startswith(say("office_out.liaison_revoked", name="Anna", key_id=anna.key_id,
                                  date="").rstrip(".").rstrip())

    assert run(["export", "--format", "jsonl", "--out", "x.jsonl", *db], lang, monkeypatch,
               capsys) == [say("office_out.exported", count=0, path=Path("x.jsonl"))]
    assert run(["settings", *db], lang, monkeypatch, capsys) == [
        say("office_out.retention_not_set")]
    assert run(["settings", *db, "--retention", "8"], lang, monkeypatch, capsys) == [
        say("office_out.retention", quarters=8)]
    none = say("office_out.no_quarters")
    assert run(["purge", *db, "--older-than", "2026-Q1", "--dry-run"], lang, monkeypatch,
               capsys) == [say("office_out.would_purge", count=0, before="2026-Q1",
                               quarters=none, files=0)]
    assert run(["purge", *db, "--older-than", "2026-Q1"], lang, monkeypatch, capsys) == [
        say("office_out.purged", count=0, before="2026-Q1", quarters=none, files=0)]

    old_key = card.key_id
    lines = run(["rotate", "--keys", "keys", "--passphrase-file", "pass"], lang, monkeypatch,
                capsys)
    new = keycard.load_card(Path("keys/office.card"))
    assert lines[:2] == [say("office_out.rotated", card=Path("keys/office.card"),
                             key_id=old_key),
                         say("office_out.new_fingerprint", fingerprint=new.fingerprint)]
    assert lines[2].startswith(say("office_out.previous_keys", folder=""))
    endorsed = run(["card", "show", "keys/office.card"], lang, monkeypatch, capsys)[-1]
    assert endorsed.startswith(say("card.endorsed_by") + ":")
    assert endorsed.endswith(say("card.endorsement", key_id=old_key))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_office_passphrase_prompts_are_in_the_runs_language(
        lang: str, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{PASSPHRASE}\n"))
    assert office_main(["keygen", "--out", str(tmp_path / "keys"), "--name", "M"]) == 0
    err = capsys.readouterr().err
    assert err == (sentence("prompt.new_office_passphrase", lang)
                   + sentence("prompt.passphrase_again", lang))
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert office_main(["rotate", "--keys", str(tmp_path / "keys")]) == 0
    assert capsys.readouterr().err == sentence("prompt.office_passphrase", lang)


def test_liaison_add_with_the_liaisons_digits_registers_only_a_matching_card(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """Review r7j R7J-13: `liaison add` registered any card at once; with the digits the
    liaison read out (--fingerprint, or asked on a terminal) a swapped card is refused and
    nothing is registered."""
    monkeypatch.chdir(tmp_path)
    liaison = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Anna", [])
    swapped = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Anna", [])
    Path("anna.card").write_bytes(swapped)
    heard = keycard.parse_card(liaison).fingerprint
    monkeypatch.setenv("SEINPOST_LANG", "en")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert office_main(["liaison", "add", "anna.card", "--db", "office.db",
                        "--fingerprint", heard]) == 1
    assert sentence("cli.liaison_fingerprint_mismatch", "en") in capsys.readouterr().err
    assert not Path("office.db").exists()  # refused before the registry was touched
    Path("anna.card").write_bytes(liaison)
    lines = run(["liaison", "add", "anna.card", "--db", "office.db", "--fingerprint",
                 heard.replace(" ", "")], "nl", monkeypatch, capsys)
    assert lines[-1] == sentence("office_out.fingerprint_compared", "nl", fingerprint=heard)


class _Terminal(io.StringIO):
    """Standard input that is a terminal: the digits heard, typed when asked."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_liaison_add_without_a_terminal_and_without_the_digits_registers_nothing(
        lang: str, tmp_path: Path, monkeypatch, capsys) -> None:
    """Review r7l R7L-4: run from a script (stdin not a terminal), `liaison add` registered a
    card whose fingerprint nobody compared. Now it refuses, saying to give --fingerprint, and
    the registry is not even made; with the digits given, or typed on a terminal, it
    registers the card."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEINPOST_LANG", lang)
    liaison = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Anna", [])
    Path("anna.card").write_bytes(liaison)
    heard = keycard.parse_card(liaison).fingerprint
    for piped in ("", f"{heard}\n"):  # nothing, or the digits piped in: nobody compared them
        monkeypatch.setattr(sys, "stdin", io.StringIO(piped))
        assert office_main(["liaison", "add", "anna.card", "--db", "office.db"]) == 1
        assert capsys.readouterr().err == (
            f"intake-office: {sentence('cli.liaison_fingerprint_needed', lang)}\n")
        assert not Path("office.db").exists()
    monkeypatch.setattr(sys, "stdin", _Terminal(f"{heard}\n"))
    assert office_main(["liaison", "add", "anna.card", "--db", "office.db"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == sentence(
        "office_out.fingerprint_compared", lang, fingerprint=heard)
