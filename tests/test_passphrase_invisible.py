"""Characters a person cannot see never count as a wrong passphrase (review r7g M2, issue 7).

A no-break space typed for a space (macOS Option+Space), a zero-width space, word joiner, soft
hyphen, a U+FEFF that is not leading, LRM/RLM (which right-to-left messengers insert when a
phrase is copied), a trailing NUL, a space before the byte-order mark: each was counted as a
wrong passphrase by the real `intake-app list`, and three runs with a leading RLM erased a
keyring-mode vault at wipe-after 3. The rule (intake_app/vault/passphrase.py, docs/SECURITY.md
"Passphrases"): invisible characters are dropped, every whitespace character becomes U+0020,
NFC, surrounding spaces dropped, at set-up, change and unlock alike; a vault an earlier version
set up with such a character still opens with it and is rewrapped under the rule.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli
from passphrase_kit import wipe_after_three

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import EmptyPassphrase, WrongPassphrase
from intake_app.vault import passphrase as passphrase_rule

# The report's table (r7g M2), each the passphrase as a file holds it, with its line ending.
INVISIBLE_FORMS = {
    "no-break space inside": PASSPHRASE.replace(" ", "\u00a0", 1) + "\n",
    "every space a no-break space": PASSPHRASE.replace(" ", "\u00a0") + "\n",
    "ideographic space inside": PASSPHRASE.replace(" ", "\u3000", 1) + "\n",
    "trailing zero-width space": PASSPHRASE + "\u200b\n",
    "zero-width space inside": PASSPHRASE.replace(" ", " \u200b", 1) + "\n",
    "trailing U+FEFF": PASSPHRASE + "\ufeff\n",
    "trailing word joiner": PASSPHRASE + "\u2060\n",
    "trailing soft hyphen": PASSPHRASE + "\u00ad\n",
    "trailing LRM": PASSPHRASE + "\u200e\n",
    "leading RLM": "\u200f" + PASSPHRASE + "\n",
    "bidi isolate around it": "\u2067" + PASSPHRASE + "\u2069\n",
    "bidi embedding around it": "\u202b" + PASSPHRASE + "\u202c\n",
    "Arabic letter mark": "\u061c" + PASSPHRASE + "\n",
    "trailing NUL": PASSPHRASE + "\x00\n",
    "space before the BOM": " \ufeff" + PASSPHRASE + "\n",
    "BOM twice": "\ufeff\ufeff" + PASSPHRASE + "\r\n",
    "tab inside": PASSPHRASE.replace(" ", "\t", 1) + "\n",
}


def vault_doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def _set_up(tmp_path: Path, passphrase: str = PASSPHRASE, *, keyring: bool = False) -> Path:
    return wipe_after_three(tmp_path, passphrase, keyring=keyring)


def _list_with_file(tmp_path: Path, profile: Path, text: str):
    passfile = tmp_path / "pw.txt"
    passfile.write_bytes(text.encode("utf-8"))
    return run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                   cwd=tmp_path)


@pytest.mark.parametrize("form", sorted(INVISIBLE_FORMS))
def test_a_passphrase_file_with_an_invisible_character_opens_uncounted(
        tmp_path: Path, form: str) -> None:
    profile = _set_up(tmp_path)
    done = _list_with_file(tmp_path, profile, INVISIBLE_FORMS[form])
    assert done.returncode == 0, done.stderr
    assert (vault_doc(profile)["failed_attempts"], vault_doc(profile)["wiped"]) == (0, False)


def test_three_runs_with_a_leading_rlm_never_erase_a_keyring_vault(
        tmp_path: Path, secret_service: object) -> None:
    """The report's erasure: wipe-after 3, keyring mode, three runs with the RLM file."""
    profile = _set_up(tmp_path, keyring=True)
    for _ in range(3):
        done = _list_with_file(tmp_path, profile, INVISIBLE_FORMS["leading RLM"])
        assert done.returncode == 0, done.stderr
        assert (vault_doc(profile)["failed_attempts"], vault_doc(profile)["wiped"]) == (0, False)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()


def test_a_no_break_space_typed_at_the_prompt_opens_uncounted(tmp_path: Path) -> None:
    profile = _set_up(tmp_path)
    typed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path,
                    stdin=PASSPHRASE.replace(" ", "\u00a0") + "\n")
    assert typed.returncode == 0, typed.stderr
    assert vault_doc(profile)["failed_attempts"] == 0


