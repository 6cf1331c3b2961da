"""The issue's five files go `intake-app record --attach` -> `seal` -> `age -d | tar -x`, as they
were reported: what reaches the office is checked with exiftool and part by part."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, write_signal
from media_kit import canaries, frames, identifying_tags, parts

CASES = Path(__file__).resolve().parent / "data" / "cases"
FILES = ["I_docx_tracked_only.docx", "I_docx_tracked_template.docx", "E_gif_animated.gif",
         "F_tiff_16bit_MM.tif", "jpeg_truncated_gps.jpg"]


def test_the_five_reported_files_reach_the_office_without_names_devices_places_or_paths(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    attach = [arg for name in FILES for arg in ("--attach", str(CASES / name))]
    recorded = run_cli(["record", "--from", str(write_signal(tmp_path / "s.json")), *attach,
                        *common], cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    draft_id = recorded.stdout.split("Saved draft ")[1].split()[0]
    sealed = run_cli(["seal", draft_id, "--yes", *common], cwd=tmp_path)
    assert sealed.returncode == 0, sealed.stderr

    [item] = (profile / "sealed").glob("*.age")
    plain = subprocess.run(["age", "-d", "-i", str(office.key_path), str(item)],
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    signal = json.loads(members["signal.json"])
    attachments = sorted(name for name in members if name.startswith("attachments/"))
    assert len(attachments) == len(FILES)
    for entry in signal["attachments"]:
        assert entry["cleaning"] == "cleaned", entry
    for name, original in zip(attachments, FILES, strict=True):
        data = members[name]
        assert canaries(data) == [], (original, canaries(data))
        assert identifying_tags(data) == [], (original, identifying_tags(data))
    gif = members[attachments[2]]
    assert frames(gif) == frames((CASES / FILES[2]).read_bytes())
    # and the liaison was told so before sealing, attachment by attachment, without names
    for position in range(1, len(FILES) + 1):
        assert f"Attachment {position}: cleaned" in sealed.stdout.split("Sealed ")[0]
    assert not any(name.split(".")[0] in sealed.stdout + sealed.stderr for name in FILES)


REVIEW_KINDS = [  # the fresh review's kinds (issue 11): rows of docs/CLEANING.md
    "strict-properties", "core-properties-alternative-type", "strict-document",
    "permission-editors", "sensitivity-label", "alt-chunk", "unreferenced-parts",
    "embedded-audio-video", "workbook-user-names", "pivot-refreshed-by", "workbook-connections",
    "pdf-annotation-files", "pdf-associated-files", "pdf-javascript", "pdf-launch-actions",
    "pdf-annotations-elsewhere", "pdf-shared-info", "pdf-widget-dates",
    # review r11d: Excel's names and accounts, picture data past what a decoder uses
    "excel-custom-view-names", "excel-scenario-users", "excel-range-permissions",
    "png-stream-tail", "png-overlong-last-chunk", "embedded-png-stream-tail", "tiff-strip-tail",
    "tiff-compressed-strip-tail",
    # review r11l R11L-2: bytes inside a lossy WebP's VP8 data that its decoder never reads
    "webp-vp8-partition-tail",
]


def test_the_review_kinds_reach_the_office_cleaned_or_warned_and_no_library_line_on_screen(
    tmp_path: Path,
) -> None:
    """Each kind the review found goes record --attach -> seal -> age -d | tar -x: what reaches
    the office has no canary and no identifying exiftool tag, or carries its warning; a TIFF that
    makes Pillow's logger speak leaves nothing on stderr."""
    from test_media_inventory import ROWS, inventory
    from test_media_quiet import tiff_with_samples_per_pixel

    from intake_app.media.result import NOTES

    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    folder = tmp_path / "files"
    folder.mkdir()
    paths = []
    for number, kind in enumerate(REVIEW_KINDS):
        path = folder / f"{number:02d}-{ROWS[kind].name}"
        path.write_bytes(ROWS[kind].build())
        paths.append(path)
    scan = folder / "scan.tif"
    scan.write_bytes(tiff_with_samples_per_pixel(100))
    attach = [arg for path in [*paths, scan] for arg in ("--attach", str(path))]
    recorded = run_cli(["record", "--from", str(write_signal(tmp_path / "s.json")), *attach,
                        *common], cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    assert "samples per pixel" not in recorded.stderr.lower()
    draft_id = recorded.stdout.split("Saved draft ")[1].split()[0]
    sealed = run_cli(["seal", draft_id, "--yes", *common], cwd=tmp_path)
    assert sealed.returncode == 0, sealed.stderr

    [item] = (profile / "sealed").glob("*.age")
    plain = subprocess.run(["age", "-d", "-i", str(office.key_path), str(item)],
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    entries = json.loads(members["signal.json"])["attachments"]
    assert len(entries) == len(REVIEW_KINDS) + 1
    for kind, entry in zip(REVIEW_KINDS, entries, strict=False):
        warned = inventory()[kind] == "warned" and ROWS[kind].warning not in NOTES
        assert entry["cleaning"] == ("partly-cleaned" if warned else "cleaned"), (kind, entry)
        data = members[entry["file"]]
        if inventory()[kind] == "warned":
            assert ROWS[kind].warning in entry["warnings"], (kind, entry)
        else:
            assert entry["warnings"] == list(ROWS[kind].notes), (kind, entry)
            assert canaries(data) == [], (kind, canaries(data))
            assert identifying_tags(data) == [], (kind, identifying_tags(data))
        assert ROWS[kind].check(parts(data)), kind
    assert canaries(members[entries[-1]["file"]]) == []  # the TIFF: Artist gone too
