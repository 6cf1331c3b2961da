"""Review r14m R14m-9: one attachment file purge could not open for writing (held open by
another program, read-only, immutable) stopped its shredding loop: the rows were gone, every
other purged attachment stayed in the store, VACUUM was skipped, and the message was the
generic "choose another folder". Now purge shreds every other file, vacuums, and says which
file(s) remain and that the next purge removes them (it finds them as files no row names).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_report_purge import fill, office_bytes

from intake_app.cli.office import main as office_main
from intake_app.errors import os_reason
from intake_app.office import database
from intake_app.sentences import sentence

PURGE = ["--older-than", "2026-Q2", "--yes"]


def test_a_file_purge_cannot_shred_leaves_only_itself_and_is_named(
        tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    old, new = fill(db)
    conn = database.connect(db)
    sha = conn.execute("SELECT a.sha256 FROM attachments a JOIN signals s USING "
                       "(liaison_key_id, item_id) WHERE s.received < '2026-04-01' "
                       "ORDER BY a.sha256 LIMIT 1 OFFSET 7").fetchone()[0]
    conn.close()
    held = database.attachments_dir(db) / sha
    kept_words = [w for w in old if w in held.read_bytes()]
    assert len(kept_words) == 1  # the one attachment word of that signal
    subprocess.run(["chattr", "+i", str(held)], check=True)  # stands for "held open"
    try:
        for lang, signals in (("en", 60), ("nl", 0)):
            monkeypatch.setenv("SEINPOST_LANG", lang)
            assert office_main(["purge", "--db", str(db), *PURGE]) == 1
            reason = os_reason(PermissionError(1, "Operation not permitted"))
            expected = sentence("office.purge_files_left", lang, signals=signals, count=1,
                                files=str(held), reason=reason)
            assert capsys.readouterr() == ("", f"intake-office: {expected}\n")
            # Everything else went: rows, every other purged file, the free pages (VACUUM).
            after = office_bytes(db)
            assert [w for w in old if w in after] == kept_words
            assert all(word in after for word in new)
            store = sorted(p.name for p in database.attachments_dir(db).iterdir())
            assert len(store) == 41 and sha in store  # 40 kept signals' files and the held one
            conn = database.connect(db)
            assert conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0] == 40
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed
            conn.close()
    finally:
        subprocess.run(["chattr", "-i", str(held)], check=True)
    assert office_main(["purge", "--db", str(db), *PURGE]) == 0
    assert [w for w in old if w in office_bytes(db)] == []
    assert not held.exists()
