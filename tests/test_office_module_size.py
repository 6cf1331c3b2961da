"""Issue 8: one idea per file keeps every module of the office engine under about 400 lines."""

from __future__ import annotations

from pathlib import Path

OFFICE = Path(__file__).resolve().parents[1] / "intake_app" / "office"
LIMIT = 400


def test_every_office_module_is_at_most_400_lines() -> None:
    sizes = {str(path.relative_to(OFFICE)): len(path.read_text(encoding="utf-8").splitlines())
             for path in sorted(OFFICE.rglob("*.py"))}
    assert len(sizes) > 20  # the scan does see the office engine and its report
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
