#!/usr/bin/env python3
"""Set-up-free entry point: ``python3 dev.py run`` starts Tingjian, ``python3 dev.py test`` runs the tests.

On first use it creates ``.venv`` beside this file and installs the project into it
(editable, with the test or build extras when needed). Later calls only compare a
fingerprint of ``pyproject.toml`` and start at once when nothing changed.
Needs nothing but Python 3.11 or newer.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)
USAGE = """usage: python3 dev.py COMMAND [ARGS...]

commands:
  run [ARGS...]     start Tingjian (ARGS go to the app, e.g. 'run demo' or 'run --db FILE')
  test [ARGS...]    run the test suite (ARGS go to pytest)
  bench [ARGS...]   run the benchmarks in tests/bench (pytest-benchmark)
  build             build the one-folder app with PyInstaller and self-test it
"""


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def fingerprint(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_env(extras: str = "") -> Path:
    """Create the virtual environment and install the project when needed."""
    python = venv_python()
    stamp = VENV / f".installed{('-' + extras) if extras else ''}"
    wanted = fingerprint(extras)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    target = f".[{extras}]" if extras else "."
    print(f"Installing Tingjian and its dependencies ({target}) ...", flush=True)
    quiet = ["--quiet"] if os.environ.get("CI") else []
    subprocess.run([str(python), "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", *quiet, "--editable", target], check=True, cwd=ROOT
    )
    stamp.write_text(wanted)
    return python


# Debian/Ubuntu package for a shared library whose name does not follow the usual rule
# (lib<name><soversion>, with a dash before the version when the name ends in a digit).
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
}
CJK_FONT_PACKAGE = "fonts-noto-cjk"


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname`` (e.g. libxcb-cursor.so.0 -> libxcb-cursor0)."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def missing_system_libraries(python: Path) -> list[str]:
    """Shared libraries that Qt's xcb platform plugin needs and the system lacks (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    probe = ("import os, PySide6; base = os.path.join(os.path.dirname(PySide6.__file__), 'Qt');"
             "print(os.path.join(base, 'plugins', 'platforms', 'libqxcb.so'));"
             "print(os.path.join(base, 'lib', 'libQt6XcbQpa.so.6'))")
    try:
        found = subprocess.run([str(python), "-c", probe], capture_output=True, text=True,
                               check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []
    missing: set[str] = set()
    for library in (path for path in found if Path(path).exists()):
        try:
            listing = subprocess.run(["ldd", library], capture_output=True, text=True).stdout
        except OSError:  # no ldd (musl, a stripped image): nothing to say
            return []
        missing.update(line.split("=>")[0].strip() for line in listing.splitlines()
                       if "not found" in line)
    return sorted(missing)


def has_cjk_font() -> bool:
    """Whether fontconfig knows a font covering Chinese (Linux only; elsewhere the system has one)."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        listing = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True,
                                 text=True).stdout
    except OSError:
        return False
    return bool(listing.strip())


def starts_window(args: list[str]) -> bool:
    """Whether these arguments of the app start its window (no sub-command, or ``gui``)."""
    words: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in {"--db", "--lang"}:
            skip = True
        elif arg in {"-h", "--help", "--version", "--self-test"}:
            return False
        elif not arg.startswith("-"):
            words.append(arg)
    return not words or words[0] == "gui"


def system_check(python: Path) -> str | None:
    """What the system lacks to show Tingjian's window, with the command that installs it."""
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return None
    libraries = missing_system_libraries(python)
    wanted = {debian_package(name) for name in libraries}
    if not has_cjk_font():
        wanted.add(CJK_FONT_PACKAGE)
    packages = sorted(wanted)
    if not packages:
        return None
    lines = ["Tingjian's window needs system packages that this machine does not have:"]
    if libraries:
        lines.append("  missing libraries: " + ", ".join(libraries))
    if CJK_FONT_PACKAGE in packages:
        lines.append("  no font for Chinese text was found")
    lines.append("On Debian or Ubuntu, install them with:")
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    lines.append(f"  {sudo}apt-get install " + " ".join(packages))
    lines.append("(Other systems: install the packages that provide these libraries and a CJK font.)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        print("Tingjian needs Python %d.%d or newer." % MIN_PYTHON, file=sys.stderr)
        return 2
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        python = ensure_env()
        problem = system_check(python) if starts_window(rest) else None
        if problem:
            print(problem, file=sys.stderr)
            return 3
        return subprocess.call([str(python), "-m", "desktop", *rest], cwd=ROOT)
    if command in {"test", "bench"}:
        python = ensure_env("test")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if command == "test":
            args = ["-m", "pytest", *rest]
        else:
            args = ["-m", "pytest", "tests/bench", "-o", "addopts=", "-p", "no:cacheprovider",
                    "--benchmark-only", *rest]
        return subprocess.call([str(python), *args], cwd=ROOT, env=env)
    if command == "build":
        python = ensure_env("build")
        return subprocess.call([str(python), str(ROOT / "scripts" / "build_app.py"), *rest], cwd=ROOT)
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
