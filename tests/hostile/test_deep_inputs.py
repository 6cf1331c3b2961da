"""Inputs that make a recursive parser recurse: each ends in the project's own error.

Issue 10, case 2: ~300 PAX headers in a row reached the office as "internal error
(RecursionError)"; `record --from` with JSON nested 2,000 deep ended in "Unexpected error", exit 70.
"""

from __future__ import annotations

import io
import secrets
import tarfile
from pathlib import Path

import pytest
from bundle_kit import Liaison, Office, member, signal_json
from liaison_fixtures import run_cli

from intake_app.bundle.errors import BundleError
from intake_app.crypto import age
from intake_app.crypto.canonical import CanonicalError, parse_canonical
from intake_app.fs.json_input import MAX_DEPTH, JsonInputError, loads_bounded, nesting_depth
from intake_app.office.ingest import open_bundle
from intake_app.sentences import sentence

# A copy of ../shared/cases/signal_nested_2000.json: a fresh clone has no ../shared.
SHARED_CASE = Path(__file__).resolve().parents[1] / "data" / "cases" / "signal_nested_2000.json"


def _pax_chain(count: int) -> bytes:
    """`count` PAX extended headers in a row, then a valid signal.json member, then the end."""
    out = io.BytesIO()
    record = b"20 path=signal.json\n"  # a record the office's tar reader accepts
    for _ in range(count):
        info = tarfile.TarInfo("PaxHeader")
        info.type = tarfile.XHDTYPE
        info.size = len(record)
        out.write(info.tobuf(format=tarfile.USTAR_FORMAT))
        out.write(record.ljust(512, b"\0"))
    info, data = member("signal.json", signal_json(1))
    out.write(info.tobuf(format=tarfile.USTAR_FORMAT))
    out.write(data + b"\0" * (-len(data) % 512))
    out.write(b"\0" * 1024)
    return out.getvalue()


def test_three_hundred_pax_headers_in_a_row_are_refused_as_a_bad_tar(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    item = tmp_path / f"{secrets.token_hex(4)}.age"
    with open(item, "wb") as out:
        age.encrypt(io.BytesIO(_pax_chain(300)), out, recipients=[office.recipient])
    path = liaison.write([("it-pax", item)], tmp_path / "out", [office.recipient]).paths[0]
    before = office.snapshot()
    with pytest.raises(BundleError) as caught:
        open_bundle([path], office.conn, office.db_path, office.keys)
    assert "unsupported tar header type" in str(caught.value)  # a second header in a row
    assert office.snapshot() == before


def test_one_pax_header_per_member_is_still_accepted(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    """Control: the tar a PAX writer makes (one extended header before a member) opens."""
    item = tmp_path / "one.age"
    with open(item, "wb") as out:
        age.encrypt(io.BytesIO(_pax_chain(1)), out, recipients=[office.recipient])
    path = liaison.write([("it-one", item)], tmp_path / "out", [office.recipient]).paths[0]
    summary = open_bundle([path], office.conn, office.db_path, office.keys)
    assert summary.stored == ["it-one"]


@pytest.mark.parametrize("source", ["generated", "shared case"])
def test_record_from_json_nested_2000_deep_says_so_and_exits_1(tmp_path: Path,
                                                               source: str) -> None:
    signal = tmp_path / "signal.json"
    if source == "generated":
        signal.write_bytes(b'{"description":' + b"[" * 2000 + b"]" * 2000 + b"}")
    else:
        signal.write_bytes(SHARED_CASE.read_bytes())
    # The signal file is read before the vault is opened: no profile is needed to see this.
    result = run_cli(["record", "--profile", str(tmp_path / "p"), "--from", str(signal)],
                     cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert sentence("input.json_too_deep", "en") in result.stderr
    assert "Unexpected" not in result.stderr


def test_bounded_json_counts_depth_without_recursion_and_ignores_brackets_in_strings() -> None:
    assert nesting_depth(b'{"a":"[[[[[[[[[[","b":[1,[2]]}') == 3
    assert nesting_depth(b'"\\"[[["') == 0
    assert loads_bounded(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None
    with pytest.raises(JsonInputError) as caught:
        loads_bounded(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))
    assert caught.value.code == "input.json_too_deep"
    with pytest.raises(JsonInputError) as caught:
        loads_bounded(b'{"a": 1,}')
    assert (caught.value.code, caught.value.line, caught.value.column) == ("input.not_json", 1, 9)
    with pytest.raises(JsonInputError) as caught:
        loads_bounded(b"1" * 5000)  # more digits than int() converts
    assert caught.value.code == "input.not_json"


def test_canonical_documents_nested_deep_are_refused_before_parsing() -> None:
    with pytest.raises(CanonicalError, match="nested too deep"):
        parse_canonical(b'{"a":' + b"[" * 5000 + b"]" * 5000 + b"}")
