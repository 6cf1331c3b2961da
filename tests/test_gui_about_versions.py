"""The About box reads no package metadata on the GUI thread (review r12ab R1: looking up a
dozen distributions' versions held the window 61-65 ms); the engine loader's worker reads them
(`component_versions.warm`, one of its LOAD_STEPS), and the box only looks them up."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import fast_session, make_office
from test_gui_delivery import Answers, unlocked_window

from intake_app.services import component_versions
from intake_app.ui import engine_loader
from intake_app.ui.about_dialog import COMPONENTS
from intake_app.ui.window_menus import show_about


def test_the_about_box_names_exactly_the_components_whose_versions_are_read_ahead() -> None:
    assert tuple(name for name, _use, _licence in COMPONENTS) == component_versions.DISTRIBUTIONS


def test_opening_the_about_box_after_the_engines_loaded_reads_no_package_metadata(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        component_versions.installed.cache_clear()
        engine_loader.load_engines(lambda done, total: None)  # what the loader's worker runs
        read: list[str] = []
        real = component_versions.metadata.version
        monkeypatch.setattr(component_versions.metadata, "version",
                            lambda name: read.append(name) or real(name))
        show_about(window)
        about = window.about_box.text.text()
        assert read == []
        assert f"PyNaCl {real('PyNaCl')}" in about
        window.about_box.reject()
    finally:
        window.lock()
