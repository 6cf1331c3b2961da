"""Review r7k R7K-7a: `intake-app settings --auto-lock 0` (or 100000) and `--wipe-after 1` (or 0)
answered "That setting is outside the allowed range." without the range, and `--help` did not
give it either. The refusal now names the range (1 to 120 minutes; 2 to 1000 wrong
passphrases, or off), in Dutch and English, and `settings --help` shows both ranges."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli

from intake_app.sentences import sentence
from intake_app.services.security_settings import MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES
from intake_app.vault import MAX_WIPE_AFTER, MIN_WIPE_AFTER

LOCALES = {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("range")
    fast_session(root / "profile", make_office(root / "office")).lock()
    passfile = root / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return root / "profile", passfile


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(("option", "value", "code", "low", "high"), [
    ("--auto-lock", "0", "vault.invalid_auto_lock", MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
    ("--auto-lock", "100000", "vault.invalid_auto_lock", MIN_AUTO_LOCK_MINUTES,
     MAX_AUTO_LOCK_MINUTES),
    ("--wipe-after", "1", "vault.invalid_wipe_after", MIN_WIPE_AFTER, MAX_WIPE_AFTER),
    ("--wipe-after", "0", "vault.invalid_wipe_after", MIN_WIPE_AFTER, MAX_WIPE_AFTER),
])
def test_a_setting_out_of_range_is_refused_with_its_range(
        profile: tuple[Path, Path], tmp_path: Path, language: str, option: str, value: str,
        code: str, low: int, high: int) -> None:
    folder, passfile = profile
    result = run_cli(["--profile", str(folder), "--passphrase-file", str(passfile), "settings",
                      option, value], cwd=tmp_path, env={"LANG": LOCALES[language]})
    assert result.returncode != 0
    said = sentence(code, language, low=low, high=high)
    assert said in result.stderr
    assert str(low) in said and str(high) in said


def test_settings_help_gives_both_ranges(tmp_path: Path) -> None:
    result = run_cli(["settings", "--help"], cwd=tmp_path, env={"LANG": LOCALES["en"]})
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert f"{MIN_AUTO_LOCK_MINUTES} to {MAX_AUTO_LOCK_MINUTES}" in text
    assert f"{MIN_WIPE_AFTER} to {MAX_WIPE_AFTER}" in text
