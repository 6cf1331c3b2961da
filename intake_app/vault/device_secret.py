"""The device secret: 32 random bytes in the OS keyring, so a copied profile alone is not enough.

Stored in the OS keyring under service "Seinpost" and the profile's random id, base64 encoded:
on Linux through secret_service.py (one D-Bus connection, method calls only: gnome-keyring
aborts on the `keyring` library's pattern), elsewhere through `keyring`.
Beside it, under the id followed by ``/store-mark``, the store's high-water mark (store_mark.py):
``"<change number>:<MAC under the vault key>"``, so a whole profile put back from an older copy
is refused. Beside them, under the id followed by ``/vault-state``, the digest of the current
vault.json (vault_state.py: one digest, or more while a change is being written), so an older
vault.json put back is refused before a passphrase is tried. The entries go together
(`delete`).
A locked keyring is never taken for an empty one: reading raises KeyringUnavailable with the
code "vault.keyring_locked" (no attempt is counted), and `has_entry` asks the Secret Service by
search, which answers for locked items too and shows no unlock prompt.
A backend counts as usable only if it is a real keyring: keyring's fail and null backends, an
empty chainer, and the plaintext-file backends of keyrings.alt are not (the last would put the
secret in a file beside the profile, which defeats its purpose).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null

from intake_app.vault import secret_service
from intake_app.vault.errors import DeviceSecretMissing, KeyringUnavailable

SERVICE = "Seinpost"
SECRET_BYTES = 32
MARK_SUFFIX = "/store-mark"
STATE_SUFFIX = "/vault-state"
_MAX_STORED_CHARS = 256
NOT_PERSISTENT = "vault.keyring_not_persistent"

_FRIENDLY_NAMES = {
    "keyring.backends.SecretService": "secret-service",
    "keyring.backends.libsecret": "secret-service",
    "keyring.backends.kwallet": "kwallet",
    "keyring.backends.macOS": "macos-keychain",
    "keyring.backends.Windows": "windows-credential-manager",
}


def _is_real(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_real(inner) for inner in backend.backends)
    return not type(backend).__module__.startswith("keyrings.alt")


def usable_backend() -> KeyringBackend | None:
    """The keyring backend in use now, or None if there is no real one."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    return backend if _is_real(backend) else None


def keyring_available() -> bool:
    """Whether a real OS keyring can be used now (it is only asked which backend serves: nothing
    is written, no unlock prompt shows). May wait on D-Bus: call it off the GUI thread."""
    return usable_backend() is not None


def backend_label(backend: KeyringBackend) -> str:
    """A stable short name for the status line: "secret-service", "macos-keychain", …"""
    if isinstance(backend, chainer.ChainerBackend):
        real = [inner for inner in backend.backends if _is_real(inner)]
        if real:
            return backend_label(real[0])
    module = type(backend).__module__
    return _FRIENDLY_NAMES.get(module, getattr(backend, "name", module))


