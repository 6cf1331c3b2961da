"""The rooms keep to their contracts (docs/ARCHITECTURE.md, "The rooms"):

- engines (domain, crypto, vault, store, media, bundle, services, office, fs and the shared
  errors/sentences modules) import no Qt, no argparse, no front end (cli, ui, app) and print
  nothing: they are plain Python, testable without a display or a terminal;
- Qt stays in `ui/` and the start-up (`app.py`, `qt_libraries.py` names what is missing);
- the front ends (`cli/`, `ui/`) reach an engine only through its public entry points (the
  modules listed below), never a private name, and not each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "intake_app"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
ENGINE_ROOMS = ("domain", "crypto", "vault", "store", "media", "bundle", "services", "office",
                "fs")
ENGINE_MODULES = ("errors.py", "sentences")
FRONT_ENDS = ("cli", "ui")
QT_ALLOWED = ("ui/", "app.py", "qt_libraries.py")

# What a front end may import from the engines: each room's public entry points.
ENTRY_POINTS = {
    "intake_app", "intake_app.errors", "intake_app.sentences",
    "intake_app.domain.signal", "intake_app.domain.signal_errors", "intake_app.domain.states",
    "intake_app.domain.taxonomy", "intake_app.domain.identifiers", "intake_app.domain.places",
    "intake_app.domain.municipalities", "intake_app.domain.countries",
    "intake_app.crypto.keycard",
    # The typed fingerprint compared group by group: the window's set-up and `init` alike.
    "intake_app.crypto.fingerprint_check",
    "intake_app.vault", "intake_app.vault.profile",
    "intake_app.services.liaison", "intake_app.services.security_settings",
    "intake_app.services.formats",
    # The versions the About box shows, read ahead on the engine loader's worker (r12ab R1).
    "intake_app.services.component_versions",
    # SIGTERM/SIGHUP held while a passphrase attempt is counted (the window's task runner).
    "intake_app.services.held_signals",
    # Sealed files saved without opening the profile (`export --keyless`, review r7j R7J-7).
    "intake_app.services.sealed_copies",
    "intake_app.bundle.check", "intake_app.bundle.receipt",
    "intake_app.office.analyst_export", "intake_app.office.database", "intake_app.office.ingest",
    "intake_app.office.keys", "intake_app.office.registry",
    "intake_app.office.report", "intake_app.office.retention",
    "intake_app.fs.atomic",
    # Where set-up moved an erased profile's files, said by `init` (review r7m R7M-2).
    "intake_app.fs.previous_profile",
    # The one reader of files from outside, and bounded JSON: every front end reads through them.
    "intake_app.fs.outside", "intake_app.fs.json_input",
}


def _is_module(name: str) -> bool:
    if name.split(".")[0] != "intake_app":
        return False
    rel = name.removeprefix("intake_app").lstrip(".").replace(".", "/")
    return (PACKAGE / f"{rel}.py").exists() or (PACKAGE / rel / "__init__.py").exists()


def _modules(path: Path) -> set[str]:
    """Every module `path` imports (absolute dotted names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                # `from pkg import module` imports the module; `from mod import name`, mod.
                found.add(child if _is_module(child) else node.module)
    return found


def _imported_names(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {(node.module, alias.name) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
            for alias in node.names}


def _prints(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
               and node.func.id == "print" for node in ast.walk(tree))


def _files(*rooms: str) -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.split("/")[0] in rooms or rel in rooms:
            files.append(path)
    return files


def _top(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


ENGINE_FILES = _files(*ENGINE_ROOMS, *ENGINE_MODULES)
FRONT_FILES = _files(*FRONT_ENDS)


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_the_rooms_are_found() -> None:
    assert len(ENGINE_FILES) > 60 and len(FRONT_FILES) > 20


def test_no_qt_outside_ui_and_app() -> None:
    offenders = [_rel(p) for p in sorted(PACKAGE.rglob("*.py"))
                 if not _rel(p).startswith(QT_ALLOWED) and QT & _top(_modules(p))]
    assert offenders == [], f"Qt imported outside the UI: {offenders}"


@pytest.mark.parametrize("path", ENGINE_FILES, ids=_rel)
def test_an_engine_imports_no_argparse_qt_or_front_end_and_prints_nothing(path: Path) -> None:
    modules = _modules(path)
    assert not ({"argparse", *QT} & _top(modules))
    front = {m for m in modules if m.split(".")[:2] in (["intake_app", "cli"],
                                                         ["intake_app", "ui"],
                                                         ["intake_app", "app"])}
    assert front == set(), f"{_rel(path)} imports a front end"
    assert not _prints(path), f"{_rel(path)} prints"


@pytest.mark.parametrize("path", FRONT_FILES, ids=_rel)
def test_a_front_end_uses_engines_only_through_their_entry_points(path: Path) -> None:
    room = _rel(path).split("/")[0]
    other = "ui" if room == "cli" else "cli"
    for module in _modules(path):
        parts = module.split(".")
        if parts[0] != "intake_app" or not _is_module(module):
            continue
        assert parts[1:2] != [other], f"{_rel(path)} imports the other front end {module}"
        if parts[1:2] in ([room], ["app"], ["qt_libraries"]):
            continue
        assert module in ENTRY_POINTS, f"{_rel(path)} reaches past the entry points: {module}"
    private = [f"{m}.{n}" for m, n in _imported_names(path)
               if m.startswith("intake_app") and n.startswith("_") and not n.startswith("__")]
    assert private == []


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import argparse\nfrom intake_app.store.blobs import _x\n"
                   "def f():\n    from PySide6.QtCore import QObject\n    print('x')\n")
    assert {"PySide6", "argparse", "intake_app"} <= _top(_modules(bad)) and _prints(bad)
    assert ("intake_app.store.blobs", "_x") in _imported_names(bad)
    assert "intake_app.store.blobs" not in ENTRY_POINTS


# ----- the liaison session is the one door to a profile ------------------------------------------

BENCHMARKS = PACKAGE.parent / "benchmarks"
_HELD = {"store", "vault", "_store", "_vault"}


def _reaches_into_a_session(path: Path) -> list[str]:
    """`<something>.store` / `.vault` (or their private names) read off a session-like name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _HELD:
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if "session" in name or name in {"opened", "coerced", "again", "laptop", "self"}:
                found.append(f"{path.name}:{node.lineno} {name}.{node.attr}")
    return found


@pytest.mark.parametrize("path", [*FRONT_FILES, *sorted(BENCHMARKS.glob("*.py"))],
                         ids=lambda p: p.name)
def test_front_ends_and_benchmarks_never_reach_through_a_session(path: Path) -> None:
    assert _reaches_into_a_session(path) == []


def test_the_session_holds_its_vault_and_store_privately() -> None:
    import inspect
    import typing

    from intake_app.services.liaison import LiaisonSession

    assert not hasattr(LiaisonSession, "store") and not hasattr(LiaisonSession, "vault")
    init = inspect.getsource(LiaisonSession.__init__)
    assert "self.store" not in init and "self.vault" not in init
    for name, member in inspect.getmembers(LiaisonSession, callable):
        if name.startswith("_"):
            continue
        returned = str(typing.get_type_hints(member).get("return", ""))
        assert "Vault'" not in returned and "LocalStore" not in returned, name


def test_the_session_check_sees_a_reach(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(session):\n    session.store.wait_for_cleanup()\n"
                   "    window.session.vault.status()\n")
    assert len(_reaches_into_a_session(bad)) == 2


# ----- the services use the store only through its public API ------------------------------------
# The store keeps its SQLite connection and the rows' layout to itself (store/local_store.py's
# docstring): a service asks LocalStore, which keeps the row digest and the trust rows true. A
# service holding the connection could write a settings row past that digest.

SERVICE_FILES = _files("services")
STORE_DOOR = "intake_app.store.local_store"
STORE_ERRORS = {"intake_app.store.errors", "intake_app.store.integrity_errors"}
# What hands out the connection, or is the connection's own.
_CONNECTION = {"connection", "conn", "_conn", "reading", "transaction", "tracked", "execute",
               "executemany", "executescript", "cursor"}


def _store_door_names() -> set[str]:
    from intake_app.store import local_store

    return set(local_store.__all__)


def _reaches_into_the_store(path: Path) -> list[str]:
    """Uses of sqlite3, of the store's connection, of another object's private attribute, or
    of a store module other than the store's public API (local_store's `__all__`, its errors)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    door = _store_door_names()
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlite3":
                    found.append(f"{where} imports sqlite3")
                elif (alias.name.startswith("intake_app.store")
                      and alias.name not in STORE_ERRORS):
                    found.append(f"{where} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] == "sqlite3":
                found.append(f"{where} imports sqlite3")
            elif node.module == "intake_app.store":
                found += [f"{where} imports intake_app.store.{a.name}" for a in node.names
                          if f"intake_app.store.{a.name}" not in STORE_ERRORS]
            elif node.module == STORE_DOOR:
                found += [f"{where} imports {STORE_DOOR}.{a.name}" for a in node.names
                          if a.name not in door]
            elif node.module.startswith("intake_app.store") and node.module not in STORE_ERRORS:
                found.append(f"{where} imports {node.module}")
        elif isinstance(node, ast.Attribute):
            owner = getattr(node.value, "id", "")
            private = (node.attr.startswith("_") and not node.attr.startswith("__")
                       and owner not in {"self", "cls"})
            if node.attr in _CONNECTION or private:
                found.append(f"{where} .{node.attr}")
    return found


@pytest.mark.parametrize("path", SERVICE_FILES, ids=_rel)
def test_a_service_uses_the_store_only_through_its_public_api(path: Path) -> None:
    assert _reaches_into_the_store(path) == []


def test_the_store_check_sees_each_kind_of_reach(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlite3\n"
        "from sqlite3 import Connection\n"
        "from intake_app.store import settings\n"
        "from intake_app.store.trust import key_ids_from\n"
        "from intake_app.store.local_store import LocalStore, unlink\n"
        "import intake_app.store.core\n"
        "from intake_app.store.errors import StoreError\n"
        "def f(store):\n"
        "    with store.reading() as conn:\n"
        "        conn.execute('SELECT 1')\n"
        "    with store.transaction() as tx, store.tracked(tx, []):\n"
        "        pass\n"
        "    store._conn.close()\n"
        "    return store.connection, store._vault_key\n")
    found = {f.split(" ", 1)[1] for f in _reaches_into_the_store(bad)}
    assert found == {"imports sqlite3", "imports intake_app.store.settings",
                     "imports intake_app.store.trust",
                     "imports intake_app.store.local_store.unlink",
                     "imports intake_app.store.core", ".reading", ".execute", ".transaction",
                     ".tracked", "._conn", ".connection", "._vault_key"}


# ----- no import cycles ---------------------------------------------------------------------
# Issue 8 named two (office/cli.py <-> office/commands.py, store/attachments.py <->
# store/local_store.py). Counted: imports a module runs when it loads (its top level, and inside
# top-level `if`/`try`), not those under `if TYPE_CHECKING:` nor inside functions.

def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")
    return rel.removesuffix(".__init__")


def _load_time_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.If):
                test = ast.unparse(node.test)
                if "TYPE_CHECKING" not in test:
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body + node.orelse + node.finalbody
                      + [s for handler in node.handlers for s in handler.body])
            elif isinstance(node, ast.Import | ast.ImportFrom):
                found.update(_modules_of(node, path))

    visit(tree.body)
    return found


