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


def test_the_list_gives_each_draft_its_record_and_attachments_and_each_item_its_file(
        session, tmp_path: Path) -> None:
    plain = session.record(signal_fields())
    with_files = session.record(signal_fields())
    for name, size in (("a.txt", 1000), ("b.txt", 2345)):
        (tmp_path / name).write_bytes(b"x" * size)
        session.attach(with_files, tmp_path / name)
    item = session.seal(session.record(signal_fields()))
    session.delete(session.seal(session.record(signal_fields())).id)

    entries = {e.id: e for e in session.list_entries()}
    assert [e.kind for e in session.list_entries()] == ["draft", "draft", "sealed", "sealed"]
    assert entries[with_files].size - entries[plain].size == 1000 + 2345  # the same record size
    assert (entries[item.id].kind, entries[item.id].size, entries[item.id].date,
            entries[item.id].status) == ("sealed", item.size, item.sealed_at, "sealed")
    assert entries[with_files].status == "draft"
    session.clear_finished()
    assert [e.id for e in session.list_entries(hide_cleared=True)] == [plain, with_files, item.id]
