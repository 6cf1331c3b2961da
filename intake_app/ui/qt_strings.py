"""Qt's own strings that Qt's Dutch catalogue misses, translated in ours.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:", but `qtbase_nl.qm` (as
shipped with PySide6 6.11) holds only the older "Look in:" and "Files of type:", so a Dutch file
chooser read "Look in:" beside "Bestandsnaam" (review r12u F11), and every folder in its list
was of type "Folder". Listed here under Qt's own
context, they go through `make i18n-update` into Seinpost's catalogue, which is installed after
Qt's and therefore asked first (i18n_loader.py): Qt's widgets find them as they find their own.
`tests/test_i18n.py` opens a Dutch file dialog and fails on any English label left in it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (context, source) of each Qt string translated by Seinpost's catalogue.
QT_STRINGS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)


def type_column_names() -> list[str]:
    """The chooser's type column for a folder and a link, as Qt asks for them (with Qt's own
    disambiguation, which lupdate reads only from a translate() call). Qt 6 moved them to a
    context the Dutch catalogue does not have: every folder read "Folder" in a Dutch chooser."""
    return [
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    ]
