"""The window's language switch (Seinpost → Language, set-up's first page): the pages are built
anew in the new language, keeping everything typed: set-up's answers, the passphrase being
typed, the open draft (review r12u F14) and the message above the list.

From the menu it takes three turns of the event loop, each well under 50 ms: the unlock page
and the menus at once, the new workspace built in the next turn and shown in the one after, in
place of the old one, which stays on screen until then (all in one turn held the window 51-59
ms with 6 drafts, issue 12 "Quick", task q12a). The old page's editor is kept and closed, and
the draft opened in the new language's, as the new page is shown (`hand_over`, `carry_over`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from intake_app.ui.i18n_loader import set_ui_language

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.workspace_page import WorkspacePage


def switch_window_language(window: MainWindow, code: str, *, remember: bool,
                           at_once: bool = False) -> None:
    """Speak `code` in `window` from now on; `remember`: also at the next start. `at_once`: the
    workspace is built and shown before this returns (else in the next two turns)."""
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
        if at_once:
            window.open_session(window.session)
            window.finish_opening()
        else:
            _build_next_turn(window)
    elif on_setup:
        window.pages.setCurrentWidget(window.setup_page)
    else:
        window.show_start_page()
    if window.session is not None:
        window._show_lock_note()


def _build_next_turn(window: MainWindow) -> None:
    """Build the workspace anew in the next turn (a timer: a queued call runs in this one),
    unless the window locked meanwhile or is already building one in this language."""
    session = window.session
    timer = QTimer(window, singleShot=True, interval=0)

    def build() -> None:
        timer.deleteLater()
        if window.session is session and window._opening is None:
            window.open_session(session)

    timer.timeout.connect(build)
    timer.start()


def hand_over(old: WorkspacePage) -> tuple[dict | None, tuple[str, str] | None]:
    """Keep and close the editor open on `old` (the workspace being replaced) and read what
    its message bar says: (the editor's state for `carry_over`, or None; (text, kind) or
    None)."""
    bar = old.message_bar
    said = None if bar.isHidden() else (bar.label.text(), bar.label.objectName())
    return old.drafts.hand_over_editor(), said


def carry_over(window: MainWindow, old: WorkspacePage,
               carried: tuple[dict | None, tuple[str, str] | None]) -> None:
    """Take `old` down and give the workspace now shown what `hand_over` read from it."""
    handover, said = carried
    old.retire()
    window.pages.removeWidget(old)
    old.deleteLater()
    page = window.workspace
    if said is not None:
        page.message_bar.say(*said)
    if handover is not None:
        page.drafts.take_over_editor(handover)
