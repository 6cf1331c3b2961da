"""Attachment blobs: secretstream files that open only whole, unaltered and in their place."""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pytest
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
                                  2 * blobs.CHUNK])
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


@pytest.mark.parametrize("cut", [1, blobs.ABYTES, blobs.CHUNK + blobs.ABYTES])
def test_truncated_blob_is_refused(tmp_path: Path, cut: int) -> None:
    target = written(tmp_path, 2 * blobs.CHUNK + 5)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) - cut])
    with pytest.raises(AttachmentDamaged), blobs.BlobReader(target, KEY, AD) as reader:
        reader.read()


def test_truncated_at_a_chunk_boundary_is_refused(tmp_path: Path) -> None:
    target = written(tmp_path, 2 * blobs.CHUNK)
    header = len(blobs.MAGIC) + blobs.HEADER_BYTES
    target.write_bytes(target.read_bytes()[: header + blobs.CHUNK + blobs.ABYTES])
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
