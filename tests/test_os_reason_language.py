"""A file error's reason is said in the run's language (review r14k, K3).

`errors.classify` put the operating system's own text ("Not a directory", "No such file or
directory", or a raiser's "not a folder") inside the Dutch sentence "Een bestand kon niet
worden gelezen of geschreven (…)". Now the reason is an `errors.Reason`: its English text in
English, its Dutch sentence from the table (codes "reason.<errno name>", "reason.other" for
one the table lacks) in Dutch.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from intake_app.cli.office import main as office_main
from intake_app.errors import classify
from intake_app.office import database
from intake_app.sentences import SENTENCES, sentence

TABLED = [name for name in errno.errorcode.values() if f"reason.{name}" in SENTENCES]


@pytest.mark.parametrize("name", [*TABLED, "EFAULT"])
def test_an_os_reason_is_dutch_in_dutch_and_the_systems_own_in_english(name: str) -> None:
    number = getattr(errno, name)
    text = os.strerror(number)
    for exc in (OSError(number, text, "x.txt"), NotADirectoryError(number, "not a folder")):
        code, params = classify(exc)
        english = sentence(code, "en", **params)
        dutch = sentence(code, "nl", **params)
        assert f"({exc.strerror})" in english
        table = SENTENCES.get(f"reason.{name}") or SENTENCES["reason.other"]
        assert f"({table['nl']})" in dutch
        assert exc.strerror not in dutch


def test_a_report_into_a_path_through_a_file_says_why_in_dutch(
        tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    (tmp_path / "afile").write_bytes(b"")
    out = tmp_path / "afile" / "sub"
    monkeypatch.setenv("SEINPOST_LANG", "nl")
    assert office_main(["report", "--db", str(db), "--period", "2026-Q2", "--compare", "0",
                        "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert SENTENCES["reason.ENOTDIR"]["nl"] in err
    assert os.strerror(errno.ENOTDIR) not in err and "not a folder" not in err
