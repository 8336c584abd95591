"""The capture path: from Enter to the opinion committed.

``services.opinions.save_opinion`` (``create_opinion`` without building the model object) is
itself the lean write (prepared Core statements in one transaction, no indexing); capture
fixes the channel (in the room) and the time (the clock).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import select as sql_select

from ..db import Database
from ..errors import NotFoundError
from ..models import Opinion, OpinionTag, Person
from ..models.enums import Channel, OpinionKind
from ..services.opinions import save_opinion

_OPINION = Opinion.__table__  # type: ignore[attr-defined]
_PERSON = Person.__table__  # type: ignore[attr-defined]


def capture_opinion(db: Database, session_id: int, text: str, now: datetime, *,
                    kind: str = OpinionKind.SUGGESTION, agenda_item_id: int | None = None,
                    person_id: int | None = None, speaker_label: str = "",
                    tags: Sequence[str] = (), support_count: int = 0, reply_text: str = "",
                    reply_by: str = "", salutation: str = "",
                    client_id: str | None = None) -> int:
    """Save one opinion captured in the room (with tags and on-the-spot reply); return its id
    once committed. Raises ``ValidationError`` (nothing written) for bad input.

    ``salutation`` (女士/先生/老师/师傅), heard in the room, is recorded on the listed speaker.
    ``client_id``: the uuid given when it was typed; the same id is saved once only."""
    if salutation and person_id is not None:
        from ..services.people import get_person, update_person

        if get_person(db, person_id).salutation != salutation:
            update_person(db, person_id, salutation=salutation)
    return save_opinion(db, session_id, text, kind=kind, channel=Channel.ROOM,
                        agenda_item_id=agenda_item_id, person_id=person_id,
                        speaker_label=speaker_label, tags=tags, support_count=support_count,
                        received_at=now, reply_text=reply_text, reply_by=reply_by, now=now,
                        client_id=client_id)


@dataclass(frozen=True)
class RecentRow:
    """One line of the secretary's list: the text is cut to ``PREVIEW`` characters in SQL."""

    id: int
    received_at: datetime
    speaker_label: str
    person_name: str
    kind: str
    preview: str
    length: int
    support_count: int
    agenda_item_id: int | None
    queued: bool = False  # waiting in the laptop's outbox (live/outbox.py), not yet on the server


PREVIEW = 300


def recent_opinions(db: Database, session_id: int, limit: int = 500,
                    ids: Sequence[int] | None = None) -> list[RecentRow]:
    """The latest opinions of a session, newest first, without loading long texts; with
    ``ids``, only those of them that are still in the record (to update a list in place)."""
    query = (select(_OPINION.c.id, _OPINION.c.received_at, _OPINION.c.speaker_label,
                    func.coalesce(_PERSON.c.name, ""), _OPINION.c.kind,
                    func.substr(_OPINION.c.text, 1, PREVIEW), func.length(_OPINION.c.text),
                    _OPINION.c.support_count, _OPINION.c.agenda_item_id)
             .select_from(_OPINION.outerjoin(_PERSON, _PERSON.c.id == _OPINION.c.person_id))
             .where(_OPINION.c.session_id == session_id)
             .where(_OPINION.c.removed_at.is_(None))
             .order_by(_OPINION.c.received_at.desc(), _OPINION.c.id.desc()).limit(limit))
    if ids is not None:
        query = query.where(_OPINION.c.id.in_(list(ids)))
    with db.engine.connect() as conn:
        return [RecentRow(*row) for row in conn.execute(query)]


def opinion_detail(db: Database, opinion_id: int) -> tuple[Opinion, list[str]]:
    """The whole opinion and its tags, for editing."""
    with db.read() as s:
        row = s.get(Opinion, opinion_id)
        if row is None:
            raise NotFoundError(en=f"Opinion #{opinion_id} does not exist.",
                                zh=f"意见 #{opinion_id} 不存在。")
        tags = list(s.exec(sql_select(OpinionTag.tag).where(OpinionTag.opinion_id == opinion_id)))
        return row, tags
