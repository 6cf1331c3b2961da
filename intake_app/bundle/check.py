"""The courier check: is a bundle (or each of its parts) complete and undamaged? No keys needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake_app.bundle.errors import (
    DamagedBundleError,
    IncompleteBundleError,
    NotABundleError,
)
from intake_app.bundle.reader import ScannedPart, group_parts, scan_part

COMPLETE = "complete"
DAMAGED = "damaged"
INCOMPLETE = "incomplete"
NOT_A_BUNDLE = "not a bundle"


@dataclass(frozen=True)
class CheckResult:
    """One line of the report: a file, or a whole split bundle (`path` is None then)."""

    path: Path | None
    status: str
    message: str
    entry: str | None = None

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
        return CheckResult(path, NOT_A_BUNDLE, str(exc)), None
    except IncompleteBundleError as exc:
        return CheckResult(path, INCOMPLETE, str(exc)), None
    except DamagedBundleError as exc:
        return CheckResult(path, DAMAGED, str(exc), exc.entry), None
    if scanned.parts == 1:
        message = f"complete: {len(scanned.entries)} entries, all intact"
    else:
        message = f"part {scanned.part} of {scanned.parts} intact ({len(scanned.entries)} entries)"
    return CheckResult(path, COMPLETE, message), scanned


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
            results.append(CheckResult(None, INCOMPLETE, str(exc)))
        except DamagedBundleError as exc:
            results.append(CheckResult(None, DAMAGED, str(exc)))
        else:
            results.append(CheckResult(
                None, COMPLETE, f"complete: bundle {set_id}, all {group[0].parts} parts intact"))
    return results
