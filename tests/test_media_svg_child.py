"""SVG drawings are cleaned in a bounded child process, as Office documents are (the kind of
review r11i R6, issue 11, threat model 7): a drawing of up to 24 MiB, which a small `.svgz` can
inflate to, cost about 0.7 CPU seconds and 25 MiB of memory a MiB in the window's own process.
A child that reaches its CPU bound, hangs or answers garbage is "could not be cleaned" with its
sentence, the file sealed as it is; the process that asked does next to no work itself."""

from __future__ import annotations

import gzip
import multiprocessing
import random
import resource
import time

import pdf_child_hooks
import pytest

from intake_app.media import svg_child
from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import SVG_CLEANER_STOPPED
from intake_app.media.svg import clean_svg, clean_svgz

SMALL = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/'
         b'namespaces/inkscape" inkscape:version="1.3"><rect width="1" height="1"/></svg>')


def big_svg(mib: float) -> bytes:
    """`mib` MiB of plain shapes at random places."""
    rng = random.Random(11)
    shapes = "".join(f'<rect x="{rng.getrandbits(10)}" y="{rng.getrandbits(10)}" width="3" '
                     'height="4"/>' for _ in range(int(mib * 1024 * 1024 / 50)))
    return f'<svg xmlns="http://www.w3.org/2000/svg">{shapes}</svg>'.encode()


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _stopped(original: bytes) -> None:
    result = clean_attachment(original, "kaart.svg")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (SVG_CLEANER_STOPPED,))
    assert result.data == original  # sealed as it is, with the sentence below
    assert multiprocessing.active_children() == []
    sentences = attachment_outcome(1, result.cleaning, result.warnings).sentences("en")
    assert "keeps running" in " ".join(sentences)


def test_a_drawing_cleaned_in_the_child_comes_back_as_the_cleaner_makes_it() -> None:
    result = clean_attachment(SMALL, "kaart.svg")
    assert (result.data, result.warnings) == (clean_svg(SMALL).data, clean_svg(SMALL).warnings)
    assert b"inkscape" not in result.data
    packed = gzip.compress(SMALL)
    result = clean_attachment(packed, "kaart.svgz")
    assert (result.data, result.media_type) == (clean_svgz(packed).data, "image/svg+xml")


def test_a_big_drawing_is_parsed_in_the_child_and_not_in_the_process_that_attaches() -> None:
    original = big_svg(3)  # about 2 CPU seconds of cleaning
    own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    result = clean_attachment(original, "kaart.svg")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    own, children = _cpu(resource.RUSAGE_SELF) - own, _cpu(resource.RUSAGE_CHILDREN) - children
    assert children > 0.5 and own < children / 4, (own, children)


def test_cleaning_past_the_cpu_bound_stops_within_the_bound_and_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = big_svg(3)
    monkeypatch.setattr(svg_child, "CHILD_CPU_SECONDS", 1)
    started = time.monotonic()
    _stopped(original)
    assert time.monotonic() - started < svg_child.wall_seconds(len(original)) + 5


@pytest.mark.parametrize("hook", ["hang", "garbage"])
def test_a_child_that_hangs_or_answers_garbage_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch, hook: str,
) -> None:
    monkeypatch.setattr(svg_child, "CHILD_TARGET", getattr(pdf_child_hooks, hook))
    monkeypatch.setattr(svg_child, "wall_seconds", lambda size: 3.0)
    _stopped(SMALL)
