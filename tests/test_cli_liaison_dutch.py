"""Review r7j R7J-4: `intake-app` in Dutch answered half in English, the confirmation before a
signal is erased for good included. Every line a command prints comes from the one table of
sentences, in the run's language; these runs in Dutch carry none of the English lines."""

from __future__ import annotations

import json
from pathlib import Path

from bundle_kit import signal_form
from liaison_fixtures import PASSPHRASE, make_office, run_cli

DUTCH = {"SEINPOST_LANG": "nl"}
# English that was printed in a Dutch run (the review's list), and Dutch it is now.
ENGLISH = ("Office card", "Fingerprint", "The profile is set up", "Your fingerprint",
           "Give your key card", "Saved draft", "Sealed ", "Seal draft", "Not sealed",
           "Delete ", "for good", "never reach the office", "Nothing was deleted", "Drafts:",
           "Keyring:", "Erases itself", "Office:", "Wrote ", "Exported ", "They stay sealed",
           "Auto-lock", "Erase ", "is required", "not one of the allowed", "lies in the future",
           "is not complete", "No system keyring", "protected by the passphrase only",
           "key card was written", "Category", "Suspected state actor")


def _english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


def test_every_line_of_a_dutch_liaison_session_is_dutch(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    common = ["--profile", str(profile)]
    said: list[str] = []

    def run(args: list[str], stdin: str = PASSPHRASE + "\n", ok: bool = True) -> str:
        result = run_cli([*args, *common], cwd=tmp_path, stdin=stdin, env=DUTCH)
        assert (result.returncode == 0) == ok, result.stderr
        said.append(result.stdout + result.stderr)
        return result.stdout

    run(["init", "--office-card", str(office.card_path), "--no-keyring", "--name", "Fatima B"],
        stdin=f"{office.parsed.fingerprint}\n{PASSPHRASE}\n{PASSPHRASE}\n")
    assert "Het profiel is ingericht" in said[-1] and "wachtzin" in said[-1]
    (tmp_path / "bad.json").write_text(json.dumps({"category": "no-such-category",
                                                   "period": {"kind": "day",
                                                              "start": "2999-01-01"}}))
    run(["record", "--from", str(tmp_path / "bad.json")], ok=False)
    assert "Categorie is geen van de toegestane keuzes." in said[-1]
    form = signal_form(1)
    form["description"] = "Bel mij op 06-12345678."  # an identifier: the seal asks first
    (tmp_path / "signal.json").write_text(json.dumps(form))
    out = run(["record", "--from", str(tmp_path / "signal.json")])
    assert "Concept bewaard" in out
    run(["seal", "--all"], stdin=PASSPHRASE + "\nn\n")
    assert "Concept " in said[-1] and "toch verzegelen? [j/N]" in said[-1]
    run(["seal", "--all", "--yes"])
    assert "Verzegeld: " in said[-1]
    run(["status"])
    assert "Concepten: 0  Verzegeld: 1" in said[-1]
    run(["settings", "--auto-lock", "7"])
    assert "Automatisch vergrendelen na 7 minuut/minuten." in said[-1]
    run(["card", "--out", str(tmp_path / "liaison.card")])
    (tmp_path / "usb").mkdir()
    run(["export", "--to", str(tmp_path / "usb")])
    assert "geëxporteerd in één bundel" in said[-1]
    listed = run(["list"]).splitlines()[1].split()[0]
    run(["delete", listed], stdin=PASSPHRASE + "\nn\n", ok=False)
    assert "voorgoed verwijderen? [j/N]" in said[-1]
    assert "komen nooit meer bij het meldpunt aan" in said[-1]
    assert "Er is niets verwijderd." in said[-1]
    assert [(_english_in(text), text) for text in said if _english_in(text)] == []
