"""Export faults on the medium: a pulled stick, a stick that was never there, old leftovers.

Issue 10, cases 4, 5 and 6. The stick is "pulled" by moving its folder away in the middle of the
write and leaving an empty folder at the mount point (what the laptop sees after an unmount); it
is "re-inserted" by moving it back. Afterwards nothing is lost, no file the courier check calls
complete exists unless the laptop knows it exported it, the next export does not reuse the
bundle counter, and the office opens everything on the stick without calling anything a replay.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, engine_store, run_cli, sealed_file
from transfer_kit import cli_common, open_at_office, seal_signals, set_up, statuses

from intake_app.bundle import placement
from intake_app.bundle.check import check_part
from intake_app.bundle.errors import BundleWriteError
from intake_app.sentences import sentence
from intake_app.services import export_journal
from intake_app.services.liaison import LiaisonSession


def complete_files(folder: Path) -> list[Path]:
    """Every file in `folder` (hidden ones too) that the courier check calls complete."""
    return sorted(p for p in folder.iterdir() if p.is_file() and check_part(p)[0].ok)


@pytest.mark.parametrize("when", [0.2, 0.5, 0.75, 0.99])
def test_a_pulled_stick_keeps_the_counter_and_leaves_nothing_complete(tmp_path: Path,
                                                                      when: float) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2, attachment_size=200_000, folder=tmp_path)
    media = tmp_path / "media"
    mount = media / "STICK"
    mount.mkdir(parents=True)
    pulled = media / "pulled-stick"

    def pull(done: int, total: int) -> None:
        # progress counts bytes written, then read back: 0.5 is the end of writing.
        if done >= total * when and not pulled.exists():
            os.rename(mount, pulled)
            mount.mkdir()  # the empty mount point left behind

    with pytest.raises(BundleWriteError):
        session.export(mount, progress=pull)
    assert statuses(session, ids) == ["sealed", "sealed"]  # nothing claimed, nothing lost
    assert all(sealed_file(tmp_path / "profile", i).exists() for i in ids)

    shutil.rmtree(mount)
    os.rename(pulled, mount)  # the stick is back, with whatever reached it
    assert complete_files(mount) == []  # no .partial the courier check calls complete

    retry = session.export(mount)
    assert sorted(retry.item_ids) == sorted(ids)
    for path in complete_files(mount):  # only the retry's bundle, and it opens
        assert path in retry.paths
    summary = open_at_office(office, retry.paths)
    assert sorted(summary.stored) == sorted(ids)
    session.lock()


def test_a_stick_pulled_after_the_rename_names_the_incomplete_file_it_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stick is pulled right after the part got its visible name (before its end records):
    the error names that file, says it is incomplete and safe to delete, in both languages;
    it does not say nothing was kept. The re-inserted stick holds exactly that file."""
    _office, session = set_up(tmp_path)
    ids = seal_signals(session, 1)
    mount = tmp_path / "STICK"
    mount.mkdir()
    pulled = tmp_path / "pulled-stick"
    real_replace = os.replace

    def replace_then_pull(source, target, **kwargs):  # type: ignore[no-untyped-def]
        real_replace(source, target, **kwargs)
        if Path(target).parent == mount and not pulled.exists():
            os.rename(mount, pulled)
            mount.mkdir()

    monkeypatch.setattr(os, "replace", replace_then_pull)
    with pytest.raises(BundleWriteError) as caught:
        session.export(mount)
    monkeypatch.undo()
    assert statuses(session, ids) == ["sealed"]
    (left,) = [p for p in pulled.iterdir() if not p.name.startswith(".")]
    assert left.suffix == ".zip" and check_part(left)[0].status == "incomplete"
    english, dutch = caught.value.sentence("en"), caught.value.sentence("nl")
    for text in (english, dutch):
        assert left.name in text and str(mount) in text
    assert "incomplete" in english and "safe to delete" in english
    assert "onvolledig" in dutch and "veilig" in dutch
    assert "nothing was lost" not in english.lower()
    session.lock()


