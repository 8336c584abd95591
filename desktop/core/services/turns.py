"""The speaker queue: turns that are queued, speaking, done or skipped."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from ..db import Database, changed
from ..errors import ValidationError
from ..models import AgendaItem, ListeningSession, Person, SpeakerTurn, utcnow
from ..models.enums import TurnStatus
from .agenda import fetch_item
from .common import MAX_TITLE, aware, check_version, clean_text, fetch, non_negative, touch
from ..changes import Entity


def enqueue(db: Database, session_id: int, *, person_id: int | None = None, label: str = "",
            group_name: str = "", is_official: bool = False, agenda_item_id: int | None = None,
            time_limit_seconds: int = 180, now: datetime | None = None,
            first_timers_first: bool = False) -> SpeakerTurn:
    """Queue a speaker: a registered person, a description ("resident of building 7") or, with
    neither, an anonymous speaker. With ``first_timers_first`` someone who has not spoken (nor
    is queued) yet goes ahead of every queued person who already spoke."""
    label = clean_text(label, "Speaker", "发言人", max_len=MAX_TITLE).strip()
    non_negative(time_limit_seconds, "Time limit", "发言时限", 4 * 3600)
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        if person_id is not None:
            person = fetch(s, Person, person_id, "Person", "人员")
            label = label or person.name
            group_name = group_name or person.group_name
            is_official = is_official or person.is_official
        if agenda_item_id is not None:
            fetch_item(s, agenda_item_id)
        last = s.exec(select(func.max(SpeakerTurn.position))
                      .where(SpeakerTurn.session_id == session_id)).one()
        row = SpeakerTurn(session_id=session_id, person_id=person_id, label=label,
                          group_name=group_name, is_official=is_official,
                          agenda_item_id=agenda_item_id, time_limit_seconds=time_limit_seconds,
                          position=(last or 0) + 1, queued_at=now or utcnow())
        touch(s, row, Entity.SPEAKER_TURN)
        if first_timers_first:
            turns = _session_turns(s, session_id)
            others = [t for t in turns if t.id != row.id]
            if speaker_key(row) not in {speaker_key(t) for t in others}:
                queue = [t for t in others if t.status == TurnStatus.QUEUED]
                spoken = _spoken_keys(others)
                index = next((n for n, t in enumerate(queue) if speaker_key(t) in spoken),
                             len(queue))
                queue.insert(index, row)
                _renumber(s, turns, queue)
        return row


def speaker_key(turn: SpeakerTurn) -> tuple[str, object]:
    """Who speaks: the person, else the description; every anonymous turn is someone new."""
    if turn.person_id is not None:
        return ("person", turn.person_id)
    if turn.label.strip():
        return ("label", turn.label.strip().casefold())
    return ("turn", turn.id)


def _spoken_keys(turns: list[SpeakerTurn]) -> set[tuple[str, object]]:
    return {speaker_key(t) for t in turns if t.status in (TurnStatus.SPEAKING, TurnStatus.DONE)}


def _session_turns(s, session_id: int) -> list[SpeakerTurn]:
    return list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                       .order_by(SpeakerTurn.position, SpeakerTurn.id)))


def _renumber(s, turns: list[SpeakerTurn], queue: list[SpeakerTurn]) -> None:
    """Turns already taken keep their order first; the queue follows in the order given."""
    ordered = [t for t in turns if t.status != TurnStatus.QUEUED] + queue
    for position, turn in enumerate(ordered, start=1):
        if turn.position != position:
            turn.position = position
            touch(s, turn, Entity.SPEAKER_TURN)


def move_turn(db: Database, turn_id: int, index: int, *,
              expected_version: int | None = None) -> list[SpeakerTurn]:
    """Move a queued turn to ``index`` in the queue (0 = next to speak); returns the queue.
    ``expected_version``: the version of the turn the screen showed."""
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        check_version(row, expected_version, Entity.SPEAKER_TURN)
        if row.status != TurnStatus.QUEUED:
            raise ValidationError(en="Only a waiting speaker can be moved.", zh="只能调整等候中的发言人。")
        turns = _session_turns(s, row.session_id)
        queue = [t for t in turns if t.status == TurnStatus.QUEUED and t.id != row.id]
        queue.insert(max(0, min(index, len(queue))), row)
        _renumber(s, turns, queue)
        return queue


def remove_turn(db: Database, turn_id: int, *, expected_version: int | None = None) -> None:
    """Take a waiting speaker out of the queue entirely (undo of adding)."""
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        check_version(row, expected_version, Entity.SPEAKER_TURN)
        if row.status != TurnStatus.QUEUED:
            raise ValidationError(en="Only a waiting speaker can be removed.", zh="只能移除等候中的发言人。")
        s.delete(row)
        s.flush()
        changed(s, Entity.SPEAKER_TURN, turn_id)


def reset_turn(db: Database, turn_id: int, status: str, started_at: datetime | None,
               ended_at: datetime | None, agenda_item_id: int | None = None,
               paused_at: datetime | None = None, paused_seconds: int = 0, *,
               expected_version: int | None = None) -> SpeakerTurn:
    """Put a turn back to an earlier state (undo and redo of the live screen).
    ``expected_version``: the version the turn had after the action being undone."""
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        check_version(row, expected_version, Entity.SPEAKER_TURN)
        row.status = TurnStatus(status).value
        row.started_at = aware(started_at, "Start", "开始时间")
        row.ended_at = aware(ended_at, "End", "结束时间")
        row.agenda_item_id = agenda_item_id
        row.paused_at = aware(paused_at, "Paused at", "暂停时间")
        row.paused_seconds = max(0, int(paused_seconds))
        touch(s, row, Entity.SPEAKER_TURN)
        return row


def pause_clock(turn: SpeakerTurn, now: datetime) -> bool:
    """Stop a speaking turn's clock (its item was paused); True when it changed."""
    if turn.status != TurnStatus.SPEAKING or turn.paused_at is not None:
        return False
    turn.paused_at = max(now, turn.started_at) if turn.started_at else now
    return True


