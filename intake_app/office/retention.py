"""Storage limitation at the office: a retention period, and a purge that removes for good.

`purge(conn, db_path, before)` removes every signal the office received before the quarter
`before`, with its attachment rows and the attachment files no remaining signal uses (and any
an earlier, interrupted purge left: every file of the store that no row names). First it
stores the purged quarters' aggregate counts (`report.snapshots`), so earlier reports can be
made again with the same numbers. Removal is for good within the office's files: SQLite's
`secure_delete` zeroes the deleted content, checkpoints write it over the old pages in place,
`VACUUM` rewrites the file without free pages, all of it with the database held alone (no
other reader: a reader's snapshot kept removed pages in the file, review r14j R1; no
rollback journal: it wrote the removed pages to fresh blocks, review r14m R14m-1), and
attachment files are overwritten with zeros before they are unlinked. (What normal work's
checkpoints and journals left in freed blocks earlier, and a copy-on-write file system's or an
SSD's spare blocks, can still hold old data underneath; full-disk encryption covers that, see
docs/PRIVACY.md.)

Bundles stay: their rows hold no signal content and keep a replayed bundle out. So do the stored
publications (`report.publications`): codes and counts that later reports repeat.
The retention period (in quarters) is a row in `office_settings` (office database migration 3).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from intake_app.errors import SeinpostError, os_reason
from intake_app.office.database import attachments_dir, rollback
from intake_app.office.report import snapshots
from intake_app.office.report.counts import count_live
from intake_app.office.report.periods import PeriodError, Quarter

RETENTION_KEY = "retention_quarters"
_CHUNK = 1 << 20


class RetentionError(SeinpostError):
    """No retention period is set and no `--older-than` was given, it is out of range, or it
    would reach into a quarter that has not ended."""

    code = "office.retention"
    codes = ("office.retention", "office.retention_range", "office.purge_unfinished",
             "office.older_than_form", "office.purge_in_use", "office.purge_interrupted",
             "office.purge_files_left")


@dataclass
class PurgePlan:
    """What a purge removes (or removed): counts only, never content."""

    before: Quarter
    signals: int = 0
    attachment_files: int = 0
    quarters: list[Quarter] = field(default_factory=list)


def retention_quarters(conn: sqlite3.Connection) -> int | None:
    """The office's retention period in quarters, or None when not set."""
    row = conn.execute("SELECT value FROM office_settings WHERE key = ?",
                       (RETENTION_KEY,)).fetchone()
    return None if row is None else int(row[0])


def set_retention_quarters(conn: sqlite3.Connection, quarters: int) -> None:
    """Set the retention period (1 to 400 quarters)."""
    if not 1 <= quarters <= 400:
        raise RetentionError("the retention period is 1 to 400 quarters",
                             code="office.retention_range", quarters=quarters)
    conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (RETENTION_KEY, str(quarters)))


def overdue(conn: sqlite3.Connection, today: Quarter) -> tuple[int, Quarter] | None:
    """How many signals are older than the retention period, and the first quarter it keeps,
    with `today` the quarter running now; None when no period is set or none is older. The
    setting removes nothing by itself: this is what `report` reminds of (review r14m R14m-4)."""
    quarters = retention_quarters(conn)
    if quarters is None:
        return None
    before = today.shifted(-quarters)
    count = conn.execute("SELECT COUNT(*) FROM signals WHERE received < ?",
                         (before.start,)).fetchone()[0]
    return (count, before) if count else None


def plan_purge(conn: sqlite3.Connection, db_path: Path, before: Quarter) -> PurgePlan:
    """What `purge` would remove, changing nothing (the dry run)."""
    plan = PurgePlan(before)
    plan.signals = conn.execute("SELECT COUNT(*) FROM signals WHERE received < ?",
                                (before.start,)).fetchone()[0]
    plan.quarters = sorted({Quarter.of(r[0]) for r in conn.execute(
        "SELECT DISTINCT substr(received, 1, 7) FROM signals WHERE received < ?",
        (before.start,))})
    plan.attachment_files = len(set(_orphans(conn, db_path, before))
                                | set(_unreferenced(conn, db_path)))
    return plan


