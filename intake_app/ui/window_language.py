"""The window's language switch (Seinpost → Language, set-up's first page): the pages are built
anew in the new language, keeping everything typed: set-up's answers, the passphrase being
typed, the open draft (review r12u F14) and the message above the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake_app.ui.i18n_loader import set_ui_language

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow


def switch_window_language(window: MainWindow, code: str, *, remember: bool) -> None:
    """Speak `code` in `window` from now on; `remember`: also at the next start."""
    if code == window.language:
        return
    window.finish_opening()  # a workspace built in the turn before is shown first
    window.language = code
    set_ui_language(code, remember=remember)
    old_setup = window._setup_page
    on_setup = old_setup is not None and window.pages.currentWidget() is old_setup
    setup_state = old_setup.state() if old_setup is not None else None
    typed_passphrase = window.unlock_page.passphrase.text()
    for page in (old_setup, window.unlock_page):
        if page is not None:
            window.pages.removeWidget(page)
            page.deleteLater()
    window._setup_page = None
    window._build_pages()
    if setup_state is not None:
        window.setup_page.restore(setup_state)
    window.unlock_page.passphrase.setText(typed_passphrase)
    if window.session is not None and window.workspace is not None:
        # The open editor is kept and built anew in the new language (review r12u F14).
        handover = window.workspace.drafts.hand_over_editor()
        old, session = window.workspace, window.session
        window.pages.removeWidget(old)
        old.deleteLater()
        window.workspace = None
        window.open_session(session)
        window.finish_opening()
        if window.workspace is not None:
            window.workspace.take_message(old)
        if handover is not None:
            window.workspace.drafts.take_over_editor(handover)
    elif on_setup:
        window.pages.setCurrentWidget(window.setup_page)
    else:
        window.show_start_page()
    if window.session is not None:
        window._show_lock_note()
