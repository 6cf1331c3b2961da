"""Issue 11, threat model 7, review r11k R11K-3: a 23 KB `.svgz` of six million empty groups
(24 MB of XML, within MAX_SVG_BYTES) cost 1.9 GB and 39 CPU s to parse. The tags are counted
before a tree is built, so it is refused as too large at once, and a drawing of ordinary size
is cleaned as before (the bound itself checked at a small value)."""

from __future__ import annotations

import gzip
import time

import pytest

from intake_app.media import sniff, svg
from intake_app.media.clean import clean_attachment
from intake_app.media.result import TOO_LARGE_TO_CLEAN, NotCleanable
from intake_app.media.svg import MAX_SVG_BYTES

_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'


def test_a_23_kb_svgz_of_six_million_groups_is_refused_as_too_large_in_seconds() -> None:
    inner = (_OPEN + "<g/>" * 6_000_000 + "<desc>CANARY</desc></svg>").encode()
    assert len(inner) <= MAX_SVG_BYTES
    bomb = gzip.compress(inner, 9)
    start = time.monotonic()
    result = clean_attachment(bomb, "kaart.svgz")
    assert time.monotonic() - start < 20  # before: the child's 60 CPU s or 2 GiB bound
    assert (result.cleaning, result.warnings) == ("not-cleanable", (TOO_LARGE_TO_CLEAN,))


def test_the_markup_bound_cleans_a_drawing_at_it_and_refuses_one_over_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(svg, "MAX_SVG_MARKUP", 1_000)
    drawing = (_OPEN + "<g/>" * 996 + "<desc>x</desc></svg>").encode()
    assert drawing.count(b"<") == 1_000
    assert svg.clean_svg(drawing).media_type == sniff.SVG
    with pytest.raises(NotCleanable) as refused:
        svg.clean_svg(drawing.replace(b"<g/>", b"<g/><g/>", 1))
    assert refused.value.warning == TOO_LARGE_TO_CLEAN
