"""The one error root of Seinpost.

Every error the package raises on purpose derives from `SeinpostError` and carries a stable
`code` (dotted, lower case, for example ``"vault.wrong_passphrase"``). The window and both command
lines turn the code into one sentence in Dutch or English from the table in
`intake_app/sentences.py`; nothing subclasses `ValueError`, so a library's `ValueError` can never
be mistaken for one of ours. An error's text never holds content of a signal.
"""

from __future__ import annotations


class SeinpostError(Exception):
    """Base of every deliberate Seinpost error.

    Subclasses set `code` (a key of `intake_app.sentences.SENTENCES`). The string form is a
    developer-facing English detail; people see the sentence for `code`.
    """

    code: str = "internal"
