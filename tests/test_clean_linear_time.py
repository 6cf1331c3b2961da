"""The path recogniser and the SVG stylesheet reader take time linear in what they read (review
r11i R11, threat model 7): a Google-account pattern scanned from every `http://` to the end of
the value (`'http://'*16000`, 112 KB: 53 s; a 1.5 KB DOCX holding `'http://'*20000`: 25 s of
CPU), and the CSS `url(` pattern from every `url(` (`'url('*8000`: 26 s). Measured in CPU
seconds of this process and its cleaning child (the machine is shared), with a bound ten times
over what the linear versions take, so the quadratic ones fail by far."""

from __future__ import annotations

import resource

from media_kit import CANARY

from intake_app.media.clean import clean_attachment
from intake_app.media.paths import NEUTRAL_PATH, has_path, without_paths

_BOUND = 5.0  # CPU seconds; the linear versions take about 0.5


def _cpu(work) -> float:
    """CPU seconds `work` takes in this process and in the children it waits for (the SVG
    cleaner runs in one: `svg_child`)."""
    def spent() -> float:
        own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                             resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    start = spent()
    work()
    return spent() - start


def test_the_path_recogniser_reads_repeated_url_starts_in_linear_time() -> None:
    for value in ("http://" * 16_000, "?authuser=" * 16_000, "https://x?authuser=" * 8_000):
        assert _cpu(lambda v=value: (has_path(v), without_paths(v))) < _BOUND, value[:20]


def test_an_svg_whose_style_repeats_url_is_cleaned_in_linear_time() -> None:
    style = "url(" * 8_000
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg"><style>{style}</style>'
           f'<rect class="{"http://" * 16_000}" width="1" height="1"/>'
           f'<desc>C:\\Users\\{CANARY.decode()}\\kaart.svg</desc></svg>').encode()
    seconds = _cpu(lambda: clean_attachment(svg, "kaart.svg"))
    assert seconds < 2 * _BOUND
    assert CANARY not in clean_attachment(svg, "kaart.svg").data  # and it still cleans


def test_a_link_naming_a_google_account_is_still_replaced_whole() -> None:
    text = "zie https://mail.google.com/mail/u/0/?authuser=jan@gmail.com#inbox"
    assert without_paths(text) == f"zie {NEUTRAL_PATH}"
    escaped = "x?usp=sharing&authuser=jan%40gmail.com"
    assert without_paths(escaped) == f"x?usp=sharing&{NEUTRAL_PATH}"
    assert not has_path("https://docs.google.com/d/1/edit?authuser=1")
