"""Telling an SVG from other text by its XML prologue, read in one pass.

The sniffer looked for `<svg` after the prologue with a regular expression whose comment and
processing-instruction alternatives backtracked: each comment doubled the work, so a text file
whose first 4 KB are a few dozen XML comments (an export, a log, a hostile file) kept the
attachment's forecast and the attaching itself busy for ever. The prologue is now walked once
(`sniff._first_element`); the sniff runs in a child here so that the old behaviour fails the test
instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys

from intake_app.media import sniff

_SNIFF = (
    "import sys\n"
    "from intake_app.media.sniff import sniff_media_type, sniff_window\n"
    "data = sys.stdin.buffer.read()\n"
    "print(sniff_media_type(sniff_window(data), 'export.xml'))\n"
)


def _sniffed_in_a_child(data: bytes) -> str:
    # a liveness bound for the child, not a measure of speed: the walk takes milliseconds,
    # the old expression 2^n steps for n comments
    run = subprocess.run([sys.executable, "-c", _SNIFF], input=data, capture_output=True,
                         timeout=120, check=True)
    return run.stdout.decode().strip()


def test_a_text_file_of_many_xml_comments_is_sniffed_as_text_without_hanging() -> None:
    comments = b"".join(b"<!-- r%d -->\n" % n for n in range(400))
    assert len(comments) > sniff.SNIFF_BYTES
    assert _sniffed_in_a_child(b'<?xml version="1.0"?>\n' + comments + b"<export/>\n") == sniff.TEXT
    assert _sniffed_in_a_child(comments[:4000]) == sniff.TEXT  # ends inside the prologue


def test_the_same_comments_before_an_svg_root_make_it_an_svg() -> None:
    comments = b"".join(b"<!-- r%d -->\n" % n for n in range(400))
    svg = b'<?xml version="1.0"?>\n' + comments + b'<svg xmlns="http://www.w3.org/2000/svg"/>\n'
    assert sniff.wants_more(svg[: sniff.SNIFF_BYTES])
    assert _sniffed_in_a_child(svg) == sniff.SVG
