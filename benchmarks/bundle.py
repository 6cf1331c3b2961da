"""Benchmark: export a bundle and open it at the office, as the product runs both.

    .venv/bin/python benchmarks/bundle.py                # 10,000 signals; one 2 GiB attachment
    .venv/bin/python benchmarks/bundle.py --quick        # 500 signals; 64 MiB (no verdict)

Small signals (goals of issue 4): the liaison exports N sealed signals through the export use
case (`LiaisonSession.export`: choose the items, bump the counter, write and verify the ZIP on
the target, fsync, record them as exported), goal < 10 s; the office opens that bundle
(`ingest.open_bundles`: check, decrypt, store every signal, write and fsync the signed receipt,
as `intake-office open` does), goal < 20 s.

One large attachment: the same two use cases for a signal with a 2 GiB random attachment, each
in its own child process so its peak memory (VmHWM, reset after the keys are unlocked) is
that step's own; goal: memory stays flat, under 256 MiB, however large the attachment.

Each round starts cold where this process may drop the page cache (root), else the figures
are marked "warm". Medians of --rounds rounds, with min and max. Preparation (setting up the
profile, sealing the items without fsync, making the random attachment) is not timed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from harness import (
    GIB,
    MIB,
    Samples,
    Verdicts,
    describe_machine,
    drop_caches,
    in_child,
    peak_rss_mib,
    reset_peak_rss,
)
from inputs import (
    PASSPHRASE,
    BenchOffice,
    new_office_database,
    new_profile,
    office_keys_from,
    random_file,
    seal_quickly,
    signal_fields,
)

from intake_app.office import ingest
from intake_app.services.liaison import LiaisonSession


def export_round(profile: Path, target: Path) -> tuple[float, list[str]]:
    """Unlock (not timed), export every exportable item into `target`; (seconds, paths)."""
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    reset_peak_rss()  # the peak memory counts the export, not the unlocking before it
    try:
        started = time.perf_counter()
        result = session.export(target, None, max_part_size="auto")
        seconds = time.perf_counter() - started
    finally:
        session.lock()
    return seconds, [str(p) for p in result.paths]


def open_round(keys_dir: str, card: bytes, db: str, paths: list[str], receipts: str,
               expected: int) -> float:
    """A fresh office database (not timed), then open the bundle with receipts written."""
    keys = office_keys_from(Path(keys_dir))  # scrypt: 256 MiB, whatever the bundle's size
    conn = new_office_database(Path(db), card)
    reset_peak_rss()  # the peak memory counts the opening, not the unlocking of the keys
    started = time.perf_counter()
    [outcome] = ingest.open_bundles([Path(p) for p in paths], conn, Path(db), keys,
                                    receipts_dir=Path(receipts))
    seconds = time.perf_counter() - started
    conn.close()
    if outcome.summary is None:
        raise RuntimeError(f"the office refused the bundle: {outcome.error}")
    if len(outcome.summary.stored) != expected or outcome.summary.receipt_error is not None:
        raise RuntimeError("the office did not store every signal or write the receipt")
    return seconds


def child_export(profile: str, target: str) -> tuple[float, list[str], float]:
    seconds, paths = export_round(Path(profile), Path(target))
    return seconds, paths, peak_rss_mib()


def child_open(keys_dir: str, card: bytes, db: str, paths: list[str], receipts: str) -> float:
    return open_round(keys_dir, card, db, paths, receipts, 1)


def prepare_small(root: Path, office: BenchOffice, count: int) -> tuple[Path, bytes]:
    profile = root / "profile-small"
    session = new_profile(profile, office)
    started = time.perf_counter()
    drafts = [session.record(signal_fields(number)) for number in range(count)]
    card = session.liaison_card()
    session.lock()
    seal_quickly(profile, drafts)
    print(f"prepared {count} sealed signals in {time.perf_counter() - started:.0f} s "
          "(record + seal without fsync; not timed)", flush=True)
    return profile, card


def prepare_large(root: Path, office: BenchOffice, size: int) -> tuple[Path, bytes]:
    profile = root / "profile-large"
    session = new_profile(profile, office)
    source = root / "video.bin"
    random_file(source, size)
    draft = session.record(signal_fields(0))
    session.attach(draft, source)
    source.unlink()
    card = session.liaison_card()
    session.lock()
    seal_quickly(profile, [draft])
    print(f"prepared one signal with a {size // MIB} MiB random attachment (not timed)",
          flush=True)
    return profile, card


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 signals, 64 MiB; no verdict")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--count", type=int, default=None, help="small signals (10,000)")
    parser.add_argument("--large-mib", type=int, default=None, help="attachment MiB (2048)")
    parser.add_argument("--dir", default=None, help="work folder (default: system temp)")
    args = parser.parse_args()
    count = args.count or (500 if args.quick else 10_000)
    large = (args.large_mib * MIB) if args.large_mib else (64 * MIB if args.quick else 2 * GIB)
    verdicts = Verdicts(quick=args.quick or count < 10_000 or large < 2 * GIB)
    print(describe_machine(), flush=True)
    with tempfile.TemporaryDirectory(prefix="seinpost-bench-", dir=args.dir) as tmp:
        root = Path(tmp)
        office = BenchOffice.create(root / "office-keys")

        profile, card = prepare_small(root, office, count)
        export_s, open_s = Samples(), Samples()
        export_s.cache = open_s.cache = "cold"
        for round_number in range(args.rounds):
            target = root / f"usb-{round_number}"
            target.mkdir()
            if drop_caches() != "cold":
                export_s.cache = "warm"
            seconds, paths = export_round(profile, target)
            export_s.add(seconds)
            if drop_caches() != "cold":
                open_s.cache = "warm"
            open_s.add(open_round(str(office.keys_dir), card, str(root / f"o{round_number}.db"),
                                  paths, str(root / f"receipts-{round_number}"), count))
            shutil.rmtree(target)
        print(f"input: {count} sealed signals of ~0.5 KB JSON each, no attachments", flush=True)
        verdicts.goal(f"export {count} signals (LiaisonSession.export)", export_s, limit=10)
        verdicts.goal(f"office opens {count} signals with receipt", open_s, limit=20)

        profile, card = prepare_large(root, office, large)
        export_rss, open_rss = Samples(unit="MiB", cache=""), Samples(unit="MiB", cache="")
        export_t, open_t = Samples(cache="cold"), Samples(cache="cold")
        for round_number in range(args.rounds):
            target = root / f"usb-big-{round_number}"
            target.mkdir()
            if drop_caches() != "cold":
                export_t.cache = "warm"
            (seconds, paths, _), rss = in_child(child_export, str(profile), str(target))
            export_t.add(seconds)
            export_rss.add(rss)
            if drop_caches() != "cold":
                open_t.cache = "warm"
            seconds, rss = in_child(child_open, str(office.keys_dir), card,
                                    str(root / f"big{round_number}.db"), paths,
                                    str(root / f"receipts-big-{round_number}"))
            open_t.add(seconds)
            open_rss.add(rss)
            shutil.rmtree(target)
            shutil.rmtree(root / f"big{round_number}.db.attachments", ignore_errors=True)
        mib = large / MIB
        print(f"input: one signal with a {mib:.0f} MiB random attachment; export "
              f"{export_t.describe()} ({mib / export_t.median:.0f} MiB/s); open "
              f"{open_t.describe()} ({mib / open_t.median:.0f} MiB/s)", flush=True)
        verdicts.goal(f"export {mib:.0f} MiB, peak memory of the exporting process",
                      export_rss, limit=256, unit="MiB", statistic="max")
        verdicts.goal(f"office opens {mib:.0f} MiB, peak memory of the opening process",
                      open_rss, limit=256, unit="MiB", statistic="max")
    return verdicts.finish()


if __name__ == "__main__":
    sys.exit(main())
