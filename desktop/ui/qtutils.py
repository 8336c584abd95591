"""Small Qt helpers that say once what pages would otherwise repeat: keyboard shortcuts,
actions with shortcuts, and blocking a widget's signals while it is refilled."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence | QKeySequence.StandardKey
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def add_shortcuts(widget: QWidget, bindings: Iterable[tuple[str, Callable[[], Any]]],
                  context: Qt.ShortcutContext = WITH_CHILDREN) -> dict[str, QShortcut]:
    """One ``QShortcut`` per (key, slot), active while focus is inside ``widget``."""
    made = {}
    for key, slot in bindings:
        shortcut = QShortcut(QKeySequence(key), widget, activated=slot)
        shortcut.setContext(context)
        made[key] = shortcut
    return made


def add_action(widget: QWidget, text: str, fn: Callable[[], Any], *shortcuts: Key,
               context: Qt.ShortcutContext = WITH_CHILDREN) -> QAction:
    """An action of ``widget`` running ``fn``, with its shortcuts (as git-cola's qtutils)."""
    action = QAction(text, widget)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    action.triggered.connect(fn)
    widget.addAction(action)
    return action


def focus_into(page: QWidget) -> None:
    """Keyboard focus into ``page``: its own first field (a ``focus_first`` method) or the
    first widget Tab reaches in it."""
    first = getattr(page, "focus_first", None)
    if first is not None:
        first()
        return
    widget = page.nextInFocusChain()
    while widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()


class BlockSignals:
    """``with BlockSignals(combo):`` refill widgets without their change signals firing; each
    gets back the blocking state it had."""

    def __init__(self, *objects: QObject) -> None:
        self.objects = objects
        self._before: list[bool] = []

    def __enter__(self) -> BlockSignals:
        self._before = [obj.blockSignals(True) for obj in self.objects]
        return self

    def __exit__(self, *_exc: object) -> None:
        for obj, before in zip(self.objects, self._before, strict=True):
            obj.blockSignals(before)
