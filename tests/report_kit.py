"""Test kit for the office report: office databases filled with signals.

`add_signal` stores a real, validated `SignalRecord` through the office's own insert
(`store_signals.insert_signal`) with its attachments in the content store, as an open does.
`insert_coded` writes code columns only, fast, for property tests over many random sets.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.crypto import keycard
from intake_app.domain import places, taxonomy
from intake_app.domain.signal import SignalRecord
from intake_app.fs.atomic import write_atomic
from intake_app.office import database, registry
from intake_app.office.store_signals import attachment_path, insert_signal
from intake_app.office.unseal import StagedAttachment, UnsealedItem

TODAY = date(2027, 1, 1)
ACTORS = ("CN", "ER", "IR", "MA", "RU", "TR", "unknown")


def add_liaison(conn: sqlite3.Connection, name: str) -> str:
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", name, [])
    liaison, _ = registry.add_liaison(conn, card)
    return liaison.key_id


def add_bundle(conn: sqlite3.Connection, key_id: str, bundle_id: str, counter: int) -> str:
    conn.execute("INSERT INTO bundles (bundle_id, liaison_key_id, counter, created, opened, "
                 "items, receipt) VALUES (?, ?, ?, ?, ?, 0, ?)",
                 (bundle_id, key_id, counter, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
                  b"receipt"))
    return bundle_id


def random_form(rng: random.Random, **fixed: Any) -> dict[str, Any]:
    """A valid editor form with random codes (free text plain unless given in `fixed`)."""
    place_kind = rng.choice(("municipality", "province", "online", "abroad"))
    value = {"municipality": rng.choice(places.MUNICIPALITIES).name,
             "province": rng.choice(taxonomy.codes("province")),
             "online": None, "abroad": rng.choice((None, "TR", "DE"))}[place_kind]
    form = {
        "category": rng.choice(taxonomy.codes("category")),
        "actor": rng.choice(ACTORS),
        "targets": rng.sample(taxonomy.codes("target"), rng.randint(1, 2)),
        "channel": rng.choice(taxonomy.codes("channel")),
        "period": {"kind": "date", "start": "2026-01-05", "end": None},
        "place": {"kind": place_kind, "value": value},
        "description": "Een melding.",
        "impact": [rng.choice([c for c in taxonomy.codes("impact") if c != "none_known"])],
        "impact_notes": "",
        "urgency": rng.choice(taxonomy.codes("urgency")),
        "anonymity": rng.choice(taxonomy.codes("anonymity")),
        "consent": ["office_only"],
        "reported_elsewhere": "no",
        "source_reliability": rng.choice(taxonomy.codes("source_reliability")),
        "information_credibility": rng.choice(taxonomy.codes("information_credibility")),
        "created": "2026-01-06T10:00:00Z",
        "attachments": [],
    }
    form.update(fixed)
    return form


def add_signal(conn: sqlite3.Connection, db_path: Path, key_id: str, bundle_id: str,
               item_id: str, received: str, form: dict[str, Any],
               attachments: list[tuple[str, bytes]] = ()) -> SignalRecord:
    """Store one validated signal and its attachments as the office's open does."""
    form = dict(form)
    form["attachments"] = [
        {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
         "media_type": "application/octet-stream", "cleaning": "not-cleanable", "warnings": []}
        for name, data in attachments]
    record = SignalRecord.from_form(form, today=TODAY)
    from intake_app.domain.signal import signal_to_json
    store = database.attachments_dir(db_path)
    staged = []
    for (name, data), entry in zip(attachments, record.attachments, strict=True):
        path = attachment_path(store, entry.sha256)
        write_atomic(path, data)
        staged.append(StagedAttachment(name, entry.sha256, len(data), path))
    item = UnsealedItem(record, signal_to_json(record), tuple(staged))
    insert_signal(conn, key_id, item_id, bundle_id, received, item)
    return record


def coded_rows(rng: random.Random, count: int, quarter_starts: list[str],
               actors: tuple[str, ...] = ACTORS) -> list[tuple]:
    """`count` random code rows (received inside the given quarters) for `insert_coded`."""
    rows = []
    for _ in range(count):
        start = rng.choice(quarter_starts)
        month = int(start[5:7]) + rng.randint(0, 2)
        received = f"{start[:4]}-{month:02d}-{rng.randint(1, 28):02d}T12:00:00Z"
        kind = rng.choice(("municipality", "province", "online", "abroad", "municipality"))
        value = {"municipality": rng.choice((*(m.name for m in places.MUNICIPALITIES[:40]),
                                            "Nergensdorp")),
                 "province": rng.choice(taxonomy.codes("province")),
                 "online": None, "abroad": "TR"}[kind]
        rows.append((
            received, rng.choice(taxonomy.codes("category")[:6]), rng.choice(actors),
            ";".join(sorted(rng.sample(taxonomy.codes("target"), rng.randint(1, 2)))),
            rng.choice(taxonomy.codes("channel")), kind, value,
            rng.choice(taxonomy.codes("impact")[:5]), rng.choice(taxonomy.codes("urgency")),
            "no_analysis" if rng.random() < 0.02 else "office_only",
            rng.choice("ABCDEF"), rng.choice("123456")))
    return rows


