"""JSON from outside, parsed with bounded size and nesting.

Python's `json` module recurses once per nesting level, so a file of 2,000 ``[`` ends in a
`RecursionError` deep inside the parser. `check_depth` finds the deepest nesting with a flat scan
first (strings removed, then only brackets counted), and `loads_bounded` refuses anything deeper
than `MAX_DEPTH` before `json` sees it. Seinpost's own documents nest at most four levels.
"""

from __future__ import annotations

import json
import re
from typing import Any

from intake_app.errors import SeinpostError

MAX_DEPTH = 32  # levels of [ and {; far above any Seinpost document, far below the C stack

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")


class JsonInputError(SeinpostError):
    """Bytes from outside are not acceptable JSON.

    `code` is ``input.json_too_deep`` (nested deeper than `MAX_DEPTH`) or ``input.not_json``
    (not UTF-8 JSON; `line` and `column` say where, 1-based, when known).
    """

    codes = ("input.json_too_deep", "input.not_json")

    def __init__(self, code: str, detail: str, line: int = 0, column: int = 0) -> None:
        self.line = line
        self.column = column
        super().__init__(detail, code=code)


def nesting_depth(data: bytes, stop_at: int = MAX_DEPTH) -> int:
    """The deepest nesting of arrays and objects in `data` (JSON bytes), at most `stop_at` + 1.

    Brackets inside strings do not count. Runs in time linear in len(data), without recursion.
    """
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", data))
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    return deepest
        else:
            depth -= 1
    return deepest


def loads_bounded(data: bytes, *, max_depth: int = MAX_DEPTH, **options: Any) -> Any:
    """`json.loads` for bytes from outside; raises JsonInputError instead of any parser error.

    `options` go to `json.loads` (for example `object_pairs_hook`). The caller bounds len(data).
    """
    if nesting_depth(data, max_depth) > max_depth:
        raise JsonInputError("input.json_too_deep",
                             f"JSON nested deeper than {max_depth} levels")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonInputError("input.not_json", "not UTF-8 text") from None
    try:
        return json.loads(text, **options)
    except json.JSONDecodeError as exc:
        raise JsonInputError("input.not_json", f"not valid JSON (line {exc.lineno}, "
                             f"column {exc.colno})", exc.lineno, exc.colno) from None
    except ValueError:  # an integer of more than 4,300 digits, among others
        raise JsonInputError("input.not_json", "not valid JSON") from None
    except RecursionError:  # cannot happen below MAX_DEPTH; never let it escape as a crash
        raise JsonInputError("input.json_too_deep", "JSON nested too deep") from None
