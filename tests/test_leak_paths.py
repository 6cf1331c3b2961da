"""Must-show 1 for the other paths: export and receipt import from the command line, and the
whole flow in the window (record, attach, seal, export, receipt). Nothing the app writes
(profile, private temp and home folders, the stick, files created meanwhile in the system
temp, the command lines' output) holds the canaries, the GPS values or the photo's bytes.

The scan is test_leak.py's; the office side (which decrypts, and so holds the canaries) works
in its own folder, outside what is scanned.
"""

from __future__ import annotations

import json
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, run_cli, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_trip import Liaison, fill
from test_leak import canary_photo, files_under, gps_patterns, original_windows
from transfer_kit import Office, office_card, open_at_office

from intake_app.crypto import keycard
from intake_app.office import registry
from intake_app.ui.main_window import MainWindow


class Canaries:
    def __init__(self, folder: Path) -> None:
        self.tag = secrets.token_hex(6)
        self.description = f"CANARY-DESC-{self.tag}"
        self.impact = f"CANARY-IMPACT-{self.tag}"
        self.camera = f"CANARYCAM-{self.tag}"
        self.photo = folder / f"photo-{self.tag}.jpg"
        self.original = canary_photo(self.photo, self.camera)

    def needles(self) -> dict[str, bytes]:
        found = {"description": self.description.encode(), "impact": self.impact.encode(),
                 "utf-16 description": self.description.encode("utf-16-le"),
                 "camera": self.camera.encode(), "photo name": self.tag.encode()}
        found.update({f"gps {i}": p for i, p in enumerate(gps_patterns())})
        found.update({f"photo bytes {i}": w for i, w in enumerate(original_windows(self.original))})
        return found

    def unique(self) -> dict[str, bytes]:
        """Only what no other process on a shared machine can hold (see test_leak.py)."""
        found = {k: v for k, v in self.needles().items() if not k.startswith(("gps", "photo"))}
        windows = original_windows(self.original)
        found.update({f"photo data {i}": w for i, w in enumerate(windows[len(windows) // 2:])})
        return found


SYSTEM_TMP = Path(tempfile.gettempdir())  # taken before any test points TMPDIR elsewhere


def leaks_in(app: Path, canaries: Canaries, started: float, skip: tuple[Path, ...],
             outputs: list[bytes] = ()) -> list[tuple[str, str]]:
    scanned = list(files_under(app)) + [(Path(f"<output {i}>"), o) for i, o in enumerate(outputs)]
    found = [(str(p), what) for p, data in scanned for what, needle in canaries.needles().items()
             if needle in data]
    pytest_tree = app
    while not pytest_tree.name.startswith("pytest-of-") and pytest_tree != pytest_tree.parent:
        pytest_tree = pytest_tree.parent
    others = files_under(SYSTEM_TMP, since=started, skip=(*skip, pytest_tree))
    found += [(str(p), what) for p, data in others for what, needle in canaries.unique().items()
              if needle in data]
    return found


def app_folders(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    app = tmp_path / "app"
    for name in ("tmp", "home", "stick"):
        (app / name).mkdir(parents=True)
    env = {"TMPDIR": str(app / "tmp"), "TEMP": str(app / "tmp"), "TMP": str(app / "tmp"),
           "HOME": str(app / "home"), "XDG_CACHE_HOME": str(app / "home" / ".cache"),
           "XDG_CONFIG_HOME": str(app / "home" / ".config"),
           "XDG_DATA_HOME": str(app / "home" / ".local")}
    return app, env


@pytest.mark.slow
def test_export_and_receipt_import_on_the_command_line_leak_nothing(tmp_path: Path) -> None:
    started = time.time() - 1
    office_side = tmp_path / "office"  # decrypts: holds the canaries, never scanned
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    canaries = Canaries(inputs)
    app, env = app_folders(tmp_path)
    office = Office(office_side)
    card = inputs / "office.card"
    card.write_bytes(office_card(office))
    signal = inputs / "signal.json"
    signal.write_text(json.dumps(signal_fields(
        description=f"Threats. {canaries.description}", impact_notes=canaries.impact)))
    passfile = inputs / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    me = ["--profile", str(app / "profile"), "--passphrase-file", str(passfile)]
    outputs = []

    def cli(*args: str) -> None:
        result = run_cli([*args, *me], cwd=app, env=env)
        assert result.returncode == 0, result.stderr
        outputs.append((result.stdout + result.stderr).encode())

    cli("init", "--name", "Yara Okonkwo", "--office-card", str(card), "--fingerprint",
        keycard.parse_card(card.read_bytes()).fingerprint, "--no-keyring")
    cli("record", "--from", str(signal), "--attach", str(canaries.photo))
    cli("seal", "--all", "--yes")
    cli("card", "--out", str(inputs / "liaison.card"))
    cli("export", "--to", str(app / "stick"))
    registry.add_liaison(office.conn, (inputs / "liaison.card").read_bytes())
    summary = open_at_office(office, sorted((app / "stick").iterdir()))
    assert len(summary.stored) == 1
    cli("receipt", "import", str(summary.receipt_path))
    cli("list")
    stored = json.loads(office.conn.execute("SELECT signal_json FROM signals").fetchone()[0])
    assert canaries.description in stored["description"]  # it did travel, sealed

    assert leaks_in(app, canaries, started, (inputs, office_side), outputs) == []


@pytest.mark.slow
def test_the_whole_flow_in_the_window_leaks_nothing(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = time.time() - 1
    office_side = tmp_path / "office"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    canaries = Canaries(inputs)
    app, env = app_folders(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
    office = Office(office_side)
    card = inputs / "office.card"
    card.write_bytes(office_card(office))
    (app / "cards").mkdir()  # the liaison's own key card: written by the app, so scanned
    answers = Liaison(card, canaries.photo, app / "stick", app / "cards")

    window = MainWindow(app / "profile", dialogs=answers)
    qtbot.addWidget(window)
    window.show()
    setup = window.setup_page
    qtbot.mouseClick(setup.start_button, Qt.LeftButton)
    qtbot.mouseClick(setup.choose_card, Qt.LeftButton)
    setup.typed_fingerprint.setText(keycard.parse_card(card.read_bytes()).fingerprint)
    qtbot.mouseClick(setup.check_button, Qt.LeftButton)
    qtbot.mouseClick(setup.card_next, Qt.LeftButton)
    setup.liaison_name.setText("Liaison Utrecht")
    setup.passphrase.setText(PASSPHRASE)
    setup.repeat.setText(PASSPHRASE)
    setup.use_keyring.setChecked(False)
    qtbot.mouseClick(setup.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: setup.steps.currentIndex() == 3, timeout=60000)
    qtbot.mouseClick(setup.save_card_button, Qt.LeftButton)
    (my_card,) = (app / "cards").glob("liaison-*.card")
    qtbot.mouseClick(setup.finish_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    page = window.workspace

    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    fill(editor.form)
    editor.form.description.setPlainText(f"Threats at the door. {canaries.description}")
    qtbot.mouseClick(editor.attachments_panel.add_button, Qt.LeftButton)
    assert editor.attachments() == [(canaries.photo, False)]
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(page.entries()) == 1 and not page.busy, timeout=30000)
    assert window.session.attachment_names(page.entries()[0].id)  # the photo is in the vault

    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    qtbot.mouseClick(page.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.entries()[0].kind == "sealed" and not page.busy,
                    timeout=30000)
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.entries()[0].status == "exported" and not page.busy,
                    timeout=30000)
    registry.add_liaison(office.conn, my_card.read_bytes())  # the card the set-up saved
    summary = open_at_office(office, sorted((app / "stick").iterdir()))
    answers.receipt = summary.receipt_path
    qtbot.mouseClick(page.receipt_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.entries()[0].status == "delivered" and not page.busy,
                    timeout=30000)
    window.lock()
    stored = json.loads(office.conn.execute("SELECT signal_json FROM signals").fetchone()[0])
    assert canaries.description in stored["description"]  # it did travel, sealed

    assert leaks_in(app, canaries, started, (inputs, office_side, tmp_path)) == []
