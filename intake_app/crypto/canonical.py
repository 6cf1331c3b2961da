"""Canonical JSON: one byte string per document, so signatures and strict parsing agree."""

from __future__ import annotations

import json
from typing import Any

from intake_app.errors import SeinpostError
from intake_app.fs.json_input import MAX_DEPTH, nesting_depth

MAX_DOCUMENT = 1 << 20


class CanonicalError(SeinpostError):
    """The bytes are not the canonical encoding of a JSON object. Param `why` says how
    ("duplicate_key", "too_large" with `limit` in bytes, "too_deep", "not_json", "not_object",
    "not_canonical"): a reader that tells it inside its own sentence says it by the code
    "canonical_why.<why>" (`bundle/manifest.py`)."""

    code = "canonical.invalid"


def canonical_json(obj: Any) -> bytes:
    """The canonical JSON encoding of `obj` as UTF-8 bytes: sorted keys, no whitespace, no ASCII
    escaping, NaN and infinities refused.

    Raises ValueError for NaN/infinity and TypeError for values JSON cannot hold.
    """
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalError("duplicate key in document", why="duplicate_key")
        result[key] = value
    return result


def parse_canonical(data: bytes, *, limit: int = MAX_DOCUMENT) -> dict[str, Any]:
    """Parse a JSON object and insist that `data` is exactly its canonical encoding."""
    if len(data) > limit:
        raise CanonicalError(f"document larger than {limit} bytes", why="too_large",
                             limit=limit)
    if nesting_depth(data) > MAX_DEPTH:  # before json recurses once per level
        raise CanonicalError("document nested too deep", why="too_deep")
    try:
        obj = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad UTF-8, bad JSON and integers too long to convert.
        raise CanonicalError("not valid UTF-8 JSON", why="not_json") from exc
    if not isinstance(obj, dict):
        raise CanonicalError("document is not a JSON object", why="not_object")
    try:
        again = canonical_json(obj)
    except (ValueError, RecursionError) as exc:
        # Lone surrogates ("\ud800") parse but cannot be encoded back to UTF-8.
        raise CanonicalError("document is not in canonical form", why="not_canonical") from exc
    if again != data:
        raise CanonicalError("document is not in canonical form", why="not_canonical")
    return obj
