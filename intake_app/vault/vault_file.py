"""vault.json: the only file that holds the vault's key material, read strictly, written atomically.

Version 2 holds exactly: format and version, a random profile id (the keyring entry's user name),
the keyring mode, the Argon2id parameters and salt, two key slots of identical shape, the
failed-attempt counter, the wipe-after setting, whether the vault was erased, `store_mark`,
`prepared` (vault/duress_record.py: the fresh vault a duress unlock writes, boxed for the
duress key, random bytes without one; absent in a file from before review r7c), `near`
(a slot of the same shape that opens with the duress passphrase's folded form, so that a new
passphrase equal to it but for case, spaces and punctuation is refused; a random slot without
one; absent in a file from before review r7k R7K-6: vault/passphrase_distance.py) and `mac`.

`store_mark` is ``{"epoch", "mac", "twin"}``: the highest change number of store.db this vault
has seen (store/trust.py counts every change), with a MAC under the vault key, and its twin, a
MAC over both under a key the duress unlock can get too (crypto/mark_twin.py), so that unlock
judges a changed mark as the real one does (review r7c, F1 and F2). A file written before the
twin existed has ``{"epoch", "mac"}`` and is read as it is. A store.db older than the mark (a
whole file put back from a copy) is refused at unlock instead of being used.
No key in the clear, no passphrase, nothing about signals.

`mac` authenticates every other field BEFORE the passphrase is tried, under a key derived from the
device secret in the OS keyring (which someone holding only the powered-off disk lacks). It is
null in passphrase-only mode, where no such secret exists (see docs/SECURITY.md, "What someone
with the powered-off laptop can and cannot do", for what that mode can and cannot promise).

Version 1 (before the integrity work) had a `generation` instead of `mac`; it is still read, never
trusted to wipe, and rewritten as version 2 at its first unlock with the right passphrase.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.encoding
import nacl.hash

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.fs import own
from intake_app.fs.atomic import write_atomic
from intake_app.vault.argon2id import SALT_BYTES, KdfParams
from intake_app.vault.errors import VaultCorrupt, VaultNotFound, VaultWriteFailed
from intake_app.vault.slots import Slot

FILE_NAME = "vault.json"
FORMAT = "seinpost-vault"
VERSION = 2
LEGACY_VERSION = 1
MAC_BYTES = 32
_MAC_PERSON = b"seinpost-vfmac1"
MAX_FILE_BYTES = 64 * 1024
MODE_KEYRING = "os-keyring"
MODE_PASSPHRASE_ONLY = "passphrase-only"  # noqa: S105 (a mode name, not a secret)
MAX_WIPE_AFTER = 1000

_COMMON = {
    "format", "version", "profile_id", "keyring", "kdf", "kdf_salt", "slots",
    "failed_attempts", "wipe_after", "wiped",
}  # fmt: skip
_FIELDS = {2: _COMMON | {"mac", "store_mark"}, 1: _COMMON | {"generation"}}
# Written since review r7c (F4); a version 2 file from before has none and is read as it is.
_OPTIONAL = {2: {"prepared", "near"}, 1: set()}


def new_id() -> str:
    """A new random id: 32 lower-case hex characters (16 bytes)."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class VaultFile:
    """The parsed contents of vault.json (format in the module docstring): profile id, keyring
    mode, KDF parameters and salt, the two slots, failed attempts, wipe limit, wiped flag,
    version, and the version-specific generation, MAC and store mark.
    """

    profile_id: str
    keyring_mode: str
    kdf: KdfParams
    kdf_salt: bytes
    slots: tuple[Slot, Slot]
    failed_attempts: int
    wipe_after: int | None
    wiped: bool = False
    version: int = VERSION
    generation: str | None = None  # version 1 only
    mac: bytes | None = None  # version 2, keyring mode: see the module docstring
    store_mark: tuple[int, bytes] | None = None  # version 2: (epoch, MAC under the vault key)
    mark_twin: bytes | None = None  # version 2: the mark's twin (None in a file from before it)
    prepared: bytes | None = None  # version 2: the duress unlock's prepared vault (F4)
    near: Slot | None = None  # version 2: opens with the duress passphrase folded (R7K-6)

    def replace(self, **changes: Any) -> VaultFile:
        """A copy with the given fields changed."""
        return dataclasses.replace(self, **changes)

    def _bound_fields(self, version: int) -> dict[str, Any]:
        """The fields every slot is bound to (see `aad`), as stored in vault.json."""
        return {
            "format": FORMAT,
            "version": version,
            "profile_id": self.profile_id,
            "keyring": self.keyring_mode,
            "kdf": self.kdf.to_json(),
            "kdf_salt": _b64(self.kdf_salt),
        }

    def aad(self) -> bytes:
        """What every slot is bound to: swapping any of it in the file makes the slots not open.

        The binding keeps version 1, so moving a file to version 2 needs no rewrap (the duress
        slot cannot be rewrapped without its passphrase).
        """
        return canonical_json(self._bound_fields(LEGACY_VERSION))

    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            **self._bound_fields(self.version),
            "slots": [_slot_json(s) for s in self.slots],
            "failed_attempts": self.failed_attempts,
            "wipe_after": self.wipe_after,
            "wiped": self.wiped,
        }
        if self.version == LEGACY_VERSION:
            body["generation"] = self.generation
        else:
            epoch, mark_mac = self.store_mark or (0, bytes(MAC_BYTES))
            body["store_mark"] = {"epoch": epoch, "mac": _b64(mark_mac)}
            if self.mark_twin is not None:
                body["store_mark"]["twin"] = _b64(self.mark_twin)
            if self.prepared is not None:
                body["prepared"] = _b64(self.prepared)
            if self.near is not None:
                body["near"] = _slot_json(self.near)
        return body

    def state_input(self) -> bytes:
        """Every field but the failed-attempt counter, `store_mark` and `mac`, canonical: what
        decides which passphrases open, which one is the duress one and when a wrong one
        erases (vault/vault_state.py remembers its digest outside the profile)."""
        body = self._body()
        del body["failed_attempts"]
        body.pop("store_mark", None)
        return canonical_json(body)

    def mac_input(self) -> bytes:
        """Every field but `mac`, canonical: what `mac` authenticates."""
        return canonical_json(self._body())

    def to_bytes(self) -> bytes:
        """The canonical JSON bytes of vault.json (version 2 includes the MAC field)."""
        body = self._body()
        if self.version == VERSION:
            body["mac"] = None if self.mac is None else _b64(self.mac)
        return canonical_json(body)

    def sealed_with(self, device_secret: bytes | None) -> VaultFile:
        """This file as version 2 with its `mac` (None in passphrase-only mode)."""
        upgraded = self.replace(version=VERSION, generation=None, mac=None)
        if device_secret is None:
            return upgraded
        return upgraded.replace(mac=file_mac(device_secret, upgraded.mac_input()))

    def mac_is_valid(self, device_secret: bytes) -> bool:
        """True if `mac` was made with `device_secret` over exactly these fields."""
        if self.version != VERSION or self.mac is None:
            return False
        return hmac.compare_digest(self.mac, file_mac(device_secret, self.mac_input()))