def _is_secret_service(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        real = [inner for inner in backend.backends if _is_real(inner)]
        return bool(real) and isinstance(real[0], SecretService.Keyring)
    return isinstance(backend, SecretService.Keyring)


def _get(backend: KeyringBackend, user: str) -> str | None:
    """The stored text for `user`: the Secret Service through our one connection
    (secret_service.py says why), any other keyring through its backend."""
    if _is_secret_service(backend):
        return secret_service.get_password(SERVICE, user)
    return backend.get_password(SERVICE, user)


def _set(backend: KeyringBackend, user: str, value: str) -> None:
    if _is_secret_service(backend):
        secret_service.set_password(SERVICE, user, value)
    else:
        backend.set_password(SERVICE, user, value)


def _delete(backend: KeyringBackend, user: str) -> None:
    if _is_secret_service(backend):
        secret_service.delete_password(SERVICE, user)
    else:
        backend.delete_password(SERVICE, user)


def create(profile_id: str) -> bytes | None:
    """Store a fresh device secret for `profile_id` and return it; None if no keyring works.

    The value is read back before it is trusted, so a backend that silently drops writes gives
    a passphrase-only vault (with a warning) instead of a vault nobody can open. A default
    collection that does not persist raises KeyringUnavailable ("vault.keyring_not_persistent",
    secret_service.py): the secret would be gone at the next login.
    """
    backend = usable_backend()
    if backend is None:
        return None
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        _set(backend, profile_id, base64.b64encode(secret).decode("ascii"))
        stored = _get(backend, profile_id)
    except KeyringUnavailable as exc:
        if exc.code == NOT_PERSISTENT:
            raise  # said, not taken for "no keyring": the person can set it right
        delete(profile_id)
        return None
    except Exception:
        delete(profile_id)
        return None
    if stored is None or not hmac.compare_digest(_decode(stored) or b"", secret):
        delete(profile_id)
        return None
    return secret


def load(profile_id: str) -> bytes:
    """The device secret of `profile_id`; DeviceSecretMissing or KeyringUnavailable otherwise."""
    backend = usable_backend()
    if backend is None:
        raise KeyringUnavailable()
    try:
        stored = _get(backend, profile_id)
    except Exception as exc:
        raise _unavailable(exc) from exc
    secret = _decode(stored) if stored is not None else None
    if secret is None:
        raise DeviceSecretMissing()
    return secret


def delete(profile_id: str) -> None:
    """Remove the device secret and the store mark if they are there; a keyring that cannot be
    reached is left as it is."""
    backend = usable_backend()
    if backend is None:
        return
    for user in (profile_id, _mark_user(profile_id), _state_user(profile_id)):
        with contextlib.suppress(Exception):
            _delete(backend, user)


def _mark_user(profile_id: str) -> str:
    return f"{profile_id}{MARK_SUFFIX}"


def _state_user(profile_id: str) -> str:
    return f"{profile_id}{STATE_SUFFIX}"


def has_entry(profile_id: str) -> bool:
    """Whether the keyring holds a device secret, store mark or vault state for `profile_id`
    (False when no keyring works: then there is nothing to tell). Used to refuse a vault.json
    switched to passphrase-only (vault/unlocking.py), before any attempt is counted.

    The Secret Service is asked by search: it lists locked items too, so a locked keyring still
    answers, and no unlock prompt appears for a profile that does not use the keyring. Other
    backends are read. A keyring that cannot answer raises KeyringUnavailable (code
    "vault.keyring_locked" when it is locked): taking it for "no entry" would count the right
    passphrase of a switched file as wrong, and could erase the profile.
    """
    backend = usable_backend()
    if backend is None:
        return False
    users = (profile_id, _mark_user(profile_id), _state_user(profile_id))
    try:
        if _is_secret_service(backend):
            return any(secret_service.search(SERVICE, user) for user in users)
        return any(_get(backend, user) is not None for user in users)
    except Exception as exc:
        raise _unavailable(exc) from exc


FOLDER_PREFIX = "folder/"


def note_folder(folder: str) -> None:
    """Note in the keyring that a keyring-mode profile lives in the folder whose tag is
    `folder` (vault_state.py `folder_tag`: a digest, not the folder's name), under the user
    ``folder/<tag>``. A vault.json found there that says passphrase-only is then refused before
    anything is counted, whatever profile id it names (review r7g H2: `has_entry` asked only
    about the id the file names, which whoever rewrote it chooses). One entry per folder, the
    same for every profile there: a duress unlock in the same folder deletes and makes it again
    after its new entries, as a set-up makes it last (renewal.py, review r7h R7H-2). Raises
    KeyringUnavailable when the keyring does not keep it."""
    _save_text(f"{FOLDER_PREFIX}{folder}", "os-keyring")


def folder_noted(folder: str) -> bool:
    """Whether the keyring notes a keyring-mode profile in the folder tagged `folder` (False
    when no keyring works). Asked as `has_entry` asks: by search on the Secret Service, which
    answers for a locked keyring too; KeyringUnavailable when the keyring cannot answer."""
    backend = usable_backend()
    if backend is None:
        return False
    user = f"{FOLDER_PREFIX}{folder}"
    try:
        if _is_secret_service(backend):
            return bool(secret_service.search(SERVICE, user))
        return _get(backend, user) is not None
    except Exception as exc:
        raise _unavailable(exc) from exc


def forget_folder(folder: str) -> None:
    """Remove the note of `note_folder` (a passphrase-only profile set up in that folder: the
    person's own choice). A keyring that cannot be reached is left as it is."""
    backend = usable_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        _delete(backend, f"{FOLDER_PREFIX}{folder}")


def _unavailable(exc: BaseException) -> KeyringUnavailable:
    """The refusal for a keyring that could not be read: "locked" when it said so; a refusal
    that names its reason (a default collection that does not persist) as it is."""
    if isinstance(exc, KeyringUnavailable) and exc.code != KeyringUnavailable.code:
        return KeyringUnavailable(code=exc.code, **exc.params)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(
            "The system keyring is locked. Unlock it (usually by logging in again) and try again. "
            "No attempt was counted and nothing was deleted.", code="vault.keyring_locked")
    return KeyringUnavailable()


def load_mark(profile_id: str) -> str | None:
    """The stored store mark of `profile_id` (unverified text, at most 256 characters), or None
    if there is none. KeyringUnavailable if the keyring cannot be read."""
    return _load_text(_mark_user(profile_id))


def save_mark(profile_id: str, mark: str) -> None:
    """Store `mark` as the store mark of `profile_id`, read back before it counts.

    Raises KeyringUnavailable when the keyring does not keep it.
    """
    _save_text(_mark_user(profile_id), mark)


def load_state(profile_id: str) -> str | None:
    """The stored vault state of `profile_id` (vault_state.py; text as stored, at most 256
    characters, "" when longer), or None if there is none. KeyringUnavailable if the keyring
    cannot be read."""
    return _load_text(_state_user(profile_id))


def save_state(profile_id: str, state: str) -> None:
    """Store `state` as the vault state of `profile_id`, read back before it counts.

    Raises KeyringUnavailable when the keyring does not keep it.
    """
    _save_text(_state_user(profile_id), state)


def _load_text(user: str) -> str | None:
    backend = usable_backend()
    if backend is None:
        raise KeyringUnavailable()
    try:
        stored = _get(backend, user)
    except Exception as exc:
        raise _unavailable(exc) from exc
    if stored is None:
        return None
    return stored if isinstance(stored, str) and len(stored) <= _MAX_STORED_CHARS else ""


def _save_text(user: str, value: str) -> None:
    backend = usable_backend()
    if backend is None:
        raise KeyringUnavailable()
    try:
        _set(backend, user, value)
        stored = _get(backend, user)
    except Exception as exc:
        raise _unavailable(exc) if isinstance(exc, KeyringUnavailable) else (
            KeyringUnavailable()) from exc
    if stored != value:
        raise KeyringUnavailable()


def delete_mark(profile_id: str) -> None:
    """Remove the store mark of `profile_id` only (the duress path, when the id stays)."""
    backend = usable_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        _delete(backend, _mark_user(profile_id))


WIPED_SUFFIX = "/wiped"
#: The witness of an erasure note that names no store files (`retire`): no
#: `store_witness` is ever this, so `is_marked_wiped` never lets a set-up replace a store on it.
NO_STORE_NAMED = "none"


def retire(profile_id: str, *, elsewhere: bool) -> None:
    """A duress unlock is done with `profile_id`: its entries (the device secret, the store
    mark, the vault state) are deleted. In a folder its keyring record does not name
    (`elsewhere`: a copied or moved profile, vault_state.py) the profile in the recorded folder
    loses its secret too, so this app's erasure note is left for it, naming no store files: it
    then says it was erased (vault.wiped), never "nothing was deleted", and no set-up takes
    the note as leave to replace a store. In its own folder no note is left: the keyring then
    holds what a fresh profile's holds, nothing under the old id (docs/SECURITY.md)."""
    delete(profile_id)
    if elsewhere:
        mark_wiped(profile_id, NO_STORE_NAMED)


def mark_wiped(profile_id: str, witness: str) -> None:
    """Note in the keyring that this app erased `profile_id`'s vault (after deleting its
    secret), with `witness` naming the store files it left (vault/core.py `store_witness`), so
    a later set-up may replace exactly that store (services/opening.py). The keyring is outside
    the profile: someone with only the powered-off disk cannot write it. A keyring that cannot
    be reached is left as it is (set-up then refuses and says why)."""
    backend = usable_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        _set(backend, f"{profile_id}{WIPED_SUFFIX}", f"wiped {witness}")


def _erasure_note(profile_id: str) -> str | None:
    """The keyring's erasure note for `profile_id` as stored (`mark_wiped`), or None when there
    is none, it is not text, or no keyring works or answers: the one read both questions about
    an erasure share."""
    backend = usable_backend()
    if backend is None:
        return None
    try:
        stored = _get(backend, f"{profile_id}{WIPED_SUFFIX}")
    except Exception:
        return None
    return stored if isinstance(stored, str) else None


def is_marked_wiped(profile_id: str, witness: str) -> bool:
    """Whether the keyring holds this app's note that `profile_id`'s vault was erased with
    the store files `witness` names (False when no keyring works)."""
    note = _erasure_note(profile_id)
    return note is not None and hmac.compare_digest(note.encode("utf-8", "surrogatepass"),
                                                    f"wiped {witness}".encode())


def was_erased(profile_id: str) -> bool:
    """Whether the keyring holds this app's note that `profile_id`'s vault was erased, for any
    store files (False when no keyring works or none is noted)."""
    note = _erasure_note(profile_id)
    return note is not None and note.startswith("wiped ")


def forget_wiped(profile_id: str) -> None:
    """Remove the erasure note of `profile_id` (its leftover store was replaced)."""
    backend = usable_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        _delete(backend, f"{profile_id}{WIPED_SUFFIX}")


def _decode(stored: str) -> bytes | None:
    if not isinstance(stored, str) or len(stored) > _MAX_STORED_CHARS:
        return None
    try:
        secret = base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return secret if len(secret) == SECRET_BYTES else None
