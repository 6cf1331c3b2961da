"""The courier check, without keys: complete, damaged (which entry), incomplete, not a bundle."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from bundle_kit import Liaison, seal_item

from intake_app.bundle.check import COMPLETE, DAMAGED, INCOMPLETE, NOT_A_BUNDLE, check_bundles
from intake_app.bundle.reader import scan_part
from intake_app.crypto import age


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    recipient = age.generate_x25519()[1]
    made = [(f"i{n}", seal_item(tmp_path / f"{n}.age", n, [recipient])) for n in range(2)]
    return Liaison("A").write(made, tmp_path / "usb", [recipient]).paths[0]


def status(path: Path) -> tuple[str, str]:
    (result,) = check_bundles([path])
    return result.status, result.message


def test_an_intact_bundle_is_complete(bundle: Path) -> None:
    assert status(bundle)[0] == COMPLETE


def test_a_damaged_entry_is_named(bundle: Path, tmp_path: Path) -> None:
    scanned = scan_part(bundle)
    name = next(n for n in scanned.entries if n.startswith("items/"))
    data = bytearray(bundle.read_bytes())
    data[scanned.entries[name].data_offset + 5] ^= 0x40
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    kind, message = status(bad)
    assert kind == DAMAGED and name in message
    (result,) = check_bundles([bad])
    assert result.entry == name


def test_a_cut_off_bundle_is_incomplete(bundle: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[:-500])
    assert status(cut)[0] == INCOMPLETE


@pytest.mark.parametrize("content", [b"", b"hello", b"PK\x05\x06" + bytes(18), b"\x00" * 4096])
def test_other_files_are_not_bundles(tmp_path: Path, content: bytes) -> None:
    other = tmp_path / "other.zip"
    other.write_bytes(content)
    # Not even the start of a ZIP container (an empty ZIP has no local header either):
    # "not a bundle", never "incomplete", which would send the courier looking for more.
    assert status(other) == (NOT_A_BUNDLE,
                             "not a bundle: the file does not start like a ZIP container")


def test_an_ordinary_zip_is_not_a_bundle(tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.txt", "hello")
    assert status(other) == (NOT_A_BUNDLE, "not a bundle: an ordinary ZIP file, not a Seinpost "
                                           "bundle")


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    assert status(tmp_path / "nope.zip")[0] == NOT_A_BUNDLE
