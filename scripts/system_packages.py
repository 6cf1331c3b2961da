"""The system packages of packaging/system-packages.txt: read the list, find what is missing,
install it on Debian/Ubuntu (as root, or through sudo), or stop with one list elsewhere.

    python3 scripts/system_packages.py check               exit 1 and list what is missing
    python3 scripts/system_packages.py install [SECTION…]  install what is missing (apt-get)
    python3 scripts/system_packages.py list [SECTION…]     the package names, one a line

`make test` and `make run` call `install` before they create the virtual environment, so it
uses the standard library only and runs on the system's python3. Sections: build, runtime,
test (all three when none is named).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

LIST = Path(__file__).resolve().parents[1] / "packaging" / "system-packages.txt"


@dataclass(frozen=True)
class Package:
    """One line of the list: a Debian package, its section and the commands it provides."""

    name: str
    section: str
    commands: tuple[str, ...]


def read_list(path: Path = LIST) -> list[Package]:
    """Every package line of `path`; raises ValueError on a line outside a section."""
    packages, section = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section is None:
            raise ValueError(f"{path}:{number}: a package before any [section]")
        name, *commands = line.split()
        packages.append(Package(name, section, tuple(commands)))
    return packages


def _debian_status(names: list[str]) -> set[str]:
    """The names among `names` that dpkg reports as installed."""
    done = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\\n", *names],
                          capture_output=True, text=True, check=False)
    return {line.split()[0] for line in done.stdout.splitlines()
            if line.endswith(" installed")}


def is_debian() -> bool:
    return shutil.which("dpkg-query") is not None and shutil.which("apt-get") is not None


def missing(packages: list[Package]) -> list[Package]:
    """What is not installed: by dpkg on Debian/Ubuntu, elsewhere by the commands a package
    provides (a library-only package cannot be checked there and is not reported)."""
    if is_debian():
        installed = _debian_status([p.name for p in packages])
        return [p for p in packages if p.name not in installed]
    return [p for p in packages if any(shutil.which(c) is None for c in p.commands)]


def _install(names: list[str]) -> int:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            return 1
        prefix = ["sudo", "--preserve-env=DEBIAN_FRONTEND"]
    print(f"Installing system packages: {' '.join(names)}", flush=True)
    for argv in (["apt-get", "update", "-qq"],
                 ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *names]):
        if subprocess.run([*prefix, *argv], env=env, check=False).returncode != 0:
            return 1
    return 0


def _explain(absent: list[Package]) -> None:
    print("Seinpost needs these system packages, which are not installed:", file=sys.stderr)
    for package in absent:
        provides = f" (provides {', '.join(package.commands)})" if package.commands else ""
        print(f"  {package.name}{provides}   [{package.section}]", file=sys.stderr)
    print("On Debian or Ubuntu: sudo apt-get install " + " ".join(p.name for p in absent),
          file=sys.stderr)
    print("Elsewhere install the same software with your system's package manager "
          f"(the names above are Debian's; see {LIST.relative_to(LIST.parents[1])}).",
          file=sys.stderr)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "install", "list"):
        print(__doc__, file=sys.stderr)
        return 2
    command, sections = argv[0], argv[1:]
    packages = [p for p in read_list() if not sections or p.section in sections]
    if command == "list":
        print("\n".join(p.name for p in packages))
        return 0
    absent = missing(packages)
    if not absent:
        return 0
    if command == "install" and is_debian():
        if _install([p.name for p in absent]) == 0:
            absent = missing(packages)
            if not absent:
                return 0
        else:
            print("Could not install the system packages (not root, and no working sudo).",
                  file=sys.stderr)
    _explain(absent)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
