"""The rule for what Seinpost raises (intake_app/errors.py, docs/ARCHITECTURE.md "Errors"):

- a fault a person's input or a file from outside can cause raises its own `SeinpostError`
  subclass with a code and a sentence (tests/test_error_sentences.py checks the sentences);
- a call against a function's documented contract (a bug) raises `ContractError`, which people
  read as the "internal" sentence and which ends a command line with status 70;
- our own code never raises a bare `ValueError`, `TypeError` or other catch-all built-in, so an
  `except ValueError` around a library call cannot swallow one of our guards (the bug of issue
  8: any `ValueError` of the bundle writer read as "the part size is too small").

The scan is of the source, so a guard added anywhere in `intake_app` is covered without touching
this file. `OSError` stays allowed: raising it on purpose is how a file problem joins the other
file problems (errors.classify gives it the file sentences).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from intake_app.cli.console import Console
from intake_app.cli.front_door import EXIT_INTERNAL, error_line, exit_code, run
from intake_app.errors import ContractError, SeinpostError, classify
from intake_app.sentences import sentence

PACKAGE = Path(__file__).resolve().parents[1] / "intake_app"
#: Built-ins our code must not raise on purpose (ContractError or a SeinpostError instead).
FORBIDDEN = {"ValueError", "TypeError", "RuntimeError", "Exception", "AssertionError",
             "KeyError", "IndexError", "LookupError", "ArithmeticError", "NotImplementedError"}


def _raised_builtins(path: Path) -> list[str]:
    """`raise X(...)` / `raise X` of a forbidden built-in in `path`, as "line X"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or node.exc is None:
            continue
        target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        if isinstance(target, ast.Name) and target.id in FORBIDDEN:
            found.append(f"{node.lineno} {target.id}")
    return found


FILES = sorted(PACKAGE.rglob("*.py"))


def test_the_scan_sees_the_package() -> None:
    assert len(FILES) > 150


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_raises_a_bare_builtin_error(path: Path) -> None:
    assert _raised_builtins(path) == []


def test_the_scan_sees_a_bare_raise(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(x):\n    if x:\n        raise ValueError('x')\n"
                   "    raise TypeError\n\ndef g():\n    raise OSError(5, 'io')\n")
    assert sorted(_raised_builtins(bad)) == ["3 ValueError", "4 TypeError"]


def test_a_broken_contract_is_a_seinpost_error_read_as_the_internal_sentence() -> None:
    exc = ContractError("the vault key must be 32 bytes")
    assert isinstance(exc, SeinpostError) and not isinstance(exc, ValueError | TypeError)
    assert classify(exc) == ("internal", {})
    for lang in ("nl", "en"):
        assert error_line(exc, lang) == f"{sentence('internal', lang)} (ContractError)"
    # A bug exits like any other bug, never like a refusal the person can act on (1).
    assert exit_code(exc) == EXIT_INTERNAL


def test_a_guard_deep_in_an_engine_ends_a_command_with_one_line_and_status_70() -> None:
    import io

    from intake_app.store import record_box

    err = io.StringIO()
    console = Console("intake-app", io.StringIO(), io.StringIO(), err)
    console.language = "en"
    status = run(console, lambda: bool(record_box.subkey(b"short", b"purpose")))
    assert status == EXIT_INTERNAL
    assert err.getvalue().splitlines() == [
        f"intake-app: {sentence('internal', 'en')} (ContractError)"]
