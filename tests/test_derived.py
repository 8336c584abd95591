"""Derived state is derived once: statuses from the enum, one letters helper, one ID check."""
from __future__ import annotations

import ast
from pathlib import Path

from desktop.core.alphabet import letters
from desktop.core.models.enums import CLOSED_STATUSES, OPEN_STATUSES, CommitmentStatus

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"


def _constants(tree: ast.AST) -> list[object]:
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]


def test_status_groups_come_from_the_enum() -> None:
    assert OPEN_STATUSES == ("open", "in_progress")
    assert CLOSED_STATUSES == ("done", "cannot_do")
    assert [s for s in CommitmentStatus if s.is_open] == [CommitmentStatus.OPEN,
                                                          CommitmentStatus.IN_PROGRESS]


def test_letters() -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702, 18277)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "ZZZ"]


def test_nothing_repeats_what_is_derived_once() -> None:
    """No second list of statuses, no second base-26 loop, no second ID check table."""
    offenders = []
    for path in sorted(DESKTOP.rglob("*.py")):
        where = str(path.relative_to(DESKTOP))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if "10X98765432" in _constants(tree) and where != "core/privacy.py":
            offenders.append(f"{where}: ID check characters")
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List)):
                values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
                if {"open", "in_progress"} <= set(values) or {"done", "cannot_do"} <= set(values):
                    offenders.append(f"{where}:{node.lineno} a list of commitment statuses")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "divmod" \
                    and 26 in _constants(node) and where != "core/alphabet.py":
                offenders.append(f"{where}:{node.lineno} base-26 letters")
    assert offenders == []
