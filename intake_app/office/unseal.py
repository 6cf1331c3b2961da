"""Read the tar inside a decrypted sealed item, treating it as hostile.

The stream must be exactly what docs/ARCHITECTURE.md "The sealed item" describes:
`signal.json` first, then one regular file per attachment listed in it, in that order, under
exactly the listed name and size, with the listed SHA-256. Anything else (links, devices,
directories, other names, `..`, absolute paths, extra or missing members, oversized headers or
members, data after the end) is refused with an `UnsealError`.

Nothing is ever written under a name taken from the tar: attachments are streamed to random
temp files in `staging`, so a path escape is impossible by construction.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from intake_app.domain.signal import (
    MAX_SIGNAL_JSON,
    SignalError,
    SignalRecord,
    signal_from_json,
)
from intake_app.errors import SeinpostError, Worded
from intake_app.office.sealed_tar import Member, SealedTarReader, TarFormatError

SIGNAL_MEMBER = "signal.json"
_CHUNK = 1 << 20


class UnsealError(SeinpostError):
    """The plaintext of a sealed item is not a well-formed sealed item: a code per finding
    ("office.unseal_<finding>", sentences/office.py), with `reason` (a `Worded`) where the
    finding carries one (the record's or the tar reader's, `sentences/office_unseal.py`)."""

    code = "office.unseal"
    codes = ("office.unseal", *(f"office.unseal_{key}" for key in (
        "not_listed", "not_regular", "member_size", "member_too_large", "no_signal_json",
        "invalid_signal", "unsafe_name", "attachment_missing", "attachment_hash",
        "unlisted_member", "bad_tar")))


@dataclass(frozen=True)
class StagedAttachment:
    """An attachment read from a sealed item into a private temp file, with its SHA-256 (hex)
    and size in bytes."""

    file: str  # "attachments/NN-name", as listed in signal.json
    sha256: str
    size: int
    path: Path  # temp file in the staging folder


@dataclass(frozen=True)
class UnsealedItem:
    """A sealed item's parsed record, its signal.json bytes and its staged attachments."""

    record: SignalRecord
    signal_json: bytes
    attachments: tuple[StagedAttachment, ...]


def _check_member(member: Member, name: str, size: int, budget: int) -> None:
    if member.name != name:
        raise UnsealError(code="office.unseal_not_listed")
    if member.type != tarfile.REGTYPE:
        raise UnsealError(code="office.unseal_not_regular")
    if member.size != size:
        raise UnsealError(code="office.unseal_member_size")
    if member.size > budget:
        raise UnsealError(code="office.unseal_member_too_large")


def _safe_name(name: str) -> bool:
    return (not name.startswith(("/", "\\")) and ".." not in name.split("/")
            and "\\" not in name and "\x00" not in name)


def read_sealed_item(plain: BinaryIO, *, max_plaintext: int, staging: Path) -> UnsealedItem:
    """Parse the tar from `plain` (decrypted, authenticated bytes); stage the attachments.

    `max_plaintext` bounds everything read (the ciphertext size is a safe bound). On error the
    staged files of this item are removed.
    """
    staged: list[StagedAttachment] = []
    try:
        return _read(plain, max_plaintext, staging, staged)
    except BaseException:
        for item in staged:
            with contextlib.suppress(OSError):
                item.path.unlink()
        raise


def _read(plain: BinaryIO, budget: int, staging: Path,
          staged: list[StagedAttachment]) -> UnsealedItem:
    tar = SealedTarReader(plain, budget)
    try:
        first = tar.next()
        if first is None or first.name != SIGNAL_MEMBER:
            raise UnsealError(code="office.unseal_no_signal_json")
        _check_member(first, SIGNAL_MEMBER, first.size, min(budget, MAX_SIGNAL_JSON))
        signal_json = b"".join(tar.read(first, first.size))
        try:
            record = signal_from_json(signal_json)
        except SignalError as exc:
            raise UnsealError(code="office.unseal_invalid_signal",
                                  reason=Worded.of_error(exc)) from None
        left = budget - first.size
        for listed in record.attachments:
            if not _safe_name(listed.file):
                raise UnsealError(code="office.unseal_unsafe_name")
            member = tar.next()
            if member is None:
                raise UnsealError(code="office.unseal_attachment_missing")
            _check_member(member, listed.file, listed.size, left)
            staged.append(_stage(tar, member, staging))
            left -= member.size
            if staged[-1].sha256 != listed.sha256:
                raise UnsealError(code="office.unseal_attachment_hash")
        if tar.next() is not None:
            raise UnsealError(code="office.unseal_unlisted_member")
        tar.finish(_CHUNK)
    except TarFormatError as exc:
        raise UnsealError(code="office.unseal_bad_tar",
                          reason=Worded.of_error(exc)) from None
    return UnsealedItem(record, signal_json, tuple(staged))


def _stage(tar: SealedTarReader, member: Member, staging: Path) -> StagedAttachment:
    path = staging / f"{secrets.token_hex(16)}.staged"
    digest = hashlib.sha256()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        try:
            for chunk in tar.read(member, _CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        except BaseException:
            out.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
    return StagedAttachment(member.name, digest.hexdigest(), member.size, path)
