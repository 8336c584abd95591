#!/usr/bin/env python3
"""Refresh the translation sources from the code (lupdate) and build the .qm files (lrelease).

    python scripts/i18n.py            # update resources/translations/*.ts, then build .qm
    python scripts/i18n.py --release  # only build .qm from the committed .ts
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def main(argv: list[str]) -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in LANGS:
        ts = TS_DIR / f"tingjian_{lang}.ts"
        if "--release" not in argv:
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                           check=True, cwd=ROOT)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
