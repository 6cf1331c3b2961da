"""Take the README's screenshots from the real window, under Xvfb: `make screenshots`.

Builds a throw-away profile with a demo office card and walks the window through every screen:
the set-up steps, the list (empty and filled), the editor (also in acute danger, and with the
longest category's list open), the close question, the seal confirmation, the security
settings, the About box, the liaison's own key card, the question on quitting with a chosen
file not yet stored, and the unlock page (also saying a lock stopped files being stored). The
whole screen is grabbed, so a dialog that does not fit shows it. Run once per screen size (the
Makefile starts Xvfb at 1024×600 and at 1366×768); PNGs go to docs/screenshots/ as
`<size>-<language>-<screen>.png`. Everything else it creates lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import nacl.signing
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTreeView

from intake_app.crypto import age, keycard
from intake_app.ui.dialogs import FileDialogs, file_chooser, receipt_filter
from intake_app.ui.i18n_loader import load_style_sheet, set_ui_language
from intake_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "lantaarn fiets wolk regenjas"  # noqa: S105 - a throw-away demo vault


class DemoDialogs(FileDialogs):
    def __init__(self, card: Path, folder: Path) -> None:
        self.card = card
        self.folder = folder

    def open_card(self, parent):
        return self.card

    def save_card_as(self, parent, file_name):
        return None if self.folder is None else self.folder / file_name


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 60000) -> None:
    waited = 0
    while not condition():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the window did not reach the expected state")


class Camera:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.taken: list[Path] = []

    def shoot(self, name: str) -> None:
        """The whole screen, so what lies off-screen is seen to be missing."""
        settle()
        path = OUT / f"{self.prefix}-{name}.png"
        QApplication.primaryScreen().grabWindow(0).save(str(path))
        self.taken.append(path)
        print("wrote", path)


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


def fill_demo_signal(editor, language: str) -> None:
    form = editor.form
    form.set_fields({"period": {"kind": "date", "start": "2026-01-12"}})
    form.urgency.set_code("high")
    form.category.set_code("diaspora_tax")
    form.actor.set_code("unknown")
    form.targets.set_codes(["individual", "business"])
    form.channel.set_code("in_person")
    form.place_kind.set_code("municipality")
    form.municipality.setText("Utrecht")
    form.description.setPlainText(DEMO_TEXT.get(language, DEMO_TEXT["en"]))
    form.impact.set_codes(["fear_for_family", "financial_harm"])
    form.anonymity.set_code("known_to_liaison")
    form.consent.set_codes(["office_only"])
    form.reported.set_code("no")
    form.reliability.set_code("B")
    form.credibility.set_code("2")


def shoot_receipt_chooser(window, tmp: Path, shoot) -> None:
    """Qt's file chooser as "Import receipt…" opens it, on a stick with a receipt as the
    office names it, an export folder and a photo (left out by the filter)."""
    stick = tmp / "stick"
    (stick / "Seinpost-export").mkdir(parents=True, exist_ok=True)
    (stick / "receipt-5f0c2a9e41b7d3086e1c4a2b9d7f3e10.json").write_text("{}" * 900)
    (stick / "IMG_20261129_142301.jpg").write_bytes(b"j" * 4096)
    chooser = file_chooser(window, QCoreApplication.translate("FileDialogs", "Import a receipt"),
                           receipt_filter())
    chooser.setDirectory(str(stick))
    chooser.open()
    tree = chooser.findChild(QTreeView, "treeView")
    wait_for(lambda: tree.model().rowCount(tree.rootIndex()) == 2)
    shoot("15-receipt-chooser")
    chooser.reject()


def shoot_quit_question(window, workspace, tmp: Path, shoot) -> None:
    """Ctrl+Q with a file chosen in the open editor and not yet stored, on a disk that will not
    take it into the vault (else the quit keeps it for the next start and asks nothing): the
    question first."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    photo = tmp / "IMG_20261130_101500.jpg"
    photo.write_bytes(b"j" * 4096)
    workspace.new_signal()
    editor = workspace.editor
    editor.form.description.setPlainText(DEMO_TEXT["en"][:40])
    editor.attachments_panel.add_pending(photo)
    session = window.session

    def full(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    session.keep_files_for_unlock = full  # this instance only, while the question is asked
    window.quit()

    def question() -> QMessageBox | None:
        return next((box for box in QApplication.topLevelWidgets()
                     if isinstance(box, QMessageBox) and box.isVisible()), None)

    wait_for(lambda: question() is not None or window.session is None, 10000)
    if question() is not None:
        shoot("17-quit-question")
        question().button(QMessageBox.Cancel).click()
    del session.keep_files_for_unlock
    editor.reject()
    editor.close_question.button(editor.close_question.StandardButton.Discard).click()


def run(language: str, size: str, *, rtl: bool = False, only: set[str] | None = None) -> None:
    app = QApplication.instance()
    set_ui_language(language)
    app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    camera = Camera(f"{size}-{language}{'-rtl' if rtl else ''}")

    def shoot(name: str) -> None:
        if only is None or name in only:
            camera.shoot(name)

    with tempfile.TemporaryDirectory() as tmp:
        card = demo_card(Path(tmp))
        window = MainWindow(Path(tmp) / "profile", dialogs=DemoDialogs(card, Path(tmp)),
                            language=language)
        window.move(0, 0)
        window.show()
        page = window.setup_page
        shoot("1-welcome")
        page.go_to(1)
        page.load_card(card)
        digits = keycard.parse_card(card.read_bytes()).fingerprint.split()
        page.typed_fingerprint.setText(" ".join([*digits[:2], "12345", *digits[3:]]))
        page.check_fingerprint()
        shoot("2-card-mismatch")
        page.typed_fingerprint.setText(" ".join(digits))
        page.check_fingerprint()
        page.go_to(2)
        page.liaison_name.setText("Contactpersoon Utrecht")
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        wait_for(lambda: page.use_keyring.available is not None)  # the keyring asked first
        page.use_keyring.setChecked(False)
        shoot("3-passphrase")
        page.create_profile()
        wait_for(lambda: page.steps.currentIndex() == 3)
        shoot("4-your-card")
        page.finish()
        wait_for(lambda: window.workspace is not None)
        workspace = window.workspace
        shoot("5-empty-list")

        workspace.new_signal()
        editor = workspace.editor
        fill_demo_signal(editor, language)
        shoot("6-editor")
        # The longest category (Dutch: 86 characters), and its list opened over the editor.
        editor.form.category.set_code("organisation_influence")
        editor.scroll.ensureWidgetVisible(editor.form.category)
        editor.form.category.showPopup()
        shoot("14-category-list")
        editor.form.category.hidePopup()
        editor.scroll.ensureWidgetVisible(editor.form.urgency)  # the long choice, closed: "…"
        editor.form.urgency.set_code("immediate_danger")
        shoot("7-editor-acute-danger")
        editor.form.urgency.set_code("high")
        editor.reject()
        shoot("8-close-question")
        editor.close_question.button(editor.close_question.StandardButton.Save).click()
        wait_for(lambda: workspace.table.rowCount() == 1 and not workspace.busy)
        workspace.new_signal()
        workspace.editor.form.description.setPlainText(DEMO_TEXT.get(language, "")[:60])
        workspace.editor.try_accept()
        wait_for(lambda: workspace.table.rowCount() == 2 and not workspace.busy)
        entries = workspace.entries()
        complete = next(i for i, e in enumerate(entries) if e.kind == "draft"
                        and not workspace.session.draft_problems(e.id))
        workspace.table.selectRow(complete)
        # As the Seal button does for the selected draft (the selection is not reliable on
        # a right-to-left run under Xvfb).
        workspace.delivery.seal_now_asking([entries[complete].id])
        shoot("9-seal-confirmation")
        workspace.confirm.button(workspace.confirm.StandardButton.Yes).click()
        wait_for(
            lambda: not workspace.busy and any(e.kind == "sealed" for e in workspace.entries())
        )
        shoot("10-list")
        if only is None or "15-receipt-chooser" in only:
            shoot_receipt_chooser(window, Path(tmp), shoot)
        workspace.open_security()
        shoot("11-security")
        workspace.security.reject()
        from intake_app.ui.window_menus import show_about

        show_about(window)
        shoot("12-about")
        window.about_box.reject()
        workspace.my_card_button.click()
        shoot("18-my-card")
        workspace.my_card.reject()
        shoot_quit_question(window, workspace, Path(tmp), shoot)
        window.lock()
        window.unlock_page.passphrase.setText("wrong passphrase")
        window.unlock_page.unlock()
        wait_for(lambda: window.unlock_page.error.isVisible())
        shoot("13-unlock-error")
        # What the lock page says when the lock's save met a full disk, as MainWindow.lock has
        # it say (the only thing it says of a draft: see UnlockPage.show_lost_at_lock).
        window.unlock_page.error.hide()
        window.unlock_page.show_lost_at_lock(OSError(28, "No space left on device"), True)
        shoot("16-lock-words-lost")
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default="nl,en")
    parser.add_argument("--rtl", action="store_true", help="also a right-to-left set")
    args = parser.parse_args()
    os.umask(0o077)
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(load_style_sheet())
    geometry = app.primaryScreen().geometry()
    size = f"{geometry.width()}x{geometry.height()}"
    for language in args.languages.split(","):
        run(language, size)
    if args.rtl:
        for language in args.languages.split(","):
            run(language, size, rtl=True,
                only={"3-passphrase", "6-editor", "14-category-list", "10-list",
                      "15-receipt-chooser"})


if __name__ == "__main__":
    main()
