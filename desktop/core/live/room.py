"""The room's shared state, read from the database by every seat.

The running agenda item (its start, pause and accumulated pause), the speaker's turn (its
start and pauses) and the order of the queue live in the database rows of the agenda items and
the speaker turns; this module reads them in one go, so a seat that opens late shows the same
state at once, and each seat can tell cheaply (``fingerprint``) whether another seat changed it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from ..db import Database
from ..errors import StorageError
from ..models import AgendaItem, ListeningSession, SpeakerTurn
from ..models.enums import SessionStatus, TurnStatus
from ..services.agenda import session_items
from ..services.turns import speaking_seconds
from . import timing


@dataclass(frozen=True)
class RoomState:
    session_id: int
    item_id: int | None = None
    item_title: str = ""
    item_state: str = ""  # running / paused ("" when no item is being run)
    item_started_at: datetime | None = None
    item_paused_at: datetime | None = None
    item_paused_seconds: int = 0
    item_elapsed: float = 0.0
    speaker_turn_id: int | None = None
    speaker_label: str = ""
    speaker_started_at: datetime | None = None
    speaker_paused_at: datetime | None = None
    speaker_paused_seconds: int = 0
    speaker_elapsed: float = 0.0
    queue: tuple[int, ...] = ()
    fingerprint: tuple = ()

    @property
    def paused(self) -> bool:
        return self.item_state == timing.PAUSED


def _fingerprint(items: list[AgendaItem], turns: list[SpeakerTurn]) -> tuple:
    return (tuple((i.id, i.position, i.started_at, i.ended_at, i.paused_at, i.paused_seconds)
                  for i in items),
            tuple((t.id, t.status, t.position, t.started_at, t.ended_at, t.paused_at,
                   t.paused_seconds) for t in turns))


def room_state(db: Database, session_id: int, now: datetime) -> RoomState:
    """The room as every seat sees it at ``now`` (the server-corrected time)."""
    with db.read() as s:
        items = session_items(s, session_id)
        turns = list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                            .order_by(SpeakerTurn.position, SpeakerTurn.id)))
    fields: dict = {"fingerprint": _fingerprint(items, turns),
                    "queue": tuple(t.id for t in turns if t.status == TurnStatus.QUEUED)}
    current = timing.current_item(items)
    if current is not None:
        fields.update(item_id=current.id, item_title=current.title,
                      item_state=timing.item_state(current), item_started_at=current.started_at,
                      item_paused_at=current.paused_at,
                      item_paused_seconds=current.paused_seconds,
                      item_elapsed=timing.elapsed_seconds(current, now))
    speaking = next((t for t in turns if t.status == TurnStatus.SPEAKING), None)
    if speaking is not None:
        fields.update(speaker_turn_id=speaking.id, speaker_label=speaking.label,
                      speaker_started_at=speaking.started_at,
                      speaker_paused_at=speaking.paused_at,
                      speaker_paused_seconds=speaking.paused_seconds,
                      speaker_elapsed=speaking_seconds(speaking, now))
    return RoomState(session_id, **fields)


def fingerprint(db: Database, session_id: int) -> tuple:
    """What changes when any seat starts, pauses or advances an item or moves the queue.
    Raises ``StorageError`` when the database cannot be read just now (the server is away)."""
    try:
        with db.read() as s:
            items = session_items(s, session_id)
            turns = list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                                .order_by(SpeakerTurn.position, SpeakerTurn.id)))
    except SQLAlchemyError as exc:
        raise StorageError(en="The room's state could not be read from the database just now.",
                           zh="暂时无法从数据库读取会场状态。") from exc
    return _fingerprint(items, turns)


def live_session_id(db: Database) -> int | None:
    """The session the room is running: a live one with an item started most recently, else
    the most recent live session; None when no session is live. Raises ``StorageError`` when
    the database cannot be read just now."""
    try:
        return _live_session_id(db)
    except SQLAlchemyError as exc:
        raise StorageError(en="The session being run could not be read just now.",
                           zh="暂时无法读取正在进行的会议。") from exc


def _live_session_id(db: Database) -> int | None:
    with db.read() as s:
        live = list(s.exec(select(ListeningSession.id)
                           .where(ListeningSession.status == SessionStatus.LIVE.value)
                           .order_by(col(ListeningSession.starts_at).desc())))
        if not live:
            return None
        latest = s.exec(select(AgendaItem.session_id)
                        .where(col(AgendaItem.session_id).in_(live))
                        .where(col(AgendaItem.started_at).is_not(None))
                        .order_by(col(AgendaItem.started_at).desc()).limit(1)).first()
        return latest if latest is not None else live[0]
