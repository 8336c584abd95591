"""Undo and redo for the live screen: every command calls services, never the database."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ...core.db import Database
from ...core.live import timing
from ...core.live.capture import capture_opinion
from ...core.services import agenda, commitments, opinions, turns
from ..ops import Command, ServiceCommand

UNDONE = "Undone on the live screen"


class CaptureCommand(Command):
    """Saving an opinion; undo takes it out of the record (kept as a trace), redo restores it."""

    def __init__(self, text: str, db: Database, session_id: int, fields: dict[str, Any],
                 now: datetime) -> None:
        super().__init__(text)
        self.db = db
        self.opinion_id = capture_opinion(db, session_id, now=now, **fields)

    def do_again(self) -> None:
        opinions.restore_opinion(self.db, self.opinion_id)

    def do_undo(self) -> None:
        opinions.remove_opinion(self.db, self.opinion_id, UNDONE)


def edit_opinion(db: Database, opinion_id: int, old: dict[str, Any], new: dict[str, Any],
                 text: str) -> ServiceCommand:
    old_tags, new_tags = old.pop("tags", None), new.pop("tags", None)
    return ServiceCommand(text,
                          lambda: opinions.update_opinion(db, opinion_id, tags=new_tags, **new),
                          lambda: opinions.update_opinion(db, opinion_id, tags=old_tags, **old))


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
    return {t.id: (t.status, t.started_at, t.ended_at, t.agenda_item_id, t.paused_at,
                   t.paused_seconds, t.position)
            for t in turns.list_turns(db, session_id)}


def _restore_turns(db: Database, session_id: int, saved: dict[int, tuple]) -> None:
    current = turn_snapshot(db, session_id)
    for turn_id, values in saved.items():
        if turn_id in current and current[turn_id][:6] != values[:6]:
            turns.reset_turn(db, turn_id, *values[:6])
    queue = sorted((v[6], tid) for tid, v in saved.items() if v[0] == "queued")
    for index, (_, turn_id) in enumerate(queue):
        turns.move_turn(db, turn_id, index)


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
        turns.remove_turn(self.db, self.turn_id)
        _restore_turns(self.db, self.session_id, self.before)


def item_notes(db: Database, item_id: int, summary: str, decisions: str,
               text: str) -> ServiceCommand:
    row = agenda.get_item(db, item_id)
    old = (row.summary, row.decisions)
    return ServiceCommand(
        text, lambda: agenda.update_item(db, item_id, summary=summary, decisions=decisions),
        lambda: agenda.update_item(db, item_id, summary=old[0], decisions=old[1]))


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
