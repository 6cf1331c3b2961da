"""A fresh clone started without `make translations` still speaks Dutch and has its style.

Review r12v F20: after only `make .venv/.installed`, `.venv/bin/intake-app` found no compiled
.qm and no style sheet in the package: the window was English while its language box said
Nederlands, and error lines were not styled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from intake_app.ui import i18n_loader


def test_a_package_without_compiled_translations_builds_them_from_the_sources(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(i18n_loader, "I18N_DIR", tmp_path / "package" / "i18n")
    monkeypatch.setattr(i18n_loader, "STYLE_FILE", tmp_path / "package" / "styles" / "x.qss")
    # A fresh process: no language loaded yet (since 0484d91 a loaded one is kept and reused,
    # so an earlier test's Dutch answered without this package's files being built).
    monkeypatch.setattr(i18n_loader, "_loaded", {})
    try:
        i18n_loader.set_ui_language("nl")
        assert QCoreApplication.translate("SetupPage", "Your &name") == "Uw &naam"
        assert (tmp_path / "package" / "i18n" / "seinpost_nl.qm").is_file()
        i18n_loader.set_ui_language("en")
        assert QCoreApplication.translate("SetupPage", "Your &name") == "Your &name"
    finally:
        i18n_loader.set_ui_language("en")
    assert "#error" in i18n_loader.load_style_sheet()
