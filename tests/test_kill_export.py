"""SIGKILL during export and during office open, at every step and at random steps.

Each run forks a child that does the real work and kills itself with SIGKILL right after its
k-th file-system step (os.open, write, fsync, rename/replace, unlink, mkdir) or store commit:
so every step is hit, including right after the final rename, without wall-clock timing. The
parent then checks what a person would find:

- export: nothing lost (every sealed item still held, its file present); no file on the stick
  that the courier check calls complete unless the laptop recorded exporting exactly that
  bundle (checked by opening it at the office, which also proves no counter was used twice);
  no complete hidden temp file; and a re-run succeeds at the end;
- office open: no plaintext staging leftovers once the next office command has connected; the
  re-run opens the bundle; every attachment row has its file.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

from liaison_fixtures import PASSPHRASE, sealed_file, sealed_items
from transfer_kit import open_at_office, seal_signals, set_up

from intake_app.bundle.check import check_part
from intake_app.office import database
from intake_app.office.ingest import open_bundle
from intake_app.office.store_signals import STAGING_PREFIX
from intake_app.services.liaison import LiaisonSession
from intake_app.store.local_store import LocalStore

STEPS = ("open", "write", "fsync", "replace", "rename", "unlink", "mkdir", "rmdir", "ftruncate")
EXPORT_RUNS = 110  # at least 100 (issue 10); every step once, then random steps
OFFICE_RUNS = 30


def _instrument(kill_after: int, counter: list[int]) -> None:
    """In the child only: SIGKILL right after the `kill_after`-th step (0: count only)."""

    def step() -> None:
        counter[0] += 1
        if counter[0] == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(function: Callable) -> Callable:
        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            result = function(*args, **kwargs)
            step()
            return result
        return wrapped

    for name in STEPS:
        setattr(os, name, wrap(getattr(os, name)))
    original = LocalStore.transaction

    @contextlib.contextmanager
    def transaction(self: LocalStore) -> Iterator:
        with original(self) as conn:
            yield conn
        step()  # right after COMMIT

    LocalStore.transaction = transaction  # type: ignore[method-assign]


def _in_child(work: Callable[[], None], kill_after: int, count_file: Path | None = None) -> int:
    """Run `work` in a forked child killed after step `kill_after`; return the wait status."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            counter = [0]
            _instrument(kill_after, counter)
            work()
            if count_file is not None:
                count_file.write_text(str(counter[0]))
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status


def test_sigkill_at_every_step_of_an_export_loses_nothing_and_leaves_nothing_misleading(
        tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 2, attachment_size=20_000, folder=tmp_path)
    session.lock()
    profile = tmp_path / "profile"
    stick = tmp_path / "stick"
    stick.mkdir()

    def export() -> None:
        child = LiaisonSession.unlock(profile, PASSPHRASE)
        child.export(stick)

    steps_file = tmp_path / "steps"
    assert os.WEXITSTATUS(_in_child(export, 0, steps_file)) == 0
    steps = int(steps_file.read_text())
    assert steps > 10
    rng = random.Random(20261129)
    plan = list(range(1, steps + 1))
    plan += [rng.randint(1, steps) for _ in range(max(0, EXPORT_RUNS - len(plan)))]
    opened: set[Path] = {p for p in stick.iterdir() if check_part(p)[0].ok}
    for path in opened:
        open_at_office(office, [path])
    killed = 0
    for kill_after in plan:
        status = _in_child(export, kill_after)
        killed += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        laptop = LiaisonSession.unlock(profile, PASSPHRASE)  # settles the export journal
        try:
            items = {item.id: item for item in sealed_items(laptop)}
            assert all(items[i].status in ("sealed", "exported") for i in ids), kill_after
            assert all(sealed_file(profile, i).exists() for i in ids), kill_after
            for path in sorted(stick.iterdir()):
                if path in opened or not check_part(path)[0].ok:
                    continue
                assert not path.name.startswith("."), (kill_after, path.name)
                summary = open_at_office(office, [path])  # refuses a reused counter
                opened.add(path)
                for item_id in summary.stored + summary.already_had:
                    # The laptop knows it exported exactly this bundle.
                    assert items[item_id].status == "exported", (kill_after, item_id)
                    assert items[item_id].bundle_id == summary.bundle_id, kill_after
        finally:
            laptop.lock()
    assert killed >= EXPORT_RUNS - 5  # nearly every run was really killed mid-way
    final = LiaisonSession.unlock(profile, PASSPHRASE)
    result = final.export(stick)  # a re-run succeeds
    assert sorted(open_at_office(office, result.paths).already_had) == sorted(ids)
    final.lock()


def test_sigkill_during_office_open_leaves_no_plaintext_and_the_re_run_opens(
        tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    seal_signals(session, 2, attachment_size=30_000, folder=tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session.export(stick).paths
    session.lock()
    office.conn.close()
    store = database.attachments_dir(office.db_path)

    def open_it() -> None:
        conn = database.connect(office.db_path)
        open_bundle(bundle, conn, office.db_path, office.keys, receipts_dir=office.receipts)

    steps_file = tmp_path / "steps"
    db_bytes = office.db_path.read_bytes()
    assert os.WEXITSTATUS(_in_child(open_it, 0, steps_file)) == 0
    steps = int(steps_file.read_text())
    rng = random.Random(7)
    for run in range(OFFICE_RUNS):
        # Start each run from the office before the open (a fresh copy of its database).
        for path in store.parent.glob(office.db_path.name + "*"):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        office.db_path.write_bytes(db_bytes)
        os.chmod(office.db_path, 0o600)
        kill_after = rng.randint(1, steps) if run else steps  # the last step once
        _in_child(open_it, kill_after)
        conn = database.connect(office.db_path)  # the next office command
        try:
            leftovers = list(store.glob(f"{STAGING_PREFIX}*"))
            assert leftovers == [], (kill_after, leftovers)
            summary = open_bundle(bundle, conn, office.db_path, office.keys,
                                  receipts_dir=office.receipts)
            assert len(summary.stored) + len(summary.already_had) == 2, kill_after
            for (sha256,) in conn.execute("SELECT sha256 FROM attachments"):
                assert (store / sha256).is_file(), kill_after
        finally:
            conn.close()
