"""Undo and redo for the live screen: every command calls services, never the database."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ...core.db import Database
from ...core.live import timing
from ...core.live.outbox import Outbox, capture_or_queue
from ...core.services import agenda, commitments, opinions, turns
from ..ops import Command, ServiceCommand

UNDONE = "Undone on the live screen"


class CaptureCommand(Command):
    """Saving an opinion; undo takes it out of the record (kept as a trace), redo restores it.

    When the server cannot be reached the opinion waits in ``outbox`` (``captured.queued``):
    such a capture is not pushed on the undo stack, there is nothing on the server to undo."""

    def __init__(self, text: str, db: Database, session_id: int, fields: dict[str, Any],
                 now: datetime, outbox: Outbox | None = None) -> None:
        super().__init__(text)
        self.db = db
        self.captured = capture_or_queue(db, outbox, session_id, now=now, **fields)
        self.opinion_id = self.captured.opinion_id

    def do_again(self) -> None:
        opinions.restore_opinion(self.db, self.opinion_id)

    def do_undo(self) -> None:
        opinions.remove_opinion(self.db, self.opinion_id, UNDONE)


def edit_opinion(db: Database, opinion_id: int, old: dict[str, Any], new: dict[str, Any],
                 text: str, seen: int | None = None) -> ServiceCommand:
    """``seen``: the version of the opinion the edit dialog showed. Undo and redo expect the
    fields to hold what the step before wrote, so neither overwrites another seat's change."""
    old_tags, new_tags = old.pop("tags", None), new.pop("tags", None)
    first = [True]  # the first run checks the version shown; redo the fields undo wrote

    def do() -> Any:
        if first:
            first.clear()
            return opinions.update_opinion(db, opinion_id, tags=new_tags,
                                           expected_version=seen, **new)
        return opinions.update_opinion(db, opinion_id, tags=new_tags, expected=old, **new)

    return ServiceCommand(text, do, lambda: opinions.update_opinion(
        db, opinion_id, tags=old_tags, expected=new, **old))


def remove_opinion(db: Database, opinion_id: int, reason: str, text: str) -> ServiceCommand:
    return ServiceCommand(text, lambda: opinions.remove_opinion(db, opinion_id, reason),
                          lambda: opinions.restore_opinion(db, opinion_id))


def timing_action(db: Database, session_id: int, action: Callable[[], Any],
                  text: str) -> ServiceCommand:
    """Start/pause/resume/advance: undo puts every item's times back as they were."""
    before = timing.snapshot(db, session_id)
    state: dict[str, Any] = {}

    def do() -> Any:
        if "after" in state:
            timing.restore(db, session_id, state["after"])
            return None
        result = action()
        state["after"] = timing.snapshot(db, session_id)
        return result

    return ServiceCommand(text, do, lambda: timing.restore(db, session_id, before))


def turn_snapshot(db: Database, session_id: int) -> dict[int, tuple]:
    return turns.turn_snapshot(db, session_id)


def _restore_turns(db: Database, session_id: int, saved: dict[int, tuple]) -> None:
    turns.restore_turns(db, session_id, saved)


def turn_action(db: Database, session_id: int, action: Callable[[], Any],
                text: str) -> ServiceCommand:
    """Start/end/skip/move a speaker turn: undo restores statuses, times and order."""
    before = turn_snapshot(db, session_id)
    state: dict[str, Any] = {}

    def do() -> Any:
        if "after" in state:
            _restore_turns(db, session_id, state["after"])
            return None
        result = action()
        state["after"] = turn_snapshot(db, session_id)
        return result

    return ServiceCommand(text, do, lambda: _restore_turns(db, session_id, before))


class EnqueueCommand(Command):
    def __init__(self, text: str, db: Database, session_id: int, **kwargs: Any) -> None:
        super().__init__(text)
        self.db, self.session_id, self.kwargs = db, session_id, kwargs
        self.before = turn_snapshot(db, session_id)
        self.turn_id = turns.enqueue(db, session_id, **kwargs).id

    def do_again(self) -> None:
        self.turn_id = turns.enqueue(self.db, self.session_id, **self.kwargs).id

    def do_undo(self) -> None:
        turns.restore_turns(self.db, self.session_id, self.before, remove=self.turn_id)


def item_notes(db: Database, item_id: int, summary: str, decisions: str,
               text: str, shown: tuple[str, str] | None = None) -> ServiceCommand:
    """``shown``: the summary and decisions the screen showed before this edit; refused when
    another seat changed them meanwhile (undo and redo likewise expect what they replace)."""
    if shown is None:
        row = agenda.get_item(db, item_id)
        shown = (row.summary, row.decisions)
    old = shown
    new = (summary, decisions)

    def put(values: tuple[str, str], replacing: tuple[str, str]) -> Any:
        return agenda.update_item(db, item_id, summary=values[0], decisions=values[1],
                                  expected={"summary": replacing[0], "decisions": replacing[1]})

    return ServiceCommand(text, lambda: put(new, old), lambda: put(old, new))


class CommitmentCommand(Command):
    """Making a commitment; undo removes it (with a reason kept), redo puts it back."""

    def __init__(self, text: str, db: Database, create: Callable[[], Any]) -> None:
        super().__init__(text)
        self.db = db
        self.commitment_id = create().id

    def do_again(self) -> None:
        commitments.restore_commitment(self.db, self.commitment_id)

    def do_undo(self) -> None:
        commitments.remove_commitment(self.db, self.commitment_id, UNDONE)
