"""Issue 4, must-show 1: the whole trip, only through the two console scripts a user runs.

office keygen → liaison init (fingerprint) → liaison card → office registers it → 3 signals with
attachments → seal → export → courier check → office open → receipt → liaison receipt import →
nothing of them left on the laptop; all of it in the office database and its JSONL export.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from liaison_fixtures import PASSPHRASE, signal_fields
from PIL import Image

from intake_app.crypto import keycard
from intake_app.office import database

OFFICE_PASSPHRASE = "office passphrase for the test"


def console_script(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"the console script {name} is not installed (pip install -e .)"
    return found


def run(name: str, *args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([console_script(name), *map(str, args)], cwd=cwd, text=True,
                            capture_output=True, env=env, timeout=180, check=False)
    assert result.returncode == 0, f"{name} {args[0]}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def jpeg_with_gps(canary: str) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = canary  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (52.0, 22.0, 33.7712)
    gps[3], gps[4] = "E", (4.0, 53.0, 27.1828)
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "teal").save(out, "JPEG", exif=exif)
    return out.getvalue()


def pdf_with_author(canary: str) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(100, 100))
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(Author=canary, Title=canary))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.mark.slow  # about 17 s: 14 runs of the console scripts, each with real key derivation
def test_signals_travel_to_the_office_and_leave_nothing_on_the_laptop(tmp_path: Path) -> None:
    canary = f"CANARY{secrets.token_hex(6)}"
    office_keys, profile, usb = tmp_path / "keys", tmp_path / "profile", tmp_path / "usb"
    office_db, receipts = tmp_path / "office" / "office.db", tmp_path / "receipts"
    usb.mkdir()
    (tmp_path / "office").mkdir()
    office_pass, liaison_pass = tmp_path / "office.pass", tmp_path / "liaison.pass"
    office_pass.write_text(OFFICE_PASSPHRASE + "\n")
    liaison_pass.write_text(PASSPHRASE + "\n")
    me = ["--profile", profile, "--passphrase-file", liaison_pass]

    # The office makes its keys and reads out the fingerprint; the liaison types it.
    made = run("intake-office", "keygen", "--out", office_keys, "--name", "Centraal Meldpunt",
               "--passphrase-file", office_pass, cwd=tmp_path)
    fingerprint = made.stdout.strip().splitlines()[-1].strip()
    run("intake-app", "init", "--office-card", office_keys / "office.card", "--fingerprint",
        fingerprint, "--no-keyring", "--name", "Amina", *me, cwd=tmp_path)
    run("intake-app", "card", "--out", tmp_path / "liaison.card", *me, cwd=tmp_path)
    liaison_card = keycard.load_card(tmp_path / "liaison.card")  # the digits read out
    run("intake-office", "liaison", "add", tmp_path / "liaison.card", "--db", office_db,
        "--fingerprint", liaison_card.fingerprint, cwd=tmp_path)

    # Three signals, each with an attachment that carries identifying metadata or the canary.
    attachments = {
        "photo.jpg": jpeg_with_gps(canary),
        "letter.pdf": pdf_with_author(canary),
        "notes.txt": f"Notes {canary}\n".encode(),
    }
    categories = ["intimidation", "informants_surveillance", "diaspora_tax"]
    for (name, data), category in zip(attachments.items(), categories, strict=True):
        (tmp_path / name).write_bytes(data)
        signal = tmp_path / f"{name}.json"
        signal.write_text(json.dumps(signal_fields(category=category,
                                                   description=f"Seen {canary}.")))
        run("intake-app", "record", "--from", signal, "--attach", tmp_path / name, *me,
            cwd=tmp_path)
        (tmp_path / name).unlink()
        signal.unlink()
    sealed = run("intake-app", "seal", "--all", "--yes", *me, cwd=tmp_path)
    assert sealed.stdout.count("Sealed ") == 3

    exported = run("intake-app", "export", "--to", usb, *me, cwd=tmp_path)
    assert "Exported 3 signal(s)" in exported.stdout and canary not in exported.stdout
    bundles = sorted(usb.iterdir())
    assert len(bundles) == 1 and bundles[0].suffix == ".zip"
    assert "exported" in run("intake-app", "list", *me, cwd=tmp_path).stdout

    # The courier checks without keys; the office opens with its keys.
    checked = run("intake-office", "check", bundles[0], cwd=tmp_path)
    assert "complete" in checked.stdout.lower()
    opened = run("intake-office", "open", bundles[0], "--into", office_db, "--keys", office_keys,
                 "--receipts", receipts, "--passphrase-file", office_pass, cwd=tmp_path)
    assert "3 signals stored" in opened.stdout and "warning" not in opened.stdout
    [receipt] = sorted(receipts.iterdir())

    imported = run("intake-app", "receipt", "import", receipt, *me, cwd=tmp_path)
    assert "3 signal(s) delivered and purged" in imported.stdout

    # Nothing of them is left on the laptop: tombstones only, no sealed file, no canary.
    listing = run("intake-app", "list", *me, cwd=tmp_path).stdout.splitlines()[1:]
    assert len(listing) == 3 and all(line.split()[-1] == "delivered" for line in listing)
    assert list((profile / "sealed").iterdir()) == []
    assert files_containing(profile, canary.encode()) == []
    status = run("intake-app", "status", *me, cwd=tmp_path).stdout
    assert "Drafts: 0  Sealed: 0  Exported: 0  Delivered: 3" in status

    # Everything is at the office, with codes and cleaned attachments.
    with sqlite3.connect(office_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0] == 3
        stored = conn.execute("SELECT media_type, cleaning, sha256 FROM attachments").fetchall()
    jpeg_sha = next(sha for media_type, _, sha in stored if media_type == "image/jpeg")
    photo = (database.attachments_dir(office_db) / jpeg_sha).read_bytes()
    assert canary.encode() not in photo and b"GPS" not in photo
    assert not Image.open(io.BytesIO(photo)).getexif()
    out = tmp_path / "signals.jsonl"
    run("intake-office", "export", "--format", "jsonl", "--out", out, "--db", office_db,
        cwd=tmp_path)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 3
    assert sorted(line["signal"]["category"] for line in lines) == sorted(categories)
    cleaning = {a["media_type"]: (a["cleaning"], a["warnings"]) for line in lines
                for a in line["signal"]["attachments"]}
    assert cleaning["image/jpeg"][0] == "cleaned" and cleaning["application/pdf"][0] == "cleaned"
    # A plain text file has no metadata container to clean: it travels as is, and says so.
    assert cleaning["text/plain"] == ("not-cleanable", ["type_not_cleanable"])
    assert all(canary not in json.dumps(line["signal"]["attachments"]) for line in lines)
