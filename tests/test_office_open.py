"""The office opens real bundles: stores signals and attachments once, tracks counters, writes
receipts the liaison can verify, exports for analysts; and the `intake-office` commands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from bundle_kit import Liaison, Office, seal_item

from intake_app.bundle.receipt import parse_receipt
from intake_app.cli.office import main as office_main
from intake_app.crypto import age, signing
from intake_app.office import analyst_export, database
from intake_app.office.ingest import OfficeKeys, open_bundle, open_bundles


def sealed(tmp_path: Path, office: Office, count: int, with_attachment: bool = True
           ) -> list[tuple[str, Path]]:
    items = []
    for n in range(count):
        files = [(f"attachments/01-foto{n}.jpg", bytes([n]) * (500 + n))] if with_attachment else []
        items.append((f"item-{n}", seal_item(tmp_path / f"{n}.age", n, [office.recipient], files)))
    return items


def test_open_stores_signals_and_attachments_and_writes_a_verifiable_receipt(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    bundle = liaison.write(sealed(tmp_path, office, 3), tmp_path / "usb", [office.recipient])
    summary = open_bundle(bundle.paths, office.conn, office.db_path, office.keys,
                          receipts_dir=office.receipts)
    assert summary.stored == ["item-0", "item-1", "item-2"] and summary.warnings == []
    assert summary.liaison_name == "Amina" and summary.counter == 1
    rows = office.conn.execute("SELECT item_id, category, actor, urgency FROM signals "
                               "ORDER BY item_id").fetchall()
    assert rows == [(f"item-{n}", "diaspora_tax", "ER", "high") for n in range(3)]
    store = database.attachments_dir(office.db_path)
    for sha, size in office.conn.execute("SELECT sha256, size FROM attachments"):
        assert (store / sha).stat().st_size == size
    verify_key = signing.verify_key_bytes(office.signing_key)
    receipt = parse_receipt(summary.receipt_path.read_bytes(), [verify_key])
    assert receipt.bundle_id == bundle.bundle_id
    assert receipt.item_ids == ("item-0", "item-1", "item-2")
    assert receipt.liaison_key_id == liaison_key(liaison)


def liaison_key(liaison: Liaison) -> str:
    return signing.key_id(signing.verify_key_bytes(liaison.signing_key))


def test_re_export_of_the_same_items_stores_nothing_twice_but_receipts_them(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    items = sealed(tmp_path, office, 2)
    first = liaison.write(items, tmp_path / "a", [office.recipient])
    second = liaison.write(items, tmp_path / "b", [office.recipient])
    open_bundle(first.paths, office.conn, office.db_path, office.keys)
    summary = open_bundle(second.paths, office.conn, office.db_path, office.keys)
    assert summary.stored == [] and summary.already_had == ["item-0", "item-1"]
    assert office.count("signals") == 2 and office.count("bundles") == 2
    receipt = parse_receipt(summary.receipt, [signing.verify_key_bytes(office.signing_key)])
    assert receipt.item_ids == ("item-0", "item-1")


def test_counter_gap_is_a_warning_and_a_late_bundle_is_accepted(tmp_path: Path, office: Office,
                                                               liaison: Liaison) -> None:
    items = sealed(tmp_path, office, 3, with_attachment=False)
    one = liaison.write(items[:1], tmp_path / "1", [office.recipient], counter=1)
    two = liaison.write(items[1:2], tmp_path / "2", [office.recipient], counter=2)
    four = liaison.write(items[2:], tmp_path / "4", [office.recipient], counter=4)
    open_bundle(one.paths, office.conn, office.db_path, office.keys)
    gap = open_bundle(four.paths, office.conn, office.db_path, office.keys)
    assert any("gap" in w and "2 to 3" in w for w in gap.warnings)
    late = open_bundle(two.paths, office.conn, office.db_path, office.keys)
    assert any("late" in w for w in late.warnings) and late.stored == ["item-1"]


def test_split_bundle_is_reassembled_from_its_parts(tmp_path: Path, office: Office,
                                                    liaison: Liaison) -> None:
    big = [("attachments/01-video.bin", bytes(range(256)) * 12_000)]  # ~3 MiB
    items = [("big", seal_item(tmp_path / "big.age", 1, [office.recipient], big)),
             *sealed(tmp_path, office, 3)]
    bundle = liaison.write(items, tmp_path / "fat", [office.recipient], max_part_size=1 << 20)
    assert len(bundle.paths) >= 3
    assert all(path.stat().st_size <= 1 << 20 for path in bundle.paths)
    outcomes = open_bundles(list(reversed(bundle.paths)), office.conn, office.db_path,
                            office.keys)
    assert [o.error for o in outcomes] == [None]
    assert sorted(outcomes[0].summary.stored) == ["big", "item-0", "item-1", "item-2"]
    sha, size = office.conn.execute("SELECT sha256, size FROM attachments WHERE item_id = 'big'"
                                    ).fetchone()
    assert size == len(big[0][1])
    assert (database.attachments_dir(office.db_path) / sha).read_bytes() == big[0][1]


def test_a_missing_part_is_reported_and_nothing_stored(tmp_path: Path, office: Office,
                                                       liaison: Liaison) -> None:
    big = [("attachments/01-video.bin", b"v" * 2_500_000)]
    items = [("big", seal_item(tmp_path / "big.age", 1, [office.recipient], big))]
    bundle = liaison.write(items, tmp_path / "fat", [office.recipient], max_part_size=1 << 20)
    outcomes = open_bundles(bundle.paths[1:], office.conn, office.db_path, office.keys)
    assert "misses part(s) 1" in outcomes[0].error
    assert office.count("signals") == 0


def test_items_sealed_to_a_retired_office_key_still_open(tmp_path: Path, office: Office,
                                                         liaison: Liaison) -> None:
    old_identity = office.identities[0]
    old_recipient = office.recipient
    items = sealed(tmp_path, office, 1)
    bundle = liaison.write(items, tmp_path / "old", [old_recipient])
    new_identity, _ = age.generate_x25519()
    keys = OfficeKeys((new_identity, old_identity), office.signing_key)
    assert open_bundle(bundle.paths, office.conn, office.db_path, keys).stored == ["item-0"]


def test_analyst_export_has_one_line_per_signal_with_codes(tmp_path: Path, office: Office,
                                                           liaison: Liaison) -> None:
    bundle = liaison.write(sealed(tmp_path, office, 2), tmp_path / "u", [office.recipient])
    open_bundle(bundle.paths, office.conn, office.db_path, office.keys)
    out = tmp_path / "signals.jsonl"
    assert analyst_export.export_signals(office.conn, "jsonl", out) == 2
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {line["item_id"] for line in lines} == {"item-0", "item-1"}
    assert lines[0]["signal"]["category"] == "diaspora_tax"
    assert lines[0]["signal"]["attachments"][0]["file"].startswith("attachments/01-foto")
    table = tmp_path / "signals.csv"
    analyst_export.export_signals(office.conn, "csv", table)
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert [r["actor"] for r in rows] == ["ER", "ER"] and rows[0]["urgency"] == "high"


def test_office_command_line_from_keygen_to_export(tmp_path: Path, liaison: Liaison,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from intake_app.office import keys

    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    keys_dir, db = tmp_path / "keys", tmp_path / "office" / "office.db"
    assert office_main(["keygen", "--out", str(keys_dir), "--name", "Meldpunt",
                        "--passphrase-file", str(secret)]) == 0
    card = keys.load_office_card(keys_dir)
    card_file = tmp_path / "amina.card"
    card_file.write_bytes(liaison.card)
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db),
                        "--fingerprint", liaison.fingerprint]) == 0
    assert office_main(["liaison", "list", "--db", str(db)]) == 0
    assert "active" in capsys.readouterr().out
    items = [("it-1", seal_item(tmp_path / "1.age", 1, list(card.recipients)))]
    bundle = liaison.write(items, tmp_path / "usb", list(card.recipients))
    assert office_main(["check", *map(str, bundle.paths)]) == 0
    assert "complete" in capsys.readouterr().out
    args = ["open", *map(str, bundle.paths), "--into", str(db), "--keys", str(keys_dir),
            "--passphrase-file", str(secret)]
    assert office_main(args) == 0
    assert "1 signal stored" in capsys.readouterr().out
    assert office_main(args) == 0
    assert "opened before" in capsys.readouterr().out
    out = tmp_path / "export.jsonl"
    assert office_main(["export", "--format", "jsonl", "--out", str(out), "--db", str(db)]) == 0
    assert len(out.read_text().splitlines()) == 1
    again = tmp_path / "again.json"
    assert office_main(["receipt", bundle.bundle_id, "--out", str(again), "--db", str(db)]) == 0
    assert parse_receipt(again.read_bytes(), [card.verify_key]).item_ids == ("it-1",)
    assert office_main(["liaison", "revoke", liaison_key(liaison)[:10], "--db", str(db)]) == 0
    capsys.readouterr()
    other = liaison.write(items, tmp_path / "usb2", list(card.recipients))
    assert office_main(["open", *map(str, other.paths), "--into", str(db), "--keys",
                        str(keys_dir), "--passphrase-file", str(secret)]) == 1
    assert "revoked" in capsys.readouterr().out
    damaged = bytearray(bundle.paths[0].read_bytes())
    damaged[100] ^= 1
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(damaged))
    assert office_main(["check", str(bad)]) == 1
    assert "damaged" in capsys.readouterr().out