def test_a_hidden_temp_file_is_never_complete_even_after_its_read_back(tmp_path: Path) -> None:
    """What a kill at the end of the read-back leaves (a copy of the temp file at that moment)
    is refused by the courier check, even under a bundle's name: case 5's complete .partial."""
    _office, session = set_up(tmp_path)
    seal_signals(session, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    copies: list[Path] = []

    def copy_at_the_end_of_the_read_back(done: int, total: int) -> None:
        if done >= total and not copies:
            (temp,) = list(stick.iterdir())
            assert temp.name.startswith(".") and temp.name.endswith(".partial")
            copies.append(Path(shutil.copy(temp, tmp_path / "left-by-a-kill.zip")))

    session.export(stick, progress=copy_at_the_end_of_the_read_back)
    status, _ = check_part(copies[0])
    assert status.status == "incomplete", status.message
    session.lock()


def test_a_complete_bundle_found_by_the_journal_is_recorded_and_its_receipt_accepted(
        tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    done = session.export(stick)
    # Put the journal and the items back as a kill right after the rename would have left them.
    intent = export_journal.ExportIntent(
        done.bundle_id, check_part(done.paths[0])[1].set_id, 1, tuple(sorted(ids)),
        str(stick), os.stat(stick).st_dev, os.stat(stick).st_ino,
        tuple(p.name for p in done.paths), ())
    session.lock()
    with engine_store(tmp_path / "profile") as store:
        export_journal.record(store, intent)
        # As the store itself would change them (the row digest kept true), so the profile
        # still opens afterwards.
        with store.transaction() as conn, store.tracked(conn, [("items", i) for i in ids]):
            conn.execute("UPDATE items SET status = 'sealed', bundle_id = NULL")
        assert [store.get_item(i).status for i in ids] == ["sealed", "sealed"]
        assert export_journal.recover(store) == {"exported": 1, "removed": 0, "waiting": 0}
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert statuses(session, ids) == ["exported", "exported"]
    receipt = open_at_office(office, done.paths).receipt_path
    result = session.import_receipt(receipt)
    assert sorted(result.delivered) == sorted(ids)
    session.lock()


def test_old_hidden_temp_files_on_the_stick_are_removed_by_the_next_export(
        tmp_path: Path) -> None:
    _office, session = set_up(tmp_path)
    seal_signals(session, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    first = session.export(stick)
    leftover = stick / f".{first.paths[0].name}.0123456789ab.partial"
    shutil.copy(first.paths[0], leftover)  # what an older version could leave: complete
    first.paths[0].unlink()
    session.export(stick)
    assert not leftover.exists()
    session.lock()


def test_export_to_the_profile_disk_warns_and_says_where_the_bundle_went(tmp_path: Path) -> None:
    """Case 6: the stick was not mounted, so its mount point is a folder on the laptop's disk."""
    _office, session = set_up(tmp_path)
    seal_signals(session, 1)
    session.lock()
    mount = tmp_path / "media" / "STICK"
    mount.mkdir(parents=True)
    result = run_cli(["export", "--to", str(mount), *cli_common(tmp_path)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sentence(placement.SAME_DEVICE, "en") in result.stderr
    (bundle,) = list(mount.iterdir())
    assert f"Wrote {bundle}" in result.stdout  # the full path, not only a name


def test_placement_warnings_name_the_same_device_and_a_fixed_disk(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    assert placement.placement_warnings(tmp_path, profile) == [placement.SAME_DEVICE]
    # /dev/shm is memory (tmpfs): another device than the profile, and not a removable drive.
    if Path("/dev/shm").is_dir() and os.stat("/dev/shm").st_dev != os.stat(profile).st_dev:
        assert placement.placement_warnings(Path("/dev/shm"), profile) == [placement.NOT_REMOVABLE]
