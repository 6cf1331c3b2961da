"""The language of a command run, and argparse's own usage messages in it (review r14i U2).

`language_of(argv)` is the language a command speaks in: its `--lang nl|en` where it has one
(`intake-office report`), else the terminal's (`console.cli_language`). While a command line is
parsed (`speaking`), argparse's own messages ("the following arguments are required: %s", ...)
are taken from the one table of sentences (`intake_app/sentences/front_ends.py`, codes
`usage.*`, whose English is argparse's own text), and the argument types here and in the tools
(`whole_number`, the report's `--compare`) word their refusals in that language too.

argparse fetches its messages through the module-level `gettext` functions it imported, so
`speaking` swaps those two names of the `argparse` module for the duration of one parse and puts
them back after; nothing else in the process is touched. A tool whose parser is built while
`speaking` (`intake-office`) gets its help texts in that language too: argparse's own words and
the tool's (`help_text`, from the table: `intake_app/sentences/office_help.py`).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from intake_app.cli.console import cli_language
from intake_app.sentences import SENTENCES, sentence

LANGUAGES = ("nl", "en")

#: argparse's message (its gettext msgid) -> the code of its sentence in the table.
MESSAGES = {
    "argument %(argument_name)s: %(message)s": "usage.argument",
    "the following arguments are required: %s": "usage.required",
    "unrecognized arguments: %s": "usage.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "usage.invalid_choice",
    "invalid %(type)s value: %(value)r": "usage.invalid_value",
    "expected one argument": "usage.expected_one",
    "expected at most one argument": "usage.expected_at_most_one",
    "expected at least one argument": "usage.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "usage.ambiguous",
    "not allowed with argument %s": "usage.not_allowed_with",
    "ignored explicit argument %r": "usage.ignored_value",
    "one of the arguments %s is required": "usage.one_of_required",
    # `--help`'s own words (said while a parser is built, or its help is printed, `speaking`)
    "usage: ": "usage.help_usage",
    "positional arguments": "usage.help_positional",
    "options": "usage.help_options",
    "show this help message and exit": "usage.help_help",
}
#: argparse's plural message (singular msgid) -> code; the sentence covers both forms.
PLURAL_MESSAGES = {"expected %s argument": "usage.expected_n"}

_now: list[str] = []  # the language of the parse under way (innermost last)


def language_of(argv: Sequence[str]) -> str:
    """"nl" or "en": the value of `--lang` in `argv` (also `--lang=nl` and an abbreviation
    such as `--la nl`, as argparse takes them), else the terminal's language."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) >= 4 and "--lang".startswith(name):
            if not equals:
                value = argv[index + 1] if index + 1 < len(argv) else ""
            if value in LANGUAGES:
                return value
    return cli_language()


def parse_language() -> str:
    """The language of the parse under way (the terminal's outside a parse)."""
    return _now[-1] if _now else cli_language()


def _translated(message: str) -> str:
    code = MESSAGES.get(message)
    return SENTENCES[code][parse_language()] if code else message


def _translated_plural(singular: str, plural: str, count: int) -> str:
    code = PLURAL_MESSAGES.get(singular)
    if code and parse_language() != "en":
        return SENTENCES[code][parse_language()]
    return singular if count == 1 else plural


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """argparse's messages and our argument types in `language` ("nl" or "en") meanwhile."""
    outermost = not _now
    _now.append(language)
    if outermost:
        saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
        argparse._, argparse.ngettext = _translated, _translated_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _now.pop()
        if outermost:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def dash_values(argv: Sequence[str], options: Sequence[str]) -> list[str]:
    """`argv` with each of `options` followed by a value that starts with "-" (such as
    `--older-than -1q`) joined into one word (`--older-than=-1q`), so that the option's own
    check refuses the value with its sentence: argparse takes such a word for an option and
    says only "expected one argument" (review r14k, K4). Abbreviations (`--older -1q`) as
    argparse takes them; nothing after "--"."""
    joined: list[str] = []
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            return joined + words[index:]
        nxt = words[index + 1] if index + 1 < len(words) else None
        if (len(word) >= 4 and "=" not in word and nxt is not None and nxt.startswith("-")
                and nxt != "--" and any(name.startswith(word) for name in options)):
            joined.append(f"{word}={nxt}")
            index += 2
            continue
        joined.append(word)
        index += 1
    return joined


def help_text(code: str, **params: object) -> str:
    """The help text `code` of the one table (`{placeholders}` from `params`) in the language
    of the parser being built (`speaking`; the terminal's outside)."""
    return sentence(code, parse_language(), **params)


def usage_line(message: str) -> str:
    """A usage error's line after `prog: `, with the pointer to --help, in the parse's
    language."""
    return sentence("usage.line", parse_language(), message=message)


def whole_number(text: str) -> int:
    """An argument type: a whole number (negative too: the engines say what range they take).
    Raises ArgumentTypeError with the sentence "usage.whole_number"."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            sentence("usage.whole_number", parse_language())) from None
