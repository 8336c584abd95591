"""The small Qt helpers: shortcuts, actions with shortcuts, signal blocking."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from desktop.ui.qtutils import BlockSignals, add_action, add_shortcuts


def test_block_signals_restores_what_was_there(qapp) -> None:
    box, combo = QCheckBox(), QComboBox()
    heard: list[object] = []
    box.toggled.connect(heard.append)
    combo.currentIndexChanged.connect(heard.append)
    combo.blockSignals(True)  # already blocked by someone else: stays blocked afterwards
    with BlockSignals(box, combo):
        box.setChecked(True)
        combo.addItems(["a", "b"])
        combo.setCurrentIndex(1)
    assert heard == [] and combo.signalsBlocked() and not box.signalsBlocked()
    box.setChecked(False)
    assert heard == [False]


def test_block_signals_unblocks_when_the_block_raises(qapp) -> None:
    box = QCheckBox()
    try:
        with BlockSignals(box):
            raise ValueError
    except ValueError:
        pass
    assert not box.signalsBlocked()


def test_shortcuts_and_actions(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    made = add_shortcuts(widget, (("F5", lambda: ran.append("F5")), ("Ctrl+K", lambda: ran.append("K"))))
    assert {k: s.key().toString() for k, s in made.items()} == {"F5": "F5", "Ctrl+K": "Ctrl+K"}
    assert all(s.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut for s in made.values())
    made["F5"].activated.emit()
    action = add_action(widget, "Undo", lambda: ran.append("undo"), QKeySequence.StandardKey.Undo, "Ctrl+Y")
    assert action in widget.actions() and action.text() == "Undo"
    assert "Ctrl+Y" in [k.toString() for k in action.shortcuts()]
    action.trigger()
    assert ran == ["F5", "undo"]


def test_live_page_modules_hold_one_thing_each() -> None:
    """The page is split by what it holds, none of its modules is a central one."""
    live = Path(__file__).resolve().parents[2] / "desktop" / "ui" / "live"
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in live.glob("*.py")}
    assert {"page.py", "room.py", "capture.py", "commitments.py", "projector_controls.py"} <= set(sizes)
    assert max(sizes.values()) < 350, sizes
    assert "blockSignals(True)" not in "".join(
        p.read_text(encoding="utf-8") for p in (live.parent).rglob("*.py") if p.name != "qtutils.py")
