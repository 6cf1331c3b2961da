"""Review r7l R7L-7: a folder named `store.db-journal` (or `-wal`, `-shm`) planted in the
profile folder was called "store damaged ... restore the profile from a backup", though the
store was sound. Now the refusal says what lies there (`store.log_planted`, naming the log
file, in Dutch and English), for the real and the duress passphrase alike, nothing is erased,
and once the planted entry is moved away the real passphrase opens everything."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE
from test_duress_fresh_files import entries
from test_duress_obstacles import used_profile

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreLogPlanted


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside").write_bytes(b"someone's")


PLANTED = {
    "folder": _folder,
    "FIFO": os.mkfifo,
    "link to a file outside": lambda path: path.symlink_to(path.parent.parent / "outside"),
}


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["real", "duress"])
@pytest.mark.parametrize("log", ["store.db-journal", "store.db-wal", "store.db-shm"])
def test_a_folder_at_a_log_files_name_is_named_as_planted_and_nothing_is_erased(
        tmp_path: Path, log: str, passphrase: str) -> None:
    profile = used_profile(tmp_path, False)
    _folder(profile / log)
    before = entries(profile)
    with pytest.raises(StoreLogPlanted) as refused:
        LiaisonSession.unlock(profile, passphrase)
    assert refused.value.code == "store.log_planted"
    for lang in ("nl", "en"):
        said = refused.value.sentence(lang)
        assert said == sentence("store.log_planted", lang, name=log)
        assert log in said and said != sentence("store.corrupt", lang)
    assert entries(profile) == before  # nothing erased, the planted folder left too
    shutil.rmtree(profile / log)
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # the store was sound all along
    try:
        assert len(session.list_entries()) == 2  # the draft and the sealed signal
    finally:
        session.lock()


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_anything_not_a_file_at_the_journals_name_gets_the_same_sentence(
        tmp_path: Path, kind: str) -> None:
    profile = used_profile(tmp_path, False)
    (tmp_path / "outside").write_bytes(b"not the app's")
    PLANTED[kind](profile / "store.db-journal")
    with pytest.raises(StoreLogPlanted) as refused:
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert refused.value.sentence("en") == sentence("store.log_planted", "en",
                                                    name="store.db-journal")
    assert (tmp_path / "outside").read_bytes() == b"not the app's"
    assert os.path.lexists(profile / "store.db-journal")
