"""The room on the live page: agenda timing and the speakers' queue, each step undoable."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.live import timing
from ...core.services import turns
from .. import settings as S
from . import undo

if TYPE_CHECKING:
    from ...core.models import AgendaItem
    from ..context import AppContext
    from .facilitator import FacilitatorPanel


class RoomActions:
    """Part of ``LivePage``: what the facilitator's keys and buttons do."""

    ctx: AppContext
    session_id: int | None
    items: list[AgendaItem]
    facilitator: FacilitatorPanel

    def start_item(self) -> None:
        item_id = self._chosen_item()
        if item_id is None:
            return
        self.push(lambda: undo.timing_action(
            self.ctx.db, self.session_id, lambda: timing.start_item(self.ctx.db, item_id,
                                                                    self._now()),
            self.tr("Start agenda item")))

    def _chosen_item(self) -> int | None:
        rows = self.facilitator.agenda_view.selectionModel().selectedRows()
        if rows:
            item = self.facilitator.agenda_model.row_at(rows[0].row())
            if timing.item_state(item) != timing.RUNNING:
                return item.id
        following = timing.next_item(self.items)
        return following.id if following else None

    def pause_or_resume(self) -> None:
        current = timing.current_item(self.items)
        if current is None:
            return
        db, now = self.ctx.db, self._now()
        if timing.item_state(current) == timing.PAUSED:
            action, text = (lambda: timing.resume_item(db, current.id, now)), self.tr("Resume")
        else:
            action, text = (lambda: timing.pause_item(db, current.id, now)), self.tr("Pause")
        self.push(lambda: undo.timing_action(db, self.session_id, action, text))

    def next_item(self) -> None:
        db = self.ctx.db
        self.push(lambda: undo.timing_action(
            db, self.session_id, lambda: timing.advance(db, self.session_id, self._now()),
            self.tr("Next agenda item")))

    def enqueue(self, person_id: int | None, label: str) -> None:
        current = timing.current_item(self.items)
        self.push(lambda: undo.EnqueueCommand(
            self.tr("Add speaker"), self.ctx.db, self.session_id, person_id=person_id,
            label=label, agenda_item_id=current.id if current else None,
            time_limit_seconds=self.ctx.prefs.get(S.SPEAKER_LIMIT_SECONDS),
            now=self._now(), first_timers_first=self.ctx.prefs.get(S.FIRST_TIMERS_FIRST)))

    def give_floor(self) -> None:
        turn = self.facilitator.selected_turn()
        if turn is None:
            return
        current = timing.current_item(self.items)
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(
            db, self.session_id, lambda: turns.start_turn(db, turn.id, now,
                                                          current.id if current else None),
            self.tr("Give the floor")))

    def end_turn(self) -> None:
        speaking = self.facilitator.speaking()
        if speaking is None:
            return
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                           lambda: turns.finish(db, speaking.id, now),
                                           self.tr("End turn")))

    def skip_turn(self, turn_id: int) -> None:
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                           lambda: turns.skip(db, turn_id, now),
                                           self.tr("Skip speaker")))

    def move_turn(self, turn_id: int, index: int) -> None:
        db = self.ctx.db
        if self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                              lambda: turns.move_turn(db, turn_id, index),
                                              self.tr("Move speaker"))):
            self.facilitator.queue_view.selectRow(index)
