"""Every regular expression of the cleaners reads a hostile value in time linear in its length
(review r11i R11, threat model 7: the kind, not only the two patterns it named).

A pattern that, from every position of a value, scans to the value's end and then fails (a lazy
`.*?` before a literal, `[\\w-]+` before `-my.sharepoint`, `\\d+` before `\\s+RD`, three `\\s*` in
a row) costs time quadratic in the value's length: 20,000 characters of one repeated unit took
0.5 to 15 s, 2 MB would take hours. Every module-level pattern of `intake_app.media` is run
(search, finditer, match, and fullmatch with one more character that fails it) on 20,000
characters made of one repeated unit: each single character a value may hold, every literal
run of the pattern itself (`http://`, `url(`, `currentfile`, …) alone and followed by a letter
or a space, and a few escapes. A linear pattern takes about a millisecond on each (the path
recogniser, 15 alternatives at every position, 0.03 s); the bound is 0.25 s, in CPU seconds of
this process (the machine is shared). A new module's patterns are found by themselves; a
pattern meant for `match` or `fullmatch` only starts with `\\A`, so a search cannot try it
from every position. And through the SVG cleaner, which reads every attribute value and
stylesheet for paths: 4 MB of one unit cleans in 0.1 to 0.4 CPU seconds a MB (on the shared
machine at load 10), counted with the cleaning child's (`svg_child`, about 0.12 s to start);
the bound is half a second and 1.5 s a MB, as CPU time grows when two cores are shared by
many processes (0.5 s a MB failed once under `-n 2` at such a load: measured then, the cost
grows as the size, 512 KB to 2 MB to 4 MB each x4.3 and x2.1 in time), while a quadratic fault
takes minutes (`svg._CSS_URL` before R11: 26 s for 32 KB).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import resource
import time
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from media_kit import CANARY

import intake_app.media
from intake_app.media.clean import clean_attachment

_LENGTH = 20_000
_BOUND = 0.25  # CPU s for one pattern on _LENGTH characters; the linear ones take under 0.03
_SINGLES = tuple("a0 \t\n/\\:.-%(<\"'&;#?={~_,@")
_ESCAPES = ('\\"', "\\\\a", "a ", "a-", "0 ", "a:", "a.", "a/", "<a", "(a", "a=", "%5c")


def _patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for info in pkgutil.iter_modules(intake_app.media.__path__):
        module = importlib.import_module(f"intake_app.media.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re.Pattern)]
    return found


def _literal_runs(pattern: re.Pattern) -> set[str]:
    """The runs of literal characters anywhere in `pattern` (`http://`, `-my.sharepoint`)."""
    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    runs: set[str] = set()

    def walk(parsed) -> None:
        run = ""
        for op, arg in parsed:
            if op is sre_constants.LITERAL:
                run += chr(arg)
                continue
            if run:
                runs.add(run)
            run = ""
            for item in arg if isinstance(arg, (list, tuple)) else ():
                if isinstance(item, sre_parse.SubPattern):
                    walk(item)
                elif isinstance(item, (list, tuple)):
                    for sub in item:
                        if isinstance(sub, sre_parse.SubPattern):
                            walk(sub)
        if run:
            runs.add(run)

    walk(sre_parse.parse(source, pattern.flags & ~re.UNICODE & ~re.ASCII))
    return runs


def _units(pattern: re.Pattern) -> list[str]:
    runs = _literal_runs(pattern)
    return [*_SINGLES, *_ESCAPES, *runs, *(r + "a" for r in runs), *(r + " " for r in runs)]


def _cpu(pattern: re.Pattern, value: str | bytes) -> float:
    start = time.process_time()
    pattern.search(value)
    for _ in pattern.finditer(value):
        pass
    pattern.match(value)
    pattern.fullmatch(value + (b"\x01" if isinstance(value, bytes) else "\x01"))
    return time.process_time() - start


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (a cleaning child)."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def test_the_literal_runs_of_a_pattern_are_found() -> None:
    runs = _literal_runs(re.compile(r"(?:https?://[^/]+)?/remote\.php|[\w\-]+-my\.sharepoint"))
    assert {"http", "://", "/remote.php", "-my.sharepoint"} <= runs


@pytest.mark.timing
def test_every_cleaning_pattern_reads_a_long_repeated_value_in_linear_time() -> None:
    slow = []
    patterns = _patterns()
    assert len(patterns) > 40  # the walk found the cleaners' patterns
    for name, pattern in patterns:
        for unit in _units(pattern):
            value: str | bytes = unit * (_LENGTH // len(unit))
            if isinstance(pattern.pattern, bytes):
                value = value.encode("latin-1", "replace")  # type: ignore[union-attr]
            seconds = _cpu(pattern, value)
            if seconds > _BOUND:
                slow.append(f"{name} on {unit!r}: {seconds:.2f} s")
                break
    assert slow == []


@pytest.mark.timing
def test_an_svg_holding_megabytes_of_one_repeated_unit_cleans_in_well_under_a_second_a_mb() -> None:
    for unit in ("a", "http://", "url(", "0 ", "\\\\a"):
        for size in (64 * 1024, 2 * 1024 * 1024):  # the small first: a quadratic fault ends soon
            value = unit * (size // len(unit))
            svg = (f'<svg xmlns="http://www.w3.org/2000/svg"><style>{value}</style>'
                   f'<rect class="{value}" width="1" height="1"/>'
                   f'<desc>C:\\Users\\{CANARY.decode()}\\kaart.svg</desc></svg>').encode()
            start = _cpu_with_children()
            cleaned = clean_attachment(svg, "kaart.svg")
            seconds = _cpu_with_children() - start  # the cleaning child's (svg_child) included
            assert seconds < 0.5 + 1.5 * len(svg) / 2**20, (unit, size, seconds)
            assert CANARY not in cleaned.data  # and it still cleans
