"""Run of show: start, pause, resume and advance agenda items; elapsed, remaining, drift.

Every function takes ``now`` from the caller's injectable clock, so nothing here reads the
wall clock and tests move a ``FakeClock`` instead of sleeping.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from ..db import Database
from ..errors import ValidationError
from sqlmodel import select

from ..models import AgendaItem, ListeningSession, SpeakerTurn
from ..models.enums import SessionStatus, TurnStatus
from ..services.agenda import fetch_item, session_items
from ..services.common import fetch, touch
from ..changes import Entity
from ..services.turns import pause_clock, resume_clock

PENDING, RUNNING, PAUSED, DONE = "pending", "running", "paused", "done"
NORMAL, WARNING, OVER = "normal", "warning", "over"
TIME_FIELDS = ("started_at", "ended_at", "paused_at", "paused_seconds")
TURN_CLOCK_FIELDS = ("paused_at", "paused_seconds")


def item_state(item: AgendaItem) -> str:
    if item.started_at is None:
        return PENDING
    if item.ended_at is not None:
        return DONE
    return PAUSED if item.paused_at is not None else RUNNING


def elapsed_seconds(item: AgendaItem, now: datetime) -> float:
    """Speaking time of the item so far: wall time since start minus the paused time."""
    if item.started_at is None:
        return 0.0
    end = item.ended_at or item.paused_at or now
    return max(0.0, (end - item.started_at).total_seconds() - item.paused_seconds)


@dataclass(frozen=True)
class ItemTime:
    item_id: int
    state: str  # pending / running / paused / done
    elapsed: float
    planned: float
    level: str  # normal / warning / over

    @property
    def remaining(self) -> float:
        """Seconds left of the time box; negative when over time."""
        return self.planned - self.elapsed


def item_time(item: AgendaItem, now: datetime, warning_minutes: float = 2) -> ItemTime:
    elapsed = elapsed_seconds(item, now)
    planned = item.planned_minutes * 60.0
    remaining = planned - elapsed
    if remaining < 0:
        level = OVER
    elif item.started_at is not None and remaining <= warning_minutes * 60:
        level = WARNING
    else:
        level = NORMAL
    return ItemTime(item.id or 0, item_state(item), elapsed, planned, level)


@dataclass(frozen=True)
class Drift:
    planned_end: datetime
    estimated_end: datetime

    @property
    def seconds(self) -> float:
        """Positive: the session runs behind plan by this much; negative: ahead."""
        return (self.estimated_end - self.planned_end).total_seconds()


def is_rehearsal(session: ListeningSession, now: datetime, zone: tzinfo | None = None) -> bool:
    """Before the session's day (in ``zone``, by default the machine's), running items is a
    rehearsal: the schedule's drift against the plan means nothing yet."""
    return now.astimezone(zone).date() < session.starts_at.astimezone(zone).date()


def session_drift(session: ListeningSession, items: list[AgendaItem], now: datetime) -> Drift:
    """How far the whole schedule runs ahead or behind, and when it will probably end.

    Finished items count with their actual length, the current item with at least its time box
    (more when it already overran), items not yet started with their time box.
    """
    planned_total = sum(i.planned_minutes for i in items) * 60.0
    planned_end = session.starts_at + timedelta(seconds=planned_total)
    started = [i for i in items if i.started_at is not None]
    if not started:
        return Drift(planned_end, max(now, session.starts_at) + timedelta(seconds=planned_total))
    if all(item_state(i) not in (RUNNING, PAUSED, PENDING) for i in items):  # the session is over
        return Drift(planned_end, max(i.ended_at or i.started_at for i in started))
    cursor = now
    for item in items:
        state = item_state(item)
        if state in (RUNNING, PAUSED):
            cursor += timedelta(seconds=max(0.0, item.planned_minutes * 60.0
                                            - elapsed_seconds(item, now)))
        elif state == PENDING:
            cursor += timedelta(seconds=item.planned_minutes * 60.0)
    return Drift(planned_end, cursor)


def current_item(items: list[AgendaItem]) -> AgendaItem | None:
    """The item being run (running or paused); else None."""
    return next((i for i in items if item_state(i) in (RUNNING, PAUSED)), None)


def next_item(items: list[AgendaItem]) -> AgendaItem | None:
    return next((i for i in items if item_state(i) == PENDING), None)


# --- writes -------------------------------------------------------------------------------

def _items(s, session_id: int) -> list[AgendaItem]:
    return session_items(s, session_id)


def _speaking(s, session_id: int) -> list[SpeakerTurn]:
    return list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                       .where(SpeakerTurn.status == TurnStatus.SPEAKING.value)))


def _speaker_clocks(s, session_id: int, now: datetime, running: bool) -> None:
    """The speaker's clock follows the item: stopped with the pause, running again after."""
    for turn in _speaking(s, session_id):
        if resume_clock(turn, now) if running else pause_clock(turn, now):
            touch(s, turn, Entity.SPEAKER_TURN)


