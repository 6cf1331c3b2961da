"""Write the golden files of every wire and disk format, ONCE, into tests/golden/<name>/.

    .venv/bin/python scripts/make_golden.py tests/golden/v0.1.0

The files are kept forever and read by every later version (tests/test_golden.py), as
Electrum keeps tests/test_storage_upgrade/. This script is run by hand when a release adds or
changes a format, into a NEW folder; it refuses to write into a folder that exists, and tests
never call it. What the tests expect comes from `expected.json`, written here from the inputs
this script chose (texts, attachment bytes) and from what the writers answered at the time
(ids, fingerprints), never by calling a writer again.

Everything goes through the product as a user's actions would: office keys generated with a
passphrase, a liaison profile set up with the real (MODERATE) key derivation and no keyring,
signals recorded, attached, sealed, exported (one single and one split bundle), the office
opens both and writes receipts, the liaison imports one receipt, the office rotates its keys.

File names carry their format version:
    sealed-item.age-v1.age            age v1, tar: signal.json then attachments/
    bundle-single.manifest-1/         one ZIP bundle, seinpost-manifest/1, bundle index 1
    bundle-split.manifest-1/          the same format split into parts
    manifest-1.age / manifest-1.json  the single bundle's sealed manifest and its plaintext
    receipt-1.json                    seinpost-receipt/1, for the single bundle
    keycard-office-1.card             the office card before rotation (no endorsement)
    keycard-office-endorsed-1.card    the rotated office card, endorsed by the old key
    keycard-liaison-1.card            the liaison's card
    attachment-blob-N.bin             an attachment blob of today's format N (SPBLOB3 today; the
                                      0.1.0 folder holds a format 2 one), its key in expected.json
    liaison-profile.vault-V.store-S/  vault.json (version V), store.db (schema S), blobs: the
                                      versions of today (seinpost-0.1.0/ also holds the same
                                      profile at schema 1; an older schema cannot be made from
                                      today's store, so this script no longer writes one)
    office-db-1/                      the office database (schema 1) and its attachments
    office-keys-1/                    the office keys folder after one rotation
    office-identity-1.txt             the first generation's age identity, for `age -d`
    expected.json                     passphrases, keys and the values the tests expect
    SHA256SUMS                        every file above: the tests check nothing changed
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake_app.bundle.reader import scan_part  # noqa: E402
from intake_app.bundle.receipt import receipt_file_name  # noqa: E402
from intake_app.crypto import age, keycard  # noqa: E402
from intake_app.office import database, ingest, registry  # noqa: E402
from intake_app.office import keys as office_keys  # noqa: E402
from intake_app.services.liaison import LiaisonSession  # noqa: E402
from intake_app.store import blobs, schema  # noqa: E402
from intake_app.vault import vault_file  # noqa: E402

OFFICE_PASSPHRASE = "golden office passphrase, kept in the test folder"  # noqa: S105 - public test data
LIAISON_PASSPHRASE = "golden liaison passphrase, kept in the test folder"  # noqa: S105
OFFICE_NAME = "Centraal Meldpunt"
LIAISON_NAME = "Golden Liaison"
# The profile folder is named after the formats it holds: vault.json's version, store.db's schema.
PROFILE_FOLDER = f"liaison-profile.vault-{vault_file.VERSION}.store-{schema.CURRENT_VERSION}"


def fields(number: int) -> dict:
    """A complete, valid signal; `number` makes each description distinct."""
    return {
        "category": "intimidation", "actor": "unknown", "targets": ["individual"],
        "channel": "phone", "period": {"kind": "date", "start": "2025-01-02", "end": None},
        "place": {"kind": "municipality", "value": "Den Haag"},
        "description": f"Golden signal {number}: a call at night.",
        "impact": ["fear_for_safety"], "impact_notes": f"Golden impact {number}.",
        "urgency": "low", "anonymity": "anonymous", "consent": ["office_only"],
        "reported_elsewhere": "no", "source_reliability": "B", "information_credibility": "2",
    }


def attachment_bytes(number: int) -> bytes:
    """Small texts; number 5 (the split bundle's) is 160 KiB, so it needs two parts."""
    size = 160 * 1024 if number == 5 else 3000 + number
    line = f"Golden attachment {number}\n".encode()
    return (line * (size // len(line) + 1))[:size]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checkpoint(db: Path) -> None:
    """Fold the WAL into the database file so the copy is one self-contained file."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def attachment_key(store: object, draft_id: str, attachment_id: str) -> str:
    """The attachment's own file key (hex), which the store keeps inside its encrypted
    metadata (store/attachments.py) and no public call hands out."""
    attachments = store.attachments  # type: ignore[attr-defined]
    with store.reading() as conn:  # type: ignore[attr-defined]
        [boxed] = conn.execute("SELECT meta FROM attachments WHERE draft_id = ? AND id = ?",
                               (draft_id, attachment_id)).fetchone()
    return attachments._meta(draft_id, attachment_id, boxed)["key"]


def blob_file_name(blob: Path) -> str:
    """The golden name of an attachment blob: ``attachment-blob-N.bin``, N read from its magic.

    The magic is ``SPBLOB<N>\n`` (``store/blobs.py``), so the name says the format the file holds.
    """
    with blob.open("rb") as file:
        magic = file.read(len(blobs.MAGIC))
    if not (magic.startswith(b"SPBLOB") and magic.endswith(b"\n")):
        raise SystemExit(f"{blob.name}: not an attachment blob")
    return f"attachment-blob-{magic[6:-1].decode('ascii')}.bin"


def copy_profile(profile: Path, target: Path) -> None:
    shutil.copytree(profile, target, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))


def main(out: Path) -> int:
    if out.exists():
        raise SystemExit(f"{out} exists: golden files are written once and never replaced")
    work = out.with_name(out.name + ".work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out.mkdir(parents=True)
    expected: dict = {"office_passphrase": OFFICE_PASSPHRASE,
                      "liaison_passphrase": LIAISON_PASSPHRASE,
                      "office_name": OFFICE_NAME, "liaison_name": LIAISON_NAME}

    # The office: keys with a passphrase, its first card.
    keys_dir = work / "office-keys"
    office_keys.generate_office_keys(keys_dir, OFFICE_NAME, OFFICE_PASSPHRASE)
    office_card = office_keys.load_office_card(keys_dir)
    identity = office_keys.load_office_identity(keys_dir, OFFICE_PASSPHRASE)
    (out / "office-identity-1.txt").write_text(identity + "\n")
    (out / "keycard-office-1.card").write_bytes(office_card.raw)
    expected["office_card"] = {"fingerprint": office_card.fingerprint,
                               "key_id": office_card.key_id,
                               "recipients": list(office_card.recipients)}

    # The liaison: real KDF, no keyring.
    profile = work / "profile"
    session = LiaisonSession.initialise(profile, LIAISON_PASSPHRASE, office_card,
                                        office_card.fingerprint, liaison_name=LIAISON_NAME,
                                        use_keyring=False)
    liaison_card = keycard.parse_card(session.liaison_card())
    (out / "keycard-liaison-1.card").write_bytes(liaison_card.raw)
    expected["liaison_card"] = {"fingerprint": liaison_card.fingerprint,
                                "key_id": liaison_card.key_id}

    inputs = work / "inputs"
    inputs.mkdir()
    drafts: dict[str, int] = {}
    for number in range(1, 6):
        draft_id = session.record(fields(number))
        source = inputs / f"note-{number}.txt"
        source.write_bytes(attachment_bytes(number))
        session.attach(draft_id, source)
        drafts[draft_id] = number

    draft_ids = list(drafts)
    kept_draft = draft_ids[0]
    store = session._store  # the engine under the session: ids, paths and the blob's own key
    [attachment] = store.list_attachments(kept_draft)
    blob_path = profile / "blobs" / f"{attachment.id}.blob"
    shutil.copyfile(blob_path, out / blob_file_name(blob_path))
    expected["draft"] = {"id": kept_draft, "fields": fields(1)}
    expected["attachment_blob"] = {
        "draft_id": kept_draft, "attachment_id": attachment.id,
        "key": attachment_key(store, kept_draft, attachment.id), "size": len(attachment_bytes(1)),
        "sha256": sha256(attachment_bytes(1)), "name": attachment.name,
        "media_type": attachment.media_type}

    items = {}
    for draft_id in draft_ids[1:]:
        info = session.seal(draft_id)
        items[info.id] = drafts[draft_id]
    session.wait_for_cleanup()
    item_ids = list(items)
    kept_item, single_items, split_item = item_ids[0], item_ids[1:3], item_ids[3]
    shutil.copyfile(store.item_path(kept_item), out / "sealed-item.age-v1.age")
    expected["sealed_item"] = {"id": kept_item, "number": items[kept_item],
                               "fields": fields(items[kept_item]),
                               "attachment_sha256": sha256(attachment_bytes(items[kept_item])),
                               "attachment_size": len(attachment_bytes(items[kept_item]))}

    for folder in ("bundle-single.manifest-1", "bundle-split.manifest-1"):
        (out / folder).mkdir()
    single = session.export(out / "bundle-single.manifest-1", single_items, max_part_size=None)
    split = session.export(out / "bundle-split.manifest-1", [split_item], max_part_size=100_000)
    expected["bundle_single"] = {"bundle_id": single.bundle_id, "items": single.item_ids,
                                 "files": [p.name for p in single.paths],
                                 "numbers": [items[i] for i in single.item_ids]}
    expected["bundle_split"] = {"bundle_id": split.bundle_id, "items": split.item_ids,
                                "files": [p.name for p in split.paths],
                                "numbers": [items[i] for i in split.item_ids]}
    if len(split.paths) < 2:
        raise SystemExit("the split bundle came out as one part")

    # The single bundle's sealed manifest, as it sits in the ZIP, and its signed plaintext.
    [part] = [scan_part(p) for p in single.paths]
    manifest_name = next(name for name in part.entries if name.startswith("manifest"))
    sealed_manifest = b"".join(part.read(manifest_name))
    (out / "manifest-1.age").write_bytes(sealed_manifest)
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(sealed_manifest), plain, identities=age.parse_identities(identity))
    (out / "manifest-1.json").write_bytes(plain.getvalue())
    expected["manifest"] = {"entry": manifest_name}

    # The office registers the liaison and opens both bundles; receipts are written.
    office_root = work / "office"
    office_root.mkdir()
    db_path = office_root / "office.db"
    conn = database.connect(db_path)
    registry.add_liaison(conn, liaison_card.raw)
    keys = ingest.load_office_keys(keys_dir, OFFICE_PASSPHRASE)
    receipts = office_root / "receipts"
    for paths in (single.paths, split.paths):
        [outcome] = ingest.open_bundles(paths, conn, db_path, keys, receipts_dir=receipts)
        if outcome.summary is None or outcome.summary.receipt_error is not None:
            raise SystemExit(f"the office could not open a golden bundle: {outcome.error}")
    conn.close()
    receipt = receipts / receipt_file_name(liaison_card.key_id, single.bundle_id)
    shutil.copyfile(receipt, out / "receipt-1.json")
    result = session.import_receipt(receipt)
    expected["receipt"] = {"bundle_id": single.bundle_id, "items": sorted(single.item_ids),
                           "office_key_id": office_card.key_id}
    expected["profile"] = {
        "draft_ids": [kept_draft],
        "items": {kept_item: "sealed", **{i: "delivered" for i in result.delivered},
                  split_item: "exported"}}
    session.lock()
    checkpoint(profile / "store.db")
    copy_profile(profile, out / PROFILE_FOLDER)

    checkpoint(db_path)
    shutil.copytree(office_root, out / "office-db-1",
                    ignore=shutil.ignore_patterns("*-wal", "*-shm", "receipts"))
    expected["office_db"] = {
        "signals": {i: items[i] for i in [*single.item_ids, *split.item_ids]},
        "bundles": [single.bundle_id, split.bundle_id]}

    # The office rotates: the new card is endorsed by the old signing key.
    rotation = office_keys.rotate_office_keys(keys_dir, OFFICE_PASSPHRASE)
    (out / "keycard-office-endorsed-1.card").write_bytes(rotation.new_card.raw)
    expected["office_card_endorsed"] = {"fingerprint": rotation.new_card.fingerprint,
                                        "key_id": rotation.new_card.key_id,
                                        "endorsed_by": office_card.key_id}
    shutil.copytree(keys_dir, out / "office-keys-1")
    (out / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    shutil.rmtree(work)
    sums = [f"{sha256(path.read_bytes())}  {path.relative_to(out).as_posix()}"
            for path in sorted(out.rglob("*")) if path.is_file()]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print(f"golden files written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
