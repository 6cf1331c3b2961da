"""About Seinpost: its version, the versions of the formats it writes, and the licences of what
it is built on. Imported only when opened, so the first screen does not wait for the engines."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app import __version__
from intake_app.services.component_versions import installed
from intake_app.ui.fit import FittedDialog, fit_to_screen

#: (distribution, what it does here, licence) of the components bundled with the app; what it
#: does is shown in the UI language (marked here, translated where the box is built).
COMPONENTS = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the window"),
     "LGPL-3.0-only"),
    ("PyNaCl", QT_TRANSLATE_NOOP("AboutDialog", "libsodium: keys, signatures, the vault"),
     "Apache-2.0 (libsodium: ISC)"),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "OpenSSL: sealing at speed"),
     "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", QT_TRANSLATE_NOOP("AboutDialog", "the system keyring"),
     "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "where the profile lives"),
     "MIT"),
    ("Pillow", QT_TRANSLATE_NOOP("AboutDialog", "cleaning photos"),
     "MIT-CMU"),
    ("pillow-heif", QT_TRANSLATE_NOOP("AboutDialog", "cleaning HEIC photos"),
     "BSD-3-Clause (libheif: LGPL-3.0)"),
    ("pikepdf", QT_TRANSLATE_NOOP("AboutDialog", "cleaning PDF documents"),
     "MPL-2.0 (qpdf: Apache-2.0)"),
    ("Babel", QT_TRANSLATE_NOOP("AboutDialog", "country names in your language"),
     "BSD-3-Clause"),
    ("segno", QT_TRANSLATE_NOOP("AboutDialog", "QR codes"),
     "BSD-3-Clause"),
    ("zxcvbn", QT_TRANSLATE_NOOP("AboutDialog", "passphrase strength"),
     "MIT"),
    ("wordfreq", QT_TRANSLATE_NOOP("AboutDialog", "Dutch words the passphrase check knows"),
     "Apache-2.0 (word lists: CC-BY-SA-4.0)"),
)




def format_versions() -> list[tuple[str, str]]:
    """(what, version) of every format Seinpost writes or reads, in the UI language; the
    versions come from the engine's one list (services/formats.py)."""
    from intake_app.services.formats import format_versions as engine_formats

    return [(_format_name(entry.key) or entry.name, entry.version) for entry in engine_formats()]


def _format_name(key: str) -> str | None:
    names = {
        "signal": QCoreApplication.translate("AboutDialog", "signal record (signal.json)"),
        "sealed_item": QCoreApplication.translate("AboutDialog", "sealed signal"),
        "bundle_manifest": QCoreApplication.translate("AboutDialog", "bundle manifest"),
        "bundle_index": QCoreApplication.translate("AboutDialog", "bundle part index"),
        "receipt": QCoreApplication.translate("AboutDialog", "receipt"),
        "key_card": QCoreApplication.translate("AboutDialog", "key card"),
        "vault": QCoreApplication.translate("AboutDialog", "vault file (vault.json)"),
        "store": QCoreApplication.translate("AboutDialog", "local store (store.db)"),
        "blob": QCoreApplication.translate("AboutDialog", "encrypted attachment"),
    }
    return names.get(key)


# Logical pixels between the About text and its frame, and around each table cell's text.
TEXT_MARGIN = 12
CELL_PADDING = 3


class AboutDialog(FittedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Seinpost"))
        rows = "".join(f"<tr><td>{what}</td><td>{version}</td></tr>" for what, version in
                       format_versions())
        table = f'<table cellspacing="0" cellpadding="{CELL_PADDING}">'
        parts = "".join(
            f"<tr><td>{name} {installed(name)}</td><td>{use}</td><td>{licence}</td></tr>"
            for name, use, licence in ((n, self.tr(u), lic) for n, u, lic in COMPONENTS)
        )
        text = (
            f"<h2>Seinpost {__version__}</h2>"
            + "<p>" + self.tr("Licence: EUPL-1.2. No warranty.") + "</p>"
            + "<h3>" + self.tr("Formats") + "</h3>" + table + rows + "</table>"
            + "<h3>" + self.tr("Built on") + "</h3>" + table + parts + "</table>"
        )
        self.text = QLabel(text)
        # Room between the text and the scroll area's frame (it touched it: r12v About), and
        # between a table's columns.
        self.text.setMargin(TEXT_MARGIN)
        self.text.setTextFormat(Qt.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAccessibleName(self.tr("Close"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setAccessibleName(self.tr("About Seinpost"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560)
