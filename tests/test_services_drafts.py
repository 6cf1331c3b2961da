"""Drafts can be read back and changed; sealed signals cannot; deletion is explicit."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, sealed_file, signal_fields

from intake_app.domain.signal import SignalValidationError
from intake_app.store.errors import DraftNotFound, ItemNotFound


@pytest.fixture
def session(tmp_path: Path):
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    yield session
    session.lock()


def test_update_validates_and_a_refused_update_changes_nothing(session) -> None:
    draft_id = session.record(signal_fields(description="Original."))
    with pytest.raises(SignalValidationError) as refused:
        session.update_draft(draft_id, signal_fields(description="", category="nonsense"))
    assert {e.field for e in refused.value.errors} == {"description", "category"}
    assert session.read_draft(draft_id)["description"] == "Original."
    session.update_draft(draft_id, signal_fields(description="Changed."))
    assert session.read_draft(draft_id)["description"] == "Changed."


def test_a_sealed_signal_cannot_be_read_back(session) -> None:
    item = session.seal(session.record(signal_fields()))
    with pytest.raises(DraftNotFound):
        session.read_draft(item.id)


def test_delete_draft_and_sealed_item(session) -> None:
    draft_id = session.record(signal_fields())
    item = session.seal(session.record(signal_fields()))
    session.delete(draft_id)
    session.delete(item.id)
    assert [(e.id, e.status) for e in session.list_entries()] == [(item.id, "deleted")]
    assert not sealed_file(session.profile_dir, item.id).exists()
    with pytest.raises(ItemNotFound):
        session.delete("0" * 32)


def test_command_line_delete_asks_and_warns(tmp_path: Path) -> None:
    from liaison_fixtures import PASSPHRASE, run_cli

    session = fast_session(tmp_path / "p", make_office(tmp_path / "o"))
    item = session.seal(session.record(signal_fields()))
    session.lock()
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    common = ["--profile", str(tmp_path / "p"), "--passphrase-file", str(passfile)]
    kept = run_cli(["delete", item.id, *common], cwd=tmp_path, stdin="n\n")
    assert kept.returncode == 1 and "never reach the office" in kept.stderr
    assert "Nothing was deleted" in kept.stdout
    gone = run_cli(["delete", item.id, "--yes", *common], cwd=tmp_path)
    assert gone.returncode == 0, gone.stderr
    listed = run_cli(["list", *common], cwd=tmp_path)
    assert f"{item.id}  sealed" in listed.stdout and listed.stdout.rstrip().endswith("deleted")
