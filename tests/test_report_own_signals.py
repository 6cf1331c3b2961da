"""A liaison's own signals, as lower bounds, narrow no hidden row of a one-way table (review
r14n, R14n-1; issue 14).

A liaison knows how many of their own signals name each code: at least that many in every
row. In a hidden group of three, one who filed 5 or more in two rows knows neither is the
group's small row (the public rule), so the third is: 1 to 4. The review's case: Groningen 2,
Friesland 12, Drenthe 8 hidden (with Overijssel 2, Flevoland 10, Gelderland 9, so the tops
leave the rows free), and one liaison filed 6 of Friesland's and 5 of Drenthe's signals.
The office database here is real SQLite with two liaisons; the report counts each one's
signals per row (`counts.count_live`) and the intruder (`known_row_kit.own_bound_leaks`,
the integer program with everything published, the rule, the tops, and the liaison's own
counts in the other hidden rows as lower bounds) must keep every hidden row wide.
"""

from __future__ import annotations

from collections import Counter

from known_row_kit import hidden_rows, own_bound_leaks
from pattern_kit import quarter_counts
from report_kit import add_bundle, add_liaison, insert_coded

from intake_app.office import database
from intake_app.office.report.counts import count_live
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import publish_quarter

Q3 = Quarter(2026, 3)
REGIONS = {"nl-gr": 2, "nl-fr": 12, "nl-dr": 8, "nl-ov": 2, "nl-fl": 10, "nl-ge": 9,
           "nl-ut": 10, "nl-nh": 10, "nl-zh": 10, "nl-ze": 6, "nl-nb": 8, "nl-li": 6,
           "abroad": 6, "online": 6}
MINE = {"nl-fr": 6, "nl-dr": 5}  # the liaison's own signals


def rows_for(regions: dict[str, int], start: int = 0) -> list[tuple]:
    """Code rows of 2026-Q3, one per signal, in the given regions; the other codes spread so
    that only the region table matters."""
    found = []
    for region, count in regions.items():
        kind, value = (("province", region) if region.startswith("nl-")
                       else (region, "TR" if region == "abroad" else None))
        for _ in range(count):
            n = start + len(found)
            found.append((f"2026-08-{n % 28 + 1:02d}T12:00:00Z",
                          ("intimidation", "diaspora_tax")[n % 2], ("RU", "TR")[n // 2 % 2],
                          "individual", "in_person", kind, value, "fear_for_safety", "low",
                          "office_only", "B", "2"))
    return found


def test_a_liaison_with_5_or_more_in_two_rows_of_a_hidden_group_does_not_place_the_third(
        tmp_path) -> None:
    conn = database.connect(tmp_path / "office.db")
    mine, theirs = add_liaison(conn, "Friesland"), add_liaison(conn, "Elders")
    add_bundle(conn, mine, "a" * 32, 1)
    add_bundle(conn, theirs, "b" * 32, 1)
    insert_coded(conn, rows_for(MINE), mine, "a" * 32)
    rest = {region: count - MINE.get(region, 0) for region, count in REGIONS.items()}
    insert_coded(conn, rows_for(rest, 1000), theirs, "b" * 32)
    counts = count_live(conn, Q3)
    conn.close()
    assert Counter({k: n for (k, _), n in counts.cells["region"].items()}) == Counter(REGIONS)
    publication = publish_quarter(counts, 5, 5)
    region = publication.tables["region"]
    assert ("nl-gr", "") in hidden_rows(region)
    own = {"region": [Counter({(k, ""): n for k, n in MINE.items()}),
                      Counter({(k, ""): n for k, n in rest.items()})]}
    assert own_bound_leaks(publication, own) == []


def test_the_report_counts_each_liaisons_own_signals_per_row_without_their_ids(
        tmp_path) -> None:
    conn = database.connect(tmp_path / "office.db")
    mine, theirs = add_liaison(conn, "Friesland"), add_liaison(conn, "Elders")
    add_bundle(conn, mine, "a" * 32, 1)
    add_bundle(conn, theirs, "b" * 32, 1)
    insert_coded(conn, rows_for(MINE), mine, "a" * 32)
    insert_coded(conn, rows_for({"nl-gr": 3}, 1000), theirs, "b" * 32)
    counts = count_live(conn, Q3)
    conn.close()
    assert sorted(map(dict, counts.own["region"]), key=len) == [
        {("nl-gr", ""): 3}, {("nl-fr", ""): 6, ("nl-dr", ""): 5}]
    assert mine not in repr(counts) and theirs not in repr(counts)


# A table of mentions: its total is hidden beside a hidden row, so the hidden rows' sum is not
# published, but the rule still says each hidden group holds a small row.
CELLS = {("RU", "intimidation"): 30, ("RU", "diaspora_tax"): 30,
         ("TR", "intimidation"): 30, ("TR", "diaspora_tax"): 30}
TARGETS = {"individual": 2, "family": 20, "community_organisation": 18,
           "religious_organisation": 15, "student_organisation": 16,
           "politician_official": 14, "journalist": 12, "business": 15, "other": 13}
MINE_TARGETS = {"family": 6, "community_organisation": 5}


def test_a_liaison_with_5_or_more_in_two_rows_of_mentions_does_not_place_the_third() -> None:
    counts = quarter_counts(CELLS, {"target": Counter(TARGETS)})
    rest = {code: n - MINE_TARGETS.get(code, 0) for code, n in TARGETS.items()}
    own = [Counter({(k, ""): n for k, n in MINE_TARGETS.items()}),
           Counter({(k, ""): n for k, n in rest.items()})]
    counts.own["target"] = own
    publication = publish_quarter(counts, 5, 5)
    assert ("individual", "") in hidden_rows(publication.tables["target"])
    # The liaison's 6 signals name family alone, their 5 community organisations alone: they
    # know neither row holds every signal (N), so neither is its group's row of N.
    not_full = {"target": [{("family", ""), ("community_organisation", "")}, set()]}
    assert own_bound_leaks(publication, {"target": own}, not_full) == []
