"""One list of system packages: every command the suite runs comes from a package on it.

The suite (tests/ and the product it drives, intake_app/) is read as Python syntax trees. Every
call that runs or looks up a program is resolved to the command it runs, whatever name the
module or function was imported under (`import subprocess as sp`, `from subprocess import run
as r`): argv runners (`subprocess.run/Popen/check_output/check_call/call`, `os.exec*`,
`os.spawn*`, `os.posix_spawn*`, `pty.spawn`, `asyncio.create_subprocess_exec`), shell-string
runners (`os.system`, `os.popen`, `subprocess.getoutput/getstatusoutput`,
`asyncio.create_subprocess_shell`, and `subprocess.*` given a string: its first word), and
finders (`shutil.which`, `tools.require_tool`). A command is a literal, a name bound to one in
the same function, or (for a helper that passes its argv through) the literal argvs at the
helper's call sites in the same file. A call that cannot be resolved fails the test too, so a
new command cannot slip past by being built at run time.
"""

from __future__ import annotations

import ast
import re
import shlex
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import system_packages  # noqa: E402

# Where in the call the program is: (callee) -> index of the argument holding an argv (ARGV),
# a program path (PROGRAM) or a shell command line (SHELL).
ARGV_RUNNERS = {("subprocess", name): 0 for name in ("run", "Popen", "check_output",
                                                     "check_call", "call")}
ARGV_RUNNERS[("pty", "spawn")] = 0
PROGRAM_RUNNERS = {("os", name): 0 for name in ("execv", "execve", "execvp", "execvpe", "execl",
                                                "execle", "execlp", "execlpe", "posix_spawn",
                                                "posix_spawnp")}
PROGRAM_RUNNERS |= {("os", name): 1 for name in ("spawnl", "spawnle", "spawnlp", "spawnlpe",
                                                 "spawnv", "spawnve", "spawnvp", "spawnvpe")}
PROGRAM_RUNNERS[("asyncio", "create_subprocess_exec")] = 0
SHELL_RUNNERS = {("os", "system"): 0, ("os", "popen"): 0, ("subprocess", "getoutput"): 0,
                 ("subprocess", "getstatusoutput"): 0, ("asyncio", "create_subprocess_shell"): 0}
RUNNERS = {*ARGV_RUNNERS, *PROGRAM_RUNNERS, *SHELL_RUNNERS}
FINDERS = {("shutil", "which"), (None, "require_tool"), ("tools", "require_tool")}
UNRESOLVED = "<unresolved>"
COUNTED = "<counted>"  # resolved, and not a system command: this Python, its venv, a finder


