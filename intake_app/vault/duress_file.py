"""The vault.json a duress unlock writes (vault/unlocking.py, vault/renewal.py), made from the
fresh vault prepared with the duress passphrase (unlocking.py `_prepared`). Imports no Qt.
"""

from __future__ import annotations

from intake_app.vault import duress_record, vault_file
from intake_app.vault.core import with_slot
from intake_app.vault.duress_record import Prepared
from intake_app.vault.slots import ROLE_REAL, random_slot
from intake_app.vault.store_mark import FILE_MARK, with_mark
from intake_app.vault.vault_file import LEGACY_VERSION, MODE_KEYRING, VaultFile


def duress_file(file: VaultFile, index: int, prepared: Prepared, secret: bytes | None,
                duress_key: bytes, profile_id: str, floor: int) -> VaultFile:
    """vault.json after a duress unlock: new settings, `profile_id`, random slots but slot
    `index`, which wraps the duress key as the real one, and the store mark at `floor` under
    the duress key. The `kdf_salt` is the fresh vault's (unlocking.py `_prepared`), and the
    slot wraps under the passphrase as stretched for it: no Argon2id run here when it was
    prepared at set-up (review r7c, F4 and F5). Wipe-after is kept where it was
    authenticated (a version 2 keyring-mode file): the person's choice was shown before the
    unlock, and the same setting after it is what the watcher must see (review r7j, R7J-2)."""
    kept = file.version != LEGACY_VERSION and file.keyring_mode == MODE_KEYRING
    new_file = file.replace(
        profile_id=profile_id,
        kdf_salt=prepared.kdf_salt,
        slots=(random_slot(), random_slot()),
        failed_attempts=0,
        wipe_after=file.wipe_after if kept else None,
        version=vault_file.VERSION,
        generation=None,
        prepared=duress_record.unset(),
        near=random_slot(),
    )
    new_file = with_mark(new_file, duress_key, floor, FILE_MARK)
    return with_slot(new_file, index, prepared.stretched, secret, ROLE_REAL, duress_key)
