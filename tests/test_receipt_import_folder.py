"""Review r7k R7K-7b: the courier brings back the office's receipts folder, which holds every
liaison's receipts. `intake-app receipt import` took one FILE ("unrecognized arguments" for
`rc/*.json`, a folder refused). It now takes several files or a folder (its receipt-*.json):
this profile's receipts are taken, another liaison's are left alone and counted, any other
refusal is named by file, and a count of each ends it (exit 1 if any was refused)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_kit import Liaison, seal_item
from liaison_fixtures import run_cli
from transfer_kit import cli_common, open_at_office, seal_signals, set_up

from intake_app.sentences import sentence

LOCALES = {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}


def _receipts_folder(tmp_path: Path) -> Path:
    """The office's receipts folder: one receipt of this profile's bundle, one of Bram's."""
    office, session = set_up(tmp_path)
    seal_signals(session, 1)
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = session.export(usb)
    session.lock()
    open_at_office(office, exported.paths)
    bram = Liaison("Bram")
    office.register(bram)
    other = bram.write([("item-b", seal_item(tmp_path / "b.age", 1, [office.recipient]))],
                       tmp_path / "bram", [office.recipient])
    open_at_office(office, other.paths)
    assert len(list(office.receipts.iterdir())) == 2
    return office.receipts


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_receipts_folder_takes_this_profile_s_and_counts_another_liaison_s(
        tmp_path: Path, language: str) -> None:
    folder = _receipts_folder(tmp_path)
    result = run_cli([*cli_common(tmp_path), "receipt", "import", str(folder)], cwd=tmp_path,
                     env={"LANG": LOCALES[language]})
    assert result.returncode == 0, result.stderr
    assert sentence("liaison_out.receipts_counted", language, taken=1, others=1,
                    refused=0) in result.stdout


def test_several_files_with_one_not_a_receipt_names_it_and_exits_1(tmp_path: Path) -> None:
    folder = _receipts_folder(tmp_path)
    junk = folder / "receipt-junk.json"
    junk.write_text("{}")
    files = [str(path) for path in sorted(folder.iterdir())]
    result = run_cli([*cli_common(tmp_path), "receipt", "import", *files], cwd=tmp_path,
                     env={"LANG": LOCALES["en"]})
    assert result.returncode == 1
    assert str(junk) in result.stderr
    assert sentence("liaison_out.receipts_counted", "en", taken=1, others=1,
                    refused=1) in result.stdout
