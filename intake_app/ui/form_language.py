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

A switch is made whole or not at all: the draft is kept first, in the language spoken now, and
when it cannot be (another program holds the store) nothing changes language and the form says
why in its own (review r12ae-2: the translators had switched already, so the form stayed English
while its status line, the store error and the list's rows spoke Dutch, and the button, taking
the window for Dutch, did nothing until the editor closed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.message_bar import alert_text
from intake_app.ui.messages import describe_error

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.signal_editor import SignalEditor


class FormLanguage:
    """For `window` (its `language` is the language spoken now; `workspace` has the editor)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.back_to: str | None = None  # the liaison's language while the form is in another

    def show_in(self, code: str) -> None:
        """The open form in `code` (the window's pages stay as they are); not when its draft
        cannot be kept now (`_kept`), then nothing changes."""
        window = self._window
        if code == window.language:
            return
        page = window.workspace
        if page is not None and not self._kept(page.editor):
            return
        before = (window.language, self.back_to)
        if self.back_to is None:
            self.back_to = window.language
        elif code == self.back_to:
            self.back_to = None
        self._speak(code)
        if page is not None:
            page.drafts.show_editor_in(
                code, refused=lambda editor: self._refused(editor, *before))

    def _kept(self, editor: SignalEditor | None) -> bool:
        """Whether the open form's draft is kept as typed (saved now, a moment's wait for the
        store at most); if not, the form says so and the switch is not made."""
        if editor is None or not editor.isVisible() or not editor.has_changes():
            return True
        if editor.save_now(quick=True):
            return True
        self._say_not_switched(editor)
        return False

    def _refused(self, editor: SignalEditor, language: str, back_to: str | None) -> None:
        """Words typed while the other language's form was being built could not be kept:
        the switch is undone (the form open now stays, as the language it speaks)."""
        self.back_to = back_to
        self._speak(language)
        if self._window.workspace is not None:  # rows drawn meanwhile spoke the other one
            self._window.workspace.table.speak_again()
        self._say_not_switched(editor)

    def _speak(self, code: str) -> None:
        self._window.language = code
        set_ui_language(code, remember=False)

    @staticmethod
    def _say_not_switched(editor: SignalEditor) -> None:
        """In the form's alert line (it stays until a save succeeds: the autosave retries),
        in the language spoken now: why the form did not switch, and why it was not kept."""
        text = QCoreApplication.translate(
            "FormLanguage", "The form was not switched to the other language: what you typed "
            "must be kept in your vault first. Press the button again once it is saved.")
        if editor.keeper is not None and editor.keeper.error is not None:
            text += " " + describe_error(editor.keeper.error, when="save")
        editor.summary.setText(alert_text("error", text))
        editor.summary.show()

    def end(self) -> None:
        """The form closed, or the window locks: the liaison's language again."""
        code, self.back_to = self.back_to, None
        if code is not None and code != self._window.language:
            self._speak(code)
            if self._window.workspace is not None:  # rows drawn meanwhile spoke the form's
                self._window.workspace.table.speak_again()
