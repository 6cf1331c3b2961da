"""The office's strict reader of the sealed item's tar (office/sealed_tar.py): what tarfile
writes for a sealed item reads back; every other shape is refused before it is read into
memory; and the reader uses only tarfile's public API."""

from __future__ import annotations

import io
import re
import tarfile
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
