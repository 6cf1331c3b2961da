"""What can be wrong with a signal record: error classes, field names and English messages
(from the one table of sentences).

A message names the field and the rule, never the value: the value may be confidential (a
reporter's words) or hostile (a crafted signal.json), and messages end up in logs and dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.errors import SeinpostError
from intake_app.sentences import field_error_line, sentence, signal_fields

# In the order of the editor, so that errors read top-down; the names (and the messages) are
# in the one table of sentences, sentences/signal_fields.py.
FIELD_NAMES = {key: sentence(f"field.{key}", "en") for key in signal_fields.FIELD_KEYS}
MESSAGES = {code: sentence(f"field_error.{code}", "en") for code in signal_fields.ERROR_CODES}


@dataclass(frozen=True)
class FieldError:
    """One problem: `field` is a path such as "period.end" or "attachments.2.sha256"; `code` a
    key of MESSAGES; `message` its English sentence; `limit` the bound a too_long or too_many
    names (characters or entries), else None. `sentences.field_error_line` says it
    in Dutch or English."""

    field: str
    code: str
    message: str
    limit: int | None = None


class SignalError(SeinpostError):
    """Base of every error this room raises about a signal record."""

    code = "signal.invalid"


class SignalFormatError(SignalError):
    """The bytes are not a signal document at all (size, encoding, canonical form)."""

    code = "signal.format"


class SignalValidationError(SignalError):
    """The record breaks one or more rules; `errors` lists them per field."""

    code = "signal.validation"

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        shown = ", ".join(f"{e.field} ({e.code})" for e in self.errors[:10])
        more = f" and {len(self.errors) - 10} more" if len(self.errors) > 10 else ""
        super().__init__(f"signal record is not valid: {shown}{more}")



def field_error(path: str, code: str, limit: int | None = None) -> FieldError:
    """The FieldError for `code` at `path`, with its English message."""
    return FieldError(path, code, field_error_line(path, code, limit, "en"), limit)
