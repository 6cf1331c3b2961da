"""Must-show 1: the content of a signal never reaches the disk in the clear.

A signal with a unique canary in every free-text field and a photo with GPS EXIF goes through
record → seal with the real command line. Afterwards nothing the app wrote (the profile, its
private temp and home folders, files created meanwhile in the system temp, its output) contains
the canaries, the GPS values or the photo's original bytes; and `age -d` with the office identity
(the real `age` command) recovers the signal, with the photo cleaned.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import struct
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli, signal_fields
from PIL import Image

GPS_LAT = ((52, 1), (22, 1), (3377, 100))
GPS_LON = ((4, 1), (53, 1), (2411, 100))
MAX_SCANNED_FILE = 256 << 20


def canary_photo(path: Path, camera: str) -> bytes:
    pixels = secrets.token_bytes(64 * 64 * 3)
    image = Image.frombytes("RGB", (64, 64), pixels)
    exif = Image.Exif()
    exif[0x010F] = camera  # Make
    exif[0xA431] = camera  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: tuple(n / d for n, d in GPS_LAT), 3: "E",
                4: tuple(n / d for n, d in GPS_LON)})
    image.save(path, format="JPEG", exif=exif, quality=95)
    return path.read_bytes()


def gps_patterns() -> list[bytes]:
    """The coordinates as EXIF rationals (both byte orders) and as the usual decimal texts."""
    patterns = []
    for triple in (GPS_LAT, GPS_LON):
        for order in ("<", ">"):
            patterns.append(b"".join(struct.pack(order + "II", n, d) for n, d in triple))
    lat = 52 + 22 / 60 + 33.77 / 3600
    lon = 4 + 53 / 60 + 24.11 / 3600
    patterns += [f"{lat:.5f}".encode(), f"{lon:.5f}".encode(), b"33.77", b"24.11"]
    return patterns


def original_windows(original: bytes) -> list[bytes]:
    """The whole photo and 48-byte windows spread over it (headers, EXIF, image data)."""
    step = max(1, len(original) // 40)
    return [original] + [original[i : i + 48] for i in range(0, len(original) - 48, step)]


def files_under(folder: Path, *, since: float | None = None, skip: tuple[Path, ...] = ()):
    for root, dirs, names in os.walk(folder, followlinks=False):
        root_path = Path(root)
        dirs[:] = [d for d in dirs if not any((root_path / d) == s for s in skip)]
        for name in names:
            path = root_path / name
            try:
                info = path.lstat()
                if not path.is_file() or path.is_symlink() or info.st_size > MAX_SCANNED_FILE:
                    continue
                if since is not None and max(info.st_mtime, info.st_ctime) < since:
                    continue
                yield path, path.read_bytes()
            except OSError:
                continue  # vanished or unreadable (another process's file)


@pytest.mark.slow
def test_no_canary_reaches_the_disk_and_the_office_recovers_it(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    started = time.time() - 1
    inputs = tmp_path / "inputs"  # what the liaison was given: holds the canaries on purpose
    inputs.mkdir()
    app = tmp_path / "app"  # everything the app may write
    profile, private_tmp, home = app / "profile", app / "tmp", app / "home"
    private_tmp.mkdir(parents=True)
    home.mkdir()
    tag = secrets.token_hex(6)
    canaries = {"description": f"CANARY-DESC-{tag}", "impact_notes": f"CANARY-IMPACT-{tag}"}
    camera = f"CANARYCAM-{tag}"
    office = make_office(inputs / "office")
    signal = inputs / "signal.json"
    signal.write_text(json.dumps(signal_fields(
        description=f"Threats by phone. {canaries['description']}",
        impact_notes=f"Stopped going out. {canaries['impact_notes']}")))
    photo = inputs / f"photo-{tag}.jpg"
    original = canary_photo(photo, camera)
    passphrase_file = inputs / "passphrase"
    passphrase_file.write_text(PASSPHRASE + "\n")
    env = {"TMPDIR": str(private_tmp), "TEMP": str(private_tmp), "TMP": str(private_tmp),
           "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    common = ["--profile", str(profile), "--passphrase-file", str(passphrase_file)]
    outputs = []
    for args in (
        ["init", "--name", "Yara Okonkwo", "--office-card", str(office.card_path), "--fingerprint",
         office.parsed.fingerprint, "--no-keyring"],
        ["record", "--from", str(signal), "--attach", str(photo)],
        ["list"],
        ["seal", "--all", "--yes"],
        ["list"],
        ["status"],
        ["card", "--out", str(app / "liaison.card")],
    ):
        result = run_cli([*args, *common], cwd=app, env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        outputs.append((result.stdout + result.stderr).encode())
    [sealed] = list((profile / "sealed").glob("*.age"))

    needles = {f"canary {k}": v.encode() for k, v in canaries.items()}
    needles.update({f"utf-16 canary {k}": v.encode("utf-16-le") for k, v in canaries.items()})
    needles["camera"] = camera.encode()
    needles["photo name"] = tag.encode()
    needles.update({f"gps {i}": p for i, p in enumerate(gps_patterns())})
    needles.update({f"photo bytes {i}": w for i, w in enumerate(original_windows(original))})
    scanned = list(files_under(app))
    scanned += [(Path(f"<output {i}>"), out) for i, out in enumerate(outputs)]
    scanned_paths = {path for path, _ in scanned}
    assert {sealed, profile / "store.db", app / "liaison.card"} <= scanned_paths
    leaks = [(str(path), what) for path, data in scanned for what, needle in needles.items()
             if needle in data]
    # The app's files are all under `app`, scanned in full above, and its TMPDIR is private.
    # The system temp folder is scanned too, in case something ignores TMPDIR; but other
    # processes on a shared machine (other pytest runs, other checkouts of this repository)
    # write there meanwhile, so only what is unique to this run counts there: the canaries,
    # the tag, and the photo's random pixel data (its second half), not the fixed GPS values
    # or the JPEG headers every such photo shares.
    unique = {what: needle for what, needle in needles.items()
              if not what.startswith(("gps", "photo bytes"))}
    windows = original_windows(original)
    unique.update({f"photo data {i}": w for i, w in enumerate(windows[len(windows) // 2:])})
    unique["photo"] = original
    pytest_tree = tmp_path_factory.getbasetemp()
    while not pytest_tree.name.startswith("pytest-of-") and pytest_tree != pytest_tree.parent:
        pytest_tree = pytest_tree.parent
    system_tmp = list(files_under(Path(tempfile.gettempdir()), since=started,
                                  skip=(inputs, tmp_path, pytest_tree)))
    leaks += [(str(path), what) for path, data in system_tmp for what, needle in unique.items()
              if needle in data]
    assert leaks == []

    # The office side, with the stock tools: age -d -i office.key item.age | tar -x
    plain = subprocess.run(["age", "-d", "-i", str(office.key_path), str(sealed)],
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
        document = json.loads(tar.extractfile("signal.json").read())
        image_bytes = tar.extractfile(names[1]).read()
    assert names[0] == "signal.json" and names[1].startswith("attachments/01-")
    assert canaries["description"] in document["description"]
    assert canaries["impact_notes"] in document["impact_notes"]
    [entry] = document["attachments"]
    assert (entry["cleaning"], entry["media_type"]) == ("cleaned", "image/jpeg")
    image = Image.open(io.BytesIO(image_bytes))
    assert image.size == (64, 64)
    assert not image.getexif().get_ifd(0x8825) and camera.encode() not in image_bytes
    extracted = tmp_path / "office-out" / "photo.jpg"
    extracted.parent.mkdir()
    extracted.write_bytes(image_bytes)
    tags = json.loads(subprocess.run(["exiftool", "-j", "-G", str(extracted)],
                                     capture_output=True, check=True).stdout)[0]
    assert not [k for k in tags if "GPS" in k]
    assert not [k for k, v in tags.items() if camera in str(v)]
