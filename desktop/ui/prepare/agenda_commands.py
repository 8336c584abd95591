"""Undoable agenda edits: each command calls the agenda service, never the database directly.
Each runs when it is made (``ops.Command``) and again on redo.

Removing an item and undoing gives it a new id; ``IdMap`` lets the commands already on the
stack keep finding it.
"""
from __future__ import annotations

from typing import Any

from ...core.db import Database
from ...core.services import agenda
from ..ops import Command


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


class AddItem(Command):
    def __init__(self, db: Database, ids: IdMap, session_id: int, title: str, kind: str,
                 minutes: int, position: int | None, text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.session_id = db, ids, session_id
        self.values = (title, kind, minutes)
        self.position = position
        self.item_id: int | None = None
        self.do_again()

    def do_again(self) -> None:
        title, kind, minutes = self.values
        row = agenda.add_item(self.db, self.session_id, title, kind, minutes, self.position)
        if self.item_id is not None:
            self.ids.replace(self.item_id, row.id)  # type: ignore[arg-type]
        else:
            self.item_id = row.id

    def do_undo(self) -> None:
        assert self.item_id is not None
        agenda.remove_item(self.db, self.ids(self.item_id))


class RemoveItem(Command):
    def __init__(self, db: Database, ids: IdMap, item_id: int, text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id = db, ids, item_id
        self.saved: dict[str, Any] | None = None
        self.do_again()

    def do_again(self) -> None:
        current = self.ids(self.item_id)
        row = agenda.get_item(self.db, current)
        self.saved = {"session_id": row.session_id, "title": row.title, "kind": row.kind,
                      "minutes": row.planned_minutes, "position": row.position,
                      "summary": row.summary, "decisions": row.decisions}
        agenda.remove_item(self.db, current)

    def do_undo(self) -> None:
        s = self.saved
        assert s is not None
        row = agenda.add_item(self.db, s["session_id"], s["title"], s["kind"], s["minutes"],
                              s["position"])
        if s["summary"] or s["decisions"]:
            agenda.update_item(self.db, row.id, summary=s["summary"], decisions=s["decisions"])  # type: ignore[arg-type]
        self.ids.replace(self.ids(self.item_id), row.id)  # type: ignore[arg-type]


class EditItem(Command):
    """Change one field (title, kind or time box)."""

    def __init__(self, db: Database, ids: IdMap, item_id: int, field: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id = db, ids, item_id
        self.field, self.old, self.new = field, old, new
        self.do_again()

    def do_again(self) -> None:
        agenda.update_item(self.db, self.ids(self.item_id), **{self.field: self.new})

    def do_undo(self) -> None:
        agenda.update_item(self.db, self.ids(self.item_id), **{self.field: self.old})


class MoveItem(Command):
    def __init__(self, db: Database, ids: IdMap, item_id: int, old: int, new: int,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.item_id, self.old, self.new = db, ids, item_id, old, new
        self.do_again()

    def do_again(self) -> None:
        agenda.move_item(self.db, self.ids(self.item_id), self.new)

    def do_undo(self) -> None:
        agenda.move_item(self.db, self.ids(self.item_id), self.old)
