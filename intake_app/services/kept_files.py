"""What a lock kept for the next unlock, in the vault (part of `LiaisonSession`): the draft
open in the editor, the files chosen for it and not yet stored, and where the focus was.

A file chosen in the editor reaches the vault with the next autosave, and storing a large one
takes a while. A lock meanwhile stops that work, and the draft opens again after unlocking with
the file chosen again (ui/main_window.py). That list lived only in memory: an app killed while
locked (a battery, a forced restart, hours later) lost the file without a word (review r12aa
A7). Now the lock writes it into the store, encrypted under the vault key while that key is
still there (`keep_files_for_unlock`), and the next unlock takes it (`take_kept_files`), in
this process or the next. The draft is kept with no file waiting too: only a lock with files
survived a kill, and the next unlock showed the list, the draft one row among many (review
r12ab R2).

Format (version 1), canonical JSON inside the store's box: ``{"v": 1, "draft": <draft id>,
"files": [{"path": <hex of the path's bytes, os.fsencode>, "keep": <keep the original>}],
"focus": [<field name>, <part>]}``, "focus" optional (FormFocus.focus_place: a form field's
name and which of its inputs; never text). Paths only, never the files' content.

The words a lock could not save (another program held the store past its wait, or the disk
was full; review r12ac-2: they were lost) are kept too: sealed under the vault key while it is
still there (`seal_words_for_unlock`), held by the window in memory and written sealed into the
profile folder (`keep_words_on_disk`, store/lock_words.py: a kill while locked lost them, task
t12b), and opened by the next unlock of the same vault, in this process or the next
(`open_words_from_lock`, `words_on_disk`), which saves them into the draft and then removes the
file (`forget_words_on_disk`). A duress unlock never sees them: its renewal removed the file
with the old vault. Format (version 1), canonical JSON:
``{"v": 1, "draft": <draft id or null>, "fields": {...}, "base": <hex SHA-256 of the
canonical JSON of the draft's fields as last saved, or null>}``. The base makes an old file put
back harmless: someone who copies an earlier `lock-words.box` of this vault back into the
profile has its words saved as a new draft, never over a draft that changed since (review of
task t12b: a replayed file overwrote the newer draft).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.store.errors import DraftNotFound, RecordTooLarge
from intake_app.store.local_store import MAX_RECORD_BYTES, LocalStore, check_id

FORMAT = 1

#: Where the keyboard was in the form: a field's name and which of its inputs.
Focus = tuple[str, int]
#: (draft id, [(path, keep the original)], focus or None), as MainWindow reopens a draft.
KeptFiles = tuple[str, list[tuple[Path, bool]], Focus | None]


class KeptFilesOfSession:
    """Keeping the files a lock stopped storing (a part of LiaisonSession, which sets
    `_store`)."""

    _store: LocalStore

    def keep_files_for_unlock(self, draft_id: str | None,
                              files: Sequence[tuple[Path, bool]],
                              focus: Focus | None = None, *,
                              wait_s: float | None = None) -> None:
        """Keep draft `draft_id` (open in the editor at a lock) for the next unlock to open
        again, with `files` (path, keep the original: chosen for it, not yet stored, maybe
        none) and `focus` (where the keyboard was, or None), replacing what was kept; with no
        draft, forget what was kept. `wait_s`: the longest wait (s) for another program holding
        the store (default 10 s; then sqlite3's busy error). Raises the store's errors
        (RecordTooLarge, a full disk as StoreError)."""
        if draft_id is None:
            self._store.keep_files(None, wait_s=wait_s)
            return
        doc: dict = {"v": FORMAT, "draft": check_id(draft_id),
                     "files": [{"path": os.fsencode(path).hex(), "keep": bool(keep)}
                               for path, keep in files]}
        if focus is not None:
            doc["focus"] = [str(focus[0]), int(focus[1])]
        self._store.keep_files(canonical_json(doc), wait_s=wait_s)

    def take_kept_files(self, *, wait_s: float | None = None) -> KeptFiles | None:
        """What the last lock kept (`keep_files_for_unlock`), forgotten by the store at once;
        None when nothing was kept, or what was kept is not of this format (a focus that is
        not a field name and a number is left out). `wait_s`: as `keep_files_for_unlock`."""
        plain = self._store.take_kept_files(wait_s=wait_s)
        if plain is None:
            return None
        try:
            doc = parse_canonical(plain, limit=MAX_RECORD_BYTES)
            files = [(Path(os.fsdecode(bytes.fromhex(f["path"]))), f["keep"])
                     for f in doc["files"]]
            if doc["v"] != FORMAT or not all(type(keep) is bool for _path, keep in files):
                return None
            return check_id(doc["draft"]), files, _focus(doc.get("focus"))
        except (CanonicalError, DraftNotFound, KeyError, TypeError, ValueError):
            return None

    def seal_words_for_unlock(self, draft_id: str | None, fields: Mapping[str, Any],
                              base: Mapping[str, Any] | None = None) -> bytes:
        """The editor's `fields` of draft `draft_id` (None: never saved) sealed for the next
        unlock of this vault (see the module docstring); `base`: the draft's fields as last
        saved (`words_belong_to`). Raises RecordTooLarge for fields over MAX_RECORD_BYTES."""
        plain = canonical_json({"v": FORMAT, "draft": draft_id, "fields": dict(fields),
                                "base": None if base is None else fields_digest(base)})
        if len(plain) > MAX_RECORD_BYTES:
            raise RecordTooLarge(limit=MAX_RECORD_BYTES)
        return self._store.seal_for_lock(plain)

    def open_words_from_lock(self, sealed: bytes) -> tuple[str | None, dict[str, Any]] | None:
        """What `seal_words_for_unlock` sealed: (draft id or None, fields); the draft id is
        None too when that draft changed since the words were sealed, or cannot be read now
        (`words_belong_to`: an older file put back goes into a new draft). None when it does
        not open under this vault key or is not of this format."""
        plain = self._store.open_after_lock(sealed)
        if plain is None:
            return None
        try:
            doc = parse_canonical(plain, limit=MAX_RECORD_BYTES)
            draft = doc["draft"]
            if doc["v"] != FORMAT or not isinstance(doc["fields"], dict):
                return None
            draft = None if draft is None else check_id(draft)
            base = doc.get("base")
        except (CanonicalError, DraftNotFound, KeyError, TypeError, ValueError):
            return None
        if draft is not None and not self.words_belong_to(draft, base):
            draft = None
        return draft, doc["fields"]

    def words_belong_to(self, draft_id: str, base: object) -> bool:
        """Whether words sealed over `base` (a fields digest, or None) may be saved over draft
        `draft_id`: it is a draft whose fields are still those the words were typed over. False
        for a gone draft, a base that differs, or a draft that cannot be read now (another
        program holds the store: the words then go into a new draft, never over this one)."""
        try:
            current = self._store.read_draft(draft_id)
        except Exception:  # any refusal: not over it (the docstring says why)
            return False
        return isinstance(base, str) and fields_digest(current) == base


    def keep_words_on_disk(self, sealed: bytes) -> None:
        """Write `sealed` (from `seal_words_for_unlock`) into the profile folder for the next
        unlock, atomically. Raises OSError (a full disk)."""
        self._store.write_lock_words(sealed)

    def words_on_disk(self) -> bytes | None:
        """The sealed words a lock wrote (`keep_words_on_disk`), or None (none, or not a
        file of ours). Raises OSError when the file cannot be read."""
        return self._store.read_lock_words()

    def forget_words_on_disk(self) -> None:
        """Remove the words a lock wrote, once the store has them. Raises OSError."""
        self._store.remove_lock_words()


def fields_digest(fields: Mapping[str, Any]) -> str:
    """Hex SHA-256 of `fields` as canonical JSON (crypto/canonical.py)."""
    return hashlib.sha256(canonical_json(dict(fields))).hexdigest()


def _focus(kept: object) -> Focus | None:
    """A kept focus as [field name, part], else None."""
    if (isinstance(kept, list) and len(kept) == 2 and type(kept[0]) is str
            and type(kept[1]) is int):
        return kept[0], kept[1]
    return None
