"""Receipt files at the office are named by (liaison, bundle id) (review r7e F7).

Bundle ids are each laptop's own choice, so two registered liaisons may send the same one. The
database keeps both bundles (issue 7, scenario 5); the receipt files written beside it must too:
one liaison's courier must never carry back another liaison's receipt, which her laptop would
refuse. `intake-office receipt ID` on such an id says why it cannot choose, not that the
database is broken.
"""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

import pytest
from bundle_kit import Liaison, Office, WrittenBundle, seal_item

import intake_app.bundle.writer as writer_module
from intake_app.bundle.receipt import RECEIPT_GLOB, parse_receipt
from intake_app.cli.office import main as office_main
from intake_app.office.ingest import open_bundle
from intake_app.sentences import sentence


def _same_bundle_id(liaison: Liaison, bundle_id: str, tmp_path: Path, office: Office,
                    name: str) -> WrittenBundle:
    """A bundle of `liaison` whose writer happened to pick `bundle_id`."""
    real_token = writer_module.secrets.token_hex
    writer_module.secrets.token_hex = lambda n=16: bundle_id if n == 16 else real_token(n)
    try:
        return liaison.write([(name, seal_item(tmp_path / f"{name}.age", 2, [office.recipient]))],
                             tmp_path / name, [office.recipient])
    finally:
        writer_module.secrets.token_hex = real_token


@pytest.fixture
def two_on_one_id(tmp_path: Path) -> tuple[Office, Liaison, Liaison, str]:
    """An office that opened one bundle each of Amina and Bram, both with the same bundle id,
    writing receipts into `office.receipts`."""
    office = Office(tmp_path / "office")
    amina, bram = Liaison("Amina"), Liaison("Bram")
    office.register(amina)
    office.register(bram)
    one = amina.write([("item-a", seal_item(tmp_path / "a.age", 1, [office.recipient]))],
                      tmp_path / "one", [office.recipient])
    two = _same_bundle_id(bram, one.bundle_id, tmp_path, office, "item-b")
    assert two.bundle_id == one.bundle_id
    for bundle in (one, two):
        summary = open_bundle(bundle.paths, office.conn, office.db_path, office.keys,
                              receipts_dir=office.receipts)
        assert summary.receipt_error is None
    return office, amina, bram, one.bundle_id


def test_two_liaisons_with_one_bundle_id_each_keep_their_own_receipt_file(
        two_on_one_id: tuple[Office, Liaison, Liaison, str]) -> None:
    office, amina, bram, bundle_id = two_on_one_id
    files = sorted(office.receipts.iterdir())
    assert len(files) == 2
    owners = {}
    for path in files:
        assert fnmatch.fnmatch(path.name, RECEIPT_GLOB)  # the window's import dialog offers it
        receipt = parse_receipt(path.read_bytes(), [bytes(office.signing_key.verify_key)])
        assert receipt.bundle_id == bundle_id
        assert receipt.liaison_key_id in path.name
        owners[receipt.liaison_key_id] = receipt.item_ids
    assert owners == {amina.key_id: ("item-a",), bram.key_id: ("item-b",)}


def test_receipt_for_a_bundle_id_two_liaisons_used_says_to_name_one(
        two_on_one_id: tuple[Office, Liaison, Liaison, str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEINPOST_LANG", "en")
    office, amina, _, bundle_id = two_on_one_id
    out = tmp_path / "again.json"
    capsys.readouterr()
    status = office_main(["receipt", bundle_id, "--db", str(office.db_path), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert sentence("office.bundle_id_shared", "en", count=2, bundle_id=bundle_id) in err
    assert "cannot be opened" not in err

    assert office_main(["receipt", bundle_id, "--liaison", amina.key_id,
                        "--db", str(office.db_path), "--out", str(out)]) == 0
    assert json.loads(out.read_bytes())["liaison_key_id"] == amina.key_id
