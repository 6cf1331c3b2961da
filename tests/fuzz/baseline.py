"""The unlock baseline: the resident size of the liaison program right after an unlock.

The fuzz runner's memory bound is stated relative to it (issue 10: "memory over a stated bound
above the unlock baseline"): a reader may make the process grow to at most
`baseline + run.MEMORY_MB` MiB, whatever the fuzzer's own set-up weighs.

Measured, not assumed: a fresh interpreter imports what the command line imports, creates a
profile with the product's own key derivation (Argon2id, moderate: 256 MiB while it runs), locks
it, unlocks it as `intake-app` does, and prints VmRSS after the unlock. With --print it prints
that number (MiB) for `make fuzz` and the CI test to pass on.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile

_CHILD = r"""
import sys
from pathlib import Path

import nacl.signing

import intake_app.cli.liaison  # noqa: F401 (what the command line has loaded when it unlocks)
from intake_app.crypto import age, keycard
from intake_app.services.liaison import LiaisonSession

profile = Path(sys.argv[1]) / "profile"
_, recipient = age.generate_x25519()
card = keycard.parse_card(keycard.create_card(nacl.signing.SigningKey.generate(), "office",
                                              "Centraal Meldpunt", [recipient]))
passphrase = "correct horse battery staple"
LiaisonSession.initialise(profile, passphrase, card, card.fingerprint, use_keyring=False).lock()
session = LiaisonSession.unlock(profile, passphrase)
with open("/proc/self/status", encoding="ascii") as status:
    rss_kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
session.lock()
print(rss_kib // 1024)
"""


def unlock_baseline_mb() -> int:
    """VmRSS (MiB) of a fresh liaison process right after unlocking a real profile.

    Raises subprocess.CalledProcessError if the child fails.
    """
    with tempfile.TemporaryDirectory(prefix="seinpost-baseline-") as folder:
        done = subprocess.run([sys.executable, "-c", _CHILD, folder], capture_output=True,
                              text=True, check=True, timeout=600)
    return int(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the baseline in MiB")
    parser.parse_args()
    print(unlock_baseline_mb())
    return 0


if __name__ == "__main__":
    sys.exit(main())
