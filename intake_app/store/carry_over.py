"""At a duress unlock: what lies in `sealed/` and `blobs/` that is not the old store's own goes
into the new profile as it is, so both passphrases leave it, and answer about it, alike.

Someone who can write to the disk while the laptop is off can plant entries in `sealed/` and
`blobs/`. The real unlock leaves what its rows do not name (store/local_store.py `recover`: a
well-formed `sealed/<id>.age` is said, `store.sealed_unlisted`, and kept, for it could be the
only copy of a signal; any other name is left alone; only an orphan `<id>.blob` and leftovers
of a cut are removed). The duress unlock used to remove the whole old folder, planted entries
included: it said nothing about a planted sealed file, the planted files were gone afterwards,
and 60,000 planted names made it seconds slower than the real one (review r7h, R7H-12 and
R7H-14). Now, once the new folder is swapped in (store/fresh.py `renew_profile`), an old
`sealed/` or `blobs/` holding any entry the old store's rows do not name (fresh.py `own_names`)
is moved whole into the new profile in place of its empty one, after its own entries were moved
aside into a `.<name>.<hex>.partial` folder that the old folder's removal takes with it
(fs/folder_renewal.py `remove_now`). So a planted entry costs one rename of its folder,
whatever it holds; the new store's recovery then treats it exactly as the real store's does
(same unlisted sealed files said, orphan blobs removed, other names kept). A folder without
foreign entries is removed with the old folder as before, so nothing changes for a profile
nobody touched. The in-place renewal (no folder could be made beside the profile) still renews
both folders empty (docs/SECURITY.md). Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Mapping
from pathlib import Path

from intake_app.fs.atomic import fsync_dir
from intake_app.store.core import FOLDERS

_PARTIAL = ".*.partial"  # fs/atomic.py temp_name: a cut write's leftover, the store's own


def is_own(name: str, own: frozenset[str]) -> bool:
    """Whether `name` in `sealed/` or `blobs/` is the old store's own: in `own` (its rows'
    names, fresh.py `own_names`) or a ``.*.partial`` leftover of a cut write."""
    return name in own or fnmatch.fnmatchcase(name, _PARTIAL)


def carry_foreign(old: Path, profile_dir: Path, own: Mapping[str, frozenset[str]]) -> None:
    """For each of `sealed/` and `blobs/` in the old profile folder `old` that holds an entry
    not in `own[name]` (nor a ``.*.partial`` leftover): its own entries moved aside into
    ``old/.<name>.<random hex>.partial`` (removed with `old`), then the folder itself moved to
    `profile_dir/<name>` in place of the new, empty one, and `profile_dir` synced. Never
    raises: a failure leaves what could not be moved in `old`, removed with it (as before this
    module), and the store makes a missing folder again at open (store/core.py)."""
    for name in FOLDERS:
        source = Path(old) / name
        if os.path.islink(source):
            continue  # refused at open (own_folders.settle_folder); never followed
        try:
            entries = os.listdir(source)
        except OSError:
            continue  # none, or not a folder: removed with the old folder
        mine = own.get(name, frozenset())
        if all(is_own(entry, mine) for entry in entries):
            continue
        with contextlib.suppress(OSError):
            aside = Path(old) / f".{name}.{os.urandom(6).hex()}.partial"
            os.mkdir(aside, 0o700)
            for entry in entries:
                if is_own(entry, mine):
                    os.rename(source / entry, aside / entry)
            target = Path(profile_dir) / name
            os.rmdir(target)  # the new profile's empty folder
            try:
                os.rename(source, target)
            except OSError:
                os.mkdir(target, 0o700)
                raise
            fsync_dir(Path(profile_dir))
