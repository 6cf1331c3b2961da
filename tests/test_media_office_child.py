"""Office documents are cleaned within stated bounds (review r11i R6, issue 11, threat model 7).

A DOCX of 1.8 MB whose body is 23.5 MiB of ordinary paragraphs took 19 CPU seconds and 0.9 GB
in the window's own process; 43 such parts fit in the ZIP bounds (a 77 MB DOCX, a quarter of an
hour). Now the cleaner runs in a child bounded in CPU time, memory and wall clock
(`media/office_child.py`), and a package holding more XML than `office_zip.MAX_XML_TOTAL` is
refused before any part is parsed: either way "could not be cleaned" with its sentence, the
file sealed as it is, and the process that asked does next to no work itself."""

from __future__ import annotations

import io
import multiprocessing
import random
import resource
import time
import zipfile

import pdf_child_hooks
import pytest
from office_kit import OD, package

from intake_app.media import office_child
from intake_app.media.clean import clean_attachment
from intake_app.media.office_docs import clean_office_document
from intake_app.media.office_zip import MAX_XML_TOTAL
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import OFFICE_CLEANER_STOPPED, TOO_LARGE_TO_CLEAN

_HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_HDR = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraphs(mib: float) -> str:
    """`mib` MiB of ordinary one-word paragraphs, random enough that the ZIP's ratio stays
    far under office_zip.MAX_RATIO (as the review's `mkdos.py` made them)."""
    rng = random.Random(11)
    count = int(mib * 1024 * 1024 / 36)
    return "".join(f"<w:p><w:r><w:t>{rng.getrandbits(12):03x}</w:t></w:r></w:p>"
                   for _ in range(count))


def big_docx(mib: float, headers: int = 0) -> bytes:
    """A DOCX whose body, and each of `headers` headers, holds `mib` MiB of paragraphs."""
    body = paragraphs(mib)
    names = [f"word/header{n}.xml" for n in range(1, headers + 1)]
    return package(
        "docx", body=body,
        parts={name: f"<w:hdr {_HDR}>{body}</w:hdr>" for name in names},
        main_rels=tuple((f"rIdH{n}", OD + "header", f"header{n}.xml")
                        for n in range(1, headers + 1)),
        overrides={name: _HEADER_TYPE for name in names})


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _stopped(original: bytes) -> None:
    result = clean_attachment(original, "brief.docx")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (OFFICE_CLEANER_STOPPED,))
    assert result.data == original  # sealed as it is, with the sentence below
    assert multiprocessing.active_children() == []
    sentences = attachment_outcome(1, result.cleaning, result.warnings).sentences("en")
    assert "keeps running" in " ".join(sentences)


def test_a_document_cleaned_in_the_child_comes_back_as_the_cleaner_makes_it() -> None:
    original = package("docx", body='<w:p><w:ins w:id="1" w:author="Jan Jansen"><w:r>'
                                    "<w:t>Nieuw</w:t></w:r></w:ins></w:p>")
    result = clean_attachment(original, "brief.docx")
    in_process = clean_office_document(original)
    assert (result.cleaning, result.media_type) == ("cleaned", in_process.media_type)
    assert (result.data, result.warnings) == (in_process.data, in_process.warnings)
    assert b"Jan Jansen" not in result.data


def test_a_big_part_is_parsed_in_the_child_and_not_in_the_process_that_attaches() -> None:
    original = big_docx(4)  # about 4 CPU seconds of cleaning
    own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    result = clean_attachment(original, "brief.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    own, children = _cpu(resource.RUSAGE_SELF) - own, _cpu(resource.RUSAGE_CHILDREN) - children
    assert children > 1.0 and own < children / 4, (own, children)


def test_cleaning_past_the_cpu_bound_stops_within_the_bound_and_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = big_docx(4)  # more than a CPU second of work
    monkeypatch.setattr(office_child, "CHILD_CPU_SECONDS", 1)
    started = time.monotonic()
    _stopped(original)
    assert time.monotonic() - started < office_child.wall_seconds(len(original)) + 5


def test_cleaning_past_the_memory_bound_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_child, "CHILD_MEMORY", 250 * 1024 * 1024)
    small = clean_attachment(package("docx"), "brief.docx")
    assert small.cleaning == "cleaned"  # the child itself fits: the big part is what does not
    _stopped(big_docx(6))  # about 300 MB while its tree is rewritten


def test_a_child_that_hangs_is_killed_at_the_wall_clock_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(office_child, "CHILD_TARGET", pdf_child_hooks.hang)
    monkeypatch.setattr(office_child, "wall_seconds", lambda size: 3.0)
    started = time.monotonic()
    _stopped(package("docx"))
    assert time.monotonic() - started < 30


def test_a_child_that_answers_garbage_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_child, "CHILD_TARGET", pdf_child_hooks.garbage)
    _stopped(package("docx"))


def test_more_xml_than_the_total_bound_is_too_large_before_any_part_is_parsed() -> None:
    each = MAX_XML_TOTAL / 3 / (1024 * 1024) + 0.5  # three parts, together over the bound
    original = big_docx(each, headers=2)
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        assert max(i.file_size for i in archive.infolist()) < MAX_XML_TOTAL / 2
    children = _cpu(resource.RUSAGE_CHILDREN)
    result = clean_attachment(original, "brief.docx")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (TOO_LARGE_TO_CLEAN,))
    assert _cpu(resource.RUSAGE_CHILDREN) - children < 3.0  # the ZIP's directory only
