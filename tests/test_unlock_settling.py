"""Issue 7: settling interrupted exports at unlock no longer swallows every failure.

`open_profile` settles what a crash left in the export journal (services/export_journal.py).
It used to ignore any exception there, so a store failing in a way nobody foresaw was worked on
as if nothing happened. Now a failing or missing stick (OSError), an unreadable part
(BundleError) or a full disk only make the journal wait; anything else refuses the unlock with
the damaged-store sentence, and the vault is locked again. The failure is injected where the
session calls the journal, since the journal itself can no longer be planted (it is in the
store's row digest, tests/test_laptop_attacks.py).
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields

from intake_app.services import export_journal
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreCorrupt


def locked_profile(tmp_path: Path) -> Path:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.seal(session.record(signal_fields()))
    session.lock()
    return tmp_path / "profile"


def failing_with(exc: BaseException):
    def recover(store):
        raise exc
    return recover


@pytest.mark.parametrize("unforeseen", [KeyError("bundle_id"), ValueError("embedded null byte"),
                                        TypeError("not a str")], ids=lambda e: type(e).__name__)
def test_an_unforeseen_failure_while_settling_exports_refuses_with_the_damaged_store_sentence(
        tmp_path: Path, monkeypatch, unforeseen: Exception) -> None:
    profile = locked_profile(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(export_journal, "recover", failing_with(unforeseen))
        with pytest.raises(StoreCorrupt) as refused:
            LiaisonSession.unlock(profile, PASSPHRASE)
    assert refused.value.code == "store.corrupt"
    assert refused.value.__cause__ is unforeseen
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # nothing was left half open
    assert [e.kind for e in session.list_entries()] == ["sealed"]
    session.lock()


@pytest.mark.parametrize("expected", [OSError(errno.EIO, "Input/output error"),
                                      FileNotFoundError(errno.ENOENT, "gone")],
                         ids=["stick failing", "stick gone"])
def test_a_stick_failing_while_exports_are_settled_does_not_block_the_unlock(
        tmp_path: Path, monkeypatch, expected: OSError) -> None:
    profile = locked_profile(tmp_path)
    monkeypatch.setattr(export_journal, "recover", failing_with(expected))
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert [e.kind for e in session.list_entries()] == ["sealed"]
    session.lock()
