"""The unlock figure for benchmarks/vault.py: how long one unlock takes on this machine."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from intake_app.vault.kdf import KdfParams
from intake_app.vault.vault import Vault

_PASSPHRASE = "benchmark passphrase, not a secret"  # noqa: S105 (throwaway vault)


def measure_unlock(
    profile_dir: Path | None = None,
    *,
    kdf: KdfParams | None = None,
    use_keyring: bool = False,
    rounds: int = 3,
) -> float:
    """Median seconds for `Vault.unlock` at real cost (MODERATE unless `kdf` says otherwise).

    Creates a throwaway vault in `profile_dir` (which must not hold a vault) or in a temporary
    folder, unlocks it `rounds` times (each a full unlock: keyring read, counter writes with
    fsync, Argon2id, slot checks) and erases it afterwards. The goal is under 1.5 s.
    """
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    with tempfile.TemporaryDirectory(prefix="seinpost-bench-") as tmp:
        target = Path(profile_dir) if profile_dir is not None else Path(tmp) / "profile"
        # A throwaway vault erased below, so a cheaper cost asked for by a caller is harmless.
        vault = Vault.create(
            target, _PASSPHRASE, use_keyring=use_keyring, kdf=kdf, allow_weak_kdf=True
        )
        try:
            times = []
            for _ in range(rounds):
                vault.lock()
                start = time.perf_counter()
                vault.unlock(_PASSPHRASE)
                times.append(time.perf_counter() - start)
        finally:
            vault.destroy()
    return statistics.median(times)