def own_commands() -> set[str]:
    """Our own console scripts (pyproject) are not system packages."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return set(project["scripts"])


def _is_sys_executable(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
        and (node.value.id, node.attr) == ("sys", "executable")


def _imports(tree: ast.AST) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """({local name: module} for `import m as n`, {local name: (module, name)} for `from m
    import f as g`) anywhere in `tree`."""
    modules: dict[str, str] = {}
    functions: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    modules[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                functions[alias.asname or alias.name] = (node.module, alias.name)
    return modules, functions


def _callee(node: ast.Call, imports: tuple[dict[str, str], dict[str, tuple[str, str]]]
            = ({}, {})) -> tuple[str | None, str] | None:
    """(module, function) a call names, through the file's import aliases; (None, name) for a
    plain name of this file, ("", name) for a method of some other expression."""
    modules, functions = imports
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        name = func.value.id
        if name in functions:  # `from os import path`-style module objects
            return ".".join(functions[name]), func.attr
        return modules.get(name, name), func.attr
    if isinstance(func, ast.Name):
        return functions.get(func.id, (None, func.id))
    if isinstance(func, ast.Attribute):
        return "", func.attr
    return None


class Resolver:
    """The commands one source file runs, with the line of each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.imports = _imports(self.tree)
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent

    def _scope(self, node: ast.AST) -> ast.AST:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return self.tree

    def _bindings(self, name: str, scope: ast.AST) -> Iterator[ast.AST]:
        """Values `name` is bound to in `scope` and at module level (assignments, for-loops)."""
        module_level = [statement for statement in self.tree.body  # not inside functions
                        if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef
                                          | ast.ClassDef)]
        places = module_level if scope is self.tree else [scope, *module_level]
        for where in places:
            for node in ast.walk(where):
                if isinstance(node, ast.Assign | ast.AnnAssign):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets) \
                            and node.value is not None:
                        yield node.value
                elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) \
                        and node.target.id == name and isinstance(node.iter, ast.Tuple | ast.List):
                    yield from node.iter.elts

    def _parameter_index(self, name: str, scope: ast.AST) -> int | None:
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            params = [a.arg for a in scope.args.args if a.arg not in ("self", "cls")]
            if name in params:
                return params.index(name)
        return None

    def _call_sites(self, function: ast.FunctionDef | ast.AsyncFunctionDef, index: int
                    ) -> Iterator[ast.AST]:
        for node in ast.walk(self.tree):
            callee = _callee(node, self.imports) if isinstance(node, ast.Call) else None
            # Only calls of this file's own helper: `run(...)`, `self._run(...)`, never
            # `subprocess.run(...)`.
            if callee is not None and callee[1] == function.name \
                    and callee[0] in (None, "self", "cls") and len(node.args) > index:
                yield node.args[index]

    def command(self, node: ast.AST, depth: int = 0) -> set[str]:
        """The command names an expression for argv[0] (or a program name) can hold."""
        if depth > 12:
            return {UNRESOLVED}
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {Path(node.value).name}
        if _is_sys_executable(node):
            return {COUNTED}  # this Python
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) \
                and isinstance(node.right, ast.Constant) and isinstance(node.right.value, str):
            return {Path(node.right.value).name}  # folder / "name"
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                and node.slice.value == 0:
            return self.argv0(node.value, depth + 1)  # argv[0]
        if isinstance(node, ast.IfExp):
            return self.command(node.body, depth + 1) | self.command(node.orelse, depth + 1)
        if isinstance(node, ast.Call):
            callee = _callee(node, self.imports)
            if callee in FINDERS and node.args:
                return {COUNTED}  # counted where the finder itself is called
            if callee is not None and callee[1] == "str" and node.args:
                return self.command(node.args[0], depth + 1)
            if callee is not None and callee[1] == "console_script":
                return {COUNTED}  # our own console scripts, found through shutil.which
            if callee is not None and callee[1] == "with_name" \
                    and any(_is_sys_executable(n) for n in ast.walk(node.func)):
                return {COUNTED}  # a tool installed beside this Python by pip
        if isinstance(node, ast.Name):
            scope = self._scope(node)
            if isinstance(scope, ast.FunctionDef) and scope.name == "require_tool":
                return {COUNTED}  # the finder itself: its callers are counted
            if isinstance(scope, ast.FunctionDef) and scope.args.vararg is not None \
                    and scope.args.vararg.arg == node.id:
                return {name for site in self._call_sites(scope, 0)
                        for name in self.command(site, depth + 1)} or {UNRESOLVED}
            scope = self._scope(node)
            found: set[str] = set()
            for value in self._bindings(node.id, scope):
                found |= self.command(value, depth + 1)
            index = self._parameter_index(node.id, scope)
            if index is not None:
                for arg in self._call_sites(scope, index):  # type: ignore[arg-type]
                    found |= self.command(arg, depth + 1)
            return found or {UNRESOLVED}
        return {UNRESOLVED}

    def shell(self, node: ast.AST, depth: int = 0) -> set[str]:
        """The command a shell command line runs: its first word after `VAR=value`s."""
        if depth > 12:
            return {UNRESOLVED}
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words = [w for w in shlex.split(node.value) if not re.match(r"\w+=", w)]
            return {Path(words[0]).name} if words else {UNRESOLVED}
        if isinstance(node, ast.JoinedStr) and node.values \
                and isinstance(node.values[0], ast.Constant) \
                and re.match(r"\s*[^\s=]+\s", str(node.values[0].value)):
            return self.shell(node.values[0], depth + 1)  # f"cmd {arg}"
        if isinstance(node, ast.Name):
            found: set[str] = set()
            for value in self._bindings(node.id, self._scope(node)):
                found |= self.shell(value, depth + 1)
            return found or {UNRESOLVED}
        return {UNRESOLVED}

    def argv0(self, node: ast.AST, depth: int = 0) -> set[str]:
        """The command an argv expression (a list, or a name bound to lists) runs."""
        if depth > 12:
            return {UNRESOLVED}
        if isinstance(node, ast.Constant | ast.JoinedStr):
            return self.shell(node, depth + 1)  # a string: a command line (shell=True)
        if isinstance(node, ast.List | ast.Tuple):
            if not node.elts:
                return {UNRESOLVED}
            first = node.elts[0]
            if isinstance(first, ast.Starred):
                return self.argv0(first.value, depth + 1)
            return self.command(first, depth + 1)
        if isinstance(node, ast.IfExp):
            return self.argv0(node.body, depth + 1) | self.argv0(node.orelse, depth + 1)
        if isinstance(node, ast.Name):
            scope = self._scope(node)
            if isinstance(scope, ast.FunctionDef) and scope.args.vararg is not None \
                    and scope.args.vararg.arg == node.id:
                return {name for site in self._call_sites(scope, 0)
                        for name in self.command(site, depth + 1)} or {UNRESOLVED}
            scope = self._scope(node)
            found: set[str] = set()
            for value in self._bindings(node.id, scope):
                found |= self.argv0(value, depth + 1)
            index = self._parameter_index(node.id, scope)
            if index is not None:
                for arg in self._call_sites(scope, index):  # type: ignore[arg-type]
                    found |= self.argv0(arg, depth + 1)
            return found or {UNRESOLVED}
        return self.command(node, depth + 1)

    def commands(self) -> Iterator[tuple[str, int]]:
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            callee = _callee(node, self.imports)
            if callee is None or (callee not in RUNNERS and callee not in FINDERS):
                continue
            index = {**ARGV_RUNNERS, **PROGRAM_RUNNERS, **SHELL_RUNNERS}.get(callee, 0)
            keyword = {k.arg: k.value for k in node.keywords}
            if len(node.args) > index:
                where = node.args[index]
            elif index == 0 and ("args" in keyword or "cmd" in keyword):
                where = keyword.get("args", keyword.get("cmd"))
            else:
                yield UNRESOLVED, node.lineno  # a runner whose program we cannot find
                continue
            if callee in ARGV_RUNNERS:
                names = self.argv0(where)
            elif callee in SHELL_RUNNERS:
                names = self.shell(where)
            else:
                names = self.command(where)
            for name in names:
                yield name, node.lineno