def resume_clock(turn: SpeakerTurn, now: datetime) -> bool:
    """Let a paused turn's clock run again; the pause is not counted as speaking time."""
    if turn.paused_at is None:
        return False
    turn.paused_seconds += max(0, int(round((now - turn.paused_at).total_seconds())))
    turn.paused_at = None
    return True


def _end(turn: SpeakerTurn, now: datetime) -> None:
    resume_clock(turn, now)
    turn.ended_at = now


def _item_paused(s, session_id: int) -> bool:
    """Whether the item being run in the session is paused (a new turn then starts paused)."""
    return s.exec(select(func.count()).select_from(AgendaItem)
                  .where(AgendaItem.session_id == session_id)
                  .where(col(AgendaItem.started_at).is_not(None))
                  .where(col(AgendaItem.ended_at).is_(None))
                  .where(col(AgendaItem.paused_at).is_not(None))
                  .where(col(AgendaItem.removed_at).is_(None))).one() > 0


def start_turn(db: Database, turn_id: int, now: datetime,
               agenda_item_id: int | None = None) -> SpeakerTurn:
    """Give the floor to a queued speaker; whoever was speaking finishes now."""
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        if row.status != TurnStatus.QUEUED:
            raise ValidationError(en="This speaker is not waiting.", zh="该发言人不在等候中。")
        for other in _session_turns(s, row.session_id):
            if other.status == TurnStatus.SPEAKING:
                other.status = TurnStatus.DONE.value
                _end(other, now)
                touch(s, other, Entity.SPEAKER_TURN)
        row.status, row.started_at = TurnStatus.SPEAKING.value, now
        row.paused_at, row.paused_seconds = None, 0
        if _item_paused(s, row.session_id):  # the room is paused: the clock starts stopped
            row.paused_at = now
        if agenda_item_id is not None:
            fetch_item(s, agenda_item_id)
            row.agenda_item_id = agenda_item_id
        touch(s, row, Entity.SPEAKER_TURN)
        return row