def _modules_of(node: ast.Import | ast.ImportFrom, path: Path) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    base = node.module or ""
    if node.level:
        package = _module_name(path).split(".")
        if path.name != "__init__.py":
            package = package[:-1]
        base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
    # `from package import module` loads that module; `from module import name`, the module.
    return {f"{base}.{a.name}" if _is_module(f"{base}.{a.name}") else base for a in node.names}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _import_graph(root: Path) -> dict[str, set[str]]:
    graph = {}
    for path in sorted(root.rglob("*.py")):
        name = _module_name(path)
        graph[name] = {m for m in _load_time_imports(path)
                       if m.startswith("intake_app") and _is_module(m)} - {name}
    return graph


def test_no_two_modules_import_each_other_when_they_load() -> None:
    graph = _import_graph(PACKAGE)
    assert len(graph) > 150 and graph["intake_app.store.local_store"]  # the graph is seen
    assert _cycles(graph) == []


def test_the_cycle_check_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


# ----- one of each for the two command lines ---------------------------------------------------
# One passphrase reader (cli/passphrase.py: getpass), one progress printer (cli/console.py:
# tqdm), one exit-status map (cli/front_door.py: the EXIT_ numbers). A second one anywhere in
# the package is how the two tools drifted apart before issue 8.

def _users(predicate) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        if any(predicate(node) for node in ast.walk(tree)):
            found.append(_rel(path))
    return found