def insert_coded(conn: sqlite3.Connection, rows: list[tuple], key_id: str | None = None,
                 bundle_id: str = "b" * 32) -> None:
    """Insert code-only signal rows (no text: `signal_json` is "{}") in one transaction, filed
    by liaison `key_id` in `bundle_id` (none: the first liaison, or a new one)."""
    if key_id is None:
        key_id = conn.execute("SELECT key_id FROM liaisons LIMIT 1").fetchone()
    if key_id is None:
        key_id = add_liaison(conn, "Kit")
        add_bundle(conn, key_id, "b" * 32, 1)
    elif not isinstance(key_id, str):
        key_id = key_id[0]
    start = conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO signals (liaison_key_id, item_id, bundle_id, received, category, actor, "
        "targets, channel, period_kind, period_start, period_end, place_kind, place_value, "
        "impact, urgency, anonymity, consent, reported_elsewhere, source_reliability, "
        "information_credibility, created, signal_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'date', "
        "'2026-01-01', NULL, ?, ?, ?, ?, 'anonymous', ?, 'no', ?, ?, '2026-01-01T00:00:00Z', "
        "'{}')",
        [(key_id, f"{start + i:032x}", bundle_id, *row) for i, row in enumerate(rows)])
    conn.execute("COMMIT")


def _zero_rule_facts(table: Any) -> list[tuple[list, int]]:
    """The zero rule hides the zeros of a group (a row or a column of a table with row
    totals, a one-way table) with exactly one non-zero cell. So in a group that shows a zero
    and holds two or more non-zero cells, the cells beside each hidden cell sum to at least
    1. A row leaves out the columns that are all zero: their zeros tell nothing about it
    (the column total says them)."""
    if not table.row_totals:
        return []
    used = [c for c in table.cols if any(table.values[(r, c)] for r in table.rows)]
    groups = ([[(r, "") for r in table.rows]] if table.cols == [""] else
              [[(r, c) for c in used] for r in table.rows]
              + [[(r, c) for r in table.rows] for c in table.cols])
    facts = []
    for group in groups:
        shows_zero = any(table.values[k] == 0 and k not in table.suppressed for k in group)
        if not shows_zero or sum(1 for k in group if table.values[k] > 0) < 2:
            continue
        for key in group:
            if key in table.suppressed:
                facts.append(([v for k in group if k != key for v in table.members[k]], 1))
    return facts


def linprog_intervals(tables: list) -> dict[tuple[str, tuple[str, str]], tuple[float, float]]:
    """An independent interval audit with scipy.optimize.linprog: one dense LP over every
    variable of every table, with the layout's floors, the ceilings the pattern tells
    (`Table.ceilings`: a one-way row's top, a hidden total of mentions of at most P + 1) and
    the zero rule's facts; for each suppressed cell its (lower, upper) feasible value."""
    import numpy as np
    from scipy.optimize import linprog

    variables = sorted({v for t in tables for k in t.keys() for v in t.members[k]})
    index = {v: i for i, v in enumerate(variables)}
    rows, rhs = [], []
    for t in tables:
        for k in t.keys():
            if k not in t.suppressed and t.members[k]:
                row = np.zeros(len(variables))
                for v in t.members[k]:
                    row[index[v]] += 1
                rows.append(row)
                rhs.append(t.values[k])
    a_eq = np.array(rows) if rows else None
    b_eq = np.array(rhs, dtype=float) if rows else None
    floors, least = [], []  # what the layout tells: -sum <= -floor; ceilings: sum <= top
    for t in tables:
        for k, floor in t.floors.items():
            row = np.zeros(len(variables))
            for v in t.members[k]:
                row[index[v]] -= 1
            floors.append(row)
            least.append(-floor)
    for t in tables:  # what the public zero rule tells (an independent reading of it)
        for members, at_least in _zero_rule_facts(t):
            row = np.zeros(len(variables))
            for v in members:
                row[index[v]] -= 1
            floors.append(row)
            least.append(-at_least)
    for t in tables:  # what the pattern tells every reader: at most this (`Table.ceilings`)
        for k, ceiling in t.ceilings.items():
            row = np.zeros(len(variables))
            for v in t.members[k]:
                row[index[v]] += 1
            floors.append(row)
            least.append(ceiling)
    a_ub = np.array(floors) if floors else None
    b_ub = np.array(least, dtype=float) if floors else None
    found = {}
    for t in tables:
        for k in sorted(t.suppressed):
            if not t.members[k]:
                continue
            c = np.zeros(len(variables))
            for v in t.members[k]:
                c[index[v]] += 1
            low = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None),
                          method="highs")
            high = linprog(-c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None),
                           method="highs")
            assert low.status == 0 and high.status in (0, 3)
            found[(t.name, k)] = (low.fun, float("inf") if high.status == 3 else -high.fun)
    return found


def linprog_unprotected(tables: list, protection: int) -> list:
    """The suppressed cells the linprog audit finds exposed: every suppressed cell, primary or
    secondary, whose interval is not wider than `protection`."""
    return sorted(key for key, (low, high) in linprog_intervals(tables).items()
                  if not high - low > protection)
