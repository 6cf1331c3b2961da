"""Every test the documents cite exists: a `tests/….py::name` reference in `docs/*.md` or the
README names a test file that exists and a test function (or `Class::method`) defined in it.

A short reference `::name` continues the last file named before it in the same document (the
style of docs/SECURITY.md). A file named without `::` must exist. Names are read from the test
file's syntax tree, not by importing it, so a reference cannot be satisfied by a string.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `tests/dir/test_x.py`, optionally followed by `::name` or `::Class::name` (parameters stripped).
REFERENCE = re.compile(
    r"(?P<file>tests/[A-Za-z0-9_/]+\.py)(?P<names>(?:::[A-Za-z_][A-Za-z0-9_]*)*)"
    r"|(?<![A-Za-z0-9_/.])(?P<short>(?:::[A-Za-z_][A-Za-z0-9_]*)+)")


def _documents() -> list[Path]:
    return [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]


def _defined(test_file: Path) -> set[str]:
    """Every test function as `name` and every method as `Class::name` in `test_file`."""
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(f"{node.name}::{member.name}")
    return names


def _references(document: Path) -> list[tuple[str, str | None]]:
    """(test file, name or None) for every reference in `document`, in order."""
    found: list[tuple[str, str | None]] = []
    current: str | None = None
    for match in REFERENCE.finditer(document.read_text(encoding="utf-8")):
        if match.group("file"):
            current = match.group("file")
            names = match.group("names")
            found.append((current, names[2:] if names else None))
        else:
            assert current is not None, f"{document.name}: {match.group('short')} names no file"
            found.append((current, match.group("short")[2:]))
    return found


def test_the_documents_cite_tests() -> None:
    """The scan below is not vacuous: SECURITY.md cites tests by name."""
    cited = _references(ROOT / "docs" / "SECURITY.md")
    assert sum(1 for _, name in cited if name) >= 20


def test_every_test_cited_in_the_documents_exists() -> None:
    missing: list[str] = []
    for document in _documents():
        for file_name, name in _references(document):
            path = ROOT / file_name
            if not path.is_file():
                missing.append(f"{document.name}: {file_name} (no such file)")
            elif name is not None and name not in _defined(path):
                missing.append(f"{document.name}: {file_name}::{name} (no such test)")
    assert missing == []