def suite_files() -> list[Path]:
    return sorted([*(REPO / "tests").rglob("*.py"), *(REPO / "intake_app").rglob("*.py")])


def commands_run_by_the_suite() -> dict[str, list[str]]:
    """{command: ["file:line", …]} for every command the suite runs or looks up."""
    found: dict[str, list[str]] = {}
    for path in suite_files():
        for name, line in Resolver(path).commands():
            found.setdefault(name, []).append(f"{path.relative_to(REPO)}:{line}")
    found.pop(COUNTED, None)
    return found


def test_every_command_the_suite_runs_comes_from_a_listed_system_package() -> None:
    provided = {c for p in system_packages.read_list() for c in p.commands}
    found = commands_run_by_the_suite()
    unresolved = found.pop(UNRESOLVED, [])
    assert unresolved == [], f"cannot tell which command these run: {unresolved}"
    unlisted = {name: where for name, where in found.items()
                if name not in provided and name not in own_commands()}
    assert unlisted == {}, "add their packages to packaging/system-packages.txt"


def test_the_scan_finds_the_commands_the_suite_is_known_to_run() -> None:
    found = commands_run_by_the_suite()
    assert {"age", "age-keygen", "exiftool", "unzip", "dbus-daemon",
            "gnome-keyring-daemon", "mount", "chattr"} <= set(found)