_SHA256_NAME = re.compile(r"[0-9a-f]{64}")


def _unreferenced(conn: sqlite3.Connection, db_path: Path) -> list[Path]:
    """Attachment files in the store that no `attachments` row names: what an earlier purge
    stopped after its DELETE had committed left there (review r14l L1: a Ctrl-C, a kill or a
    power cut between the commit and the shredding left purged attachments for good, and
    the next purge found them through no row), or an open whose rows were rolled back."""
    store = attachments_dir(db_path)
    if not store.is_dir():
        return []
    named = {sha for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    return [path for path in sorted(store.iterdir())
            if _SHA256_NAME.fullmatch(path.name) and path.name not in named
            and path.is_file() and not path.is_symlink()]


def _orphans(conn: sqlite3.Connection, db_path: Path, before: Quarter) -> list[Path]:
    rows = conn.execute(
        "SELECT DISTINCT a.sha256 FROM attachments a JOIN signals s USING (liaison_key_id, "
        "item_id) WHERE s.received < ? AND a.sha256 NOT IN (SELECT b.sha256 FROM attachments "
        "b JOIN signals t USING (liaison_key_id, item_id) WHERE t.received >= ?)",
        (before.start, before.start)).fetchall()
    store = attachments_dir(db_path)
    return [store / sha for (sha,) in rows if (store / sha).is_file()]


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it, then unlink it."""
    with open(path, "r+b", buffering=0) as handle:
        remaining = os.fstat(handle.fileno()).st_size
        zeros = bytes(min(remaining, _CHUNK))
        while remaining > 0:
            remaining -= handle.write(zeros[:remaining])
        os.fsync(handle.fileno())
    path.unlink()


_BUSY, _LOCKED = 5, 6  # SQLite's primary result codes: another connection holds a lock


def _in_use(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_BUSY, _LOCKED)


def _alone(conn: sqlite3.Connection, db_path: Path) -> None:
    """Hold the database for `conn` alone, in an open exclusive transaction: from here no other
    connection can read it, so none can keep the old pages of what is removed alive (review
    r14j R1: a reader that held a snapshot blocked the final checkpoint, and every purged
    description stayed in the file after "removed").

    The database stays in WAL mode, under `locking_mode = EXCLUSIVE` (review r14m R14m-1): a
    rollback journal holds the *old* page images of every page a DELETE changes, i.e. every
    purged description, and SQLite frees its blocks unzeroed when it truncates or deletes it
    (143 of 295 purged descriptions readable from a raw ext4 device). The write-ahead log
    receives the new pages only, already zeroed by `secure_delete`, and a checkpoint writes
    them over the old ones in place.

    Any other connection, an idle one too, holds a shared lock on a WAL database, so the
    exclusive lock is refused at once (no busy wait): RetentionError "office.purge_in_use"
    (nothing changed).
    """
    refused = RetentionError("another connection has the office database open",
                             code="office.purge_in_use", path=str(db_path))
    waited = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # kept until `_share`, across COMMIT
    try:
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        with contextlib.suppress(sqlite3.OperationalError):
            _share(conn)
        if _in_use(exc):
            raise refused from None
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waited}")


def _checkpoint(conn: sqlite3.Connection) -> None:
    """Write every page of the write-ahead log over its place in the database file and empty
    the log (`wal_checkpoint(TRUNCATE)`): the old pages of removed rows are overwritten in
    place, not left in blocks a file system frees unzeroed."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _share(conn: sqlite3.Connection) -> None:
    """Give the database back to other connections (WAL mode, normal locking)."""
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # lets the lock go
    conn.execute("PRAGMA journal_mode = WAL")


def purge(conn: sqlite3.Connection, db_path: Path, before: Quarter) -> PurgePlan:
    """Remove every signal received before `before` for good; returns what went.

    `conn` must be in autocommit mode (as `database.connect` opens it). No other connection
    may have the database open meanwhile, not even to read: RetentionError
    "office.purge_in_use" (nothing removed) otherwise. The removal runs in WAL mode under an
    exclusive lock held to the end (`_alone`); the log is checkpointed into the file after the
    DELETE's commit, before `VACUUM` (else the tail VACUUM cuts off keeps the old pages) and
    at the end: no reader's snapshot and no journal keeps removed pages anywhere.

    An attachment file that cannot be overwritten or unlinked is left for the next purge
    (which finds it as a file no row names) after every other one is shredded and the file
    vacuumed: RetentionError "office.purge_files_left" then names it (the signals are gone).
    """
    plan = plan_purge(conn, db_path, before)
    left: list[tuple[Path, OSError]] = []  # attachment files that could not be shredded
    conn.execute("PRAGMA secure_delete = ON")
    _alone(conn, db_path)
    try:
        for quarter in plan.quarters:
            if snapshots.stored(conn, quarter) is None:
                snapshots.store(conn, count_live(conn, quarter))
        conn.execute("DELETE FROM attachments WHERE (liaison_key_id, item_id) IN (SELECT "
                     "liaison_key_id, item_id FROM signals WHERE received < ?)",
                     (before.start,))
        conn.execute("DELETE FROM signals WHERE received < ?", (before.start,))
        conn.execute("COMMIT")
    except BaseException:
        # A COMMIT that met a full disk was rolled back by SQLite already: the full disk is
        # raised, not "cannot rollback" (nor a failure to go back to WAL, which the next
        # `database.connect` sets anyway).
        rollback(conn)
        with contextlib.suppress(sqlite3.Error):
            _share(conn)
        raise
    try:
        _checkpoint(conn)  # the zeroed pages over the old ones, before anything else
        # Found after the commit, by what no row names (not by the rows just deleted), so a
        # purge that is stopped here leaves its files to the next one, which shreds them.
        # A file that cannot be shredded (held open by another program, read-only,
        # immutable) stops nothing: every other one is, and the next purge retries it
        # (review r14m R14m-9: the first such file left the rest and skipped VACUUM).
        for path in _unreferenced(conn, db_path):
            try:
                _shred(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                left.append((path, exc))
        conn.execute("VACUUM")  # no free page keeps old rows
        _checkpoint(conn)  # the vacuumed file in place; the log empty
    except KeyboardInterrupt:
        # Not "nothing was deleted": the rows are gone; the next purge finishes the files.
        raise RetentionError("interrupted after the delete",
                             code="office.purge_interrupted") from None
    finally:
        _share(conn)
    if left:
        raise RetentionError(f"{len(left)} attachment files could not be removed yet",
                             code="office.purge_files_left", signals=plan.signals,
                             count=len(left), files=", ".join(str(p) for p, _ in left),
                             reason=os_reason(left[0][1]))
    return plan


def cutoff(conn: sqlite3.Connection, older_than: str | None, today: Quarter) -> Quarter:
    """The first quarter kept: `older_than` as "2026-Q1" or "8q" (quarters before `today`,
    the quarter running now), else the office's retention setting. Raises RetentionError
    ("office.older_than_form") when `older_than` is in neither form, and RetentionError
    when neither is there, or when the cut is after `today`: that would purge signals of a
    quarter that has not ended, and its counts kept for reports would miss every signal
    still to come in it."""
    if older_than is not None:
        text = older_than.strip().lower()
        if re.fullmatch(r"[+-]?[0-9]+q", text):  # "-1q" too: refused by its range, not its form
            quarters = int(text[:-1])
            if not 1 <= quarters <= 400:  # as the retention setting (review r14j R5)
                raise RetentionError("the retention period is 1 to 400 quarters",
                                     code="office.retention_range", quarters=quarters)
            return today.shifted(-quarters)
        try:
            before = Quarter.parse(older_than)
        except PeriodError:
            # The option takes two forms; the period sentence names only one (review r14i, U5).
            raise RetentionError("--older-than is neither a period nor a number of quarters",
                                 code="office.older_than_form") from None
        if before > today:
            raise RetentionError(f"purging before {before} reaches into {today}, which has not "
                                 "ended", code="office.purge_unfinished", period=str(before),
                                 running=str(today), latest=str(today))
        return before
    quarters = retention_quarters(conn)
    if quarters is None:
        raise RetentionError("no retention period is set: give --older-than or set one")
    return today.shifted(-quarters)
