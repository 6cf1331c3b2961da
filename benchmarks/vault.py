"""Benchmark of the liaison's big-attachment path, draft list and unlock (issue 13).

What the person waits for, timed as the product runs it, cold where the person is cold:

- attach: `LiaisonSession.attach` of one large file of random bytes (a phone video does not
  compress; over the cleaning limit, so it is streamed as is), page cache dropped first;
- seal: `LiaisonSession.seal` (the signal, `seal_signal` through the vault blob, tar and age
  into sealed/, fsynced, the store's commit) AND the removal of the vault copy, which the
  product waits for at lock (`wait_for_cleanup`); page cache dropped first (sealing comes
  later than attaching, perhaps after a restart);
- plain: the same file through `age.encrypt` into `atomic_writer` (fsynced): the like-for-like
  floor of sealing;
- copy: the same file copied on the same disk in this process, fsynced: one thread `readinto`s
  the source (opened unbuffered, through the page cache) into a few reused buffers of the
  product's block (COPY_BLOCK, 512 KiB, the age payload's block) while another `write`s them to
  the copy, then `fsync`: the floor of any step that reads a file once and writes it once,
  with no cipher and no hash. Two threads, because reading and writing in turn leaves the
  disk idle half the time (a single `dd bs=4M conv=fsync` took twice as long as plain age),
  and in-process, because the `dd | dd` pipe used before handed the bytes over 16,384 times
  per GiB between two processes and measured the pipe more than the disk;
- direct copy: the same copy through the product's own disk path, no cipher and no hash
  (fs/direct_read.py reading and fs/direct_write.py writing past the page cache, fsynced): the
  floor of attaching's and sealing's I/O as they do it (each reads a GiB and writes a GiB
  that way), whatever their ciphers cost;
- unlock: `LiaisonSession.unlock` of a profile with --drafts drafts and --items sealed items:
  the device secret from a real Secret Service keyring (private D-Bus, see private_keyring.py),
  Argon2id MODERATE, the store's open with its integrity check, migrations and recovery scan;
  page cache dropped first;
- list: the first `LiaisonSession.list_entries` after that unlock, page cache dropped again.

Every round runs each measurement in a fresh process, one after another; ratios are taken per
round (paired) and then their median, so a disk that drifts during the run does not tilt them.
Each step's CPU time (user + sys of all its threads, from getrusage) is printed beside its wall
time: on a shared machine the wall time says as much about the neighbours as about the step.
Peak memory is the attach + seal process's own (VmHWM, reset after its set-up).

    .venv/bin/python benchmarks/vault.py            # 1 GiB, 10,000 drafts, 1,000 items, 3 rounds
    .venv/bin/python benchmarks/vault.py --quick    # 64 MiB, 1,000 drafts, 100 items: no verdict

Needs dbus-daemon, dbus-send and gnome-keyring-daemon; root to drop the page cache
(otherwise the figures say "warm"). Prints a verdict per goal; exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import queue
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import harness  # noqa: E402
import nacl.signing  # noqa: E402
from harness import MIB, Samples, Verdicts, drop_caches  # noqa: E402
from private_keyring import private_keyring  # noqa: E402

from intake_app.crypto import age, keycard  # noqa: E402
from intake_app.crypto.age.payload import PLAIN_BLOCK  # noqa: E402
from intake_app.fs.atomic import atomic_writer  # noqa: E402
from intake_app.fs.direct_read import DirectReader  # noqa: E402
from intake_app.fs.direct_write import DirectWriter  # noqa: E402
from intake_app.media.clean import MAX_CLEAN_BYTES  # noqa: E402
from intake_app.services.liaison import LiaisonSession  # noqa: E402
from intake_app.vault import KdfParams, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, long enough for the checks"
GOAL_SEAL = 1.3  # (seal + the blob's removal) / plain fsynced age encrypt
GOAL_ATTACH_SEAL = 2.2  # (attach + seal) / plain fsynced age encrypt
GOAL_PEAK_MIB = 64.0
GOAL_UNLOCK_S = 1.2
GOAL_LIST_MS = 50.0
STATUS = Path("/proc/self/status")
COPY_BLOCK = PLAIN_BLOCK  # bytes per readinto and per write of the reference copy
COPY_BUFFERS = 4


def signal_fields(number: int = 0) -> dict:
    """A complete, valid signal as the window's form gives it (about 0.5 KB of JSON)."""
    return {
        "category": "intimidation", "actor": "unknown", "targets": ["individual"],
        "channel": "phone", "period": {"kind": "date", "start": "2025-01-02", "end": None},
        "place": {"kind": "online", "value": None},
        "description": f"Benchmark signal {number}: a call at night, a threat to family abroad.",
        "impact": ["fear_for_safety"], "impact_notes": "Stopped going to meetings.",
        "urgency": "low", "anonymity": "anonymous", "consent": ["office_only"],
        "reported_elsewhere": "no", "source_reliability": "B", "information_credibility": "2",
    }


