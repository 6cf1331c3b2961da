"""The office's strict reader of the sealed item's tar (office/sealed_tar.py): what tarfile
writes for a sealed item reads back; every other shape is refused before it is read into
memory; and the reader uses only tarfile's public API."""

from __future__ import annotations

import io
import re
import tarfile
import tracemalloc
from pathlib import Path

import pytest

from intake_app.office import sealed_tar
from intake_app.office.sealed_tar import SealedTarReader, TarFormatError


def _tar(members: list[tuple[str, bytes]], **kwargs) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w|", format=kwargs.pop("format", tarfile.PAX_FORMAT),
                      encoding="utf-8", **kwargs) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, 0
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _read_all(data: bytes, budget: int | None = None) -> list[tuple[str, bytes]]:
    reader = SealedTarReader(io.BytesIO(data), len(data) if budget is None else budget)
    found = []
    while (member := reader.next()) is not None:
        found.append((member.name, b"".join(reader.read(member, 7))))
    reader.finish(1 << 16)
    return found


def test_what_tarfile_writes_for_a_sealed_item_reads_back() -> None:
    members = [("signal.json", b"{}"), ("attachments/01-ümlaut-名前.jpg", b"x" * 1000),
               ("attachments/02-" + "n" * 150, b"")]  # non-ASCII and long names go via PAX
    assert _read_all(_tar(members)) == members


@pytest.mark.parametrize("case", ["gnu long name", "global header", "unknown pax key",
                                  "data after the end", "cut short", "over budget",
                                  "padding with data", "pax too large"])
def test_other_shapes_are_refused(case: str) -> None:
    good = _tar([("signal.json", b"{}")])
    if case == "gnu long name":
        data = _tar([("a/" + "n" * 150, b"x")], format=tarfile.GNU_FORMAT)
    elif case == "global header":
        data = _tar([("signal.json", b"{}")], pax_headers={"comment": "hi"})
    elif case == "unknown pax key":
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            info = tarfile.TarInfo("signal.json")
            info.size, info.pax_headers = 2, {"comment": "hi"}
            tar.addfile(info, io.BytesIO(b"{}"))
        data = out.getvalue()
    elif case == "data after the end":
        data = good + b"trailing"
    elif case == "cut short":
        data = good[:600]
    elif case == "over budget":
        with pytest.raises(TarFormatError):
            _read_all(good, budget=1000)
        return
    elif case == "padding with data":
        data = bytearray(good)
        data[512 + 2] = ord("!")  # inside the member's zero padding
        data = bytes(data)
    else:
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            info = tarfile.TarInfo("p" * (sealed_tar.MAX_EXTENDED_HEADER + 10))
            tar.addfile(info, io.BytesIO(b""))
        data = out.getvalue()
    with pytest.raises(TarFormatError):
        _read_all(data)


def test_the_reader_uses_no_private_tarfile_internals() -> None:
    for module in (sealed_tar, __import__("intake_app.office.unseal", fromlist=["x"])):
        source = Path(module.__file__).read_text(encoding="utf-8")
        used = set(re.findall(r"tarfile\.(\w+)", source))
        assert used and not {name for name in used if name.startswith("_")}, module.__name__
        assert not re.search(r"_proc_member|\.fileobj\b|\.buf\b|tarfile\.open", source)


def _with_checksum(block: bytearray) -> bytes:
    """`block` (a 512-byte ustar header) with its checksum field recomputed as tar does."""
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def _pax_header(records: bytes, size_field: bytes | None = None) -> bytes:
    """A PAX extended header block for `records`; `size_field` replaces its 12-byte size."""
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = tarfile.XHDTYPE, len(records)
    block = bytearray(info.tobuf(format=tarfile.USTAR_FORMAT))
    if size_field is not None:
        block[124:136] = size_field
    return _with_checksum(block)


def test_a_negative_base256_size_is_refused_without_reading_the_rest(tmp_path: Path) -> None:
    """A PAX header whose size is -5 in base-256 (first byte 0xff) used to reach `read(-5)`,
    which reads the whole rest of the item into memory: 64 MiB here, under a 1 MiB budget."""
    negative_five = b"\xff" * 11 + b"\xfb"
    path = tmp_path / "item.tar"
    with path.open("wb") as out:
        out.write(_pax_header(b"", size_field=negative_five))
        out.truncate(64 << 20)  # the rest of the item: 64 MiB of (sparse) zeros
    tracemalloc.start()
    try:
        with path.open("rb", buffering=0) as plain:
            with pytest.raises(TarFormatError):
                SealedTarReader(plain, 1 << 20).next()
            consumed = plain.tell()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert consumed <= 1 << 20
    assert peak < 4 << 20


def _pax_record(body: bytes, length_form: bytes = b"%d") -> bytes:
    """One PAX record "<length> <body>\\n" whose length (written as `length_form`) is right."""
    for length in range(1, 1000):
        record = length_form % length + b" " + body + b"\n"
        if len(record) == length:
            return record
    raise AssertionError(body)


def _item_with_pax(record: bytes) -> bytes:
    """A tar: a PAX header holding `record`, then signal.json ("{}", ustar size 2), then end."""
    member = tarfile.TarInfo("signal.json")
    member.size, member.mode, member.mtime = 2, 0o600, 0
    return (_pax_header(record) + record + bytes(-len(record) % 512)
            + member.tobuf(format=tarfile.USTAR_FORMAT) + b"{}" + bytes(510 + 1024))


@pytest.mark.parametrize("size", ["+2", " 2", "2 ", "0_2", "\u0662", "\uff12", "-0", ""])
def test_a_pax_size_that_is_not_ascii_decimal_is_refused(size: str) -> None:
    """POSIX pax sizes are ASCII decimal: a sign, `_`, spaces or other scripts' digits (which
    Python's int accepts) would give one item two byte forms."""
    with pytest.raises(TarFormatError):
        _read_all(_item_with_pax(_pax_record(f"size={size}".encode())))


@pytest.mark.parametrize("length_form", [b"+%d", b"0_%d", b"\t%d", b" %d"])
def test_a_pax_record_length_that_is_not_ascii_decimal_is_refused(length_form: bytes) -> None:
    with pytest.raises(TarFormatError):
        _read_all(_item_with_pax(_pax_record(b"size=2", length_form)))


def test_a_plain_pax_size_still_reads() -> None:
    """The strictness above refuses nothing tarfile writes: ASCII digits read as before."""
    assert _read_all(_item_with_pax(_pax_record(b"size=2"))) == [("signal.json", b"{}")]
