"""PDFs are cleaned in a bounded child process (issue 11): a child that crashes with SIGSEGV,
runs out of memory or CPU time, hangs or answers garbage is the outcome "could not be cleaned"
with a sentence in Dutch and English, and the process that asked (the window) lives on."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

import inventory_pdf_kit as kit
import pdf_child_hooks
import pytest
from office_kit import pdf

from intake_app.media import pdf_child
from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.pdf import clean_pdf
from intake_app.media.result import PDF_CLEANER_STOPPED, PDF_STAMPS_KEPT
from intake_app.sentences import sentence


def test_a_pdf_cleaned_in_the_child_comes_back_as_the_cleaner_makes_it() -> None:
    original = pdf(kit.stamp, info=True)
    result = clean_attachment(original, "a.pdf")
    in_process = clean_pdf(original)
    assert result.warnings == (PDF_STAMPS_KEPT,)
    assert (result.data, result.warnings) == (in_process.data, in_process.warnings)


def test_qpdf_is_never_loaded_in_the_process_that_attaches_a_pdf() -> None:
    script = ("import sys; from intake_app.media.clean import clean_attachment; "
              "r = clean_attachment(sys.stdin.buffer.read(), 'a.pdf'); "
              "print(r.cleaning, r.warnings, 'pikepdf' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", script], input=pdf(info=True),
                         capture_output=True, check=True, timeout=120)
    assert (run.stdout, run.stderr) == (b"cleaned () False\n", b"")


def stopped(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """Clean a PDF with `pdf_child.<name>` replaced: the outcome is "could not be cleaned",
    the file is sealed as it is, and no child is left behind."""
    monkeypatch.setattr(pdf_child, name, value)
    original = pdf(info=True)
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (PDF_CLEANER_STOPPED,))
    assert result.data == original  # sealed as it is, with the sentence below
    assert multiprocessing.active_children() == []
    outcome = attachment_outcome(1, result.cleaning, result.warnings)
    assert outcome.code == "media.not_cleanable"
    assert "keeps running" in " ".join(outcome.sentences("en"))


def test_a_child_that_crashes_with_sigsegv_is_a_sentence_and_the_caller_lives_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stopped(monkeypatch, "CHILD_TARGET", pdf_child_hooks.segfault)


def test_a_child_that_hangs_is_killed_at_its_time_limit_and_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_child, "wall_seconds", lambda size: 3.0)
    stopped(monkeypatch, "CHILD_TARGET", pdf_child_hooks.hang)


def test_a_child_that_answers_garbage_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    stopped(monkeypatch, "CHILD_TARGET", pdf_child_hooks.garbage)


def test_a_child_that_runs_out_of_memory_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    stopped(monkeypatch, "CHILD_MEMORY", 16 * 1024 * 1024)  # less than pikepdf needs to load


def test_a_child_out_of_cpu_time_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    stopped(monkeypatch, "CHILD_CPU_SECONDS", 0)  # the kernel sends SIGXCPU at its first tick


def test_the_sentence_says_seinpost_keeps_running_in_both_languages() -> None:
    assert "keeps running" in sentence(f"media.{PDF_CLEANER_STOPPED}", "en")
    assert "draait gewoon door" in sentence(f"media.{PDF_CLEANER_STOPPED}", "nl")


def test_importing_the_main_module_does_not_start_the_app() -> None:
    """A frozen app's child imports the main module again; it must not run the app."""
    run = subprocess.run([sys.executable, "-c", "import intake_app.__main__"],
                         capture_output=True, text=True, check=False, timeout=120)
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
