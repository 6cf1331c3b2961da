"""Export on the liaison side: items are marked exported and the bundle counter is used only
once the bundle is safely on the medium; a full stick loses nothing and leaves nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, engine_store, run_cli, sealed_file
from small_disk import skip_or_fail, small_tmpfs
from transfer_kit import cli_common, open_at_office, seal_signals, set_up, statuses

from intake_app.bundle.check import check_part
from intake_app.bundle.errors import BundleWriteError
from intake_app.bundle.writer import BundleWriter
from intake_app.crypto import keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.services.transfer_errors import NotExportable, NothingToExport


def test_export_marks_exported_and_re_export_is_harmless(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    assert [item.id for item in session.exportable_items()] == ids
    usb = tmp_path / "usb"
    usb.mkdir()
    first = session.export(usb)
    assert sorted(first.item_ids) == sorted(ids) and first.size == first.paths[0].stat().st_size
    assert [p.name for p in usb.iterdir()] == [first.paths[0].name]
    assert statuses(session, ids) == ["exported", "exported"]
    assert {session.item(i).bundle_id for i in ids} == {first.bundle_id}
    # Exported but not delivered: still exportable, and exporting again is allowed.
    assert len(session.exportable_items()) == 2
    second = session.export(usb, [ids[1]])
    assert second.bundle_id != first.bundle_id and second.item_ids == [ids[1]]

    opened = open_at_office(office, first.paths)
    assert (opened.counter, sorted(opened.stored), opened.warnings) == (1, sorted(ids), [])
    again = open_at_office(office, second.paths)
    assert (again.counter, again.stored, again.already_had, again.warnings) == (
        2, [], [ids[1]], [])
    session.lock()


def test_unknown_delivered_or_no_items_are_refused_and_use_no_counter(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(NothingToExport):
        session.export(usb)
    ids = seal_signals(session, 2)
    for bad in ("0" * 32, "not an id"):
        with pytest.raises(NotExportable) as refused:
            session.export(usb, [ids[0], bad])
        assert refused.value.reason == "unknown" and refused.value.item_ids == (bad,)
    written = session.export(usb, [ids[0]])
    receipt = open_at_office(office, written.paths).receipt_path
    session.import_receipt(receipt)
    with pytest.raises(NotExportable, match="already delivered") as refused:
        session.export(usb, ids)
    assert refused.value.reason == "delivered"
    assert statuses(session, ids) == ["delivered", "sealed"]
    assert len(list(usb.iterdir())) == 1
    # Only the one successful export used a counter: the next bundle is number 2, no gap.
    assert open_at_office(office, session.export(usb).paths).counter == 2
    session.lock()


def test_failed_export_changes_nothing_and_uses_no_counter(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 1)
    with pytest.raises(BundleWriteError, match="does not exist"):
        session.export(tmp_path / "no-stick")
    assert statuses(session, ids) == ["sealed"]
    stick = tmp_path / "stick"
    stick.mkdir()
    summary = open_at_office(office, session.export(stick).paths)
    assert (summary.counter, summary.warnings) == (1, [])  # the failure cost no counter
    session.lock()


def test_a_crash_after_writing_never_blocks_the_next_export(tmp_path: Path) -> None:
    """A crash between writing the bundle and recording the export leaves a complete bundle
    whose export the laptop never recorded. Its counter stays used, so the next bundle gets a
    new one: the office reports at most a gap, never a replay that would refuse it."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        counter = store.next_bundle_counter()  # what export reserves before writing
        office_card = keycard.parse_card(store.office_card())
        orphan = BundleWriter(store.liaison_signing_key(), office_card.recipients, counter).write(
            [(ids[0], store.item_path(ids[0]))], stick
        )  # ... and here the laptop lost power
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert statuses(session, ids) == ["sealed", "sealed"]
    retry = session.export(tmp_path / "stick")
    assert open_at_office(office, orphan.paths).counter == 1
    second = open_at_office(office, retry.paths)
    assert second.counter == 2 and second.stored == [ids[1]]
    assert second.already_had == [ids[0]]
    session.lock()


