"""Undoable user actions: one command base and one stack, for every page that undoes.

A command calls services, never the database. It runs once when it is made, outside the
stack, so a refusal raises to the caller and nothing is pushed (``CommandStack.run``); the
stack then skips the first redo. Later undo and redo run from the stack, so their refusals
(someone changed the record meanwhile) go to that stack's reporter instead of disappearing
in Qt, and the command is dropped.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import TingjianError

Reporter = Callable[[TingjianError], None]


class Command(QUndoCommand):
    """Subclasses do their action in ``__init__`` and say how to repeat and revert it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._fresh = True
        self._report: Reporter | None = None

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._guard(self.do_again)

    def undo(self) -> None:
        self._guard(self.do_undo)

    def _guard(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except TingjianError as exc:
            self.setObsolete(True)
            if self._report is not None:
                self._report(exc)

    def do_again(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError


class ServiceCommand(Command):
    """A command from two service calls: ``do`` (run at once) and ``undo``."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self.result: Any = do()

    def do_again(self) -> None:
        self.result = self._do()

    def do_undo(self) -> None:
        self._undo()


class CommandStack(QUndoStack):
    """An undo stack whose commands report later refusals to ``report`` (one per stack)."""

    def __init__(self, report: Reporter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, Command):
            command._report = self.report
        super().push(command)

    def run(self, make: Callable[[], Command]) -> Command | None:
        """Make (and so run) a command: pushed when it succeeded, its refusal reported if not."""
        try:
            command = make()
        except TingjianError as exc:
            self.report(exc)
            return None
        self.push(command)
        return command
