"""Fuzz targets: one per reader of bytes from outside, each seeded with valid files the project
makes (by its own writers, with fresh keys) and, for age, the shared test vectors.

A target's `run(data)` feeds `data` to the reader exactly as the program would. The runner
(`run.py`) counts an exception as a defect unless its class is defined in the `intake_app`
package (a project error with a sentence); it also fails an input that takes over 2 s and a
process that grows past the stated memory bound.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import nacl.signing
import pikepdf
from PIL import Image

from intake_app.bundle import manifest as manifest_mod
from intake_app.bundle.reader import scan_part
from intake_app.bundle.receipt import make_receipt, parse_receipt
from intake_app.bundle.writer import BundleWriter
from intake_app.crypto import age, keycard, signing
from intake_app.domain.signal import SignalRecord, signal_from_json, signal_to_json, validate_signal
from intake_app.fs.json_input import loads_bounded
from intake_app.media.clean import clean_attachment
from intake_app.office.unseal import read_sealed_item
from intake_app.services.sealing import SealAttachment, seal_signal

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "age"  # tests/vectors/age
_IDENTITY, _RECIPIENT = age.generate_x25519()
_OFFICE_KEY = nacl.signing.SigningKey.generate()
_LIAISON_KEY = nacl.signing.SigningKey.generate()


@functools.cache
def _scratch() -> Path:
    """A private scratch folder, made on first use (not at import: pytest imports this)."""
    return Path(tempfile.mkdtemp(prefix="seinpost-fuzz-"))


@dataclass(frozen=True)
class Target:
    name: str
    reader: str  # what it reads, for the report
    seeds: Callable[[], list[bytes]]
    run: Callable[[bytes], object]


# --- seeds the project makes ---------------------------------------------------------------------

def _signal_form(number: int, attachments: list[tuple[str, bytes]]) -> dict:
    return {
        "category": "diaspora_tax", "actor": "ER", "targets": ["individual"],
        "channel": "in_person", "period": {"kind": "date", "start": "2025-03-01", "end": None},
        "place": {"kind": "municipality", "value": "Den Haag"},
        "description": f"Melding nummer {number}.", "impact": ["fear_for_family"],
        "impact_notes": "", "urgency": "high", "anonymity": "known_to_liaison",
        "consent": ["office_only"], "reported_elsewhere": "no", "source_reliability": "B",
        "information_credibility": "2", "created": "2025-06-14T09:30:00Z",
        "attachments": [
            {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
             "media_type": "application/octet-stream", "cleaning": "not-cleanable",
             "warnings": []}
            for name, data in attachments
        ],
    }


def _signal_json(number: int, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    form = _signal_form(number, list(attachments))
    return signal_to_json(SignalRecord.from_form(form, today=date(2025, 6, 15)))


def _sealed(number: int, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    parts = [SealAttachment(name, len(data), lambda data=data: io.BytesIO(data))
             for name, data in attachments]
    out = io.BytesIO()
    seal_signal(_signal_json(number, attachments), parts, [_RECIPIENT], out)
    return out.getvalue()


def _tar_plaintexts() -> list[bytes]:
    plains = []
    for number, attachments in ((1, []), (2, [("attachments/01-a.bin", b"attachment bytes" * 4)]),
                                (3, [("attachments/01-a.bin", b"x"),
                                     ("attachments/02-b.txt", b"notes")])):
        out = io.BytesIO()
        age.decrypt(io.BytesIO(_sealed(number, attachments)), out, identities=[_IDENTITY])
        plains.append(out.getvalue())
    return plains


def _bundles() -> list[bytes]:
    folder = Path(tempfile.mkdtemp(dir=_scratch()))
    items = []
    for number in range(1, 4):
        path = folder / f"item{number}.age"
        attachments = [("attachments/01-a.bin", os.urandom(200))] if number == 2 else []
        path.write_bytes(_sealed(number, attachments))
        items.append((f"item-{number}", path))
    (folder / "whole").mkdir()
    whole = BundleWriter(_LIAISON_KEY, [_RECIPIENT], 1, max_part_size=None).write(
        items, folder / "whole")
    return [p.read_bytes() for p in whole.paths]


def _manifests() -> list[bytes]:
    item = manifest_mod.ManifestItem(
        "item-1", 300, "ab" * 32, (manifest_mod.ItemEntry("items/" + "c" * 32 + ".age", 1, 300,
                                                          "cd" * 32),))
    made = manifest_mod.build_manifest(
        bundle_id="1" * 32, set_id="2" * 32,
        liaison_key_id=signing.key_id(signing.verify_key_bytes(_LIAISON_KEY)),
        counter=7, created="2025-06-15T10:00:00Z", parts=1, recipients=[_RECIPIENT], items=[item])
    return [manifest_mod.sign_manifest(made, _LIAISON_KEY)]


def _cards() -> list[bytes]:
    office = keycard.create_card(_OFFICE_KEY, "office", "Centraal Meldpunt", [_RECIPIENT])
    liaison = keycard.create_card(_LIAISON_KEY, "liaison", "Amina", [])
    return [office, liaison]


def _receipts() -> list[bytes]:
    liaison_id = signing.key_id(signing.verify_key_bytes(_LIAISON_KEY))
    return [make_receipt(_OFFICE_KEY, "1" * 32, liaison_id, ["item-1", "item-2"])]


def _age_files() -> list[bytes]:
    seeds = []
    for armor in (False, True):
        for size in (0, 100, 70_000):
            out = io.BytesIO()
            age.encrypt(io.BytesIO(os.urandom(size)), out, recipients=[_RECIPIENT], armor=armor)
            seeds.append(out.getvalue())
    if VECTORS.is_dir():  # the shared CCTV vectors: header, armor and payload edge cases
        for vector in sorted(VECTORS.iterdir()):
            raw = vector.read_bytes()
            _, _, body = raw.partition(b"\n\n")
            if b"compressed: zlib" not in raw.split(b"\n\n", 1)[0]:
                seeds.append(body)
    return seeds


def _image(fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    picture = Image.frombytes("RGB", (16, 8), os.urandom(16 * 8 * 3))
    exif = Image.Exif()
    exif[0x010F] = "FuzzMake"
    if fmt in ("JPEG", "WEBP", "TIFF", "PNG"):
        options.setdefault("exif", exif)
    picture.save(out, fmt, **options)
    return out.getvalue()


def _gif() -> bytes:
    frames = [Image.new("P", (8, 8), i) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], disposal=2, loop=0)
    return out.getvalue()


def _pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.new() as doc:
        doc.add_blank_page()
        doc.docinfo["/Author"] = "Fuzz Author"
        doc.save(out)
    return out.getvalue()


INVENTORY_SEEDS = 24  # at most, from docs/CLEANING.md's inventory, per target


def _inventory(prefix: bytes) -> list[bytes]:
    """The small files of docs/CLEANING.md's inventory (tests/test_media_inventory.py) whose
    bytes start with `prefix`, at most INVENTORY_SEEDS of them spread over their sizes: places
    a document keeps a person, as seeds."""
    tests = str(Path(__file__).resolve().parents[1])
    if tests not in sys.path:
        sys.path.insert(0, tests)
    from test_media_inventory import ROWS

    found = sorted((data for row in ROWS.values() if (data := row.build()).startswith(prefix)),
                   key=len)
    # Every seed is run twice before the clock starts (the warm-up, libFuzzer's first pass):
    # with the inventory's 100-odd Office files that took 3 of `make test`'s minutes for
    # clean-docx alone. A spread over the sizes keeps the kinds of structure.
    step = max(1, len(found) / INVENTORY_SEEDS)
    return [found[int(i * step)] for i in range(min(len(found), INVENTORY_SEEDS))]


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://'
                         b'schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr("_rels/.rels", b"<Relationships/>")
        package.writestr("docProps/core.xml", b"<cp:coreProperties><dc:creator>Fuzz"
                         b"</dc:creator></cp:coreProperties>")
        package.writestr("word/document.xml", b'<w:document><w:ins w:author="Fuzz"/>'
                         b"</w:document>")
    return out.getvalue()


# --- how each reader is fed ----------------------------------------------------------------------

def _scan(data: bytes) -> object:
    path = _scratch() / "part.zip"
    path.write_bytes(data)
    return scan_part(path)


def _unseal(data: bytes) -> object:
    staging = _scratch() / "staging"
    staging.mkdir(exist_ok=True)
    try:
        item = read_sealed_item(io.BytesIO(data), max_plaintext=len(data), staging=staging)
    finally:
        for leftover in staging.iterdir():
            leftover.unlink()
    return item


def _decrypt(data: bytes) -> object:
    return age.decrypt(io.BytesIO(data), io.BytesIO(), identities=[_IDENTITY])


def _record_from(data: bytes) -> object:
    fields = loads_bounded(data)
    return validate_signal(fields) if isinstance(fields, dict) else None


def _receipt(data: bytes) -> object:
    return parse_receipt(data, [bytes(_OFFICE_KEY.verify_key)])


def _pdf_cleaner(data: bytes) -> object:
    from intake_app.media.pdf import clean_pdf

    return clean_pdf(data)


def _cleaner(name: str) -> Callable[[bytes], object]:
    return lambda data: clean_attachment(data, name)


TARGETS: dict[str, Target] = {t.name: t for t in (
    Target("bundle-container", "bundle part (ZIP container, index)", _bundles, _scan),
    Target("manifest", "manifest (plaintext, signed JSON)", _manifests,
           manifest_mod.parse_manifest),
    Target("sealed-item-tar", "sealed item tar (office unseal)", _tar_plaintexts, _unseal),
    Target("signal-json", "signal.json inside a sealed item", lambda: [_signal_json(1)],
           signal_from_json),
    Target("record-from", "intake-app record --from JSON",
           lambda: [_signal_json(1), b'{"category": "intimidation"}'], _record_from),
    Target("key-card", "key card", _cards, keycard.parse_card),
    Target("receipt", "receipt", _receipts, _receipt),
    Target("age", "age file (header, armor, payload)", _age_files, _decrypt),
    Target("clean-jpeg", "cleaner: JPEG", lambda: [_image("JPEG")], _cleaner("a.jpg")),
    Target("clean-png", "cleaner: PNG", lambda: [_image("PNG")], _cleaner("a.png")),
    Target("clean-gif", "cleaner: GIF", lambda: [_gif()], _cleaner("a.gif")),
    Target("clean-tiff", "cleaner: TIFF", lambda: [_image("TIFF")], _cleaner("a.tif")),
    Target("clean-webp", "cleaner: WebP", lambda: [_image("WEBP")], _cleaner("a.webp")),
    # the code the PDF cleaner's child runs, in this process: a crash is found, not contained
    Target("clean-pdf", "cleaner: PDF (media/pdf.py, as its child process runs it)",
           lambda: [_pdf(), *_inventory(b"%PDF-")], _pdf_cleaner),
    Target("clean-docx", "cleaner: Office document (DOCX, XLSX, PPTX)",
           lambda: [_docx(), *_inventory(b"PK\x03\x04")], _cleaner("a.docx")),
)}

