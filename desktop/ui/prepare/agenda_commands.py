"""Undoable agenda edits: each command calls the agenda service, never the database directly.
Each runs when it is made (``ops.Command``) and again on redo.

A removed item is kept (like an opinion) and put back by undo, so it keeps its id and every
command on the stack keeps finding it.
"""
from __future__ import annotations

from typing import Any

from ...core.db import Database
from ...core.services import agenda
from ..ops import Command


class AddItem(Command):
    def __init__(self, db: Database, session_id: int, title: str, kind: str,
                 minutes: int, position: int | None, text: str) -> None:
        super().__init__(text)
        self.db, self.position = db, position
        self.item_id = agenda.add_item(db, session_id, title, kind, minutes, position).id

    def do_again(self) -> None:
        agenda.restore_item(self.db, self.item_id, self.position)

    def do_undo(self) -> None:
        agenda.remove_item(self.db, self.item_id)


class RemoveItem(Command):
    def __init__(self, db: Database, item_id: int, text: str) -> None:
        super().__init__(text)
        self.db, self.item_id = db, item_id
        self.position = agenda.get_item(db, item_id).position
        agenda.remove_item(db, item_id)

    def do_again(self) -> None:
        agenda.remove_item(self.db, self.item_id)

    def do_undo(self) -> None:
        agenda.restore_item(self.db, self.item_id, self.position)


class EditItem(Command):
    """Change one field (title, kind or time box). ``seen`` is the version of the item the
    table showed; undo and redo expect the field to hold what the step before wrote, so none
    of them overwrites an edit another seat made in between."""

    def __init__(self, db: Database, item_id: int, field: str, old: Any, new: Any,
                 text: str, seen: int | None = None) -> None:
        super().__init__(text)
        self.db, self.item_id = db, item_id
        self.field, self.old, self.new = field, old, new
        agenda.update_item(db, item_id, expected_version=seen, **{field: new})

    def do_again(self) -> None:
        agenda.update_item(self.db, self.item_id, expected={self.field: self.old},
                           **{self.field: self.new})

    def do_undo(self) -> None:
        agenda.update_item(self.db, self.item_id, expected={self.field: self.new},
                           **{self.field: self.old})


class MoveItem(Command):
    def __init__(self, db: Database, item_id: int, old: int, new: int, text: str) -> None:
        super().__init__(text)
        self.db, self.item_id, self.old, self.new = db, item_id, old, new
        self.do_again()

    def do_again(self) -> None:
        agenda.move_item(self.db, self.item_id, self.new)

    def do_undo(self) -> None:
        agenda.move_item(self.db, self.item_id, self.old)
