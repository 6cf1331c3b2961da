"""Must-show 3: SIGKILL at random moments during sealing never loses a signal.

Each run copies a prepared profile with two drafts (with attachments), forks a child that
unlocks it and seals both drafts through the real services, and kills it with a real SIGKILL:
either after a random delay, or from inside a progress callback at a random byte. Then the
profile is opened again (which runs crash recovery) and every signal must be either still a
draft, readable and unchanged, or a sealed item that the office identity decrypts completely.
Nothing else may be left: no temp files, no orphan blobs, no sealed file without its item.
"""

from __future__ import annotations

import collections
import hashlib
import io
import os
import random
import select
import shutil
import signal
import tarfile
import time
from pathlib import Path

import pytest
from liaison_fixtures import (
    PASSPHRASE,
    draft_ids,
    engine_store,
    fast_session,
    make_office,
    signal_fields,
)

from intake_app.crypto import age
from intake_app.domain.signal import signal_from_json
from intake_app.services.liaison import LiaisonSession

RUNS = int(os.environ.get("SEINPOST_KILL_RUNS", "200"))


def prepare_template(folder: Path, office) -> dict[str, dict]:
    """A profile with two drafts; returns what each draft must still be after any kill."""
    session = fast_session(folder / "profile", office)
    expected = {}
    for number, size in ((1, 1_500_000), (2, 700_000)):
        fields = signal_fields(description=f"Signal number {number}, never lost.")
        draft_id = session.record(fields)
        attachment = folder / f"evidence-{number}.bin"
        attachment.write_bytes(random.randbytes(size))
        session.attach(draft_id, attachment)
        expected[draft_id] = {
            "sha256": hashlib.sha256(attachment.read_bytes()).hexdigest(),
            "description": fields["description"],
        }
    session.lock()
    with engine_store(folder / "profile") as store:  # the whole stored record, bookkeeping too
        for draft_id, want in expected.items():
            want["fields"] = store.read_draft(draft_id)
    return expected


def child_seal(profile: Path, ready_fd: int, kill_at_byte: int | None) -> None:
    """Runs in the forked child: never returns."""
    try:
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        os.write(ready_fd, b"r")

        sealed_before = 0

        def progress(done: int) -> None:
            if kill_at_byte is not None and sealed_before + done >= kill_at_byte:
                os.kill(os.getpid(), signal.SIGKILL)

        for draft_id in draft_ids(session):
            size = session.plaintext_size(draft_id)
            session.seal(draft_id, progress=progress)
            sealed_before += size
        os.write(ready_fd, b"d")
    finally:
        os._exit(0)


def run_once(profile: Path, delay: float | None, kill_at_byte: int | None) -> tuple[bool, float]:
    """Fork, seal, kill; return (whether the child was killed, how long sealing ran)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        child_seal(profile, write_fd, kill_at_byte)
    os.close(write_fd)
    try:
        assert os.read(read_fd, 1) == b"r", "the child died before it was ready"
        started = time.monotonic()
        # Wait for the child to finish, but no longer than the chosen delay.
        finished, _, _ = select.select([read_fd], [], [], delay)
        if not finished and delay is not None:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        return os.WIFSIGNALED(status), time.monotonic() - started
    finally:
        os.close(read_fd)


def check_profile(profile: Path, expected: dict[str, dict], identity: str) -> list[str]:
    """Each signal is a whole draft or a whole sealed item; return the outcome per signal."""
    outcomes = []
    with engine_store(profile) as store:
        for draft_id, want in expected.items():
            if store.has_draft(draft_id):
                assert store.read_draft(draft_id) == want["fields"]
                [attachment] = store.list_attachments(draft_id)
                with store.open_attachment(attachment) as stream:
                    assert hashlib.sha256(stream.read()).hexdigest() == want["sha256"]
                assert not store.item_path(draft_id).exists()
                assert draft_id not in {i.id for i in store.list_items()}
                outcomes.append("draft")
                continue
            item = store.get_item(draft_id)
            assert item.status == "sealed"
            plain = io.BytesIO()
            with open(store.item_path(draft_id), "rb") as src:
                age.decrypt(src, plain, identities=[identity])
            with tarfile.open(fileobj=io.BytesIO(plain.getvalue())) as tar:
                record = signal_from_json(tar.extractfile("signal.json").read())
                [entry] = record.attachments
                data = tar.extractfile(entry.file).read()
            assert record.description == want["description"]
            assert hashlib.sha256(data).hexdigest() == want["sha256"] == entry.sha256
            outcomes.append("sealed")
        # Nothing else: only the sealed files of sealed items, only the blobs of drafts.
        sealed_ids = {i.id for i in store.list_items()}
        assert {p.name for p in store.sealed_dir.iterdir()} == {f"{i}.age" for i in sealed_ids}
        draft_blobs = {f"{a.id}.blob" for d in store.list_drafts()
                       for a in store.list_attachments(d.id)}
        assert {p.name for p in store.blob_dir.iterdir()} == draft_blobs
        assert len(store.list_drafts()) + len(sealed_ids) == len(expected)
    return outcomes


@pytest.mark.slow
def test_sigkill_during_seal_never_loses_a_signal(tmp_path: Path) -> None:
    seed = int(os.environ.get("SEINPOST_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    office = make_office(tmp_path / "office")
    template = tmp_path / "template"
    expected = prepare_template(template, office)
    total_bytes = 2_200_000

    # Calibrate: how long does an unkilled seal of both drafts take on this machine?
    durations = []
    for attempt in range(3):
        calibration = tmp_path / f"calibration-{attempt}"
        shutil.copytree(template / "profile", calibration)
        killed, duration = run_once(calibration, None, None)
        assert not killed
        assert check_profile(calibration, expected, office.identity) == ["sealed", "sealed"]
        durations.append(duration)
    duration = min(durations)

    counts: collections.Counter[str] = collections.Counter()
    kills = 0
    for run in range(RUNS):
        profile = tmp_path / f"run-{run}"
        shutil.copytree(template / "profile", profile)
        if run % 2:
            killed, _ = run_once(profile, None, rng.randrange(total_bytes))
        else:
            killed, _ = run_once(profile, rng.uniform(0, duration * 1.2), None)
        kills += killed
        outcomes = check_profile(profile, expected, office.identity)
        counts[" + ".join(outcomes)] += 1
        shutil.rmtree(profile)
    print(f"seed {seed}: {RUNS} runs, {kills} killed, outcomes {dict(counts)}")
    assert kills >= RUNS * 0.6
    assert counts["draft + draft"] and counts["sealed + sealed"]
    assert sum(n for k, n in counts.items() if k.count("sealed") == 1)  # killed in between
