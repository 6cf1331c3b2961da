"""The editor's language button: the form in the other language, for the person in front of the
liaison, until it closes (review r12w F8); not remembered, and the window never leaves the
liaison's language.

Only the editor changes: the workspace keeps an editor built in each language shown
(ui/editor_reuse.py), the one for the other language built in slices the first time while the
open one stays in use; the draft goes over to it as typed (ui/draft_actions.py). The window's
pages (list, lock page, menus) are not built again (issue 12 "Quick": rebuilding them with the
editor held the window 200-390 ms of the GUI thread, review r12y R7). The translators follow
the form while it is open, so its questions and errors speak its language; they are the
liaison's again when it closes, before the list says what became of the draft, and when the
window locks, before the lock page says anything (review r12y R6: both came out in the
reporter's language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake_app.ui.i18n_loader import set_ui_language

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow


class FormLanguage:
    """For `window` (its `language` is the language spoken now; `workspace` has the editor)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.back_to: str | None = None  # the liaison's language while the form is in another

    def show_in(self, code: str) -> None:
        """The open form in `code` (the window's pages stay as they are)."""
        window = self._window
        if code == window.language:
            return
        if self.back_to is None:
            self.back_to = window.language
        elif code == self.back_to:
            self.back_to = None
        window.language = code
        set_ui_language(code, remember=False)
        if window.workspace is not None:
            window.workspace.drafts.show_editor_in(code)

    def end(self) -> None:
        """The form closed, or the window locks: the liaison's language again."""
        code, self.back_to = self.back_to, None
        if code is not None and code != self._window.language:
            self._window.language = code
            set_ui_language(code, remember=False)
            if self._window.workspace is not None:  # rows drawn meanwhile spoke the form's
                self._window.workspace.table.speak_again()