def _close(s, item: AgendaItem, now: datetime) -> None:
    if item.paused_at is not None:
        item.paused_seconds += int(round((now - item.paused_at).total_seconds()))
        item.paused_at = None
        _speaker_clocks(s, item.session_id, now, running=True)
    item.ended_at = max(now, item.started_at) if item.started_at else now


def start_item(db: Database, item_id: int, now: datetime) -> AgendaItem:
    """Start an item; the item running before it ends now. The session becomes live."""
    with db.write() as s:
        item = fetch_item(s, item_id)
        if item.started_at is not None and item.ended_at is None:
            raise ValidationError(en="This item is already running.", zh="该议题已在进行中。")
        for other in _items(s, item.session_id):
            if other.id != item.id and item_state(other) in (RUNNING, PAUSED):
                _close(s, other, now)
                touch(s, other, Entity.AGENDA_ITEM)
        if item.ended_at is not None:  # reopened: time continues, the gap counts as a pause
            item.paused_seconds += int(round((now - item.ended_at).total_seconds()))
            item.ended_at = None
        else:
            item.started_at, item.paused_seconds = now, 0
        item.paused_at = None
        session = fetch(s, ListeningSession, item.session_id, "Session", "会议")
        if session.status == SessionStatus.PLANNED:
            session.status = SessionStatus.LIVE
            touch(s, session, Entity.SESSION)
        touch(s, item, Entity.AGENDA_ITEM)
        return item


def pause_item(db: Database, item_id: int, now: datetime) -> AgendaItem:
    with db.write() as s:
        item = fetch_item(s, item_id)
        if item_state(item) != RUNNING:
            raise ValidationError(en="Only a running item can be paused.", zh="只有进行中的议题才能暂停。")
        item.paused_at = now
        _speaker_clocks(s, item.session_id, now, running=False)
        touch(s, item, Entity.AGENDA_ITEM)
        return item


def resume_item(db: Database, item_id: int, now: datetime) -> AgendaItem:
    with db.write() as s:
        item = fetch_item(s, item_id)
        if item_state(item) != PAUSED or item.paused_at is None:
            raise ValidationError(en="Only a paused item can be resumed.", zh="只有已暂停的议题才能继续。")
        item.paused_seconds += int(round((now - item.paused_at).total_seconds()))
        item.paused_at = None
        _speaker_clocks(s, item.session_id, now, running=True)
        touch(s, item, Entity.AGENDA_ITEM)
        return item


def end_item(db: Database, item_id: int, now: datetime) -> AgendaItem:
    with db.write() as s:
        item = fetch_item(s, item_id)
        if item_state(item) not in (RUNNING, PAUSED):
            raise ValidationError(en="This item is not running.", zh="该议题不在进行中。")
        _close(s, item, now)
        touch(s, item, Entity.AGENDA_ITEM)
        return item


def advance(db: Database, session_id: int, now: datetime) -> AgendaItem | None:
    """End the current item and start the next; returns the new current item (None at the end)."""
    with db.read() as s:
        items = _items(s, session_id)
    following = next_item(items)
    if following is None:
        current = current_item(items)
        if current is None:
            raise ValidationError(en="Every agenda item has been run.", zh="所有议题均已完成。")
        end_item(db, current.id, now)  # type: ignore[arg-type]
        return None
    return start_item(db, following.id, now)  # type: ignore[arg-type]


def snapshot(db: Database, session_id: int) -> dict[object, tuple]:
    """The timing fields of every item (keyed by id) and the pause fields of every speaker
    turn (keyed by ``("turn", id)``: a pause stops the speaker's clock too), for undo."""
    with db.read() as s:
        saved: dict[object, tuple] = {
            i.id: tuple(getattr(i, f) for f in TIME_FIELDS) for i in _items(s, session_id)}
        for turn in s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)):
            saved[("turn", turn.id)] = tuple(getattr(turn, f) for f in TURN_CLOCK_FIELDS)
        return saved


def restore(db: Database, session_id: int, saved: dict[object, tuple]) -> None:
    """Put the timing fields back as ``snapshot`` saw them (undo and redo of timing actions)."""
    with db.write() as s:
        for item in _items(s, session_id):
            values = saved.get(item.id)
            if values is None:
                continue
            if tuple(getattr(item, f) for f in TIME_FIELDS) != values:
                for name, value in zip(TIME_FIELDS, values, strict=True):
                    setattr(item, name, value)
                touch(s, item, Entity.AGENDA_ITEM)
        for turn in s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)):
            values = saved.get(("turn", turn.id))
            if values is None or tuple(getattr(turn, f) for f in TURN_CLOCK_FIELDS) == values:
                continue
            for name, value in zip(TURN_CLOCK_FIELDS, values, strict=True):
                setattr(turn, name, value)
            touch(s, turn, Entity.SPEAKER_TURN)
