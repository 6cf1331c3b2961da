"""Cleaning's own work is bounded (issue 10, item 3): pixels before decoding, quiet libraries.

The 493 KB PNG of 13,000 x 13,000 pixels took 10-12 s and 2.4 GiB and printed Pillow's warning
(with a source path) on stderr. Now it is cleaned at the container level without decoding.
"""

from __future__ import annotations

import contextlib
import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from cleaning_cost import COST
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, write_signal
from PIL import Image, ImageFile

from intake_app.media.clean import clean_attachment
from intake_app.media.images import MAX_PIXELS_PER_BYTE, clean_image
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, TOO_LARGE_TO_CLEAN, NotCleanable
from intake_app.media.sniff import sniff_media_type, sniff_window

PEAK_RSS_BOUND_MIB = 250
"""Python, Pillow, pikepdf and the 0.5 MB file: far below one decoded copy (161 MiB grey)."""


def png_bomb(side: int = 13_000) -> bytes:
    """An 8-bit grey PNG of side x side black pixels: about half a megabyte on disk."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    compressor = zlib.compressobj(9)
    row = b"\x00" * (side + 1)  # filter byte + samples
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    text = chunk(b"tEXt", b"Author\x00CANARY Jan Jansen")
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + text + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_a_13000_square_png_is_cleaned_in_bounded_memory_without_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb())
    code = COST + (  # the peak of this process and of the cleaning child (`cleaning_cost`)
        "import sys\n"
        "from intake_app.media.clean import clean_attachment\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "r = clean_attachment(data, 'bomb.png')\n"
        "print(r.cleaning, ','.join(r.warnings), b'CANARY' in r.data, int(peak_mib()))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(bomb)], capture_output=True, text=True,
                         check=True, timeout=300)
    cleaning, warnings, canary_left, peak_mib = run.stdout.split()
    assert (cleaning, warnings, canary_left) == ("cleaned", "image_cleaned_in_container", "False")
    assert int(peak_mib) < PEAK_RSS_BOUND_MIB
    assert run.stderr == ""  # no DecompressionBombWarning, no source path


def test_record_shows_each_outcome_by_position_and_no_library_warning(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    bomb = tmp_path / "Jan-Jansen-bomb.png"
    bomb.write_bytes(png_bomb())
    broken = tmp_path / "Jan-Jansen-broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    signal = write_signal(tmp_path / "s.json")
    result = run_cli(["record", "--from", str(signal), "--attach", str(bomb), "--attach",
                      str(broken), *common], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Attachment 1: cleaned, image/png." in result.stdout
    assert "Attachment 2: not-cleanable, image/jpeg. Could not be cleaned" in result.stdout
    assert "damaged" in result.stdout
    assert "Jan" not in result.stdout + result.stderr
    for noise in ("DecompressionBomb", "Warning: Image size", "PIL", ".py"):
        assert noise not in result.stderr
    draft_id = result.stdout.split("Saved draft ")[1].split()[0]
    sealed = run_cli(["seal", draft_id, "--yes", *common], cwd=tmp_path)
    assert sealed.returncode == 0, sealed.stderr
    before_seal = sealed.stdout.split(f"Sealed {draft_id}")[0]
    assert "Attachment 1: cleaned" in before_seal and "Attachment 2: not-cleanable" in before_seal
    assert "Jan" not in sealed.stdout + sealed.stderr


FINDINGS = Path(__file__).resolve().parent / "fuzz" / "findings"


@pytest.mark.parametrize("finding", sorted(p.name for p in FINDINGS.iterdir()
                                            if p.suffix in (".tif", ".gif", ".jpg")))
def test_fuzz_finding_declaring_far_more_pixels_than_its_bytes_is_not_decoded(
    finding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored fuzz findings (a 546-byte TIFF declaring 48 million pixels took over 5 s under
    load) are cleaned at the container level or sealed as is, without decoding a single pixel:
    bounded by MAX_PIXELS_PER_BYTE, not by the wall clock. A JPEG the segment walker reads
    (stray bytes skipped since 802e50b) is rewritten by jpegtran, which decodes no pixel either."""
    decoded: list[str] = []
    load = ImageFile.ImageFile.load

    def counting_load(self: ImageFile.ImageFile) -> object:
        decoded.append(str(self.format))
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_load)
    data = (FINDINGS / finding).read_bytes()
    with Image.open(io.BytesIO(data)) as im:
        assert im.size[0] * im.size[1] > len(data) * MAX_PIXELS_PER_BYTE  # what makes it a bomb
    decoded.clear()
    result = clean_attachment(data, finding)  # in the cleaning child: the outcome
    kind = sniff_media_type(sniff_window(data), finding)
    with contextlib.suppress(NotCleanable):  # here, where loads are counted: the same work
        assert clean_image(data, kind).warnings == result.warnings
    assert decoded == []
    if finding.endswith(".jpg") and result.cleaning == "cleaned" and not result.warnings:
        return  # rewritten losslessly by jpegtran (bounded in jpeg_scan): no pixel decoded
    assert result.warnings[0] in (IMAGE_CLEANED_IN_CONTAINER, TOO_LARGE_TO_CLEAN)


@pytest.mark.parametrize("finding", ["pdf_object_number_mismatch_564_bytes.pdf",
                                     "pdf_page_tree_number_mismatch_1343_bytes.pdf"])
def test_pdf_whose_object_header_names_another_object_is_refused_not_a_crash(finding: str) -> None:
    """The clean-pdf fuzz target's exit 77: an object's entry points at a body headed with
    another object's number. qpdf died with SIGSEGV, once in pikepdf.open (pushing inherited
    page attributes down a page tree that loops through the mismatch), once reading the Info
    dictionary's keys. In a child, so that a crash fails this test instead of killing pytest."""
    code = (
        "import sys\n"
        "from intake_app.media.clean import clean_attachment\n"
        "r = clean_attachment(open(sys.argv[1], 'rb').read(), 'a.pdf')\n"
        "print(r.cleaning, ','.join(r.warnings))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(FINDINGS / finding)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["not-cleanable", "unreadable_pdf"]
