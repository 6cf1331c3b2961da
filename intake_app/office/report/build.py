"""Build the protected report of one quarter from the office database.

`build_report(conn, quarter)` takes the publication of the quarter and of the `compare`
quarters before it (`publications`): a quarter published before is taken exactly as stored;
any other is counted (`snapshots.counts_for`: live rows, or the counts kept by `purge`),
protected on its own (`publish.publish_quarter`) and stored, all in one transaction, which
is committed only after the report's files are written (`deliver`), so that a report that
could not be written stores nothing. The trend repeats each quarter's publication
(`trend.compose`). So whatever leaves the office about a quarter is that quarter's one
publication, in every report.

A quarter is reported only once it has ended (UTC): its counts can no longer change, and two
reports of an unfinished quarter could be subtracted from each other. The result holds raw
counts *and* the suppression pattern; writers show only `Table.shown`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from intake_app.errors import SeinpostError
from intake_app.office.database import rollback
from intake_app.office.report import publications, republish, trend
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import ONE_WAY, publish_quarter
from intake_app.office.report.snapshots import counts_for
from intake_app.office.report.tables import Table, fold_below

DEFAULT_THRESHOLD = 5
# The least threshold the office accepts. Statistics offices' examples start from 3 (tau-ARGUS,
# Eurostat), but here 3 allows no protection level at all: a threshold needs a protection level
# of at least itself and at most `most_protection` (2 * threshold - 4), which is 2 for 3 (review
# r14j R9: at threshold 3 a hidden pair holding every signal of a table of mentions kept four
# values, {1, 2, 10, 11}). Below 3 a hidden cell holds 1 or 2 signals, and a reporter who knows
# their own signal can often place the other.
MIN_THRESHOLD = 4
DEFAULT_COMPARE = 4
OTHER_ACTORS = trend.OTHER_ACTORS
ReportRuleError = republish.ReportRuleError
TABLE_ORDER = ("actor_category", "trend", *ONE_WAY)


class ReportPeriodError(SeinpostError):
    """The quarter has not ended yet, or was first published with other settings."""

    code = "report.unfinished"
    codes = ("report.unfinished", "report.published_before")


class ReportSettingsError(SeinpostError):
    """A threshold or protection level the office refuses, or a trend that would mix quarters
    published with other settings."""

    code = "report.threshold_low"
    codes = ("report.threshold_low", "report.protection_low", "report.protection_high",
             "report.mixed_settings", "report.mixed_settings_none",
             "report.mixed_settings_keep", "report.mixed_settings_keep_none")


@dataclass
class Report:
    """A protected report. `tables` by name in `TABLE_ORDER`; `too_few` when nothing of the
    quarter could be published; `excluded` raw, shown exactly only where `excluded_exact`."""

    quarter: Quarter
    series: list[Quarter]
    threshold: int
    protection: int
    analysed: int
    excluded: int
    too_few: bool
    tables: dict[str, Table] = field(default_factory=dict)
    fold_below: int = 0  # the least count for an actor's own row (`tables.fold_below`)

    @property
    def excluded_exact(self) -> bool:
        """Whether the number left out for consent is published exactly: only from
        `fold_below` (protection + 2) on. Below, the report says "fewer than fold_below",
        which leaves 0 to protection + 1: more than `protection` possible values, like any
        hidden cell (a "<threshold" would leave only 1 to threshold - 1)."""
        return self.excluded >= self.fold_below


def _check_ended(quarter: Quarter, today: date) -> None:
    if today < date.fromisoformat(quarter.end):  # dates, not texts (review r14j R3)
        raise ReportPeriodError(f"{quarter} has not ended yet (it ends {quarter.end} UTC)",
                                period=str(quarter), end=quarter.end)


def check_settings(threshold: int, protection: int) -> None:
    """Refuse a threshold under MIN_THRESHOLD, a protection level under the threshold and one
    of `most_protection(threshold) + 1` or more (ReportSettingsError): a hidden cell holds up
    to threshold - 1 signals, so its interval must be wider than that at least; and the fact
    that some hidden cell is small (1 to threshold - 1) takes the middle out of an interval,
    leaving as few as 2 * threshold - 2 values (review r14f, C1, C1b; r14j R9)."""
    if threshold < MIN_THRESHOLD:
        raise ReportSettingsError(f"threshold {threshold} is below {MIN_THRESHOLD}",
                                  code="report.threshold_low", threshold=threshold,
                                  least=MIN_THRESHOLD)
    if protection < threshold:
        raise ReportSettingsError(f"protection {protection} is below the threshold {threshold}",
                                  code="report.protection_low", protection=protection,
                                  threshold=threshold)
    if protection > most_protection(threshold):
        raise ReportSettingsError(f"protection {protection} is above "
                                  f"{most_protection(threshold)} for threshold {threshold}",
                                  code="report.protection_high", protection=protection,
                                  threshold=threshold, most=most_protection(threshold))


def most_protection(threshold: int) -> int:
    """The largest protection level a threshold allows: 2 * threshold - 4. A hidden pair of
    one-way rows, or an actor table hidden inside beside its totals, tells that some cell is
    1 to threshold - 1 (or 0): what stays of an interval is its two ends, 2 * threshold - 2
    values at least for a pair (min(width + 1, 2 * threshold) inside the actor table); the
    protection promise asks for P + 2 values or more, so P <= 2 * threshold - 4 (review r14f,
    C1, C1b). It was 2 * threshold - 3, counting for a pair that holds every signal of a table
    of mentions (or of one with a "not known" row) also the splits 0 and N, which a reader who
    re-runs the engine drops: such a split leaves one row beside rows shown as 0, whose zeros
    the engine would then have hidden (review r14j R9: 2 * threshold - 2 values, {1, 2, 10, 11}
    at threshold 3). `values_left.values_kept` still counts those two splits; this bound keeps
    the pair at P + 2 values or more without them."""
    return 2 * threshold - 4


def _settings(stored: publications.Publication | None, threshold: int | None,
              protection: int | None) -> tuple[int, int]:
    """The threshold and protection level: as the quarter was first published, if it was."""
    if stored is None:
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        protection = threshold if protection is None else protection
        check_settings(threshold, protection)
        return threshold, protection
    if threshold not in (None, stored.threshold) or protection not in (None, stored.protection):
        raise ReportPeriodError(
            f"{stored.quarter} was first published with threshold {stored.threshold} and "
            f"protection {stored.protection}; it is always published that way",
            code="report.published_before", period=str(stored.quarter),
            threshold=stored.threshold, protection=stored.protection)
    return stored.threshold, stored.protection


def _check_same_settings(conn: sqlite3.Connection, series: list[Quarter], threshold: int,
                         protection: int, fold: int, *, fixed: bool) -> None:
    """Refuse a trend over quarters published with other settings (ReportSettingsError): its
    hidden and "–" cells would mean different things in different columns, and one legend
    could not say what each means. The sentence names the largest `--compare` that works
    ("--compare 0" when that is no trend: "report.mixed_settings_none"), and, where the
    report's own quarter is not `fixed` (published before) and the other quarter's settings
    can be given again, the `--threshold` and `--protection` that keep the trend
    ("report.mixed_settings_keep", "…_keep_none"; review r14m R14m-3)."""
    for position in range(len(series) - 2, -1, -1):  # newest first: the nearest one decides
        stored = publications.load(conn, series[position])
        if stored is not None and (stored.threshold, stored.protection,
                                   stored.fold_below) != (threshold, protection, fold):
            most = len(series) - position - 2
            keep = not fixed and stored.fold_below == fold_below(stored.protection)
            code = "report.mixed_settings" + ("_keep" if keep else "") + (
                "_none" if most == 0 else "")
            raise ReportSettingsError(
                f"{stored.quarter} was published with threshold {stored.threshold} and "
                f"protection {stored.protection}, not {threshold} and {protection}",
                code=code, period=str(stored.quarter), own_period=str(series[-1]),
                threshold=stored.threshold, protection=stored.protection,
                fold=stored.fold_below, own_threshold=threshold, own_protection=protection,
                own_fold=fold, most=most)


def _publications(conn: sqlite3.Connection, series: list[Quarter], threshold: int | None,
                  protection: int | None) -> list[publications.Publication]:
    """Every quarter's publication: stored, or made and stored now (inside the caller's
    transaction, `_storing`)."""
    found = []
    current = publications.load(conn, series[-1])
    threshold, protection = _settings(current, threshold, protection)
    fold = fold_below(protection) if current is None else current.fold_below
    _check_same_settings(conn, series, threshold, protection, fold, fixed=current is not None)
    for quarter in series:
        stored = publications.load(conn, quarter)
        if stored is None:
            publications.save(conn, publish_quarter(counts_for(conn, quarter), threshold,
                                                    protection))
            stored = publications.load(conn, quarter)  # as every later report reads it
            assert stored is not None
        found.append(republish.current(conn, stored, series))
    return found


@contextlib.contextmanager
def _storing(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")  # one writer: two reports never publish a quarter twice
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)  # only if SQLite has not rolled back itself; the first error is raised
        raise


def build_report(conn: sqlite3.Connection, quarter: Quarter, *,
                 compare: int = DEFAULT_COMPARE, threshold: int | None = None,
                 protection: int | None = None, today: date | None = None,
                 deliver: Callable[[Report], object] | None = None) -> Report:
    """The report of `quarter` with `compare` quarters of trend; stores new publications.

    `deliver` (for example writing the report's files: `write.write_report`) is called with
    the report before anything is stored, in the same transaction: the new publications are
    stored only once it has returned, and not at all when it raises (review r14k, K5: a report
    whose files could not be written fixed the quarter's settings for good, unseen). The
    database stays locked for writing meanwhile.

    `threshold` (default: as the quarter was first published, else DEFAULT_THRESHOLD): cells
    below it (and above 0) are suppressed; `protection` (default: likewise, else the
    threshold): every suppressed cell's feasible interval must be wider than this. A quarter
    published before keeps its settings (ReportPeriodError if others are given). `today`
    (default: the UTC date now) must be after the quarter. `conn` must be in autocommit mode
    (as `database.connect` opens it). Raises ReportPeriodError, ReportSettingsError (a
    threshold under MIN_THRESHOLD, a protection level under the threshold, a trend over a
    quarter published with other settings), ReportRuleError (a quarter stored under an
    earlier protection rule that today's rule cannot re-protect without showing more:
    `republish`), suppression.ProtectionError.
    """
    _check_ended(quarter, today or datetime.now(UTC).date())
    series = quarter.series(compare)
    with _storing(conn):
        found = _publications(conn, series, threshold, protection)
        current = found[-1]
        tables = {"actor_category": current.tables["actor_category"],
                  "trend": trend.compose(found),
                  **{name: current.tables[name] for name in ONE_WAY}}
        report = Report(quarter, series, current.threshold, current.protection,
                        current.analysed, current.excluded, current.too_few,
                        {n: tables[n] for n in TABLE_ORDER}, fold_below=current.fold_below)
        if deliver is not None:
            deliver(report)
    return report
