"""Issue 7: what the app removes after a receipt, at unlock and for an interrupted export, with
something planted at the name while the laptop was off (review r7d's note, the stop-20 note).

A folder where a sealed file is expected used to fail the receipt import with
IsADirectoryError after the receipt was accepted (the items already delivered), and an entry
that cannot be removed at all (an immutable file, planted with root) failed the import and
then every unlock with a file system error. An interrupted export whose part name on the stick
is a folder kept its journal row waiting for ever. Now each is a harmless outcome: removed as
recovery removes (fs/own_folders.py), left when it cannot be removed, and on the stick left
alone as not the bundle's file. An immutable entry in the profile then refuses every unlock
alike with a sentence naming it and how to take the mark off, until it is taken off (a duress
unlock could not remove it: review r7j, R7J-9, fs/removable.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, engine_store, sealed_file
from small_disk import skip_or_fail
from transfer_kit import open_at_office, seal_signals, set_up, statuses

from intake_app.fs.removable import OwnEntryStuck
from intake_app.services import export_journal
from intake_app.services.liaison import LiaisonSession


def _exported(tmp_path: Path):
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session.export(stick, ids)
    return session, ids, open_at_office(office, bundle.paths).receipt_path


def test_a_receipt_purges_past_a_folder_planted_at_a_sealed_file_s_name(tmp_path: Path) -> None:
    session, ids, receipt = _exported(tmp_path)
    planted = sealed_file(tmp_path / "profile", ids[0])
    planted.unlink()
    (planted / "inside").mkdir(parents=True)
    (planted / "inside" / "x").write_bytes(b"x")
    result = session.import_receipt(receipt)
    assert sorted(result.delivered) == sorted(ids)
    assert statuses(session, ids) == ["delivered", "delivered"]
    assert list((tmp_path / "profile" / "sealed").iterdir()) == []
    session.lock()


def _immutable(path: Path, on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)


def test_a_sealed_file_that_cannot_be_removed_does_not_fail_the_receipt_and_unlocks_name_it(
        tmp_path: Path) -> None:
    if shutil.which("chattr") is None or os.geteuid() != 0:
        skip_or_fail("needs root and chattr (e2fsprogs)")
    session, ids, receipt = _exported(tmp_path)
    stuck = sealed_file(tmp_path / "profile", ids[0])
    _immutable(stuck, True)
    try:
        result = session.import_receipt(receipt)
        assert sorted(result.delivered) == sorted(ids)
        assert not sealed_file(tmp_path / "profile", ids[1]).exists()
        assert stuck.exists()  # left: ciphertext of a delivered item, tried again later
        session.lock()
        for _ in range(2):  # every unlock, the same clear refusal, nothing counted
            with pytest.raises(OwnEntryStuck) as refused:
                LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
            assert refused.value.params["path"] == str(stuck)
    finally:
        _immutable(stuck, False)
    again = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)  # recovery removes it now
    assert statuses(again, ids) == ["delivered", "delivered"]
    again.lock()
    assert not stuck.exists()


def test_an_interrupted_export_whose_part_name_is_a_planted_folder_settles_and_leaves_it(
        tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    ids = seal_signals(session, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    set_id = "d" * 32
    intent = export_journal.ExportIntent(
        "c" * 32, set_id, 7, tuple(ids), str(stick), os.stat(stick).st_dev,
        os.stat(stick).st_ino, (f"{set_id}.zip",), (f".{set_id}.zip.0123456789ab.partial",))
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        export_journal.record(store, intent)
    planted = stick / f"{set_id}.zip"
    planted.mkdir()
    (planted / "someone's file").write_bytes(b"kept")
    temp = stick / intent.temps[0]
    temp.write_bytes(b"half a part")  # what the writer left: removed
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        assert export_journal.pending(store) == []
    assert (planted / "someone's file").read_bytes() == b"kept"
    assert not temp.exists()
