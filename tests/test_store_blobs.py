"""Attachment blobs (format 3, STREAM with AES-256-GCM; format 2 with ChaCha20-Poly1305 still
read): files that open only whole, unaltered and in their place."""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.store import blobs
from intake_app.store.errors import AttachmentDamaged

KEY = bytes(range(32))
AD = blobs.associated_data("d" * 32, "a" * 32)


def round_trip(tmp: Path, data: bytes) -> bytes:
    target = tmp / f"{secrets.token_hex(4)}.blob"
    size, _ = blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    assert size == len(data)
    with blobs.BlobReader(target, KEY, AD) as reader:
        return reader.read()


@pytest.mark.parametrize("size", [0, 1, blobs.CHUNK - 1, blobs.CHUNK, blobs.CHUNK + 1,
                                  2 * blobs.CHUNK, blobs.PLAIN_BLOCK - 1, blobs.PLAIN_BLOCK,
                                  blobs.PLAIN_BLOCK + 1, 2 * blobs.PLAIN_BLOCK + blobs.CHUNK])
def test_round_trip_at_chunk_edges(tmp_path: Path, size: int) -> None:
    data = secrets.token_bytes(size)
    assert round_trip(tmp_path, data) == data


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=5000))
def test_round_trip_any_bytes(tmp_path_factory, data: bytes) -> None:
    assert round_trip(tmp_path_factory.mktemp("b"), data) == data


def written(tmp_path: Path, size: int) -> Path:
    target = tmp_path / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(b"z" * size))
    return target


@pytest.mark.parametrize("cut", [1, blobs.TAG, blobs.SEALED_CHUNK, blobs.SEALED_CHUNK + 5])
def test_truncated_blob_is_refused(tmp_path: Path, cut: int) -> None:
    target = written(tmp_path, 2 * blobs.CHUNK + 5)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) - cut])
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, KEY, AD) as reader:
        reader.read()


def test_truncated_at_a_chunk_boundary_is_refused(tmp_path: Path) -> None:
    target = written(tmp_path, 2 * blobs.CHUNK)
    target.write_bytes(target.read_bytes()[: blobs.HEADER + blobs.SEALED_CHUNK])
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, KEY, AD) as reader:
        reader.read()


def test_flipped_bit_wrong_key_and_wrong_place_are_refused(tmp_path: Path) -> None:
    target = written(tmp_path, 1000)
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, bytes(32), AD) as r:
        r.read()
    other_ad = blobs.associated_data("d" * 32, "b" * 32)
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, KEY, other_ad) as r:
        r.read()
    data = bytearray(target.read_bytes())
    data[100] ^= 1
    target.write_bytes(bytes(data))
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, KEY, AD) as r:
        r.read()


