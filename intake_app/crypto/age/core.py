"""Encrypt and decrypt whole age files: recipients → header → payload, and back.

Callers should write `dst` with `intake_app.fs.atomic.atomic_writer`: on any error (a damaged
file, or `progress` raising to cancel) the exception propagates, the temporary file is removed,
and nothing that looks complete is left. Decryption writes a chunk only after its tag verifies
and raises on truncation before returning.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import scrypt, x25519
from .armor import BEGIN, ArmorReader, ArmorWriter, looks_armored
from .errors import ArmorError, HeaderError, KeyFormatError, NoIdentityMatchError
from .file_objects import DecryptingReader, EncryptingWriter
from .header import Header, Stanza, encode_header, read_header, verify_mac
from .hkdf import payload_key
from .inputs import BackgroundInput, DirectInput
from .outputs import BackgroundOutput, BlockSink, DirectOutput, SinkOutput
from .payload import (
    NONCE_SIZE,
    PLAIN_BLOCK,
    SEALED_BLOCK,
    PayloadSealer,
    Progress,
    open_payload,
    seal_source,
)
from .source import ByteSource

FILE_KEY_SIZE = 16


def _recipient_stanzas(
    file_key: bytes, recipients: Iterable[str], passphrase: str | bytes | None, work_factor: int
) -> list[Stanza]:
    publics = [x25519.parse_recipient(r) for r in recipients]
    if passphrase is not None:
        if publics:
            raise KeyFormatError("a passphrase cannot be combined with recipients (age spec)")
        if not passphrase:
            raise KeyFormatError("the passphrase is empty")
        return [scrypt.wrap(file_key, passphrase, work_factor)]
    if not publics:
        raise KeyFormatError("no recipient and no passphrase given")
    return [x25519.wrap(file_key, public) for public in publics]


def _start_payload(
    dst: Any,
    recipients: Iterable[str],
    passphrase: str | bytes | None,
    armor: bool,
    work_factor: int,
) -> tuple[bytes, Any]:
    """Write the header and payload nonce; return (payload key, the stream to write on)."""
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = _recipient_stanzas(file_key, recipients, passphrase, work_factor)
    out = ArmorWriter(dst) if armor else dst
    nonce = os.urandom(NONCE_SIZE)
    out.write(encode_header(stanzas, file_key) + nonce)
    return payload_key(file_key, nonce), out


def encrypt(
    src: Any,
    dst: Any,
    recipients: Iterable[str] = (),
    passphrase: str | bytes | None = None,
    armor: bool = False,
    progress: Progress = None,
    *,
    work_factor: int = scrypt.DEFAULT_WORK_FACTOR,
) -> None:
    """Encrypt binary file object `src` into `dst` to X25519 recipients or one passphrase."""
    key, out = _start_payload(dst, recipients, passphrase, armor, work_factor)
    seal_source(ByteSource(src), out.write, key, progress)
    if armor:
        out.close()


def open_encrypt(
    dst: Any,
    recipients: Iterable[str] = (),
    passphrase: str | bytes | None = None,
    armor: bool = False,
    *,
    work_factor: int = scrypt.DEFAULT_WORK_FACTOR,
) -> EncryptingWriter:
    """A writable stream into `dst`; `close()` (or leaving `with` cleanly) finishes the file.

    A `dst` that is an `outputs.BlockSink` (and no armor) gets the payload sealed straight into
    its own buffers; any other `dst` gets `write` calls of up to one sealed block.
    """
    key, out = _start_payload(dst, recipients, passphrase, armor, work_factor)
    if not armor and isinstance(dst, BlockSink):
        output: SinkOutput | DirectOutput = SinkOutput(dst)
    else:
        output = DirectOutput(out.write, SEALED_BLOCK)
    sealer = PayloadSealer(key, output)
    return EncryptingWriter(sealer, out.close if armor else lambda: None)


def _unwrap_file_key(
    header: Header, identities: Iterable[str], passphrase: str | bytes | None
) -> bytes:
    secrets = [x25519.parse_identity(i) for i in identities]
    if not secrets and passphrase is None:
        raise KeyFormatError("no identity and no passphrase given")
    # Check every stanza we know before trying keys, so a malformed one fails the same way
    # whoever opens the file.
    for stanza in header.stanzas:
        if stanza.type == x25519.STANZA_TYPE:
            x25519.check_stanza(stanza)
        elif stanza.type == scrypt.STANZA_TYPE:
            if len(header.stanzas) != 1:
                raise HeaderError("an scrypt stanza must be the only stanza in the header")
            scrypt.check_stanza(stanza)
    for stanza in header.stanzas:
        file_key = None
        if stanza.type == x25519.STANZA_TYPE:
            for secret in secrets:
                file_key = file_key or x25519.unwrap(stanza, secret)
        elif stanza.type == scrypt.STANZA_TYPE and passphrase is not None:
            file_key = scrypt.unwrap(stanza, passphrase)
        if file_key is not None:
            return file_key
    raise NoIdentityMatchError("no identity or passphrase given opens this file")


def _open_source(src: Any, armor: bool | None) -> ByteSource:
    source = ByteSource(src)
    if armor is None:
        armor = looks_armored(source)
        if armor and not source.peek(len(BEGIN)).startswith(BEGIN):
            # `age` detects armor only at the very first byte and refuses this file; so do we.
            # (A caller that says the file is armored gets the armor reader's whitespace rule.)
            raise ArmorError("whitespace before the armor: not an age file as `age` reads it")
    return ByteSource(ArmorReader(source)) if armor else source


def _payload_batches(
    src: Any,
    identities: Iterable[str],
    passphrase: str | bytes | None,
    progress: Progress,
    armor: bool | None,
    acquire: Callable[[], memoryview],
    input_kind: type[BackgroundInput] | type[DirectInput],
) -> tuple[Iterator[memoryview], Callable[[], None]]:
    """Check the header; return (verified plaintext batches, a function that stops reading)."""
    source = _open_source(src, armor)
    header = read_header(source)
    file_key = _unwrap_file_key(header, identities, passphrase)
    verify_mac(header, file_key)
    nonce = source.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        # The reference (age and the CCTV vectors) calls this a header failure.
        raise HeaderError("the file ends before or inside the 16-byte payload nonce")
    reader = input_kind(source, SEALED_BLOCK)
    batches = open_payload(
        reader.blocks(), reader.release, payload_key(file_key, nonce), progress, acquire
    )
    return batches, reader.abort


def decrypt(
    src: Any,
    dst: Any,
    identities: Iterable[str] = (),
    passphrase: str | bytes | None = None,
    progress: Progress = None,
    *,
    armor: bool | None = None,
) -> None:
    """Decrypt `src` into `dst`. `armor=None` detects ASCII armor; True/False insist.

    Only verified chunks reach `dst`, and truncation or trailing data raises before returning.
    """
    output = BackgroundOutput(dst.write, PLAIN_BLOCK)
    stop_reading: Callable[[], None] = lambda: None  # noqa: E731
    try:
        batches, stop_reading = _payload_batches(
            src, identities, passphrase, progress, armor, output.acquire, BackgroundInput
        )
        for batch in batches:
            output.submit(batch)
    except BaseException:
        stop_reading()
        output.abort()
        raise
    output.close()


def open_decrypt(
    src: Any,
    identities: Iterable[str] = (),
    passphrase: str | bytes | None = None,
    *,
    armor: bool | None = None,
) -> DecryptingReader:
    """A readable stream of verified plaintext; the header is checked before this returns."""
    buffer = memoryview(bytearray(PLAIN_BLOCK))  # the reader copies out before asking for more
    batches, _ = _payload_batches(
        src, identities, passphrase, None, armor, lambda: buffer, DirectInput
    )
    return DecryptingReader(batches)
