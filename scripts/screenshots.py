"""Take the README's screenshots from the real window: `xvfb-run -a python scripts/screenshots.py`.

Builds a throw-away profile with a demo office card, walks the window through set-up, the
editor and the workspace, and saves PNGs in docs/screenshots/ for English, Dutch and a
right-to-left layout. Everything it creates lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import nacl.signing
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.crypto import age, keycard
from intake_app.ui.code_widgets import set_label_language
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import install_translators, load_style_sheet
from intake_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "demo passphrase for screenshots"  # noqa: S105 - a throw-away demo vault


class DemoDialogs(FileDialogs):
    def __init__(self, card: Path) -> None:
        self.card = card

    def open_card(self, parent):
        return self.card


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 30000) -> None:
    waited = 0
    while not condition():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the window did not reach the expected state")


def shoot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def demo_card(folder: Path) -> Path:
    _identity, recipient = age.generate_x25519()
    card = keycard.create_card(
        nacl.signing.SigningKey.generate(), "office", "Centraal Meldpunt OBI", [recipient]
    )
    path = folder / "office.card"
    path.write_bytes(card)
    return path


DEMO_TEXT = {
    "en": "A shop owner was told by two visitors to pay a yearly 'contribution' or his "
    "brother's family back home would have problems. Call him on 06-12345678.",
    "nl": "Twee bezoekers zeiden tegen een winkelier dat hij een jaarlijkse 'bijdrage' moet "
    "betalen, anders krijgt de familie van zijn broer in het land van herkomst problemen. "
    "Bel hem op 06-12345678.",
}


def fill_demo_signal(editor, language: str = "en") -> None:
    editor.category.set_code("diaspora_tax")
    editor.actor.set_code("unknown")
    editor.targets.set_codes(["individual", "business"])
    editor.channel.set_code("in_person")
    editor.place_kind.set_code("municipality")
    editor.municipality.setText("Utrecht")
    editor.description.setPlainText(DEMO_TEXT.get(language, DEMO_TEXT["en"]))
    editor.impact.set_codes(["fear_for_family", "financial_harm"])
    editor.urgency.set_code("high")
    editor.anonymity.set_code("known_to_liaison")
    editor.consent.set_codes(["office_only"])
    editor.reported.set_code("no")
    editor.reliability.set_code("B")
    editor.credibility.set_code("2")


def run(language: str, rtl: bool) -> None:
    app = QApplication.instance()
    for translator in getattr(app, "_seinpost_translators", []):
        app.removeTranslator(translator)
    app._seinpost_translators = install_translators(app, language)
    set_label_language(language)
    app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    suffix = f"{language}-rtl" if rtl else language
    with tempfile.TemporaryDirectory() as tmp:
        card = demo_card(Path(tmp))
        window = MainWindow(Path(tmp) / "profile", dialogs=DemoDialogs(card))
        window.resize(900, 640)
        window.show()
        page = window.setup_page
        page.load_card(card)
        page.typed_fingerprint.setText(page.fingerprint_label.text())
        page.liaison_name.setText("Liaison Utrecht")
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        page.use_keyring.setChecked(False)
        shoot(window, f"setup-{suffix}")
        page.create_profile()
        wait_for(lambda: window.workspace is not None)
        workspace = window.workspace
        workspace.new_signal()
        editor = workspace.editor
        editor.resize(760, 900)
        fill_demo_signal(editor, language)
        shoot(editor, f"editor-{suffix}")
        editor.try_accept()
        wait_for(lambda: workspace.table.rowCount() == 1 and not workspace._busy)
        workspace.seal_now([workspace.entries()[0].id])
        wait_for(lambda: not workspace._busy and workspace.entries()[0].kind == "sealed")
        workspace.new_signal()
        fill_demo_signal(workspace.editor, language)
        workspace.editor.try_accept()
        wait_for(lambda: workspace.table.rowCount() == 2 and not workspace._busy)
        shoot(window, f"workspace-{suffix}")
        window.lock()
        window.unlock_page.passphrase.setText("wrong passphrase")
        window.unlock_page.unlock()
        wait_for(lambda: window.unlock_page.error.isVisible())
        shoot(window, f"unlock-{suffix}")
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default="en,nl")
    args = parser.parse_args()
    os.umask(0o077)
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(load_style_sheet())
    for language in args.languages.split(","):
        run(language, rtl=False)
    run("en", rtl=True)


if __name__ == "__main__":
    main()