def office_card(folder: Path) -> Path:
    """An office key card with a real age recipient, as `intake-office keygen` makes one."""
    _identity, recipient = age.generate_x25519()
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Bench Office",
                               [recipient])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "office.card").write_bytes(card)
    return folder / "office.card"


def new_profile(folder: Path, card_path: Path, *, moderate: bool) -> LiaisonSession:
    """A liaison profile: MODERATE KDF with the keyring (as set up for real), or the fast KDF
    without it (only where unlocking is not what is timed)."""
    card = keycard.parse_card(card_path.read_bytes())
    if moderate:
        return LiaisonSession.initialise(folder, PASSPHRASE, card, card.fingerprint,
                                         use_keyring=True, kdf=KdfParams.moderate())
    return LiaisonSession.initialise(folder, PASSPHRASE, card, card.fingerprint,
                                     use_keyring=False, kdf=KdfParams.fast_for_tests(),
                                     allow_weak_kdf=True)


def random_file(path: Path, size: int) -> None:
    with open(path, "wb") as out:
        left = size
        while left:
            part = os.urandom(min(4 * MIB, left))
            out.write(part)
            left -= len(part)


def peak_mib() -> float:
    """This process's peak resident memory since start or the last reset_peak() (MiB)."""
    for line in STATUS.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def reset_peak() -> None:
    """Let the peak start again from the present size (Linux clear_refs 5)."""
    Path("/proc/self/clear_refs").write_text("5\n")


# ----- one round of the big-file path; each function runs in its own process ----------------

