"""House rules that keep the layers apart."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "desktop" / "core"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def test_core_sources_never_import_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_ROOTS]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "desktop." + ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py") if "migrations" not in p.parts)
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{sorted(QT_ROOTS)!r})\nprint(len({modules!r}), bad)\nsys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=CORE.parents[1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) > 20  # really imported the core, not nothing


def test_translations_are_looked_up_in_the_context_they_are_extracted_in() -> None:
    """``other.tr("x")`` is extracted by lupdate under the context "other" but looked up at run
    time under other's class name, so it is never translated: only ``self.tr`` and
    ``QCoreApplication.translate("Context", ...)`` are used."""
    import re

    ui = CORE.parent / "ui"
    pattern = re.compile(r"\b(?!self\b)[A-Za-z_][\w.]*\.tr\(")
    offenders = [f"{p.relative_to(ui)}:{n}" for p in ui.rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line) and "self.tr(" not in line.split(".tr(")[0] + ".tr("]
    assert offenders == []


def test_the_clock_is_the_only_now() -> None:
    """No ``datetime.now()`` / ``date.today()`` outside the injectable clock."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "desktop"
    pattern = re.compile(r"\b(?:datetime|date|dt\.datetime)\.(?:now|today|utcnow)\(")
    offenders = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
                 if p.name != "clock.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line.split("#")[0]) and "``" not in line]
    assert offenders == []
