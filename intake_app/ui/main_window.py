"""The main window: for now, what Seinpost is and how it works."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Seinpost"))
        self.setMinimumSize(640, 420)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title_label = QLabel(self.tr("Seinpost"), body)
        self.title_label.setObjectName("title")
        self.intro_label = QLabel(
            self.tr(
                "Record signals of unwanted foreign interference, also without a network. "
                "Each signal is sealed so that only the central office can read it, and "
                "leaves this laptop in a signed bundle."
            ),
            body,
        )
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addStretch(1)
        self.setCentralWidget(body)
