"""The courier check: is a bundle (or each of its parts) complete and undamaged? No keys needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from intake_app.bundle.errors import (
    BundleError,
    DamagedBundleError,
    IncompleteBundleError,
    NotABundleError,
)
from intake_app.bundle.reader import ScannedPart, group_parts, scan_part
from intake_app.sentences import sentence

COMPLETE = "complete"
DAMAGED = "damaged"
INCOMPLETE = "incomplete"
NOT_A_BUNDLE = "not a bundle"


@dataclass(frozen=True)
class CheckResult:
    """One line of the report: a file, or a whole split bundle (`path` is None then).

    `message` is the line in English; `code` and `params` (entry names, part numbers, set ids,
    counts; never content) say it in any language of the one table (`said`)."""

    path: Path | None
    status: str
    message: str
    entry: str | None = None
    code: str | None = None
    params: dict[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, path: Path | None, status: str, code: str, entry: str | None = None,
           **params: object) -> CheckResult:
        """A result worded by the sentence `code` with `params`."""
        return cls(path, status, sentence(code, "en", **params), entry, code, params)

    @classmethod
    def refused(cls, path: Path | None, status: str, exc: BundleError) -> CheckResult:
        """The result of a part or bundle the reader refused with `exc`."""
        return cls(path, status, str(exc), getattr(exc, "entry", None), exc.code,
                   dict(exc.params))

    def said(self, lang: str) -> str:
        """The line in `lang` ("nl" or "en"): the English `message` in English."""
        if lang == "en" or self.code is None:
            return self.message
        return sentence(self.code, lang, **self.params)

    @property
    def ok(self) -> bool:
        """True if the part (or bundle) checked complete and undamaged."""
        return self.status == COMPLETE


def check_part(path: Path) -> tuple[CheckResult, ScannedPart | None]:
    """Check one part file without keys: its index against its entries (sizes, SHA-256).

    Returns the result and the scanned part (None if it is not a bundle part at all)."""
    path = Path(path)
    try:
        scanned = scan_part(path)
    except NotABundleError as exc:
        return CheckResult.refused(path, NOT_A_BUNDLE, exc), None
    except IncompleteBundleError as exc:
        return CheckResult.refused(path, INCOMPLETE, exc), None
    except DamagedBundleError as exc:
        return CheckResult.refused(path, DAMAGED, exc), None
    if scanned.parts == 1:
        return CheckResult.of(path, COMPLETE, "bundle.check_complete",
                              entries=len(scanned.entries)), scanned
    return CheckResult.of(path, COMPLETE, "bundle.check_part_intact", part=scanned.part,
                          parts=scanned.parts, entries=len(scanned.entries)), scanned


def check_bundles(paths: Sequence[Path]) -> list[CheckResult]:
    """A result per file, then one per split bundle saying whether all its parts are here."""
    results: list[CheckResult] = []
    scanned_parts: list[ScannedPart] = []
    for path in paths:
        result, scanned = check_part(path)
        results.append(result)
        if scanned is not None and scanned.parts > 1:
            scanned_parts.append(scanned)
    by_set: dict[str, list[ScannedPart]] = {}
    for scanned in scanned_parts:
        by_set.setdefault(scanned.set_id, []).append(scanned)
    for set_id, group in by_set.items():
        try:
            group_parts(group)
        except IncompleteBundleError as exc:
            results.append(CheckResult.refused(None, INCOMPLETE, exc))
        except DamagedBundleError as exc:
            results.append(CheckResult.refused(None, DAMAGED, exc))
        else:
            results.append(CheckResult.of(None, COMPLETE, "bundle.check_bundle_complete",
                                          set_id=set_id, parts=group[0].parts))
    return results
