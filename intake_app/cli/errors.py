"""The command lines' own errors: a problem with how a command was called or with its input.

One class, one code per situation, so `intake-app` and `intake-office` print the same line for
the same problem (from `intake_app/sentences/`). Placeholders hold positions, counts and the
paths the user typed; never an attachment's name or any signal content.
"""

from __future__ import annotations

from intake_app.errors import ContractError, SeinpostError


class CliError(SeinpostError):
    """A problem the user can fix on the command line; `code` says which (see `codes`)."""

    code = "cli.input"
    codes = (
        "cli.input",
        "cli.no_answer",
        "cli.name_needed",
        "cli.passphrase_empty",
        "cli.passphrase_file_too_large",
        "cli.passphrase_file_not_text",
        "cli.passphrase_input_not_text",
        "cli.passphrases_differ",
        "cli.all_and_ids",
        "cli.unlisted_alone",
        "cli.keyless_alone",
        "cli.liaison_fingerprint_mismatch",
        "cli.liaison_fingerprint_needed",
        "cli.no_target_folder",
        "cli.attachment_missing",
        "cli.attachment_unreadable",
        "cli.wipe_after_value",
        "cli.no_such_bundle",
        "signal.file_too_large",
        "signal.file_not_json",
        "signal.file_not_object",
    )

    def __init__(self, code: str, detail: str | None = None, **params: object) -> None:
        if code not in self.codes:
            raise ContractError(f"unknown command-line error code {code!r}")
        self.code = code
        super().__init__(detail, **params)
