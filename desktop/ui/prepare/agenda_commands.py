"""Undoable agenda edits: each command calls the agenda service, never the database directly.

Removing an item and undoing gives it a new id; ``IdMap`` lets the commands already on the
stack keep finding it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ...core.db import Database
from ...core.services import agenda


class IdMap:
    def __init__(self) -> None:
        self._alias: dict[int, int] = {}

    def __call__(self, item_id: int) -> int:
        while item_id in self._alias:
            item_id = self._alias[item_id]
        return item_id

    def replace(self, old: int, new: int) -> None:
        if old != new:
            self._alias[old] = new


class AgendaCommand(QUndoCommand):
    """Runs its first ``redo`` before being pushed (``run_first``), so a refusal shows at once
    and nothing lands on the stack; later errors go to ``on_error``."""

    on_error: Any = None

    def run_first(self) -> None:
        self.do()
        self._skip = True

    def redo(self) -> None:
        if getattr(self, "_skip", False):
            self._skip = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_)

    def _guard(self, fn) -> None:  # noqa: ANN001
        from ...core.errors import TingjianError

        try:
            fn()
        except TingjianError as exc:
            if self.on_error is not None:
                self.on_error(exc)
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError


class AddItem(AgendaCommand):
    def __init__(self, db: Database, ids: IdMap, session_id: int, title: str, kind: str,
                 minutes: int, position: int | None, text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.session_id = db, ids, session_id
        self.values = (title, kind, minutes)
        self.position = position
        self.item_id: int | None = None

    def do(self) -> None:
        title, kind, minutes = self.values
        row = agenda.add_item(self.db, self.session_id, title, kind, minutes, self.position)
        if self.item_id is not None:
            self.ids.replace(self.item_id, row.id)  # type: ignore[arg-type]
        else:
            self.item_id = row.id

    def undo_(self) -> None:
        assert self.item_id is not None
        agenda.remove_item(self.db, self.ids(self.item_id))


class RemoveItem(AgendaCommand):
    def __init__(self, db: Database, ids: IdMap, item_id: int, text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id = db, ids, item_id
        self.saved: dict[str, Any] | None = None

    def do(self) -> None:
        current = self.ids(self.item_id)
        row = next(i for i in agenda.list_items(self.db, self._session(current)) if i.id == current)
        self.saved = {"session_id": row.session_id, "title": row.title, "kind": row.kind,
                      "minutes": row.planned_minutes, "position": row.position,
                      "summary": row.summary, "decisions": row.decisions}
        agenda.remove_item(self.db, current)

    def undo_(self) -> None:
        s = self.saved
        assert s is not None
        row = agenda.add_item(self.db, s["session_id"], s["title"], s["kind"], s["minutes"],
                              s["position"])
        if s["summary"] or s["decisions"]:
            agenda.update_item(self.db, row.id, summary=s["summary"], decisions=s["decisions"])  # type: ignore[arg-type]
        self.ids.replace(self.ids(self.item_id), row.id)  # type: ignore[arg-type]

    def _session(self, item_id: int) -> int:
        return agenda.get_item(self.db, item_id).session_id


class EditItem(AgendaCommand):
    """Change one field (title, kind or time box)."""

    def __init__(self, db: Database, ids: IdMap, item_id: int, field: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id = db, ids, item_id
        self.field, self.old, self.new = field, old, new

    def do(self) -> None:
        agenda.update_item(self.db, self.ids(self.item_id), **{self.field: self.new})

    def undo_(self) -> None:
        agenda.update_item(self.db, self.ids(self.item_id), **{self.field: self.old})


class MoveItem(AgendaCommand):
    def __init__(self, db: Database, ids: IdMap, item_id: int, old: int, new: int,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id, self.old, self.new = db, ids, item_id, old, new

    def do(self) -> None:
        agenda.move_item(self.db, self.ids(self.item_id), self.new)

    def undo_(self) -> None:
        agenda.move_item(self.db, self.ids(self.item_id), self.old)
