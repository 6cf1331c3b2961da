"""Check a bundle at the office before any item in it is decrypted.

What `ingest.open_scanned` runs, in this order, on the parts of one bundle (see
`intake_app.bundle` for the format): the manifest is in the last part and bounded by what the
bundle's entries can need, decrypted with any office identity (current or retired) and parsed
strictly (`read_manifest`); its liaison is registered and not revoked (`check_liaison`); the
entries are exactly those of the signed manifest with matching part, size and SHA-256, and no
name appears in two parts (`check_entries`); one recipient is this office's (`check_recipients`),
with a warning when that is only a retired key (`check_retired`); and the liaison's counter was
not used before (`check_counter`). Each raises a BundleError subclass on refusal and reads no
item.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Sequence

from intake_app.bundle.errors import (
    BundleRejectedError,
    DamagedBundleError,
    IncompleteBundleError,
    ManifestError,
)
from intake_app.bundle.layout import INDEX_NAME, MANIFEST_NAME, is_item_entry
from intake_app.bundle.manifest import (
    Manifest,
    manifest_limit,
    parse_manifest,
    recipient_fingerprint,
)
from intake_app.bundle.reader import ScannedPart
from intake_app.crypto import age
from intake_app.crypto.keycard import KeyCard
from intake_app.errors import Worded
from intake_app.office import registry
from intake_app.sentences import sentence


def _sealed_limit(plain_limit: int) -> int:
    # An age header for up to 16 recipients plus STREAM overhead stays well under this.
    return plain_limit + (plain_limit // 65536 + 2) * 16 + 64 * 1024


def _item_entries(parts: list[ScannedPart]) -> int:
    return sum(1 for p in parts for name in p.entries if is_item_entry(name))


def read_manifest(parts: list[ScannedPart], identities: Sequence[str]
                  ) -> tuple[Manifest, bytes]:
    """The decrypted, strictly parsed manifest of `parts` (in part order) and its plain bytes."""
    holders = [p for p in parts if MANIFEST_NAME in p.entries]
    if len(holders) != 1 or holders[0].part != len(parts):
        raise IncompleteBundleError(code="bundle.incomplete_manifest_not_last")
    entry = holders[0].entries[MANIFEST_NAME]
    # Anyone can seal to the office: bound the unauthenticated manifest by what this bundle's
    # entries can need before decrypting or parsing any of it.
    entries = _item_entries(parts)
    plain_limit = manifest_limit(entries)
    too_large = ManifestError(code="bundle.manifest_too_large", entries=entries)
    if entry.size > _sealed_limit(plain_limit):
        raise too_large
    sealed = b"".join(holders[0].read(MANIFEST_NAME))
    plain = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(sealed), plain, identities=list(identities))
    except age.NoIdentityMatchError:
        raise BundleRejectedError(code="bundle.rejected_not_addressed") from None
    except age.AgeError:
        raise ManifestError(code="bundle.manifest_undecryptable") from None
    if plain.getbuffer().nbytes > plain_limit:
        raise too_large
    return parse_manifest(plain.getvalue()), plain.getvalue()


def check_liaison(conn: sqlite3.Connection, manifest: Manifest) -> registry.Liaison:
    """The registered, unrevoked liaison that signed `manifest` (BundleRejectedError if not)."""
    liaison = registry.find_liaison(conn, manifest.liaison_key_id)
    if liaison is None:
        raise BundleRejectedError(code="bundle.rejected_unregistered",
                                  key_id=manifest.liaison_key_id)
    if liaison.revoked is not None:
        raise BundleRejectedError(code="bundle.rejected_revoked", key_id=liaison.key_id,
                                  name=liaison.name, date=liaison.revoked)
    return liaison


def check_entries(parts: list[ScannedPart], manifest: Manifest) -> None:
    """The entries of `parts` are exactly the signed manifest's (part, size, SHA-256)."""
    if manifest.set_id != parts[0].set_id or manifest.parts != len(parts):
        raise ManifestError(code="bundle.manifest_other_files")
    expected = {e.name: (e.part, e.size, e.sha256) for item in manifest.items
                for e in item.entries}
    found: dict[str, tuple[int, int, str]] = {}
    for p in parts:
        for name, entry in p.entries.items():
            if name in (INDEX_NAME, MANIFEST_NAME):
                continue
            if name in found:  # one name in two parts would hide the earlier entry
                raise DamagedBundleError(entry=name, code="bundle.damaged_entry_twice",
                                         name=name)
            found[name] = (p.part, entry.size, entry.sha256)
    for name in sorted(set(expected) - set(found)):
        raise IncompleteBundleError(code="bundle.incomplete_entry_missing", name=name)
    for name in sorted(set(found) - set(expected)):
        raise DamagedBundleError(entry=name, code="bundle.damaged_entry_unsigned", name=name)
    for name, want in expected.items():
        if found[name] != want:
            raise DamagedBundleError(entry=name, code="bundle.damaged_entry_changed", name=name)


