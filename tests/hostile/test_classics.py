"""The hostile classics, each refused with its exact error (issue 10, "tests/hostile/").

The zip bomb, the tar with `../` and links, a 2^31 declared size, a 50,000×50,000 PNG header,
an age header with 10,000 stanzas (test_reference_strictness.py), a card with a valid signature
over other content, a receipt for another liaison. None may crash, hang or allocate without
bound; each says what it is.
"""

from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

import nacl.signing
import pytest
from bundle_kit import member, signal_json
from transfer_kit import open_at_office, seal_signals, set_up

from intake_app.bundle import container
from intake_app.bundle.errors import DamagedBundleError
from intake_app.bundle.reader import scan_part
from intake_app.bundle.receipt import make_receipt
from intake_app.crypto import keycard, signing
from intake_app.crypto.keycard import KeyCardError
from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, UNREADABLE_OFFICE_DOCUMENT
from intake_app.office.unseal import UnsealError, read_sealed_item
from intake_app.services.transfer_errors import ReceiptRejected

ATTACHMENT = "attachments/01-a.bin"
CONTENT = b"attachment bytes"


def test_zip_bomb_docx_is_sealed_as_is_without_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr("word/document.xml", b"\0" * (300 << 20))  # 300 MiB of zeros
    assert len(out.getvalue()) < 1 << 20
    result = clean_attachment(out.getvalue(), "bomb.docx")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (UNREADABLE_OFFICE_DOCUMENT,))


def _tar(members: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return out.getvalue()


@pytest.mark.parametrize(("case", "escape", "message"), [
    ("dot-dot", member("../x", CONTENT),
     "the sealed item holds a member that is not listed (or out of order)"),
    ("symlink", member(ATTACHMENT, kind=tarfile.SYMTYPE, linkname="/etc/passwd"),
     "the sealed item holds a link, device or folder, not a regular file"),
    ("hardlink", member(ATTACHMENT, kind=tarfile.LNKTYPE, linkname="signal.json"),
     "the sealed item holds a link, device or folder, not a regular file"),
])
def test_tar_with_dot_dot_and_links_is_refused(tmp_path: Path, case: str,
                                               escape: tuple, message: str) -> None:
    plain = _tar([member("signal.json", signal_json(1, [(ATTACHMENT, CONTENT)])), escape])
    with pytest.raises(UnsealError) as caught:
        read_sealed_item(io.BytesIO(plain), max_plaintext=len(plain), staging=tmp_path)
    assert str(caught.value) == message
    assert list(tmp_path.iterdir()) == []  # nothing staged, nothing escaped


def test_a_container_entry_declaring_two_to_the_31_bytes_is_refused(tmp_path: Path) -> None:
    """A tiny file whose directory claims a 2 GiB entry: found by the layout check, unread."""
    entry = container.Entry("items/" + "a" * 32 + ".age", 0, 1 << 31, 0)
    header = container.local_header(entry.name, entry.size, 0)
    directory = container.central_entry(entry)
    cd_offset = len(header)
    data = header + directory + container.trailer(1, cd_offset, len(directory))
    path = tmp_path / "declared.zip"
    path.write_bytes(data)
    with pytest.raises(DamagedBundleError) as caught:
        scan_part(path)
    assert str(caught.value) == "damaged: unexpected bytes before the directory"


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def test_a_50000_by_50000_png_header_is_not_decoded() -> None:
    """Its pixels are never decoded: the metadata is stripped in the container instead."""
    result = clean_attachment(_png_header(50_000, 50_000), "huge.png")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))


def test_a_card_with_a_valid_signature_over_other_content_is_refused() -> None:
    key = nacl.signing.SigningKey.generate()
    genuine = keycard.create_card(key, "liaison", "Amina", [])
    other = keycard.create_card(key, "liaison", "Bram", [])
    signature = genuine.splitlines(keepends=True)[-1]  # valid: by the same key, over Amina
    forged = b"".join(other.splitlines(keepends=True)[:-1]) + signature
    with pytest.raises(KeyCardError) as caught:
        keycard.parse_card(forged)
    assert str(caught.value) == "the card's signature does not verify: it was altered"


def test_a_receipt_for_another_liaison_is_refused(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    ids = seal_signals(session, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    summary = open_at_office(office, session.export(stick).paths)
    someone_else = nacl.signing.SigningKey.generate()
    other = make_receipt(office.signing_key, summary.bundle_id,
                         signing.key_id(signing.verify_key_bytes(someone_else)), ids)
    path = tmp_path / "receipt.json"
    path.write_bytes(other)
    with pytest.raises(ReceiptRejected) as caught:
        session.import_receipt(path)
    assert caught.value.reason == "other_liaison"
    session.lock()