def _imports_top(name: str):  # type: ignore[no-untyped-def]
    return lambda node: ((isinstance(node, ast.Import)
                          and any(a.name.split(".")[0] == name for a in node.names))
                         or (isinstance(node, ast.ImportFrom) and node.level == 0
                             and (node.module or "").split(".")[0] == name))


def _assigns_exit_status(node: ast.AST) -> bool:
    return (isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id.startswith("EXIT_") for t in node.targets))


def test_the_command_lines_share_one_passphrase_reader_progress_printer_and_exit_map() -> None:
    assert _users(_imports_top("getpass")) == ["cli/passphrase.py"]
    assert _users(_imports_top("tqdm")) == ["cli/console.py"]
    assert _users(_assigns_exit_status) == ["cli/front_door.py"]


# ----- XML from outside is parsed by defusedxml only -------------------------------------------
# OOXML parts of an attachment are hostile (entity bombs, external entities): the standard
# library's parsers (xml.etree's parse/fromstring/iterparse/XMLParser, xml.dom, xml.sax,
# expat) are not used anywhere; xml.etree.ElementTree may be imported for its element type and
# xml.sax.saxutils for escaping.

_STDLIB_XML_PARSERS = {"parse", "fromstring", "iterparse", "XMLParser", "XML", "XMLPullParser",
                       "fromstringlist"}