def file_mac(device_secret: bytes, data: bytes) -> bytes:
    """BLAKE2b keyed with the device secret (personalised), over `data`."""
    return nacl.hash.blake2b(
        data, digest_size=MAC_BYTES, key=device_secret, person=_MAC_PERSON,
        encoder=nacl.encoding.RawEncoder,
    )


def _slot_json(slot: Slot) -> dict[str, str]:
    return {"salt": _b64(slot.salt), "nonce": _b64(slot.nonce), "box": _b64(slot.box)}


def _slot(raw: Any) -> Slot:
    if not isinstance(raw, dict) or set(raw) != {"salt", "nonce", "box"}:
        raise VaultCorrupt("bad slot")
    return Slot(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["box"]))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise VaultCorrupt("expected base64 text")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise VaultCorrupt("bad base64") from exc
    if length is not None and len(data) != length:
        raise VaultCorrupt("wrong length")
    return data


def _hex_id(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 32 or value.strip("0123456789abcdef"):
        raise VaultCorrupt("bad identifier")
    return value


def _count(value: Any, upper: int) -> int:
    if type(value) is not int or not 0 <= value <= upper:
        raise VaultCorrupt("bad counter")
    return value


def _store_mark(value: Any) -> tuple[int, bytes]:
    if not isinstance(value, dict) or set(value) - {"twin"} != {"epoch", "mac"}:
        raise VaultCorrupt("bad store mark")
    return _count(value["epoch"], 1 << 62), _unb64(value["mac"], MAC_BYTES)


def _mark_twin(value: Any) -> bytes | None:
    return _unb64(value["twin"], MAC_BYTES) if "twin" in value else None


def parse(data: bytes) -> VaultFile:
    """Strict: anything we did not write ourselves is VaultCorrupt, never a crash."""
    try:
        obj = parse_canonical(data, limit=MAX_FILE_BYTES)
        # `type() is int`: JSON true would otherwise compare equal to version 1.
        version = obj.get("version")
        if type(version) is not int or version not in _FIELDS:
            raise VaultCorrupt("not a Seinpost vault of a known version")
        if set(obj) - _OPTIONAL[version] != _FIELDS[version] or obj["format"] != FORMAT:
            raise VaultCorrupt("not a Seinpost vault")
        if obj["keyring"] not in (MODE_KEYRING, MODE_PASSPHRASE_ONLY):
            raise VaultCorrupt("unknown keyring mode")
        raw_slots = obj["slots"]
        if not isinstance(raw_slots, list) or len(raw_slots) != 2:
            raise VaultCorrupt("a vault has exactly two slots")
        slots = [_slot(raw) for raw in raw_slots]
        wipe_after = obj["wipe_after"]
        if wipe_after is not None:
            wipe_after = _count(wipe_after, MAX_WIPE_AFTER)
        if type(obj["wiped"]) is not bool:
            raise VaultCorrupt("bad wiped flag")
        return VaultFile(
            profile_id=_hex_id(obj["profile_id"]),
            keyring_mode=obj["keyring"],
            kdf=KdfParams.from_json(obj["kdf"]),
            kdf_salt=_unb64(obj["kdf_salt"], SALT_BYTES),
            slots=(slots[0], slots[1]),
            failed_attempts=_count(obj["failed_attempts"], 1 << 30),
            wipe_after=wipe_after,
            wiped=obj["wiped"],
            version=version,
            generation=_hex_id(obj["generation"]) if version == LEGACY_VERSION else None,
            mac=(None if version == LEGACY_VERSION or obj["mac"] is None
                 else _unb64(obj["mac"], MAC_BYTES)),
            store_mark=None if version == LEGACY_VERSION else _store_mark(obj["store_mark"]),
            mark_twin=None if version == LEGACY_VERSION else _mark_twin(obj["store_mark"]),
            prepared=_unb64(obj["prepared"]) if "prepared" in obj else None,
            near=_slot(obj["near"]) if "near" in obj else None,
        )
    except (CanonicalError, ValueError, TypeError) as exc:
        raise VaultCorrupt() from exc


def read(profile_dir: Path) -> VaultFile:
    """Read and parse vault.json from `profile_dir` (not following a link, without blocking,
    a regular file only, at most MAX_FILE_BYTES + 1 bytes read).

    Raises VaultNotFound when it is absent, VaultCorrupt when it cannot be read or parsed.
    """
    return read_with_bytes(profile_dir)[0]


def read_with_bytes(profile_dir: Path) -> tuple[VaultFile, bytes]:
    """As `read`, with the exact bytes read: a duress unlock the store refuses writes them back
    (vault/unlocking.py), so vault.json ends byte for byte as it was."""
    path = Path(profile_dir) / FILE_NAME
    try:
        fd = own.open_fd(path)  # never blocks: a FIFO or device there is refused, not waited on
    except FileNotFoundError as exc:
        raise VaultNotFound(folder=str(profile_dir)) from exc
    except own.OwnFileError as exc:
        raise VaultCorrupt("The vault file is not a regular file.") from exc
    except OSError as exc:
        raise VaultCorrupt(f"The vault file could not be read ({exc.strerror}).") from exc
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise VaultCorrupt(f"The vault file could not be read ({exc.strerror}).") from exc
    return parse(data), data


def write(profile_dir: Path, vault_file: VaultFile) -> None:
    """All or nothing: on failure the previous vault.json is untouched and no temp file is left."""
    write_bytes(profile_dir, vault_file.to_bytes())


def write_bytes(profile_dir: Path, data: bytes) -> None:
    """vault.json replaced by `data` (bytes `read_with_bytes` returned, or a file's
    `to_bytes`), all or nothing like `write`. Raises VaultWriteFailed."""
    try:
        write_atomic(Path(profile_dir) / FILE_NAME, data)
    except OSError as exc:
        raise VaultWriteFailed(
            f"{VaultWriteFailed.default_message} ({exc.strerror or type(exc).__name__})"
        ) from exc
