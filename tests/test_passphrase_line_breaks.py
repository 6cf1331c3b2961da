"""Issue 7, review r7d D5: the correct passphrase never counts as a failure because of how it
was read.

The command line took a passphrase file's `splitlines()[0]`. `str.splitlines` breaks at more
than a line ending: U+2028, U+2029, U+0085, vertical tab, form feed and U+001C..U+001E. A
passphrase holding one of them (typed in the window, which keeps it) was cut there when read
from the file, so the correct passphrase counted as a wrong one: with wipe-after 3, three runs
erased the vault. Now exactly one leading byte-order mark and one trailing CRLF, LF or CR are
dropped, from the file and from the prompt, and nothing else.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from liaison_fixtures import make_office, run_cli

from intake_app.cli.console import Console
from intake_app.cli.passphrase import read_passphrase
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

# every character str.splitlines() ends a line at that is not CR or LF
NOT_LINE_ENDS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]


def _console(stdin: str = "") -> Console:
    return Console("intake-app", io.StringIO(stdin), io.StringIO(), io.StringIO())


@pytest.mark.parametrize("inside", NOT_LINE_ENDS, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", ""], ids=["LF", "CRLF", "CR", "none"])
def test_a_passphrase_file_keeps_every_character_but_one_bom_and_one_line_ending(
        tmp_path: Path, inside: str, ending: str) -> None:
    passphrase = f"purple{inside}elephant dances at midnight 42"
    path = tmp_path / "pass.txt"
    second = "a second line\n" if ending else ""
    path.write_bytes(("\ufeff" + passphrase + ending + second).encode("utf-8"))
    assert read_passphrase(_console(), path, confirm=False) == passphrase


@pytest.mark.parametrize("inside", NOT_LINE_ENDS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_passphrase_from_the_prompt_keeps_every_character_but_its_one_line_ending(
        inside: str) -> None:
    passphrase = f"purple{inside}elephant dances at midnight 42"
    assert read_passphrase(_console(passphrase + "\n"), None, confirm=False) == passphrase


def test_three_runs_with_the_correct_passphrase_in_a_file_never_count_with_a_line_separator(
        tmp_path: Path) -> None:
    passphrase = "purple\u2028elephant dances at midnight 42"
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    session = LiaisonSession.initialise(profile, passphrase, office.parsed,
                                        office.parsed.fingerprint, use_keyring=False,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.lock()  # passphrase-only: counted, never erased, so the count is what is checked
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes((passphrase + "\n").encode("utf-8"))
    for _ in range(3):
        done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                       cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        vault = json.loads((profile / "vault.json").read_bytes())
        assert (vault["failed_attempts"], vault["wiped"]) == (0, False)
    LiaisonSession.unlock(profile, passphrase).lock()


def test_the_wrong_passphrase_sentence_claims_nothing_the_counter_contradicts() -> None:
    # A wrong passphrase is counted in vault.json (wipe-after or not): "Nothing was changed"
    # was not true (review r7d, D5).
    for language in ("en", "nl"):
        text = sentence("vault.wrong_passphrase", language)
        assert "Nothing was changed" not in text and "niets veranderd" not in text
