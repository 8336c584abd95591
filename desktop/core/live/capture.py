"""The capture path: from Enter to the opinion committed, as short as it can be.

Validation is the same as ``services.opinions.create_opinion`` (it reuses its helpers), but the
write is three Core statements in one transaction on one connection instead of an ORM unit of
work, because the secretary presses Enter dozens of times an hour and the screen may only show
"saved" after the commit. No search indexing happens here (GUIDE §6: an FTS trigger inside this
commit multiplied p99 tenfold); indexing, if any, runs later off this path.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from sqlmodel import select as sql_select

from ..db import Database, _storage_error
from ..errors import NotFoundError, ValidationError
from ..models import AgendaItem, ListeningSession, Opinion, OpinionTag, Person, Reply
from ..models.enums import Channel, OpinionKind
from ..services.common import MAX_TITLE, clean_text
from ..services.opinions import _validate, normalise_tags

_OPINION = Opinion.__table__  # type: ignore[attr-defined]
_TAG = OpinionTag.__table__  # type: ignore[attr-defined]
_REPLY = Reply.__table__  # type: ignore[attr-defined]
_SESSION = ListeningSession.__table__  # type: ignore[attr-defined]
_ITEM = AgendaItem.__table__  # type: ignore[attr-defined]
_PERSON = Person.__table__  # type: ignore[attr-defined]


def capture_opinion(db: Database, session_id: int, text: str, now: datetime, *,
                    kind: str = OpinionKind.SUGGESTION, agenda_item_id: int | None = None,
                    person_id: int | None = None, speaker_label: str = "",
                    tags: Sequence[str] = (), support_count: int = 0, reply_text: str = "",
                    reply_by: str = "") -> int:
    """Save one opinion captured in the room (with tags and on-the-spot reply); return its id
    once committed. Raises ``ValidationError`` (nothing written) for bad input."""
    fields = _validate({"text": text, "kind": kind, "channel": Channel.ROOM,
                        "support_count": support_count, "speaker_label": speaker_label,
                        "received_at": now})
    clean_tags = normalise_tags(tags)
    reply_text = clean_text(reply_text, "Reply", "答复")
    reply_by = clean_text(reply_by, "Replied by", "答复人", max_len=MAX_TITLE)
    try:
        with db.engine.begin() as conn:
            if conn.execute(select(_SESSION.c.id).where(_SESSION.c.id == session_id)).first() \
                    is None:
                raise NotFoundError(f"Session #{session_id} does not exist.",
                                    f"会议 #{session_id} 不存在。")
            if agenda_item_id is not None:
                owner = conn.execute(select(_ITEM.c.session_id)
                                     .where(_ITEM.c.id == agenda_item_id)).scalar()
                if owner != session_id:
                    raise ValidationError("The agenda item belongs to another session.",
                                          "该议题属于其他会议。")
            if person_id is not None and conn.execute(
                    select(_PERSON.c.id).where(_PERSON.c.id == person_id)).first() is None:
                raise NotFoundError(f"Person #{person_id} does not exist.",
                                    f"人员 #{person_id} 不存在。")
            opinion_id = conn.execute(insert(_OPINION).values(
                session_id=session_id, agenda_item_id=agenda_item_id, person_id=person_id,
                created_at=now, updated_at=now, removed_reason="", **fields,
            ).returning(_OPINION.c.id)).scalar_one()
            if clean_tags:
                conn.execute(insert(_TAG), [{"opinion_id": opinion_id, "tag": t}
                                            for t in clean_tags])
            if reply_text.strip():
                conn.execute(insert(_REPLY).values(opinion_id=opinion_id, text=reply_text,
                                                   given_by=reply_by, on_the_spot=True,
                                                   given_at=now))
    except OperationalError as exc:
        raise _storage_error(exc) from exc
    db.notify("opinion", (opinion_id,))
    return opinion_id


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
            raise NotFoundError(f"Opinion #{opinion_id} does not exist.",
                                f"意见 #{opinion_id} 不存在。")
        tags = list(s.exec(sql_select(OpinionTag.tag).where(OpinionTag.opinion_id == opinion_id)))
        return row, tags
