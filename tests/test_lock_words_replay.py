"""Words a lock could not save are kept sealed in the profile folder (store/lock_words.py) and
saved into their draft at the next unlock. Someone with the laptop can copy that file aside and
put it back later: the words then went over the draft as it was typed since. A file whose
draft changed since it was written goes into a new draft instead, never over the newer one."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.store import lock_words
from intake_app.ui.kept_at_lock import KeptAtLock


def _drafts(session: LiaisonSession) -> dict[str, str]:
    return {entry.id: session.read_draft(entry.id)["description"]
            for entry in session.list_entries() if entry.kind == "draft"}


def test_words_kept_at_a_lock_go_back_into_their_draft(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    saved = signal_fields(description="First words.")
    draft_id = session.save_draft(saved)
    session.keep_words_on_disk(session.seal_words_for_unlock(
        draft_id, signal_fields(description="First words, and more."), saved))
    session.lock()
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    KeptAtLock().take(session)
    assert _drafts(session) == {draft_id: "First words, and more."}
    assert not (profile / lock_words.FILE_NAME).exists()


def test_an_older_words_file_put_back_goes_into_a_new_draft_not_over_the_newer_one(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    saved = signal_fields(description="First words.")
    draft_id = session.save_draft(saved)
    session.keep_words_on_disk(session.seal_words_for_unlock(
        draft_id, signal_fields(description="Old words."), saved))
    old_file = (profile / lock_words.FILE_NAME).read_bytes()  # copied aside by someone
    session.lock()
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    KeptAtLock().take(session)
    session.save_draft(signal_fields(description="What was typed since."), draft_id)
    session.lock()
    (profile / lock_words.FILE_NAME).write_bytes(old_file)  # put back while it was off
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    KeptAtLock().take(session)
    drafts = _drafts(session)
    assert drafts[draft_id] == "What was typed since."
    assert sorted(drafts.values()) == ["Old words.", "What was typed since."]
