"""Review r14m R14m-1: `purge` wrote the purged descriptions to fresh disk blocks and freed them
unzeroed. Its rollback journal held the old image of every page the DELETE changed; SQLite
truncated it at COMMIT, and on a plain ext4 file system 143 of 295 purged descriptions could
be read back from the raw device. Now the purge runs in WAL mode (the log gets the zeroed new
pages only) and checkpoints before VACUUM and at the end: nothing of a purged signal is left
anywhere on the device, free blocks included.

The database is built elsewhere and copied onto a fresh file system, as an office's would
have been long before a purge: what normal work's own checkpoints left in free blocks earlier
is out of a purge's reach (docs/PRIVACY.md: full-disk encryption).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from small_disk import ext4_image
from test_report_purge import fill

from intake_app.cli.office import main as office_main
from intake_app.office import database


def test_purge_leaves_no_purged_byte_anywhere_on_a_raw_ext4_device(tmp_path: Path) -> None:
    made = tmp_path / "made" / "office.db"
    made.parent.mkdir()
    old, new = fill(made)
    mount = tmp_path / "disk"
    image = tmp_path / "disk.img"
    with ext4_image(mount, 32):
        db = mount / "office.db"
        shutil.copyfile(made, db)
        shutil.copytree(database.attachments_dir(made), database.attachments_dir(db))
        os.sync()  # the old content is on the device before the purge, as it would be
        assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2",
                            "--yes"]) == 0
    raw = image.read_bytes()
    image.unlink()
    assert all(word in raw for word in new)  # the scan reads the device's files
    assert [word for word in old if word in raw] == []