def _parses_xml_unsafely(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    etree_names = {alias.asname or alias.name for node in ast.walk(tree)
                   if isinstance(node, ast.Import) for alias in node.names
                   if alias.name == "xml.etree.ElementTree"}
    etree_names |= {alias.asname or alias.name for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module == "xml.etree"
                    for alias in node.names if alias.name == "ElementTree"}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""])
            found += [n for n in names if n.startswith(("xml.dom", "xml.sax", "xml.parsers"))
                      and n != "xml.sax.saxutils"]  # escaping only, no parser
            if isinstance(node, ast.ImportFrom) and node.module == "xml.etree.ElementTree":
                found += [a.name for a in node.names if a.name in _STDLIB_XML_PARSERS]
        elif (isinstance(node, ast.Attribute) and node.attr in _STDLIB_XML_PARSERS
              and isinstance(node.value, ast.Name) and node.value.id in etree_names):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_no_module_parses_xml_with_the_standard_librarys_parsers() -> None:
    offenders = {_rel(p): _parses_xml_unsafely(p) for p in sorted(PACKAGE.rglob("*.py"))}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_xml_check_sees_an_unsafe_parse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import xml.etree.ElementTree as ET\nfrom xml.dom import minidom\n"
                   "from defusedxml import ElementTree as SafeET\n"
                   "def f(raw):\n    SafeET.fromstring(raw)\n    return ET.fromstring(raw)\n")
    assert sorted(_parses_xml_unsafely(bad)) == ["ET.fromstring", "xml.dom"]