def test_full_stick_leaves_no_bundle_and_loses_no_item(tmp_path: Path) -> None:
    """Issue 4, must-show 3 (liaison side): the items outgrow a 256 KiB stick."""
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3, attachment_size=120_000, folder=tmp_path)
    with small_tmpfs(tmp_path / "stick", "256k") as stick:
        with pytest.raises(BundleWriteError, match="full"):
            session.export(stick)
        assert list(stick.iterdir()) == []  # no *.zip, no hidden partial
        assert statuses(session, ids) == ["sealed"] * 3
        assert all(sealed_file(session.profile_dir, i).exists() for i in ids)
        session.lock()
        failed = run_cli(["export", "--to", str(stick), *cli_common(tmp_path)], cwd=tmp_path)
        assert failed.returncode == 1 and "Traceback" not in failed.stderr
        # Progress on stderr, then one line saying what happened.
        last = failed.stderr.strip().splitlines()[-1]
        assert "nothing was lost" in last and "full" in last
        assert list(stick.iterdir()) == []
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    done = run_cli(["export", "--to", str(roomy), "--all", *cli_common(tmp_path)], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Exported 3 signal(s)" in done.stdout
    opened = open_at_office(office, sorted(roomy.iterdir()))
    assert (opened.counter, sorted(opened.stored), opened.warnings) == (1, sorted(ids), [])


def test_split_parts_from_the_command_line_open_at_the_office(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2, attachment_size=150_000, folder=tmp_path)
    session.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    result = run_cli(["export", "--to", str(usb), "--max-part-size", "200000", *ids,
                      *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    parts = sorted(usb.iterdir())
    assert len(parts) >= 2 and all(p.stat().st_size <= 200_000 for p in parts)
    assert all(f"Wrote {p}" in result.stdout for p in parts)  # the full path
    opened = open_at_office(office, parts)
    assert sorted(opened.stored) == sorted(ids) and opened.warnings == []
    listing = run_cli(["list", *cli_common(tmp_path)], cwd=tmp_path).stdout
    assert listing.count(" exported") == 2


def test_command_line_refusals_are_one_clear_line(tmp_path: Path) -> None:
    _, session = set_up(tmp_path)
    session.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    for args, phrase in ((["--all"], "no sealed signals"),
                         (["0" * 32], "not a sealed signal"),
                         (["--max-part-size", "10", "--all"], "no sealed signals")):
        result = run_cli(["export", "--to", str(usb), *args, *cli_common(tmp_path)],
                         cwd=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and phrase in result.stderr
    assert list(usb.iterdir()) == []


class PulledOut(Exception):
    """The stick went away in the middle of the read-back."""


def test_a_bundle_that_could_not_be_removed_keeps_its_counter(tmp_path: Path) -> None:
    """If a complete bundle may still be on the medium, its counter is never handed out again:
    the office would refuse whichever of two bundles with one counter came second."""
    if shutil.which("chattr") is None or os.geteuid() != 0:
        skip_or_fail("needs root and chattr (e2fsprogs)")
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    frozen = []

    def pull_out_during_read_back(done: int, total: int) -> None:
        if done > total // 2 and not frozen:  # the bundle is written; now it is read back
            subprocess.run(["chattr", "+i", str(stick)], check=True)  # nothing can be removed
            frozen.append(True)
            raise PulledOut

    try:
        with pytest.raises(PulledOut):
            session.export(stick, ids[:1], progress=pull_out_during_read_back)
    finally:
        if frozen:
            subprocess.run(["chattr", "-i", str(stick)], check=True)
    assert statuses(session, ids) == ["sealed", "sealed"]
    (stray,) = list(stick.iterdir())  # the temp file the writer could not remove ...
    found = stray.rename(stick / "found-on-the-stick.zip")
    assert check_part(found)[0].status == "incomplete"  # ... is never a complete bundle
    retry = session.export(stick, ids)
    second = open_at_office(office, retry.paths)
    assert second.counter == 2  # the stray's counter was not handed out again
    assert sorted(second.stored) == sorted(ids)
    session.lock()


def test_the_office_sees_progress_while_opening(tmp_path: Path) -> None:
    from intake_app.office.ingest import open_bundle

    office, session = set_up(tmp_path)
    ids = seal_signals(session, 3, attachment_size=200_000, folder=tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session.export(stick)
    seen: list[tuple[int, int]] = []
    summary = open_bundle(bundle.paths, office.conn, office.db_path, office.keys,
                          receipts_dir=office.receipts, progress=lambda d, t: seen.append((d, t)))
    assert sorted(summary.stored) == sorted(ids)
    total = sum(session.item(i).size for i in ids)
    assert seen[-1] == (total, total) and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # only ever forward
    session.lock()
