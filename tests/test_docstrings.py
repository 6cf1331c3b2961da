"""Issue 8: every public function, class and method of the engine rooms says in its docstring
what goes in and out (shapes, units, time zones), the errors raised and the source of any
format. This test checks that each has a docstring at all; what it says is for review.

Public: a name without a leading underscore, defined in that module. A method that overrides a
method of a standard-library base class (`io.RawIOBase.readinto`, …) keeps that base's documented
contract and needs no docstring of its own.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import intake_app

ENGINE_ROOMS = ("domain", "crypto", "vault", "store", "media", "bundle", "services", "office",
                "fs")


def _engine_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(intake_app.__path__, "intake_app.")]
    return [name for name in names if name.split(".")[1] in ENGINE_ROOMS]


def _inherits_contract(cls: type, name: str) -> bool:
    return any(name in vars(base) and not base.__module__.startswith("intake_app")
               for base in cls.__mro__[1:])


def _missing(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    missing = []
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module_name:
            continue
        if inspect.isfunction(value) and not inspect.getdoc(value):
            missing.append(name)
        if inspect.isclass(value):
            # A dataclass without a docstring gets its signature as one: not a docstring.
            if not value.__doc__ or value.__doc__.startswith(f"{name}("):
                missing.append(name)
            for attr, member in vars(value).items():
                if attr.startswith("_") or _inherits_contract(value, attr):
                    continue
                target = member.fget if isinstance(member, property) else member
                target = getattr(target, "__func__", target)  # classmethod, staticmethod
                if inspect.isfunction(target) and not target.__doc__:
                    missing.append(f"{name}.{attr}")
    return missing


MODULES = _engine_modules()


def test_the_walk_sees_the_engine_rooms() -> None:
    assert {m.split(".")[1] for m in MODULES} == set(ENGINE_ROOMS) and len(MODULES) > 100


@pytest.mark.parametrize("module_name", MODULES)
def test_every_public_function_class_and_method_has_a_docstring(module_name: str) -> None:
    assert _missing(module_name) == []


def test_the_check_sees_what_it_looks_for(tmp_path, monkeypatch) -> None:
    (tmp_path / "intake_probe_docs.py").write_text(
        "import io\n"
        "def told():\n    '''Told.'''\n"
        "def untold():\n    pass\n"
        "class Reader(io.RawIOBase):\n    '''A reader.'''\n"
        "    def readinto(self, b):\n        return 0\n"
        "    @property\n    def size(self):\n        return 0\n"
        "    @classmethod\n    def make(cls):\n        return cls()\n"
        "class Bare:\n    pass\n"
        "import dataclasses\n"
        "@dataclasses.dataclass\nclass Record:\n    field: int\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert sorted(_missing("intake_probe_docs")) == ["Bare", "Reader.make", "Reader.size",
                                                     "Record", "untold"]