def cpu_seconds() -> float:
    """User + system CPU time of this process so far, all its threads (seconds)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_copy(source: str, target: str) -> dict[str, float]:
    """An fsynced in-process copy: readinto on one thread, write on another (see the top)."""
    drop_caches()
    started, cpu = time.perf_counter(), cpu_seconds()
    free: queue.Queue[bytearray] = queue.Queue()
    full: queue.Queue[memoryview | None] = queue.Queue()
    for _ in range(COPY_BUFFERS):
        free.put(bytearray(COPY_BLOCK))

    def read() -> None:
        with open(source, "rb", buffering=0) as src:
            while True:
                buffer = free.get()
                count = src.readinto(buffer)
                if not count:
                    break
                full.put(memoryview(buffer)[:count])
        full.put(None)

    reader = threading.Thread(target=read)
    reader.start()
    with open(target, "wb", buffering=0) as dst:
        while (view := full.get()) is not None:
            written = 0
            while written < len(view):
                written += dst.write(view[written:])
            free.put(view.obj)  # type: ignore[arg-type]
        os.fsync(dst.fileno())
    reader.join()
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    os.unlink(target)
    return {"copy": elapsed, "copy cpu": cpu}


def child_direct_copy(source: str, target: str) -> dict[str, float]:
    """The same copy with the product's own disk path and no cipher or hash: read past the page
    cache by fs/direct_read.DirectReader, written past it by fs/direct_write.DirectWriter, fsynced.
    The floor of sealing's and attaching's I/O as they do it (the fsynced copy above is the
    floor of any method)."""
    drop_caches()
    started, cpu = time.perf_counter(), cpu_seconds()
    buffer = memoryview(bytearray(COPY_BLOCK))
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with DirectReader(os.open(source, os.O_RDONLY)) as src:
            out = DirectWriter(fd)
            try:
                while count := src.readinto(buffer):
                    out.write(buffer[:count])
                out.finish()
            finally:
                out.abort()
        os.fsync(fd)
    finally:
        os.close(fd)
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    os.unlink(target)
    return {"direct copy": elapsed, "direct copy cpu": cpu}


def child_plain(source: str, target: str, card_path: str) -> dict[str, float]:
    [recipient] = keycard.parse_card(Path(card_path).read_bytes()).recipients
    drop_caches()
    started, cpu = time.perf_counter(), cpu_seconds()
    with open(source, "rb") as src, atomic_writer(Path(target)) as dst:
        age.encrypt(src, dst, recipients=[recipient])
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    os.unlink(target)
    return {"plain": elapsed, "plain cpu": cpu}


def child_attach_seal(profile: str, source: str) -> dict[str, float]:
    session = LiaisonSession.unlock(Path(profile), PASSPHRASE)
    draft_id = session.record(signal_fields())
    reset_peak()  # the imports and the unlock above are not attach + seal
    drop_caches()
    started, cpu = time.perf_counter(), cpu_seconds()
    with harness.ThreadCpu() as attach_threads:
        session.attach(draft_id, Path(source))
    attached, attach_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    drop_caches()
    started, cpu = time.perf_counter(), cpu_seconds()
    with harness.ThreadCpu() as seal_threads:
        session.seal(draft_id)
        removing = time.perf_counter()
        session.wait_for_cleanup()  # the vault copy's removal, which lock waits for
    sealed, seal_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    removal = time.perf_counter() - removing
    peak = peak_mib()
    for path in (Path(profile) / "sealed").glob("*.age"):
        path.unlink()  # keep the disk from filling over the rounds
    session.lock()
    return {"attach": attached, "seal": sealed, "peak": peak, "attach cpu": attach_cpu,
            "seal cpu": seal_cpu, "removal": removal,
            "threads": f"attach: {attach_threads.describe()}; seal: {seal_threads.describe()}"}


# ----- the many-signals profile ----------------------------------------------------------------

def child_fill(profile: str, card_path: str, drafts: int, items: int) -> None:
    """Preparation, not timed: `items` sealed signals and `drafts` drafts, each a full form."""
    session = new_profile(Path(profile), Path(card_path), moderate=True)
    for number in range(items):
        session.seal(session.record(signal_fields(number)))
    for number in range(drafts):
        session.record(signal_fields(number))
    session.lock()
    keyring = Vault.open(Path(profile)).status().keyring
    if keyring != "secret-service":  # else the unlock timed would skip the keyring lookup
        raise RuntimeError(f"the profile's device secret is not in the keyring ({keyring})")


def child_unlock_and_list(profile: str, cold_list: bool) -> dict[str, float]:
    """A cold unlock, then the first list: with the page cache dropped again (`cold_list`), or
    just as the person gets it (the unlock's own integrity check has read the database)."""
    drop_caches()
    started = time.perf_counter()
    session = LiaisonSession.unlock(Path(profile), PASSPHRASE)
    unlocked = time.perf_counter() - started
    if cold_list:
        drop_caches()
    started = time.perf_counter()
    entries = session.list_entries()
    listed = time.perf_counter() - started
    session.lock()
    return {"unlock": unlocked, "list": listed, "entries": len(entries)}


# ----- running it -----------------------------------------------------------------------------

STEPS = ("copy", "direct copy", "plain", "attach", "seal")


def ratios(runs: dict[str, Samples], parts: tuple[str, ...], bottom: str) -> Samples:
    """Per-round (paired) ratios of the sum of `parts` to `bottom`."""
    values = [sum(runs[p].values[i] for p in parts) / runs[bottom].values[i]
              for i in range(len(runs[bottom].values))]
    return Samples(values=values, unit="x", cache=runs[bottom].cache)


def big_file(work: Path, card: Path, size_mib: int, rounds: int) -> dict[str, Samples]:
    source = work / "video.bin"
    random_file(source, size_mib * MIB)
    new_profile(work / "profile", card, moderate=False).lock()
    cache = drop_caches()
    runs = {name: Samples(cache=cache) for name in STEPS + tuple(f"{n} cpu" for n in STEPS)}
    runs["peak"] = Samples(unit="MiB", cache="warm")
    runs["removal"] = Samples(cache=cache)
    for number in range(1, rounds + 1):
        copy, _ = harness.in_child(child_copy, str(source), str(work / "copy.bin"))
        direct, _ = harness.in_child(child_direct_copy, str(source), str(work / "copy.bin"))
        plain, _ = harness.in_child(child_plain, str(source), str(work / "plain.age"),
                                    str(card))
        product, _ = harness.in_child(child_attach_seal, str(work / "profile"), str(source))
        measured = {**copy, **direct, **plain, **product}  # type: ignore[dict-item]
        for name, samples in runs.items():
            samples.add(measured[name])
        steps = ", ".join(f"{name} {measured[name]:.2f} s (CPU {measured[name + ' cpu']:.2f} s)"
                          for name in STEPS)
        print(f"  round {number}: {steps} (of it {measured['removal']:.2f} s waiting for the "
              f"vault copy's removal), peak {measured['peak']:.0f} MiB; load "
              f"{os.getloadavg()[0]:.2f}", flush=True)
        print(f"    CPU seconds by thread, {measured['threads']}", flush=True)
    source.unlink()
    shutil.rmtree(work / "profile")
    return runs


def report_big_file(runs: dict[str, Samples], size_mib: int, verdicts: Verdicts) -> None:
    for name in STEPS:
        print(f"{name}: {runs[name].describe()}; {size_mib / runs[name].median:.0f} MiB/s; CPU "
              f"(user + sys) {runs[name + ' cpu'].describe()}")
    # Removing a 1 GiB file costs what the file system makes of it: here (ext4 mounted with
    # `discard` on a virtual disk) unlink() waits 0.15-0.27 s for the freed blocks' TRIM
    # (ext4_free_blocks -> blkdev_issue_discard); without online discard 0.2 ms.
    print(f"of seal, waiting for the vault copy's removal: {runs['removal'].describe()}")
    for parts in (("direct copy",), ("plain",), ("attach",), ("seal",), ("attach", "seal")):
        print(f"{' + '.join(parts)} / in-process fsynced copy (paired): "
              f"{ratios(runs, parts, 'copy').describe()}")
    for parts in (("attach",), ("seal",)):
        print(f"{parts[0]} / the same copy past the page cache, as the product reads and writes "
              f"(paired): {ratios(runs, parts, 'direct copy').describe()}")
    verdicts.goal("seal, incl. removing the vault copy / plain fsynced age (paired)",
                  ratios(runs, ("seal",), "plain"), GOAL_SEAL, unit="x")
    verdicts.goal("attach + seal / plain fsynced age (paired)",
                  ratios(runs, ("attach", "seal"), "plain"), GOAL_ATTACH_SEAL, unit="x")
    verdicts.goal("peak memory, attach + seal", runs["peak"], GOAL_PEAK_MIB, unit="MiB",
                  statistic="max")


def many_signals(work: Path, card: Path, drafts: int, items: int, rounds: int,
                 verdicts: Verdicts) -> None:
    profile = work / "many"
    started = time.perf_counter()
    harness.in_child(child_fill, str(profile), str(card), drafts, items)
    print(f"profile with {drafts} drafts and {items} sealed items: prepared in "
          f"{time.perf_counter() - started:.0f} s (not timed)", flush=True)
    unlock = Samples(cache=drop_caches())
    listing = Samples(cache=unlock.cache)
    after_unlock = Samples(cache="warm")
    for number in range(1, rounds + 1):
        for cold, samples in ((True, listing), (False, after_unlock)):
            result, _ = harness.in_child(child_unlock_and_list, str(profile), cold)
            if result["entries"] != drafts + items:  # type: ignore[index]
                raise RuntimeError("the list does not hold every draft and item")
            unlock.add(result["unlock"])  # type: ignore[index]
            samples.add(result["list"])  # type: ignore[index]
        print(f"  round {number}: unlock {unlock.values[-2]:.2f} s and {unlock.values[-1]:.2f} "
              f"s; list {listing.values[-1] * 1000:.1f} ms cold, "
              f"{after_unlock.values[-1] * 1000:.1f} ms right after the unlock; load "
              f"{os.getloadavg()[0]:.2f}", flush=True)
    print(f"list right after the unlock (its integrity check read the database): "
          f"{after_unlock.describe(1000, 'ms')}", flush=True)
    verdicts.goal(f"unlock (keyring, Argon2id MODERATE, store open; {drafts} drafts, "
                  f"{items} items)", unlock, GOAL_UNLOCK_S)
    verdicts.goal(f"list {drafts} drafts and {items} items, first after unlock",
                  listing, GOAL_LIST_MS, unit="ms", scale=1000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="attachment size (MiB)")
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=1_000, help="sealed items")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", default=None, help="work folder (default: system temp)")
    parser.add_argument("--quick", action="store_true", help="64 MiB, 1,000 drafts, 100 items")
    args = parser.parse_args()
    if args.quick:
        args.size_mib, args.drafts, args.items = 64, 1_000, 100
    verdicts = Verdicts(quick=args.quick)
    print(harness.describe_machine(), flush=True)
    how = ("streamed as is: over the cleaning limit" if args.size_mib * MIB > MAX_CLEAN_BYTES
           else "read into memory to be cleaned: under the cleaning limit")
    print(f"attachment: {args.size_mib} MiB of random bytes ({how}); {args.rounds} paired "
          f"rounds", flush=True)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder, private_keyring():
        work = Path(folder)
        card = office_card(work / "office")
        report_big_file(big_file(work, card, args.size_mib, args.rounds), args.size_mib,
                        verdicts)
        many_signals(work, card, args.drafts, args.items, args.rounds, verdicts)
    print(harness.describe_machine(), flush=True)
    return verdicts.finish()


if __name__ == "__main__":
    raise SystemExit(main())
