"""How long a duress unlock takes beside an ordinary one (review r7c F5, the stop-20 note), in
process and as a whole command on the command line, and whether anything of the old profile is
left to see when it has answered. Prints a verdict and exits 1 on a miss.

A profile is built with --sealed sealed signals and --drafts drafts, each with one attachment of
--mb MB of random bytes, and a duress passphrase. Each round copies it (the copies synced to
disk before anything is timed, so no unlock pays for flushing them), and unlocks one copy with
the real passphrase and another with the duress one (the coercer's view), in turn first, then
the emptied profile again at once and a brand-new profile once. The same for a whole
`intake-app list` in a child process, timed from its start to its end (what someone sees: the
prompt coming back), and right after each duress command the profile's parent folder is looked
at for anything of the old profile (`.<profile>.<hex>.partial`). The parts of the two unlocks
are timed by wrapping the functions that do them. Medians over --rounds rounds; the fast test
KDF, so Argon2id hides nothing (at the default cost it adds about 2.7 s to every line alike on
this machine, and the folder built ahead is hidden inside it).

The verdict: a duress line misses when its median is more than the allowed margin above the
real line's median, the margin being the larger of 5 ms and a tenth of the real median (below
that, the rounds of one line differ more among themselves on this machine than the two lines
do); and the old folder misses when it was seen after any duress command ended.

    .venv/bin/python benchmarks/duress_timing.py --sealed 40 --drafts 40 --mb 2 --rounds 9
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from inputs import PASSPHRASE, BenchOffice, new_profile, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import profile as profile_folder

DURESS = "everything is fine here"
# part of an unlock -> (module, attribute path) wrapped to time it
PARTS = {
    "passphrase (KDF, slots)": ("intake_app.vault.vault", "Vault.unlock"),
    "vault.json written (all writes)": ("intake_app.vault.vault_file", "write_bytes"),
    "store check before the key": ("intake_app.store.database", "DatabaseCheck.result"),
    "new folder built ahead (thread)": ("intake_app.store.folder_ahead", "FolderAhead._build"),
    "store checks (real) / and emptying (duress)": ("intake_app.store.local_store",
                                                    "LocalStore._check_key"),
    "duress: new folder finished": ("intake_app.store.fresh", "build_profile"),
    "duress: folders swapped": ("intake_app.store.fresh", "renew_profile"),
    "duress: old folder removed": ("intake_app.store.fresh", "remove_old_folder"),
    "recovery scan": ("intake_app.store.local_store", "LocalStore.recover"),
    "vault mark raised": ("intake_app.vault.vault", "Vault.set_store_epoch"),
    "folder built ahead, discarded": ("intake_app.store.folder_ahead", "FolderAhead.discard"),
}
MARGIN_S, MARGIN_SHARE = 0.005, 0.10


def build(root: Path, sealed: int, drafts: int, mb: float) -> Path:
    profile = root / "profile"
    session = new_profile(profile, BenchOffice.create(root / "office"))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    blob = root / "evidence.bin"
    blob.write_bytes(os.urandom(int(mb * 1024 * 1024)))
    for _ in range(sealed):
        session.seal(session.record(signal_fields()))
    for number in range(drafts):
        session.attach(session.record(signal_fields(number)), blob)
    session.lock()
    blob.unlink()
    return profile


@contextlib.contextmanager
def timed_parts(spent: dict[str, float]) -> Iterator[None]:
    """Wrap each of PARTS so its time inside one unlock adds up in `spent`."""
    undo: list[Callable[[], None]] = []
    for label, (module_name, path) in PARTS.items():
        owner: object = importlib.import_module(module_name)
        *outer, name = path.split(".")
        for part in outer:
            owner = getattr(owner, part)
        original = getattr(owner, name)

        def wrapper(*args: object, _original: Callable = original, _label: str = label,
                    **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.perf_counter() - start

        setattr(owner, name, functools.wraps(original)(wrapper))
        undo.append(lambda o=owner, n=name, f=original: setattr(o, n, f))
    try:
        yield
    finally:
        for step in undo:
            step()


def unlock(profile: Path, passphrase: str, parts: dict[str, list[float]] | None = None
           ) -> float:
    spent: dict[str, float] = defaultdict(float)
    with timed_parts(spent) if parts is not None else contextlib.nullcontext():
        start = time.perf_counter()
        LiaisonSession.unlock(profile, passphrase).lock()
        took = time.perf_counter() - start
    if parts is not None:
        for label in PARTS:
            parts[label].append(spent[label])
    return took


def command(profile: Path, passphrase: str, root: Path) -> float:
    """A whole `intake-app list`, from the child's start to its end."""
    passfile = root / "passphrase.txt"
    passfile.write_text(passphrase)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "intake_app", "list", "--profile",
                           str(profile), "--passphrase-file", str(passfile)],
                          capture_output=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"intake-app list failed: {done.stderr.decode()}")
    return took


