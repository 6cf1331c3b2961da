"""The office's keys on disk: create them once, load them, rotate them.

Layout of a keys folder (mode 0700, every file 0600)::

    KEYS/
      office.card               the current public card: hand this to liaisons
      office-identity.age       the current age identity file, passphrase-encrypted with age;
                                `age -d office-identity.age` gives an ordinary identity file
      office-signing.age        the current Ed25519 signing seed, passphrase-encrypted with age
      retired/<created>-<key id prefix>/
                                one folder per earlier generation with the same three files:
                                its identity still opens items sealed to it, its signing key
                                can re-issue that generation's receipts

Secrets never touch the disk unencrypted: they are sealed with age in memory and written
atomically, under the passphrase normalised as the vault's is (`vault.passphrase.normalise`:
invisible characters dropped, whitespace as spaces, NFC, no surrounding spaces); key files
made before that rule still open with the passphrase exactly as given then. Nothing is ever
overwritten: `generate_office_keys` refuses if a key file exists, and refuses a passphrase the
vault's one strength rule (zxcvbn) calls weak.

Rotation is crash-safe without a lock on several files at once:
1. the current generation is copied into `retired/…` (idempotent);
2. the new generation is written as `*.next.*` files, the card last: `office.next.card`
   existing is the commit point;
3. the `*.next.*` files are renamed over the current ones, the card last.
Every entry point first finishes an interrupted rotation: past the commit point it rolls
forward (the old keys are already retired), before it the unused next files are removed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing

from intake_app.crypto import age, keycard
from intake_app.crypto.keycard import KeyCard
from intake_app.errors import SeinpostError
from intake_app.fs import outside
from intake_app.fs.atomic import ensure_private_dir, fsync_dir, temp_name, write_atomic
from intake_app.vault.passphrase import (
    candidates,
    check_new_passphrase,
    normalise,
    spaced_form,
)

IDENTITY_FILE = "office-identity.age"
SIGNING_FILE = "office-signing.age"
CARD_FILE = "office.card"
RETIRED_DIR = "retired"
# Both encrypted files hold a few hundred bytes; anything bigger is not ours.
MAX_SECRET_FILE = 16 * 1024

_SEED_PREFIX = "SEINPOST-ED25519-SEED-1:"
_RETIRED_NAME = re.compile(r"[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}")


class OfficeKeyError(SeinpostError):
    """Office keys cannot be created, opened or rotated; the message says why."""

    code = "office.keys"
    codes = ("office.keys", "office.keys.damaged", "office.keys.missing",
             "office.keys.unreadable", "office.keys.wrong_passphrase", "office.keys.exists",
             "office.keys.not_this_card", "office.keys.no_such_key", "cli.passphrase_empty")


@dataclass(frozen=True)
class OfficeKeyPaths:
    """The three files of one generation of office keys."""

    directory: Path
    identity: Path
    signing: Path
    card: Path

    @classmethod
    def in_dir(cls, directory: Path) -> OfficeKeyPaths:
        """The three key files of one generation in `directory`."""
        directory = Path(directory)
        return cls(directory, directory / IDENTITY_FILE, directory / SIGNING_FILE,
                   directory / CARD_FILE)

    def files(self) -> tuple[Path, Path, Path]:
        """The identity, signing key and card paths, in that order."""
        return (self.identity, self.signing, self.card)


@dataclass(frozen=True)
class Rotation:
    """The outcome of `rotate_office_keys`: where the current and retired keys are, the old
    and new office cards, and the chain file written for liaisons behind (office/chain_file.py)
    with its number of cards."""

    current: OfficeKeyPaths
    retired: OfficeKeyPaths
    old_card: KeyCard
    new_card: KeyCard
    chain: Path
    chain_cards: int


def _next_paths(directory: Path) -> OfficeKeyPaths:
    return OfficeKeyPaths(directory, directory / "office-identity.next.age",
                          directory / "office-signing.next.age", directory / "office.next.card")


# --- encoding of the secrets -------------------------------------------------------------------

def _identity_text(identity: str, recipient: str, created: datetime) -> bytes:
    # The same shape `age-keygen` writes, so any age tool reads it.
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"# created: {stamp}\n# public key: {recipient}\n{identity}\n".encode("ascii")


def _signing_text(key: nacl.signing.SigningKey, key_id: str) -> bytes:
    seed = base64.b64encode(bytes(key)).decode("ascii")
    return (f"# Seinpost office signing key (Ed25519 seed). Keep it secret.\n"
            f"# key id: {key_id}\n{_SEED_PREFIX}{seed}\n").encode("ascii")


def _parse_signing_text(data: bytes, where: Path) -> nacl.signing.SigningKey:
    try:
        lines = [line for line in data.decode("ascii").splitlines()
                 if line and not line.startswith("#")]
    except UnicodeDecodeError:
        lines = []
    if len(lines) != 1 or not lines[0].startswith(_SEED_PREFIX):
        raise OfficeKeyError(f"{where}: not a Seinpost signing key", code="office.keys.damaged",
                             path=str(where))
    try:
        seed = base64.b64decode(lines[0][len(_SEED_PREFIX):], validate=True)
    except binascii.Error:
        seed = b""
    if len(seed) != 32:
        raise OfficeKeyError(f"{where}: damaged signing key", code="office.keys.damaged",
                             path=str(where))
    return nacl.signing.SigningKey(seed)


def _seal(plaintext: bytes, passphrase: str) -> bytes:
    # Sealed under the normalised form (no invisible characters, NFC, no surrounding spaces),
    # the vault's rule: a passphrase file saved by Notepad and the same passphrase typed agree.
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext), out, passphrase=normalise(passphrase))
    return out.getvalue()


def _candidates(passphrase: str) -> list[str]:
    """The forms a key file is tried with, in the vault's order (vault/unlocking.py `_try`):
    the normalised passphrase and the forms key files made before the rule used
    (`candidates`), then the stripped passphrase with one trailing space (`spaced_form`: an
    earlier version sealed under "P " from a cmd.exe `echo P > f` file, and the typed "P" must
    open it as it opens such a vault slot), and last the passphrase exactly as given (a key
    file an earlier version sealed under other trailing whitespace, a tab or two spaces, opens
    with the same file as then). Each form that opens nothing costs one scrypt run."""
    forms = [*candidates(passphrase), *spaced_form(passphrase)]
    return forms if passphrase in forms else [*forms, passphrase]


def _unseal(path: Path, passphrase: str) -> bytes:
    try:
        sealed = outside.read_outside(path, outside.KEY_FILE)
    except outside.OutsideFileError as exc:
        if exc.code == "outside.missing":
            raise OfficeKeyError(f"{path}: missing (is this an office keys folder?)",
                                 code="office.keys.missing", path=str(path)) from None
        raise
    if len(sealed) > MAX_SECRET_FILE:
        raise OfficeKeyError(f"{path}: too large to be an office key file",
                             code="office.keys.damaged", path=str(path))
    for candidate in _candidates(passphrase):
        out = io.BytesIO()
        try:
            age.decrypt(io.BytesIO(sealed), out, passphrase=candidate)
        except age.NoIdentityMatchError:
            continue
        except age.AgeError as exc:
            raise OfficeKeyError(f"{path}: not a readable age file ({exc})",
                                 code="office.keys.damaged", path=str(path)) from exc
        return out.getvalue()
    raise OfficeKeyError(f"{path}: wrong passphrase", code="office.keys.wrong_passphrase",
                         path=str(path))


# --- files -------------------------------------------------------------------------------------

def _write_new(target: Path, data: bytes) -> None:
    """Write `target` atomically, 0600, and fail if it already exists (never overwrite)."""
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, target)  # atomic and refuses an existing name
        except FileExistsError as exc:
            raise OfficeKeyError(f"{target} already exists; not overwriting a key",
                                 code="office.keys.exists", path=str(target)) from exc
        except OSError:
            # Filesystems without hard links: the existence check and rename are not one step,
            # but the folder is private to this user.
            if target.exists():
                raise OfficeKeyError(f"{target} already exists; not overwriting a key",
                                     code="office.keys.exists", path=str(target)) from None
            os.rename(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_dir(target.parent)


def _new_generation(name: str, passphrase: str, endorse_with: nacl.signing.SigningKey | None
                    ) -> tuple[bytes, bytes, bytes]:
    """(sealed identity, sealed signing key, card) for a fresh generation of keys."""
    created = datetime.now(UTC).replace(microsecond=0)
    identity, recipient = age.generate_x25519()
    signing_key = nacl.signing.SigningKey.generate()
    card = keycard.create_card(signing_key, "office", name, [recipient],
                               endorse_with=endorse_with, created=created)
    key_id = keycard.parse_card(card).key_id
    return (_seal(_identity_text(identity, recipient, created), passphrase),
            _seal(_signing_text(signing_key, key_id), passphrase), card)


def _check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise OfficeKeyError("the passphrase must not be empty", code="cli.passphrase_empty")


def _check_new_passphrase(passphrase: str, name: str) -> None:
    """The one strength rule of the window and both command lines (zxcvbn, see
    `vault.passphrase`): the office's keys guard every signal, so a weak passphrase is refused
    (WeakPassphrase) before any key is made, judged in the normalised form the key files are
    sealed under (`_seal`), knowing the office's `name` as the liaison's rule knows theirs."""
    _check_passphrase(normalise(passphrase))
    check_new_passphrase(normalise(passphrase), user_inputs=(name,))


def generate_office_keys(out_dir: Path, name: str, passphrase: str) -> OfficeKeyPaths:
    """Create the office identity, signing key and card in `out_dir`; never overwrite.

    Raises OfficeKeyError (empty passphrase, files exist), WeakPassphrase (zxcvbn score under
    `vault.passphrase.MIN_SCORE`) or KeyCardError (a bad name) before anything is written.
    """
    _check_new_passphrase(passphrase, name)
    keycard.check_name(name)
    paths = OfficeKeyPaths.in_dir(Path(out_dir))
    for path in (*paths.files(), *_next_paths(paths.directory).files()):
        if path.exists():
            raise OfficeKeyError(f"{path} already exists; not overwriting office keys",
                                 code="office.keys.exists", path=str(path))
    if not paths.directory.exists():
        # A folder we create is private; an existing one (say, a home folder) keeps its mode:
        # the key files themselves are 0600 either way.
        paths.directory.mkdir(mode=0o700, parents=True)
    blobs = _new_generation(name, passphrase, None)
    written: list[Path] = []
    try:
        for path, data in zip(paths.files(), blobs, strict=True):  # the card last
            _write_new(path, data)
            written.append(path)
    except BaseException:
        for path in written:  # no half set of keys that looks usable
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    return paths


# --- loading -----------------------------------------------------------------------------------

def _finish_interrupted_rotation(directory: Path) -> None:
    current, pending = OfficeKeyPaths.in_dir(directory), _next_paths(directory)
    if pending.card.exists():
        for src, dst in zip(pending.files(), current.files(), strict=True):
            if src.exists():
                os.replace(src, dst)
    else:
        for leftover in (pending.identity, pending.signing):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_dir(directory)


def load_office_card(directory: Path) -> KeyCard:
    """The current office card in `directory` (finishing an interrupted rotation first).

    Raises KeyCardError."""
    directory = Path(directory)
    _finish_interrupted_rotation(directory)
    return keycard.load_card(OfficeKeyPaths.in_dir(directory).card)


def _load_generation_identity(paths: OfficeKeyPaths, passphrase: str) -> str:
    card = keycard.load_card(paths.card)
    text = _unseal(paths.identity, passphrase).decode("ascii", "replace")
    try:
        identities = age.parse_identities(text)
    except age.AgeError as exc:
        raise OfficeKeyError(f"{paths.identity}: not an age identity file",
                             code="office.keys.damaged", path=str(paths.identity)) from exc
    if len(identities) != 1 or age.recipient_for(identities[0]) not in card.recipients:
        raise OfficeKeyError(f"{paths.identity}: does not belong to the card {paths.card}",
                             code="office.keys.not_this_card", path=str(paths.identity))
    return identities[0]


def _load_generation_signing_key(paths: OfficeKeyPaths, passphrase: str
                                 ) -> nacl.signing.SigningKey:
    card = keycard.load_card(paths.card)
    key = _parse_signing_text(_unseal(paths.signing, passphrase), paths.signing)
    if not keycard.signing_keys_equal(bytes(key.verify_key), card.verify_key):
        raise OfficeKeyError(f"{paths.signing}: does not belong to the card {paths.card}",
                             code="office.keys.not_this_card", path=str(paths.signing))
    return key


def generations(directory: Path) -> list[OfficeKeyPaths]:
    """The current generation first, then retired ones, newest first."""
    directory = Path(directory)
    _finish_interrupted_rotation(directory)
    retired_root = directory / RETIRED_DIR
    retired = sorted(
        (p for p in retired_root.iterdir() if _RETIRED_NAME.fullmatch(p.name) and p.is_dir()),
        reverse=True,
    ) if retired_root.is_dir() else []
    return [OfficeKeyPaths.in_dir(directory), *(OfficeKeyPaths.in_dir(p) for p in retired)]


def load_office_identity(directory: Path, passphrase: str) -> str:
    """The current office age identity (`AGE-SECRET-KEY-1…`)."""
    return _load_generation_identity(generations(directory)[0], passphrase)


def load_all_office_identities(directory: Path, passphrase: str) -> list[str]:
    """Current and retired identities, so items sealed before a rotation still open."""
    return [_load_generation_identity(g, passphrase) for g in generations(directory)]


def load_office_signing_key(directory: Path, passphrase: str, key_id: str | None = None
                            ) -> nacl.signing.SigningKey:
    """The current signing key, or the (possibly retired) one whose card has `key_id`."""
    for generation in generations(directory):
        if key_id is None or keycard.load_card(generation.card).key_id == key_id:
            return _load_generation_signing_key(generation, passphrase)
    raise OfficeKeyError(f"no office signing key with key id {key_id} in {directory}",
                         code="office.keys.no_such_key", key_id=key_id)


# --- rotation ----------------------------------------------------------------------------------

def rotate_office_keys(directory: Path, passphrase: str, new_name: str | None = None
                       ) -> Rotation:
    """Make a new generation endorsed by the current signing key; retire the current one;
    write the chain file (office-chain.cards) for liaisons who missed a rotation."""
    directory = Path(directory)
    current = generations(directory)[0]
    old_card = keycard.load_card(current.card)
    _load_generation_identity(current, passphrase)  # proves the passphrase and the set match
    old_key = _load_generation_signing_key(current, passphrase)
    name = new_name if new_name is not None else old_card.name
    keycard.check_name(name)

    stamp = old_card.created.replace("-", "").replace(":", "")
    retired = OfficeKeyPaths.in_dir(
        ensure_private_dir(directory / RETIRED_DIR) / f"{stamp}-{old_card.key_id[:8]}"
    )
    ensure_private_dir(retired.directory)
    for src, dst in zip(current.files(), retired.files(), strict=True):
        write_atomic(dst, src.read_bytes())

    pending = _next_paths(directory)
    for path, data in zip(pending.files(), _new_generation(name, passphrase, old_key),
                          strict=True):
        write_atomic(path, data)  # the card last: its existence is the commit point
    _finish_interrupted_rotation(directory)
    new_card = keycard.load_card(current.card)
    keycard.verify_rotation(old_card, new_card)
    from intake_app.office import chain_file  # it reads this module's generations

    chain, count = chain_file.write_chain(directory)
    return Rotation(current, retired, old_card, new_card, chain, count)
