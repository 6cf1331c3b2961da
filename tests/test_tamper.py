"""Must-show 2: every way a courier or an impostor can change a bundle is caught by `open`,
with a clear message, and nothing at all is ingested.

Bundles here are real: items sealed by `seal_signal` (or hostile tars sealed with age),
manifests signed with real Ed25519 keys, a real office database. `open_bundle` is the library
function behind `intake-office open`.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import tarfile
from pathlib import Path

import nacl.signing
import pytest
from bundle_kit import Liaison, Office, hostile_item, member, seal_item, signal_json

from intake_app.bundle import container
from intake_app.bundle.errors import BundleError
from intake_app.bundle.layout import INDEX_NAME, MANIFEST_NAME, build_index
from intake_app.bundle.manifest import parse_manifest, sign_manifest
from intake_app.bundle.reader import scan_part
from intake_app.crypto import age
from intake_app.office import registry
from intake_app.office.ingest import open_bundle


def one_item_bundle(tmp_path: Path, office: Office, liaison: Liaison, name: str,
                    number: int = 1) -> Path:
    item = seal_item(tmp_path / f"{name}.age", number, [office.recipient])
    return liaison.write([(name, item)], tmp_path / name, [office.recipient]).paths[0]


def entries_of(path: Path) -> list[tuple[str, bytes]]:
    scanned = scan_part(path)
    return [(name, b"".join(scanned.read(name))) for name in scanned.entries]


def rebuild(path: Path, entries: list[tuple[str, bytes]], target: Path) -> Path:
    """A well-formed container with a consistent index: only the signed manifest can object."""
    set_id = scan_part(path).set_id
    body = [(n, d) for n, d in entries if n != INDEX_NAME]
    index = build_index(set_id, 1, 1, [(n, len(d), hashlib.sha256(d).hexdigest())
                                       for n, d in body])
    with open(target, "wb") as out:
        writer = container.ContainerWriter(out)
        for name, data in [*body, (INDEX_NAME, index)]:
            writer.add(name, len(data), io.BytesIO(data).read1)
        writer.finish()
    scan_part(target)  # the courier check passes: the change is invisible without keys
    return target


def refused(office: Office, path: Path | list[Path], *words: str) -> str:
    before = office.snapshot()
    paths = path if isinstance(path, list) else [path]
    with pytest.raises(BundleError) as caught:
        open_bundle(paths, office.conn, office.db_path, office.keys)
    message = str(caught.value)
    assert message
    for word in words:
        assert word in message, message
    assert office.snapshot() == before
    return message


def test_every_single_byte_change_is_refused_and_nothing_is_ingested(tmp_path: Path,
                                                                       office: Office,
                                                                       liaison: Liaison) -> None:
    original = one_item_bundle(tmp_path, office, liaison, "it-1")
    data = original.read_bytes()
    assert len(data) < 16 * 1024
    before = office.snapshot()
    probe = tmp_path / "probe.zip"
    probe.write_bytes(data)
    messages: set[str] = set()
    fd = os.open(probe, os.O_RDWR)
    try:
        for position in range(len(data)):
            # A different bit pattern at each position; changed in place and put back after.
            os.pwrite(fd, bytes([data[position] ^ (position % 255 + 1)]), position)
            try:
                open_bundle([probe], office.conn, office.db_path, office.keys)
            except BundleError as exc:
                messages.add(str(exc).split(":")[0])
            else:
                pytest.fail(f"a change at byte {position} was accepted")
            os.pwrite(fd, data[position : position + 1], position)
    finally:
        os.close(fd)
    assert office.snapshot() == before
    assert messages <= {"damaged", "incomplete", "not a bundle", "refused"}
    # The untouched bundle still opens: the loop refused changes, not everything.
    summary = open_bundle([original], office.conn, office.db_path, office.keys)
    assert summary.stored == ["it-1"]


def test_truncation_anywhere_is_refused(tmp_path: Path, office: Office,
                                        liaison: Liaison) -> None:
    data = one_item_bundle(tmp_path, office, liaison, "it-1").read_bytes()
    probe = tmp_path / "cut.zip"
    points = sorted({*range(0, len(data), 97), *range(len(data) - 200, len(data))})
    for length in points:
        probe.write_bytes(data[:length])
        refused(office, probe)


def test_item_swapped_between_two_bundles_of_the_same_liaison(tmp_path: Path, office: Office,
                                                              liaison: Liaison) -> None:
    first = one_item_bundle(tmp_path, office, liaison, "it-1", 1)
    second = one_item_bundle(tmp_path, office, liaison, "it-2", 2)
    a, b = entries_of(first), entries_of(second)
    b_item = next(d for n, d in b if n.startswith("items/"))
    # Under the first bundle's entry name: the hash in the signed manifest differs.
    swapped = [(n, b_item if n.startswith("items/") else d) for n, d in a]
    refused(office, rebuild(first, swapped, tmp_path / "swap1.zip"), "does not match the signed")
    # Under its own entry name: an entry the manifest does not know, and one missing.
    b_entry = next((n, d) for n, d in b if n.startswith("items/"))
    swapped = [b_entry if n.startswith("items/") else (n, d) for n, d in a]
    refused(office, rebuild(first, swapped, tmp_path / "swap2.zip"), "manifest")


def test_removed_and_added_entries_are_refused(tmp_path: Path, office: Office,
                                               liaison: Liaison) -> None:
    item = seal_item(tmp_path / "a.age", 1, [office.recipient])
    other = seal_item(tmp_path / "b.age", 2, [office.recipient])
    path = liaison.write([("it-1", item), ("it-2", other)], tmp_path / "out",
                         [office.recipient]).paths[0]
    entries = entries_of(path)
    first_item = next(n for n, _ in entries if n.startswith("items/"))
    removed = [(n, d) for n, d in entries if n != first_item]
    refused(office, rebuild(path, removed, tmp_path / "removed.zip"), "missing")
    no_manifest = [(n, d) for n, d in entries if n != MANIFEST_NAME]
    refused(office, rebuild(path, no_manifest, tmp_path / "nomanifest.zip"), "manifest")
    extra = f"items/{secrets.token_hex(16)}.age"
    added = [*entries, (extra, other.read_bytes())]
    refused(office, rebuild(path, added, tmp_path / "added.zip"), extra, "not in the signed")


def test_replayed_bundle_stores_nothing_twice_and_a_reused_counter_is_refused(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    path = one_item_bundle(tmp_path, office, liaison, "it-1")
    assert open_bundle([path], office.conn, office.db_path, office.keys).stored == ["it-1"]
    before = office.snapshot()
    again = open_bundle([path], office.conn, office.db_path, office.keys)
    assert again.already_opened and again.stored == []
    assert "opened before" in again.warnings[0]
    assert office.snapshot() == before
    # A different bundle that reuses counter 1: a replay of the counter, refused.
    item = seal_item(tmp_path / "b.age", 2, [office.recipient])
    reused = liaison.write([("it-2", item)], tmp_path / "reuse", [office.recipient], counter=1)
    refused(office, reused.paths[0], "replayed", "counter 1")


def test_unregistered_and_revoked_liaisons_are_refused(tmp_path: Path, office: Office,
                                                       liaison: Liaison) -> None:
    stranger = Liaison("Onbekend")
    item = seal_item(tmp_path / "s.age", 1, [office.recipient])
    path = stranger.write([("it-s", item)], tmp_path / "s", [office.recipient]).paths[0]
    refused(office, path, "unregistered liaison")
    own = one_item_bundle(tmp_path, office, liaison, "it-1")
    registry.revoke_liaison(office.conn, signing_key_id(liaison))
    refused(office, own, "revoked")


def signing_key_id(liaison: Liaison) -> str:
    from intake_app.crypto import signing

    return signing.key_id(signing.verify_key_bytes(liaison.signing_key))


def test_manifest_re_signed_by_another_key_is_refused(tmp_path: Path, office: Office,
                                                      liaison: Liaison) -> None:
    path = one_item_bundle(tmp_path, office, liaison, "it-1")
    entries = dict(entries_of(path))
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(entries[MANIFEST_NAME]), plain, identities=office.identities)
    manifest = parse_manifest(plain.getvalue())
    changed = type(manifest)(**{**manifest.__dict__, "counter": manifest.counter + 5})
    forged = sign_manifest(changed, nacl.signing.SigningKey.generate())
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(forged), sealed, recipients=[office.recipient])
    entries[MANIFEST_NAME] = sealed.getvalue()
    target = rebuild(path, list(entries.items()), tmp_path / "forged.zip")
    refused(office, target, "signature does not verify")


# --- hostile tar content inside a correctly signed bundle --------------------------------------

ATTACHMENT = "attachments/01-a.bin"
CONTENT = b"attachment bytes"


def hostile_bundle(tmp_path: Path, office: Office, liaison: Liaison,
                   members: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    item = hostile_item(tmp_path / f"h{secrets.token_hex(4)}.age", [office.recipient], members)
    out = tmp_path / f"out{secrets.token_hex(4)}"
    return liaison.write([("it-h", item)], out, [office.recipient]).paths[0]


def listed_signal() -> tuple[tarfile.TarInfo, bytes]:
    return member("signal.json", signal_json(1, [(ATTACHMENT, CONTENT)]))


@pytest.mark.parametrize(
    ("case", "members"),
    [
        ("path escape", [listed_signal(), member("../x", CONTENT)]),
        ("path escape in folder", [listed_signal(), member("attachments/../../x", CONTENT)]),
        ("absolute path", [listed_signal(), member("/tmp/seinpost-x", CONTENT)]),
        ("symlink", [listed_signal(), member(ATTACHMENT, kind=tarfile.SYMTYPE,
                                             linkname="/etc/passwd")]),
        ("hardlink", [listed_signal(), member(ATTACHMENT, kind=tarfile.LNKTYPE,
                                              linkname="signal.json")]),
        ("device", [listed_signal(), member(ATTACHMENT, kind=tarfile.CHRTYPE)]),
        ("oversized member", [listed_signal(), member(ATTACHMENT, CONTENT * 100)]),
        ("member not listed", [listed_signal(), member(ATTACHMENT, CONTENT),
                               member("attachments/02-extra.bin", b"extra")]),
        ("listed member missing", [listed_signal()]),
        ("changed attachment", [listed_signal(), member(ATTACHMENT, CONTENT.upper())]),
        ("signal.json not first", [member(ATTACHMENT, CONTENT), listed_signal()]),
        ("invalid signal.json", [member("signal.json", b'{"category":"x"}')]),
        ("folder", [listed_signal(), member("attachments", kind=tarfile.DIRTYPE)]),
    ],
)
def test_hostile_tar_content_is_refused(tmp_path: Path, office: Office, liaison: Liaison,
                                        case: str, members: list) -> None:
    path = hostile_bundle(tmp_path, office, liaison, members)
    before_outside = sorted(os.listdir(tmp_path))
    message = refused(office, path, "it-h")
    assert "refused" in message
    assert sorted(os.listdir(tmp_path)) == before_outside
    assert not Path("/tmp/seinpost-x").exists()
    store = office.db_path.with_name(office.db_path.name + ".attachments")
    assert list(store.iterdir()) == []  # no staged leftovers either


def test_a_well_formed_hand_made_item_is_accepted(tmp_path: Path, office: Office,
                                                  liaison: Liaison) -> None:
    """Control for the hostile cases: the same tar, done right, is ingested."""
    path = hostile_bundle(tmp_path, office, liaison, [listed_signal(), member(ATTACHMENT, CONTENT)])
    summary = open_bundle([path], office.conn, office.db_path, office.keys)
    assert summary.stored == ["it-h"]
    assert office.count("attachments") == 1


def test_a_byte_change_with_recomputed_crc_and_index_is_still_refused(
        tmp_path: Path, office: Office, liaison: Liaison) -> None:
    """A courier who fixes up the CRC-32 and the index is caught by the signed hashes."""
    path = one_item_bundle(tmp_path, office, liaison, "it-1")
    entries = entries_of(path)
    for number, (name, data) in enumerate(entries):
        if name == INDEX_NAME:
            continue
        for position in range(number, len(data), 61):
            changed = bytearray(data)
            changed[position] ^= 0x20
            altered = [(n, bytes(changed) if n == name else d) for n, d in entries]
            refused(office, rebuild(path, altered, tmp_path / "fixed-up.zip"))
