"""One error model: every error class of Seinpost derives from `SeinpostError`, has a stable code
and a sentence for that code in Dutch and English (generated from the class tree, so an error
class added anywhere in `intake_app` is covered without touching this file)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import string
from pathlib import Path

import pytest
from liaison_fixtures import sealed_file
from transfer_kit import seal_signals, set_up

import intake_app
from intake_app.bundle.errors import EmptyItemFile, PartSizeTooSmall
from intake_app.errors import SeinpostError, classify
from intake_app.sentences import LANGUAGES, SENTENCES, sentence
from intake_app.services.transfer_errors import BadPartSize

CODE = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")


def _modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(intake_app.__path__, "intake_app.")]
    return [name for name in names if name != "intake_app.__main__"]  # that one runs the app


def _exception_classes() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for name in _modules():
        module = importlib.import_module(name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__.startswith("intake_app"):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


ERROR_CLASSES = _exception_classes()


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_the_class_tree_is_found() -> None:
    # The walk must see the package's own errors, or every other test here proves nothing.
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"VaultError", "StoreError", "BundleError", "AgeError", "KeyCardError",
            "TransferError", "RegistryError", "SignalValidationError"} <= names


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_error_class_derives_from_the_one_root(cls: type[BaseException]) -> None:
    assert issubclass(cls, SeinpostError), f"{cls.__name__} does not derive from SeinpostError"
    # A library's ValueError or KeyError must never be mistaken for one of ours.
    assert not issubclass(cls, ValueError | KeyError | LookupError | TypeError)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_error_code_has_a_sentence_in_dutch_and_english(
        cls: type[SeinpostError]) -> None:
    for code in cls.all_codes():
        assert CODE.fullmatch(code), f"{cls.__name__}: code {code!r} is not a dotted name"
        assert code in SENTENCES, f"{cls.__name__}: no sentence for {code!r}"
        for lang in LANGUAGES:
            assert SENTENCES[code].get(lang, "").strip(), f"{code}: no {lang} sentence"


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_both_languages_of_a_sentence_take_the_same_values(code: str) -> None:
    nl, en = SENTENCES[code]["nl"], SENTENCES[code]["en"]
    assert _placeholders(nl) == _placeholders(en)
    assert nl != en


def test_a_subclass_without_its_own_code_is_seen() -> None:
    # The walk checks codes per class: a new error class keeping its parent's code is fine,
    # a class whose code has no sentence is caught.
    class Orphan(SeinpostError):
        code = "nobody.wrote.this"

    assert "nobody.wrote.this" not in SENTENCES
    assert Orphan.all_codes() == ("nobody.wrote.this",)


def test_errors_read_the_same_through_classify() -> None:
    from intake_app.vault.errors import WrongPassphrase

    code, params = classify(WrongPassphrase(attempts_left=3))
    assert code == "vault.wrong_passphrase.left" and params == {"attempts_left": 3}
    assert "3" in sentence(code, "nl", **params) and "3" in sentence(code, "en", **params)
    assert classify(RuntimeError("anything, even content"))[0] == "internal"
    assert classify(OSError(28, "No space left on device"))[0] == "disk_full"


def test_an_empty_sealed_file_is_not_called_a_too_small_part_size(tmp_path: Path) -> None:
    """The bundle writer's other refusals are no longer turned into "part size too small"."""
    _, session = set_up(tmp_path)
    emptied, sound = seal_signals(session, 2)
    sealed_file(session.profile_dir, emptied).write_bytes(b"")
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(EmptyItemFile):
        session.export(usb, [emptied])
    with pytest.raises(BadPartSize) as refused:
        session.export(usb, [sound], max_part_size=10)
    assert isinstance(refused.value.__cause__, PartSizeTooSmall)
    session.lock()