def test_init_from_a_file_with_invisible_characters_opens_with_the_plain_typed_passphrase(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_bytes(("\u200f" + PASSPHRASE.replace(" ", "\u00a0\u200b") + "\u2060\x00\r\n")
                         .encode("utf-8"))
    profile = tmp_path / "profile"
    init = run_cli(["init", "--name", "Yara Okonkwo",
                    "--profile", str(profile), "--passphrase-file", str(passfile),
                    "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint], cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    typed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path, stdin=PASSPHRASE + "\n")
    assert typed.returncode == 0, typed.stderr
    assert vault_doc(profile)["failed_attempts"] == 0


@pytest.mark.parametrize("invisible", ["\u200f" + PASSPHRASE, PASSPHRASE.replace(" ", "\u00a0"),
                                       " \u200f" + PASSPHRASE + " "])
def test_a_vault_an_earlier_version_set_up_with_an_invisible_character_opens_and_is_rewrapped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invisible: str) -> None:
    """Profiles made before this rule stretched the character: the same input still opens them
    (an older form, inside the one attempt), nothing is counted, and the slot is rewrapped, so
    from then on the passphrase without it opens too."""
    with monkeypatch.context() as earlier:
        earlier.setattr(passphrase_rule, "normalise", passphrase_rule._stripped)
        profile = _set_up(tmp_path, invisible)
    slots_before = vault_doc(profile)["slots"]
    done = _list_with_file(tmp_path, profile, invisible + "\n")
    assert done.returncode == 0, done.stderr
    assert vault_doc(profile)["failed_attempts"] == 0
    assert vault_doc(profile)["slots"] != slots_before  # rewrapped under the rule
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert vault_doc(profile)["failed_attempts"] == 0


def test_a_wrong_passphrase_with_invisible_characters_is_counted_once(tmp_path: Path) -> None:
    profile = _set_up(tmp_path)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, "\u200fnot\u00a0the passphrase\u200b")
    assert vault_doc(profile)["failed_attempts"] == 1


def test_the_rule_drops_invisible_characters_maps_spaces_and_keeps_what_is_seen() -> None:
    for form, text in INVISIBLE_FORMS.items():
        assert passphrase_rule.normalise(text) == PASSPHRASE, form
    assert passphrase_rule.normalise("a\u2003\u2003b") == "a  b"  # two spaces stay two
    # NFC, not NFKC: what a person sees and may have chosen is kept.
    assert passphrase_rule.normalise("\uff41\u00b2\ufb01") == "\uff41\u00b2\ufb01"
    assert passphrase_rule.normalise("cafe\u0301") == "caf\u00e9"
    assert passphrase_rule.check_new_passphrase(INVISIBLE_FORMS["leading RLM"]) == PASSPHRASE


def test_the_rule_is_idempotent_for_every_code_point() -> None:
    """The set-up stretches `normalise` of what `check_new_passphrase` already normalised.
    Planes 4 to 13 hold no assigned code point (all alike: category Cn), planes 15 and 16 only
    private use (Co) and their last two, noncharacters: one in every 256 of them, and those
    last two, stand for the rest (every code point took 25-60 s of CI)."""
    for point in range(0x110000):
        alike = 0x40000 <= point < 0xE0000 or (point >= 0xF0000 and point & 0xFFFE != 0xFFFE)
        if 0xD800 <= point <= 0xDFFF or (alike and point % 256):
            continue
        char = chr(point)
        text = f"{char}a{char}\u0301 {char}"
        once = passphrase_rule.normalise(text)
        assert passphrase_rule.normalise(once) == once, hex(point)
        assert once == unicodedata.normalize("NFC", once)


NOTHING_VISIBLE = {"one space": " \r\n", "a tab": "\t\n",
                   "BOM and zero-width space": "\ufeff\u200b\n",
                   "no-break spaces": "\u00a0\u00a0\n"}


@pytest.mark.parametrize("form", sorted(NOTHING_VISIBLE))
def test_a_passphrase_of_nothing_visible_is_refused_uncounted(tmp_path: Path, form: str) -> None:
    """Review r7i R7I-2: the reader refused an empty line, but a line of one space reached the
    vault, normalised to nothing there, and was counted."""
    profile = _set_up(tmp_path)
    done = _list_with_file(tmp_path, profile, NOTHING_VISIBLE[form])
    assert done.returncode != 0
    assert "nothing was counted" in done.stderr or "niets geteld" in done.stderr, done.stderr
    assert vault_doc(profile)["failed_attempts"] == 0
    with pytest.raises(EmptyPassphrase):
        LiaisonSession.unlock(profile, NOTHING_VISIBLE[form])
    assert vault_doc(profile)["failed_attempts"] == 0


def test_three_runs_with_a_file_of_one_space_never_erase_a_keyring_vault(
        tmp_path: Path, secret_service: object) -> None:
    """The review's erasure: wipe-after 3, keyring mode, three runs with ' \\r\\n'."""
    profile = _set_up(tmp_path, keyring=True)
    for _ in range(3):
        done = _list_with_file(tmp_path, profile, " \r\n")
        assert done.returncode != 0
        assert (vault_doc(profile)["failed_attempts"], vault_doc(profile)["wiped"]) == (0, False)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