NORMAL, WARNING, OVER = "normal", "warning", "over"


@dataclass(frozen=True)
class TurnTime:
    elapsed: float
    limit: float
    level: str

    @property
    def remaining(self) -> float:
        return self.limit - self.elapsed


def speaking_seconds(turn: SpeakerTurn, now: datetime) -> float:
    """Speaking time of a turn: from its start to its end (or now), without its pauses."""
    if turn.started_at is None:
        return 0.0
    end = turn.ended_at or turn.paused_at or now
    return max(0.0, (end - turn.started_at).total_seconds() - (turn.paused_seconds or 0))


def turn_time(turn: SpeakerTurn, now: datetime, warning_seconds: float = 30) -> TurnTime:
    """Countdown of a turn; a limit of 0 means no limit (never warned). Stopped while paused."""
    elapsed = speaking_seconds(turn, now)
    limit = float(turn.time_limit_seconds)
    if not limit or turn.started_at is None:
        level = NORMAL
    elif elapsed > limit:
        level = OVER
    elif limit - elapsed <= warning_seconds:
        level = WARNING
    else:
        level = NORMAL
    return TurnTime(elapsed, limit, level)


def _transition(db: Database, turn_id: int, allowed: set[str], status: str,
                now: datetime | None) -> SpeakerTurn:
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        if row.status not in allowed:
            raise ValidationError(en=f"This turn is {row.status}; it cannot become {status}.",
                                  zh=f"该发言当前状态为 {row.status}，不能改为 {status}。")
        row.status = status
        if status == TurnStatus.SPEAKING:
            row.started_at = now or utcnow()
            row.paused_at, row.paused_seconds = None, 0
            if _item_paused(s, row.session_id):
                row.paused_at = row.started_at
        elif row.started_at is not None:
            _end(row, now or utcnow())
        touch(s, row, Entity.SPEAKER_TURN)
        return row


def start(db: Database, turn_id: int, now: datetime | None = None) -> SpeakerTurn:
    return _transition(db, turn_id, {TurnStatus.QUEUED}, TurnStatus.SPEAKING, now)


def finish(db: Database, turn_id: int, now: datetime | None = None) -> SpeakerTurn:
    return _transition(db, turn_id, {TurnStatus.SPEAKING}, TurnStatus.DONE, now)


def skip(db: Database, turn_id: int, now: datetime | None = None) -> SpeakerTurn:
    return _transition(db, turn_id, {TurnStatus.QUEUED}, TurnStatus.SKIPPED, now)


def list_turns(db: Database, session_id: int) -> list[SpeakerTurn]:
    with db.read() as s:
        return list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                           .order_by(SpeakerTurn.position, SpeakerTurn.id)))


# --- undo of the live screen: several steps, one transaction ------------------------------------

TurnState = tuple  # (status, started_at, ended_at, agenda_item_id, paused_at, paused_seconds, position)


def turn_snapshot(db: Database, session_id: int) -> dict[int, TurnState]:
    """Every turn's status, times, item, pause and place in the queue, to be put back later."""
    return {t.id: (t.status, t.started_at, t.ended_at, t.agenda_item_id, t.paused_at,
                   t.paused_seconds, t.position)
            for t in list_turns(db, session_id)}


def restore_turns(db: Database, session_id: int, saved: dict[int, TurnState],
                  remove: int | None = None) -> None:
    """Put the turns back as ``saved`` (first taking the waiting turn ``remove`` out of the
    queue): one transaction, so an undo either happens whole or not at all."""
    with db.transaction():
        if remove is not None:
            remove_turn(db, remove)
        current = turn_snapshot(db, session_id)
        for turn_id, values in saved.items():
            if turn_id in current and current[turn_id][:6] != values[:6]:
                reset_turn(db, turn_id, *values[:6])
        queue = sorted((v[6], tid) for tid, v in saved.items() if v[0] == "queued")
        for index, (_, turn_id) in enumerate(queue):
            move_turn(db, turn_id, index)
