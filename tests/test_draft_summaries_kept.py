"""The list's draft summaries are kept between refreshes and made again only for a draft that
changed: the window reads them on unlock and after every save, seal and receipt, and reading
and checking all 400 drafts of a busy liaison held its GUI thread 190-380 ms (issue 12)."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import fast_session, make_office, signal_fields


def _counting_reads(session) -> list[str]:
    store, reads = session._store, []
    read = store.read_draft

    def counted(draft_id: str):
        reads.append(draft_id)
        return read(draft_id)

    store.read_draft = counted
    return reads


def test_a_second_reading_decrypts_only_the_drafts_that_changed(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    ids = [session.save_draft(signal_fields()) for _ in range(5)]
    reads = _counting_reads(session)
    assert set(session.draft_summaries()) == set(ids)
    assert sorted(reads) == sorted(ids)
    reads.clear()
    session.draft_summaries()
    assert reads == []  # nothing changed, nothing decrypted
    session.save_draft(signal_fields(category="diaspora_tax"), ids[2])
    summaries = session.draft_summaries()
    assert reads == [ids[2]]
    assert summaries[ids[2]].category == "diaspora_tax"


def test_every_way_a_draft_changes_shows_in_its_summary(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    kept, changed, gone = (session.save_draft(signal_fields()) for _ in range(3))
    session.draft_summaries()
    session.save_draft({"description": "Half a story."}, changed)  # the editor's save
    session.delete(gone)
    sealed = session.record(signal_fields())
    session.draft_summaries()
    session.seal(sealed)
    session.update_draft(kept, signal_fields(category="diaspora_tax"))  # the command line's
    summaries = session.draft_summaries()
    assert set(summaries) == {kept, changed}
    assert summaries[kept].category == "diaspora_tax"
    assert summaries[changed].category is None
    assert summaries[changed].missing > summaries[kept].missing  # read again: half a story