def check_recipients(manifest: Manifest, identities: Sequence[str]) -> list[str]:
    """Warnings (Said) about other keys the items were sealed to; refused if none is the
    office's."""
    ours = {recipient_fingerprint(age.recipient_for(i)) for i in identities}
    if not ours & set(manifest.recipients):
        raise BundleRejectedError(code="bundle.rejected_no_office_key")
    others = len(set(manifest.recipients) - ours)
    if others:
        return [Said("office_out.also_sealed_to", others=others)]
    return []


class Said(Worded):
    """A warning: its English sentence (the string itself), with the code and params that say
    it in another language (`in_language`; `sentence` does so for a param); params never hold
    signal content."""

    def __new__(cls, code: str, **params: object) -> Said:
        return super().__new__(cls, sentence(code, "en", **params), code, **params)


def sealed_to(manifest: Manifest, cards: Sequence[KeyCard]) -> int | None:
    """Index in `cards` (the office's cards, current first, then retired newest first, as
    `keys.generations` lists them) of the newest card one of whose age keys the bundle's items
    were sealed to; None if none is."""
    sent = set(manifest.recipients)
    for index, card in enumerate(cards):
        if sent & {recipient_fingerprint(r) for r in card.recipients}:
            return index
    return None


def check_retired(manifest: Manifest, cards: Sequence[KeyCard], liaison_name: str
                  ) -> list[str]:
    """A warning (Said "office_out.sealed_to_retired") when the items were sealed to no
    current office key, only to a retired one: whoever holds that key (often the reason to
    rotate) reads them too, and this liaison has not taken the current card (review r7k
    R7K-5). The retirement date is the day the card after it was made; none if not retired."""
    index = sealed_to(manifest, cards)
    if not index:  # 0: the current card; None: no card of these (check_recipients decides)
        return []
    return [Said("office_out.sealed_to_retired", name=liaison_name,
                 key_id=cards[index].key_id[:16], retired=cards[index - 1].created[:10])]


def check_counter(conn: sqlite3.Connection, manifest: Manifest) -> list[str]:
    """Refuse a replayed counter; warn (Said) of a gap or a late bundle."""
    used = conn.execute("SELECT bundle_id FROM bundles WHERE liaison_key_id = ? AND counter = ?",
                        (manifest.liaison_key_id, manifest.counter)).fetchone()
    if used is not None:
        raise BundleRejectedError(code="bundle.rejected_replayed", counter=manifest.counter,
                                  bundle_id=used[0])
    row = conn.execute("SELECT MAX(counter) FROM bundles WHERE liaison_key_id = ?",
                       (manifest.liaison_key_id,)).fetchone()
    highest = row[0] or 0
    if manifest.counter == highest + 2:
        return [Said("office_out.counter_gap", missing=highest + 1)]
    if manifest.counter > highest + 2:
        return [Said("office_out.counter_gaps", first=highest + 1, last=manifest.counter - 1)]
    if manifest.counter < highest:
        return [Said("office_out.counter_late", counter=manifest.counter, highest=highest)]
    return []
