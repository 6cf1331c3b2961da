"""One table of sentences, keyed by error code, in Dutch and English.

Used by the window and both command lines, so one error reads the same everywhere. A sentence
may hold `{name}` placeholders, filled from the error's `params` (counts, ids, field names;
never signal content), and `{name:singular|plural}` word forms chosen by the count
(`plural.fill`). `tests/test_error_sentences.py` walks every `SeinpostError` subclass in
`intake_app` and fails when one of its codes has no sentence in both languages.

The table is kept in one module per room (common, vault, store, transfer, bundle,
bundle_reader, crypto, signal, signal_fields, media, media_pdf, media_sheets, media_unseen,
office, office_lines, office_help, office_unseal, liaison_lines, front_ends) and joined here;
`SENTENCES` and `sentence()` are the one lookup. A code may live in one part only (a second
one is an error at import).
"""

from __future__ import annotations

from intake_app.errors import ContractError, Reason, Worded
from intake_app.sentences import (
    bundle,
    bundle_reader,
    common,
    crypto,
    front_ends,
    liaison_lines,
    media,
    media_pdf,
    media_sheets,
    media_unseen,
    office,
    office_help,
    office_lines,
    office_unseal,
    plural,
    signal,
    signal_fields,
    store,
    transfer,
    vault,
)

LANGUAGES = ("nl", "en")
PARTS = (common, vault, store, transfer, bundle, bundle_reader, crypto, signal, signal_fields,
         media, media_pdf, media_sheets, media_unseen, office, office_lines, office_help,
         office_unseal, liaison_lines, front_ends)


def _joined() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for part in PARTS:
        twice = table.keys() & part.SENTENCES.keys()
        if twice:
            raise ContractError(f"sentences given twice: {sorted(twice)}")
        table.update(part.SENTENCES)
    return table


#: code -> {"nl": sentence, "en": sentence}
SENTENCES: dict[str, dict[str, str]] = _joined()


class _Params(dict):
    """Placeholder values; a missing one shows as an ellipsis rather than failing."""

    def __missing__(self, key: str) -> str:
        return "…"


def sentence(code: str, lang: str = "nl", **params: object) -> str:
    """The sentence for `code` in `lang` ("nl" or "en"), its `{placeholders}` filled from
    `params`; the internal sentence if the code is unknown, English if `lang` is unknown.
    A `Reason` among `params` (an operating system's reason) is its own English text in
    English and its sentence in the table in another language ("reason.other" where the
    table has none for it); a `Worded` phrase is said in `lang` (`Worded.in_language`)."""
    entry = SENTENCES.get(code) or SENTENCES["internal"]
    template = entry.get(lang) or entry["en"]
    filled = {name: _reason(value, lang) if isinstance(value, Reason)
              else value.in_language(lang) if isinstance(value, Worded) else value
              for name, value in params.items()}
    return plural.fill(template, lang, _Params(filled))


def _reason(reason: Reason, lang: str) -> str:
    if lang == "en" or lang not in LANGUAGES:
        return str(reason)
    return (SENTENCES.get(reason.code) or SENTENCES["reason.other"])[lang]


def identifier_kind(kind: str, lang: str = "nl") -> str:
    """The name of a kind of identifier (`domain.identifiers.KINDS`: "phone", ...) in `lang`,
    with its article ("een telefoonnummer"); "an identifier" for a kind the table lacks."""
    code = f"identifier.{kind}"
    return sentence(code if code in SENTENCES else "identifier.other", lang)


def field_name(path: str, lang: str = "nl") -> str:
    """The name of the field at `path` of a signal record ("period.end", "attachments.2.size",
    "category") in `lang`: "The end of the period", "Attachment 3: size", "Category"."""
    parts = path.split(".")
    if parts[0] == "attachments" and len(parts) >= 2 and parts[1].isdigit():
        number = sentence("field_part.attachment", lang, number=int(parts[1]) + 1)
        if len(parts) == 2:
            return number
        detail = f"field_part.{parts[2]}"
        return f"{number}: {sentence(detail if detail in SENTENCES else 'field_part.entry', lang)}"
    for code in (f"field_part.{path}", f"field.{parts[0]}"):
        if code in SENTENCES:
            return sentence(code, lang)
    return sentence("field_part.record", lang)


def field_error_line(field: str, code: str, limit: int | None, lang: str = "nl") -> str:
    """What is wrong with the field at `field` (a FieldError's path, code and limit) in `lang`;
    the generic "not valid" sentence for a code the table lacks. Never names the value."""
    key = f"field_error.{code}"
    if key not in SENTENCES:
        return sentence("signal.invalid", lang)
    return sentence(key, lang, name=field_name(field, lang), limit=limit)
