"""`intake-office open` tells why it refused a bundle in the analyst's language (issue 14/7):
with SEINPOST_LANG=nl a damaged, an incomplete, a replayed and an unregistered liaison's bundle
each get a Dutch line and no English word of the refusals; with en the English text stays.

Everything is real: office keys made by `keygen`, a liaison registered from its card, bundles
written by the liaison's `BundleWriter` and changed on disk like a courier could.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bundle_kit import Liaison, seal_item

from intake_app.cli.office import main as office_main

# Words of the English refusals these four bundles used to get on a Dutch command line.
ENGLISH = ("refused", "damaged", "incomplete", "replayed", "unregistered", "liaison", "counter",
           "entry", "manifest", "missing", "already", "used", "file", "cut", "bundle", "key",
           "comes", "from", "the", "not", "opened")


def four_bad_bundles(tmp_path: Path, monkeypatch) -> tuple[list[str], list[Path]]:
    """The `open` arguments (keys, database, passphrase) and four bundles it must refuse:
    damaged (a byte of an item changed), incomplete (cut off), replayed (counter 1 again, after
    bundle 1 was opened) and from an unregistered liaison."""
    from intake_app.office import keys

    monkeypatch.setenv("SEINPOST_LANG", "en")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    keys_dir, db = tmp_path / "keys", tmp_path / "office" / "office.db"
    assert office_main(["keygen", "--out", str(keys_dir), "--name", "Meldpunt",
                        "--passphrase-file", str(secret)]) == 0
    recipients = list(keys.load_office_card(keys_dir).recipients)
    liaison, stranger = Liaison("Amina"), Liaison("Onbekend")
    card_file = tmp_path / "amina.card"
    card_file.write_bytes(liaison.card)
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db)]) == 0
    args = ["--into", str(db), "--keys", str(keys_dir), "--passphrase-file", str(secret)]

    def write(who: Liaison, n: int, folder: str, **kwargs) -> Path:
        item = seal_item(tmp_path / f"{folder}.age", n, recipients)
        return who.write([(f"it-{n}", item)], tmp_path / folder, recipients, **kwargs).paths[0]

    first = write(liaison, 1, "first")
    assert office_main(["open", str(first), *args]) == 0
    damaged = write(liaison, 2, "damaged")
    data = bytearray(damaged.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged.write_bytes(bytes(data))
    incomplete = write(liaison, 3, "incomplete")
    incomplete.write_bytes(incomplete.read_bytes()[:-200])
    replayed = write(liaison, 4, "replayed", counter=1)
    unregistered = write(stranger, 5, "unregistered")
    return args, [damaged, incomplete, replayed, unregistered]


def open_lines(lang: str, args: list[str], bundles: list[Path], monkeypatch, capsys) -> list[str]:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    capsys.readouterr()
    assert office_main(["open", *map(str, bundles), *args]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 4, out
    return lines


def test_a_dutch_open_tells_every_refusal_in_dutch_only(tmp_path: Path, monkeypatch,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    args, bundles = four_bad_bundles(tmp_path, monkeypatch)
    lines = open_lines("nl", args, bundles, monkeypatch, capsys)
    for line, path in zip(lines, bundles, strict=True):
        files, _, reason = line.partition(": NIET GEOPEND: ")
        assert files == path.name and reason, line
        english = [w for w in ENGLISH if re.search(rf"\b{w}\b", reason, re.IGNORECASE)]
        assert english == [], line
    assert "herhaalde bundel: teller 1" in lines[2]
    assert "niet-geregistreerde contactpersoon" in lines[3]


def test_an_english_open_tells_the_refusals_as_before(tmp_path: Path, monkeypatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    args, bundles = four_bad_bundles(tmp_path, monkeypatch)
    lines = open_lines("en", args, bundles, monkeypatch, capsys)
    assert lines[0].startswith(f"{bundles[0].name}: NOT OPENED: damaged: ")
    assert lines[1].startswith(f"{bundles[1].name}: NOT OPENED: incomplete: ")
    assert "refused: replayed bundle: counter 1 of this liaison was already used by bundle" \
        in lines[2]
    assert "refused: the bundle comes from an unregistered liaison (key id " in lines[3]
