"""The speaker queue: turns that are queued, speaking, done or skipped."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import select

from ..db import Database
from ..errors import ValidationError
from ..models import AgendaItem, ListeningSession, Person, SpeakerTurn, utcnow
from ..models.enums import TurnStatus
from .common import MAX_TITLE, clean_text, fetch, non_negative, touch


def enqueue(db: Database, session_id: int, *, person_id: int | None = None, label: str = "",
            group_name: str = "", is_official: bool = False, agenda_item_id: int | None = None,
            time_limit_seconds: int = 180, now: datetime | None = None) -> SpeakerTurn:
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
            fetch(s, AgendaItem, agenda_item_id, "Agenda item", "议题")
        last = s.exec(select(func.max(SpeakerTurn.position))
                      .where(SpeakerTurn.session_id == session_id)).one()
        row = SpeakerTurn(session_id=session_id, person_id=person_id, label=label,
                          group_name=group_name, is_official=is_official,
                          agenda_item_id=agenda_item_id, time_limit_seconds=time_limit_seconds,
                          position=(last or 0) + 1, queued_at=now or utcnow())
        touch(s, row, "speaker_turn")
        return row


def _transition(db: Database, turn_id: int, allowed: set[str], status: str,
                now: datetime | None) -> SpeakerTurn:
    with db.write() as s:
        row = fetch(s, SpeakerTurn, turn_id, "Speaker turn", "发言")
        if row.status not in allowed:
            raise ValidationError(f"This turn is {row.status}; it cannot become {status}.",
                                  f"该发言当前状态为 {row.status}，不能改为 {status}。")
        row.status = status
        if status == TurnStatus.SPEAKING:
            row.started_at = now or utcnow()
        elif row.started_at is not None:
            row.ended_at = now or utcnow()
        touch(s, row, "speaker_turn")
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