def test_an_unlisted_or_computed_command_is_caught(tmp_path: Path) -> None:
    source = tmp_path / "t.py"
    source.write_text(
        "import subprocess, shutil\n"
        "def helper(argv):\n    return subprocess.run(argv)\n"
        "helper(['gpg', '--version'])\n"
        "shutil.which('qpdf')\n"
        "subprocess.run([compute(), 'x'])\n")
    assert sorted(Resolver(source).commands()) == [
        (UNRESOLVED, 6), ("gpg", 3), ("qpdf", 5)]


def test_aliased_imports_and_shell_strings_are_scanned(tmp_path: Path) -> None:
    """Every form that runs a process is found, whatever it was imported as."""
    source = tmp_path / "t.py"
    source.write_text(
        "import subprocess as sp, os as o, shutil as sh, asyncio\n"
        "from subprocess import run as r, getoutput\n"
        "from os import system, execvp as ex, popen\n"
        "from shutil import which as w\n"
        "sp.run(['gpg', '-k'])\n"
        "r(['qpdf', '--check'])\n"
        "o.system('LC_ALL=C ffmpeg -i x')\n"
        "system('rsync -a a b')\n"
        "getoutput('curl -s x')\n"
        "sp.getstatusoutput(f'wget {url}')\n"
        "popen('nc -l 1')\n"
        "o.popen('ssh host')\n"
        "ex('tar', ['tar', 'x'])\n"
        "o.execl('/usr/bin/zip', 'zip')\n"
        "o.spawnlp(o.P_WAIT, 'lpr', 'lpr')\n"
        "o.posix_spawnp('scp', ['scp'], {})\n"
        "w('gs')\n"
        "sh.which('pdftk')\n"
        "sp.run('sendmail -t', shell=True)\n"
        "sp.Popen(args=['xdotool'])\n"
        "asyncio.create_subprocess_shell('socat -')\n"
        "system(build())\n")
    assert sorted(Resolver(source).commands()) == sorted([
        ("gpg", 5), ("qpdf", 6), ("ffmpeg", 7), ("rsync", 8), ("curl", 9), ("wget", 10),
        ("nc", 11), ("ssh", 12), ("tar", 13), ("zip", 14), ("lpr", 15), ("scp", 16),
        ("gs", 17), ("pdftk", 18), ("sendmail", 19), ("xdotool", 20), ("socat", 21),
        (UNRESOLVED, 22)])


def test_the_readme_lists_the_runtime_packages_of_the_one_list() -> None:
    readme = (REPO / "README.md").read_text()
    block = readme.split("<!-- runtime-packages:", 1)[1].split("-->", 1)[1]
    listed = re.search(r"`([^`]+)`", block, re.S).group(1).split()
    assert listed == [p.name for p in system_packages.read_list() if p.section == "runtime"]
    assert "libxcb-cursor0" in listed


def test_make_and_ci_install_from_the_one_list_and_nowhere_else() -> None:
    makefile = (REPO / "Makefile").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert re.search(r"^test: test-packages ", makefile, re.M)
    assert "scripts/system_packages.py install" in makefile
    assert "make test" in ci
    listed = {p.name for p in system_packages.read_list()}
    named_elsewhere = {word for word in re.findall(r"[a-z0-9][a-z0-9.+-]+", ci)} & listed
    assert named_elsewhere <= {"make", "python3"}, "ci names packages of its own"
    assert {"libarchive-zip-perl", "unzip", "age", "libimage-exiftool-perl"} <= listed


def test_elsewhere_make_stops_with_one_list_of_what_is_missing(tmp_path: Path) -> None:
    """Without dpkg and apt (not Debian/Ubuntu) and without the commands, `install` installs
    nothing and stops with one list naming each missing package and how to get it."""
    import subprocess

    bare = tmp_path / "bin"
    bare.mkdir()
    (bare / "python3").symlink_to(sys.executable)
    done = subprocess.run([str(bare / "python3"), str(REPO / "scripts" / "system_packages.py"),
                           "install"], env={"PATH": str(bare)}, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == "Seinpost needs these system packages, which are not installed:"
    assert "  age (provides age, age-keygen)   [test]" in lines
    assert "  unzip (provides unzip)   [test]" in lines
    assert any(line.startswith("On Debian or Ubuntu: sudo apt-get install ") for line in lines)
    assert "Installing" not in done.stdout
