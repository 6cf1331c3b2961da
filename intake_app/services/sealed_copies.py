"""Sealed signals saved for the office without opening the profile (review r7j, R7J-7).

A sealed signal is an age file to the office (`sealed/<id>.age`): handing it over needs no vault
key. When the profile cannot be opened for good (its keyring entry or its vault.json destroyed,
say while the laptop was out of the liaison's hands) the drafts are lost, but the sealed signals
not yet delivered are not: `save_sealed_without_key` copies every sealed file as it is, the same
copy `export --unlisted` makes (fs/sealed_files.py, `seinpost-unlisted-<id>.age`), which the
office opens with `age -d`. Nothing authenticates these files without the vault key: a file
planted in `sealed/` is copied too, and the copies carry no signature of the liaison, so they go
to the office as unverified copies, said so (the sentence `liaison_out.unlisted_unsigned`).

Nothing here reads vault.json, store.db or the keyring; delivered and deleted items have no
file left (their ciphertext is removed), so what is copied is what was never confirmed.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.fs.own_folders import open_folder
from intake_app.fs.sealed_files import SealedCopies, copy_out
from intake_app.fs.sealed_files import sealed_ids as ids_of

SEALED_DIR = "sealed"
#: The refusals after which a profile cannot be opened but its sealed files, age files to the
#: office, can still reach it (the window offers `save_sealed_without_key` after them; the
#: command line says `export --keyless`, cli/liaison_commands.py).
STILL_DELIVERABLE = frozenset({
    "vault.device_secret_missing", "vault.missing", "vault.not_found",
    "store.missing", "store.tampered", "store.key_mismatch", "store.rolled_back",
    "vault.wiped", "vault.tampered", "vault.corrupt", "vault.rolled_back",
    "vault.profile_rolled_back",
})


def sealed_ids(profile_dir: Path) -> tuple[str, ...]:
    """The ids (32 hex, sorted) of the well-formed sealed files (``sealed/<id>.age``) in the
    profile folder `profile_dir`, read without opening the vault; () when there is no
    `sealed/` folder. Raises OwnFolderError when `sealed/` is a link or not a folder, OSError
    when it cannot be read."""
    try:
        with open_folder(Path(profile_dir) / SEALED_DIR) as folder:
            names = folder.names("*.age")
    except FileNotFoundError:
        return ()
    return tuple(sorted(ids_of(names)))


def save_sealed_without_key(profile_dir: Path, target: Path) -> SealedCopies:
    """Copy every sealed file of `profile_dir` (`sealed_ids`), byte for byte, into `target` as
    ``seinpost-unlisted-<id>.age`` (fs/sealed_files.py `copy_out`); the copies written, and
    how many names were skipped because what lies there is not a file the app makes (a link,
    a FIFO, a folder: planted; review r7l R7L-3).

    Raises OSError (the target missing or full) and as `sealed_ids`; what was copied before
    stays."""
    ids = sealed_ids(profile_dir)
    return copy_out(Path(profile_dir) / SEALED_DIR, ids, Path(target))
