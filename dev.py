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