def test_cancel_from_progress_leaves_no_file(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int) -> None:
        if done >= blobs.CHUNK:
            raise Stop

    with pytest.raises(Stop):
        blobs.write_blob(tmp_path / "x.blob", KEY, AD, io.BytesIO(b"q" * (3 * blobs.CHUNK)),
                         progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_reader_serves_small_reads(tmp_path: Path) -> None:
    data = secrets.token_bytes(blobs.CHUNK + 777)
    target = tmp_path / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    parts = []
    with blobs.BlobReader(target, KEY, AD) as reader:
        while part := reader.read(65536):
            parts.append(part)
    assert b"".join(parts) == data


def test_the_file_is_the_documented_format(tmp_path: Path) -> None:
    """MAGIC, salt, then CHUNK-sized sealed chunks; a fresh salt each time, so the same
    attachment stored twice under the same key gives unrelated files."""
    size = 2 * blobs.CHUNK + 5
    first, second = tmp_path / "a.blob", tmp_path / "b.blob"
    data = secrets.token_bytes(size)
    blobs.write_blob(first, KEY, AD, io.BytesIO(data))
    blobs.write_blob(second, KEY, AD, io.BytesIO(data))
    raw, other = first.read_bytes(), second.read_bytes()
    assert raw.startswith(blobs.MAGIC)
    assert len(raw) == blobs.HEADER + size + 3 * blobs.TAG
    salt = slice(len(blobs.MAGIC), blobs.HEADER)
    assert raw[salt] != other[salt]
    assert raw[blobs.HEADER :][:64] != other[blobs.HEADER :][:64]
    assert data[:64] not in raw


def sealed_chunks(path: Path) -> tuple[bytes, list[bytes]]:
    raw = path.read_bytes()
    body = raw[blobs.HEADER :]
    step = blobs.SEALED_CHUNK
    return raw[: blobs.HEADER], [body[i : i + step] for i in range(0, len(body), step)]


def refused(path: Path) -> None:
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(path, KEY, AD) as reader:
        reader.read()


def test_reordered_dropped_or_appended_chunks_are_refused(tmp_path: Path) -> None:
    target = written(tmp_path, 3 * blobs.CHUNK)
    head, chunks = sealed_chunks(target)
    for body in ([chunks[1], chunks[0], chunks[2]],  # reordered
                 [chunks[0], chunks[2]],  # a middle chunk dropped
                 [*chunks, chunks[2]],  # a chunk repeated at the end
                 chunks[:2]):  # the last chunk dropped: the new last one is not marked last
        target.write_bytes(head + b"".join(body))
        refused(target)
    target.write_bytes(head + b"".join(chunks) + b"\0")  # a byte appended
    refused(target)


# Each format as documented, built here without the product's STREAM code: magic, the HKDF
# info label, the AEAD.
FORMATS = {3: (b"SPBLOB3\n", b"v3", AESGCM), 2: (b"SPBLOB2\n", b"v2", ChaCha20Poly1305)}


def stream_key(salt: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=label + b"\x00" + AD).derive(KEY)


def nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def build_blob(version: int, data: bytes, salt: bytes = b"s" * 32) -> bytes:
    """A blob of `version` as its documentation says: magic, salt, 64 KiB chunks each sealed
    with the counter and last-flag nonce (an empty attachment is one empty last chunk)."""
    magic, label, cipher = FORMATS[version]
    aead = cipher(stream_key(salt, label))
    pieces = [data[i : i + blobs.CHUNK] for i in range(0, len(data), blobs.CHUNK)] or [b""]
    return magic + salt + b"".join(
        aead.encrypt(nonce(n, n == len(pieces) - 1), piece, None)
        for n, piece in enumerate(pieces))


def open_blob(version: int, raw: bytes) -> bytes:
    """The plaintext of a blob of `version`, opened as its documentation says."""
    magic, label, cipher = FORMATS[version]
    assert raw[: len(magic)] == magic
    aead = cipher(stream_key(raw[len(magic) : blobs.HEADER], label))
    body = raw[blobs.HEADER :]
    step = blobs.SEALED_CHUNK
    chunks = [body[i : i + step] for i in range(0, len(body), step)]
    return b"".join(aead.decrypt(nonce(n, n == len(chunks) - 1), chunk, None)
                    for n, chunk in enumerate(chunks))


@pytest.mark.parametrize("size", [0, 1, blobs.CHUNK, blobs.PLAIN_BLOCK + blobs.CHUNK + 5])
def test_a_new_blob_is_format_3_aes_256_gcm_as_documented(tmp_path: Path, size: int) -> None:
    data = secrets.token_bytes(size)
    target = tmp_path / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    assert open_blob(3, target.read_bytes()) == data


@pytest.mark.parametrize("version", [3, 2])
@pytest.mark.parametrize("size", [0, 1, blobs.CHUNK, blobs.PLAIN_BLOCK + blobs.CHUNK + 5])
def test_a_blob_of_format_3_or_2_as_documented_is_read(tmp_path: Path, version: int,
                                                       size: int) -> None:
    """Format 2 is what Seinpost 0.1.0 wrote: its drafts' attachments still open and seal."""
    data = secrets.token_bytes(size)
    target = tmp_path / "x.blob"
    target.write_bytes(build_blob(version, data))
    with blobs.BlobReader(target, KEY, AD) as reader:
        assert reader.read() == data


@pytest.mark.parametrize("version", [3, 2])
def test_a_blob_of_either_format_with_a_changed_byte_is_refused(tmp_path: Path,
                                                                version: int) -> None:
    raw = bytearray(build_blob(version, b"q" * (blobs.CHUNK + 10)))
    target = tmp_path / "x.blob"
    for index in (blobs.HEADER + 5, len(raw) - 3):
        changed = raw.copy()
        changed[index] ^= 1
        target.write_bytes(bytes(changed))
        refused(target)


@pytest.mark.parametrize("version", [3, 2])
def test_a_blob_relabelled_as_the_other_format_is_refused(tmp_path: Path, version: int) -> None:
    """The magic picks both the cipher and the key's label: a format 2 body under a format 3
    magic (or the reverse) never opens."""
    raw = build_blob(version, b"z" * 1000)
    other = FORMATS[5 - version][0]
    target = tmp_path / "x.blob"
    target.write_bytes(other + raw[len(other) :])
    refused(target)


@pytest.mark.parametrize("version", [3, 2])
def test_an_empty_last_chunk_after_data_is_refused(tmp_path: Path, version: int) -> None:
    """Forging needs the key, so build the forgery with it: data chunks, then an empty chunk
    marked last. A reader must not accept a stream whose final chunk carries nothing."""
    magic, label, cipher = FORMATS[version]
    salt = b"s" * 32
    aead = cipher(stream_key(salt, label))
    forged = aead.encrypt(nonce(0, False), b"z" * blobs.CHUNK, None) + aead.encrypt(
        nonce(1, True), b"", None)
    target = tmp_path / "x.blob"
    target.write_bytes(magic + salt + forged)
    refused(target)


def test_a_swapped_salt_or_other_attachment_id_is_refused(tmp_path: Path) -> None:
    one, two = written(tmp_path, 100), tmp_path / "two.blob"
    blobs.write_blob(two, KEY, AD, io.BytesIO(b"z" * 100))
    head_two, _ = sealed_chunks(two)
    target = tmp_path / "mixed.blob"
    target.write_bytes(head_two + one.read_bytes()[blobs.HEADER :])
    refused(target)
    other = blobs.associated_data("d" * 32, "c" * 32)
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(one, KEY, other) as reader:
        reader.read()


def test_a_format_1_blob_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "old.blob"
    target.write_bytes(b"SPBLOB1\n" + bytes(200))
    with pytest.raises(AttachmentDamaged, match="format that is no longer read"):
        blobs.BlobReader(target, KEY, AD)


@pytest.mark.parametrize("raw", [b"", b"SPBLOB2\n", blobs.MAGIC + bytes(blobs.SALT),
                                 blobs.MAGIC + bytes(blobs.SALT + blobs.TAG - 1),
                                 b"something else entirely" * 10])
def test_garbage_is_refused_not_crashed_on(tmp_path: Path, raw: bytes) -> None:
    target = tmp_path / "g.blob"
    target.write_bytes(raw)
    refused(target)


def test_a_failure_is_sticky_and_no_unverified_bytes_are_served(tmp_path: Path) -> None:
    data = secrets.token_bytes(blobs.PLAIN_BLOCK + blobs.CHUNK)
    target = tmp_path / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    raw = bytearray(target.read_bytes())
    raw[-30] ^= 1  # inside the last chunk, in the second block
    target.write_bytes(bytes(raw))
    buffer = bytearray(blobs.PLAIN_BLOCK)
    with blobs.BlobReader(target, KEY, AD) as reader:
        assert reader.readinto(buffer) == blobs.PLAIN_BLOCK
        assert bytes(buffer) == data[: blobs.PLAIN_BLOCK]
        for _ in range(2):
            with pytest.raises(AttachmentDamaged):
                reader.readinto(buffer)
    assert data[blobs.PLAIN_BLOCK :][:1000] not in bytes(buffer)


@settings(max_examples=25, deadline=None)
@given(st.binary(min_size=1, max_size=3000), st.data())
def test_any_single_byte_change_is_refused(tmp_path_factory, data: bytes, choice) -> None:
    target = tmp_path_factory.mktemp("f") / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    raw = bytearray(target.read_bytes())
    index = choice.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= choice.draw(st.integers(1, 255))
    target.write_bytes(bytes(raw))
    refused(target)
