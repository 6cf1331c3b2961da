"""Issue 7, B7: after a duress unlock the profile's files and folders look like a set-up made at
that moment, not like a used profile that was emptied.

A used profile (drafts with an attachment, sealed and exported signals, a duress passphrase) is
set up, then a moment later a marker file is written and the duress passphrase is typed. A
profile set up fresh is the comparison. Each file and folder under the profile must be there in
both (the same names), of the same kind, mode and size where it is a file, and none may carry a
modification, change or birth time older than the marker: an emptied-in-place store.db, or a
`sealed/` folder emptied file by file, keeps the birth time of the day the profile was really
set up. Birth times come from statx through GNU stat (`%W`, nanoseconds), since Python 3.11's
os.stat has none on Linux. The profile folder itself is new too (review r7b N3: a whole new
folder is swapped in, tests/test_profile_renewal.py), so its times are held as well.
"""

from __future__ import annotations

import os
import stat
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields

from intake_app.fs import folder_renewal
from intake_app.services.liaison import LiaisonSession

DURESS = "everything is fine here"


def birth_time(path: Path) -> Decimal:
    done = subprocess.run(["stat", "--format=%.9W", str(path)], capture_output=True,
                          text=True, check=True)
    return Decimal(done.stdout.strip())


def fs_now(folder: Path) -> Decimal:
    """The file system's own clock (coarser than time.time()): a new file's times."""
    marker = folder / "marker"
    marker.write_bytes(b"")
    return min(birth_time(marker), Decimal(marker.stat().st_mtime_ns) / 10**9)


def entries(profile: Path) -> dict[str, tuple[str, int, int | None]]:
    """Every file and folder under `profile`: kind, mode, and size for a file."""
    found = {}
    for path in sorted(profile.rglob("*")):
        info = path.lstat()
        kind = "dir" if stat.S_ISDIR(info.st_mode) else "file"
        found[str(path.relative_to(profile))] = (
            kind, stat.S_IMODE(info.st_mode), info.st_size if kind == "file" else None)
    return found


def times(path: Path) -> dict[str, Decimal]:
    info = path.lstat()
    return {"mtime": Decimal(info.st_mtime_ns) / 10**9,
            "ctime": Decimal(info.st_ctime_ns) / 10**9, "birth": birth_time(path)}


def used_profile(root: Path) -> Path:
    profile = root / "profile"
    session = fast_session(profile, make_office(root / "office"))
    draft = session.record(signal_fields(description="a draft with a photo"))
    photo = root / "photo.bin"
    photo.write_bytes(os.urandom(4096))
    session.attach(draft, photo)
    sealed = [session.seal(session.record(signal_fields())).id for _ in range(2)]
    stick = root / "stick"
    stick.mkdir()
    session.export(stick, sealed[:1])
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def fresh_profile(root: Path) -> Path:
    profile = root / "profile"
    fast_session(profile, make_office(root / "office")).lock()
    return profile


def test_after_a_duress_unlock_every_file_and_folder_looks_set_up_at_that_moment(
        tmp_path: Path) -> None:
    coerced = used_profile(tmp_path / "coerced")
    fresh = fresh_profile(tmp_path / "fresh")
    time.sleep(0.05)  # so the set-up's own times are strictly before the marker
    moment = fs_now(tmp_path)
    LiaisonSession.unlock(coerced, DURESS).lock()

    assert entries(coerced) == entries(fresh)
    older = {f"{name} {kind}": when for name in entries(coerced)
             for kind, when in times(coerced / name).items() if when < moment}
    assert older == {}
    assert {kind: when for kind, when in times(coerced).items() if when < moment} == {}


def test_after_a_duress_unlock_on_the_command_line_the_files_look_set_up_at_that_moment(
        tmp_path: Path) -> None:
    coerced = used_profile(tmp_path / "coerced")
    fresh = fresh_profile(tmp_path / "fresh")
    time.sleep(0.05)
    moment = fs_now(tmp_path)
    passfile = tmp_path / "pass"
    passfile.write_text(DURESS + "\n")
    listed = run_cli(["list", "--profile", str(coerced), "--passphrase-file", str(passfile)],
                     cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert entries(coerced) == entries(fresh)
    assert [name for name in ("", *entries(coerced))
            if min(times(coerced / name).values()) < moment] == []


def test_a_duress_unlock_failing_before_the_swap_is_started_again_by_the_next(
        tmp_path: Path, monkeypatch) -> None:
    # The new profile folder is built beside the old one, then the swap fails: the old folder
    # is whole (its store and vault.json never written), and the next unlock with the duress
    # passphrase removes the leftover, starts again and leaves exactly a fresh profile's files,
    # nothing beside it.
    from intake_app.store import fresh as fresh_store

    coerced = used_profile(tmp_path / "coerced")
    fresh = fresh_profile(tmp_path / "fresh")
    beside = sorted(p.name for p in coerced.parent.iterdir())

    def power_lost(profile_dir: Path, sibling: Path, swapped: object = None,
                   own: object = None) -> bool:
        raise OSError("power lost")

    with monkeypatch.context() as patch:
        patch.setattr(fresh_store, "renew_profile", power_lost)
        with pytest.raises(OSError, match="power lost"):
            LiaisonSession.unlock(coerced, DURESS)
    assert sorted(p.name for p in coerced.parent.iterdir()) != beside  # the new one, built
    session = LiaisonSession.unlock(coerced, DURESS)
    assert session.list_entries() == []
    session.lock()
    assert entries(coerced) == entries(fresh)
    assert folder_renewal.wait_for_removals()  # the leftover goes after the answer (F5)
    assert sorted(p.name for p in coerced.parent.iterdir()) == beside
