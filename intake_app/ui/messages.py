"""The window's sentence for an error: the one table in `intake_app/sentences/`, keyed by code.

The command lines read the same table, so an error reads the same in the window and in a
terminal. The window never shows a file path from an `OSError` (it may name an attachment).
"""

from __future__ import annotations

from intake_app.errors import classify
from intake_app.sentences import sentence
from intake_app.ui.code_widgets import label_language


def describe_code(code: str) -> str:
    """The sentence of `code` (a key of the one table) in the window's language."""
    return sentence(code, label_language())


#: The window's sentence for a store another program holds, by where it was met (`when`):
#: the command lines' "database_busy" says "command" and "not stored" (review r12ae-9).
HELD_STORE = {"unlock": "window.database_busy_unlock", "save": "window.database_busy_save"}


def describe_error(exc: BaseException, *, when: str = "") -> str:
    """A clear sentence for `exc` in the window's language; never the content of a signal.
    `when` ("unlock", "save"; a key of HELD_STORE) names where it was met, for the sentence
    of a store another program holds."""
    code, params = classify(exc, show_path=False)
    if code == "database_busy" and when:
        code = HELD_STORE[when]
    return sentence(code, label_language(), **params)