def old_folder_left(profile: Path) -> bool:
    """Whether anything of the old profile folder lies beside `profile` now."""
    return any(p.name.startswith(f".{profile.name}.") for p in profile.parent.iterdir())


def judge(rows: dict[str, list[float]], pairs: list[tuple[str, str]],
          left_after: list[bool]) -> bool:
    """Print the verdict (see the module docstring); True when everything held."""
    held = True
    print("verdict:")
    for real, duress in pairs:
        base, other = statistics.median(rows[real]), statistics.median(rows[duress])
        margin = max(MARGIN_S, MARGIN_SHARE * base)
        ok = other - base <= margin
        held &= ok
        print(f"  {'met   ' if ok else 'MISSED'} {duress}: {other - base:+.4f} s against "
              f"{real} (allowed +{margin:.4f} s)")
    seen = sum(left_after)
    held &= seen == 0
    print(f"  {'met   ' if seen == 0 else 'MISSED'} old folder seen after a duress command "
          f"ended: {seen} of {len(left_after)} rounds")
    return held


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--sealed", type=int, default=40)
    options.add_argument("--drafts", type=int, default=40)
    options.add_argument("--mb", type=float, default=2.0)
    options.add_argument("--rounds", type=int, default=9)
    args = options.parse_args()
    root = Path(tempfile.mkdtemp(prefix="duress-timing-"))
    try:
        source = build(root / "source", args.sealed, args.drafts, args.mb)
        size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
        print(f"profile: {args.sealed} sealed, {args.drafts} drafts with {args.mb} MB each, "
              f"{size / 1e6:.1f} MB on disk; {args.rounds} rounds, medians")
        fresh = build(root / "fresh", 0, 0, 0)
        rows: dict[str, list[float]] = defaultdict(list)
        real_parts: dict[str, list[float]] = defaultdict(list)
        duress_parts: dict[str, list[float]] = defaultdict(list)
        left_after: list[bool] = []
        for number in range(args.rounds):
            work = root / f"round-{number}"
            for name in ("real", "duress", "cli-real", "cli-duress"):
                shutil.copytree(source, work / name / "profile")
            os.sync()  # nobody's unlock pays for flushing the copies
            order = [("real", PASSPHRASE, real_parts), ("duress", DURESS, duress_parts)]
            for name, passphrase, parts in order if number % 2 == 0 else order[::-1]:
                rows[f"{name} unlock"].append(unlock(work / name / "profile", passphrase,
                                                     parts))
            rows["the emptied profile again, at once"].append(
                unlock(work / "duress" / "profile", DURESS))
            rows["a brand-new profile"].append(unlock(fresh, PASSPHRASE))
            commands = [("real", PASSPHRASE), ("duress", DURESS)]
            for name, passphrase in commands if number % 2 == 0 else commands[::-1]:
                profile = work / f"cli-{name}" / "profile"
                rows[f"intake-app list, {name} (whole process)"].append(
                    command(profile, passphrase, work))
                if name == "duress":
                    left_after.append(old_folder_left(profile))
            profile_folder.wait_for_removals()
            shutil.rmtree(work)
        for label, values in rows.items():
            print(f"  {label:45s} {statistics.median(values):6.3f} s   "
                  f"(min {min(values):.3f}, max {max(values):.3f})")
        print("parts (median s):                              real     duress")
        for label in PARTS:
            print(f"  {label:45s} {statistics.median(real_parts[label]):6.3f}   "
                  f"{statistics.median(duress_parts[label]):6.3f}")
        held = judge(rows, [("real unlock", "duress unlock"),
                            ("intake-app list, real (whole process)",
                             "intake-app list, duress (whole process)")], left_after)
        return 0 if held else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
