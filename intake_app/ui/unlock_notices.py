"""The boxes the window opens right after an unlock, for what the person must know at once: the
profile was emptied because its vault key changed (a duress unlock finished after a cut), or
the unlock met a vault.json the store had not seen, so a security setting may have been undone
by someone (store/vault_seen.py). The strings keep MainWindow's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.ui.code_widgets import label_language


def tell_after_unlock(parent: QWidget, *, purged: bool, undone: bool) -> None:
    """Open a warning box on `parent` for each notice that holds (object names `purge_notice`
    and `undone_notice`, for the tests); nothing when neither does."""
    title = QCoreApplication.translate("MainWindow", "Seinpost")
    if purged:
        _open(parent, title, QCoreApplication.translate(
            "MainWindow",
            "This profile was emptied: its vault key changed (the duress passphrase was used), "
            "so its drafts and sealed signals could no longer be opened and were removed."),
            "purge_notice")
    if undone:
        from intake_app.sentences import sentence  # the shared table, as the command line says

        _open(parent, title, sentence("vault.state_undone", label_language()), "undone_notice")


def _open(parent: QWidget, title: str, text: str, name: str) -> None:
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, parent)
    box.setObjectName(name)
    box.open()
