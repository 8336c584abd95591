"""The import graph of the package: no cycles, and the UI never opens a database session."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in DESKTOP.rglob("*.py") if "migrations" not in p.parts}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Ids of the import nodes under ``if TYPE_CHECKING:`` (never run)."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return skipped


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports, at the top or inside functions alike."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        skipped = _type_checking_only(tree)
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[:len(base) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    targets.append(sub if sub in modules else source)
            for target in targets:
                while target and target not in modules:  # "desktop.core.x.y" -> the module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_walker_sees_a_cycle_when_there_is_one() -> None:
    graph = import_graph()
    assert "desktop.ui.qtapp" in graph["desktop.ui.app"]  # relative imports resolved
    assert "desktop.ui.app" in graph["desktop.ui.startup"]  # imports inside functions count
    assert "desktop.core.db" in graph["desktop.cli.common"]
    looped = {**graph, "desktop.ui.qtapp": graph["desktop.ui.qtapp"] | {"desktop.ui.startup"}}
    assert cycles(looped) == [["desktop.ui.app", "desktop.ui.qtapp", "desktop.ui.startup"]]


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


DB_ENTRY = {"read", "write"}  # Database.read() / Database.write() open a session
SQL_ROOTS = {"sqlalchemy", "sqlmodel"}


def test_the_ui_never_opens_a_database_session() -> None:
    """Views and commands go through services: no ``db.read()``/``db.write()``, no SQL."""
    offenders = []
    for path in sorted((DESKTOP / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(DESKTOP)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in DB_ENTRY and not node.args \
                    and ast.unparse(node.func.value).split(".")[-1] in {"db", "database"}:
                offenders.append(f"{where}:{node.lineno} {ast.unparse(node.func)}()")
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            offenders += [f"{where}:{node.lineno} import {n}" for n in names
                          if n.split(".")[0] in SQL_ROOTS]
    assert offenders == []
