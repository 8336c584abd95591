"""Agenda items of a session: order, kind, time box, actual times, summary and decisions."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from ..db import Database, changed
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import AgendaItem, ListeningSession, Opinion, utcnow
from ..models.enums import AgendaKind
from .common import (MAX_TITLE, apply, aware, check_version, choice, clean_text, fetch,
                     non_negative, touch)
from ..changes import Entity

EDITABLE = {"kind", "title", "planned_minutes", "started_at", "ended_at", "paused_at",
            "paused_seconds", "summary", "decisions"}


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "title" in out:
        out["title"] = clean_text(out["title"], "Agenda item title", "议题名称", required=True,
                                  max_len=MAX_TITLE).strip()
    if "kind" in out:
        out["kind"] = choice(out["kind"], AgendaKind, "Agenda item kind", "议题类型")
    if "planned_minutes" in out:
        out["planned_minutes"] = non_negative(out["planned_minutes"], "Time box", "时长", 24 * 60)
    for key in ("started_at", "ended_at", "paused_at"):
        if key in out:
            aware(out[key], "Time", "时间")
    for key in ("summary", "decisions"):
        if key in out:
            out[key] = clean_text(out[key], "Text", "文本")
    return out


def session_items(s: Session, session_id: int) -> list[AgendaItem]:
    """The agenda of a session in order; removed items are not part of it."""
    return list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id,
                                                col(AgendaItem.removed_at).is_(None))
                       .order_by(AgendaItem.position, AgendaItem.id)))


def fetch_item(s: Session, item_id: int | None) -> AgendaItem:
    """An agenda item of the agenda; a removed one does not exist until it is restored."""
    row = s.get(AgendaItem, item_id) if item_id is not None else None
    if row is None or row.removed_at is not None:
        raise NotFoundError(en=f"Agenda item #{item_id} does not exist.", zh=f"议题 #{item_id} 不存在。")
    return row


def list_items(db: Database, session_id: int) -> list[AgendaItem]:
    with db.read() as s:
        return session_items(s, session_id)


def get_item(db: Database, item_id: int) -> AgendaItem:
    with db.read() as s:
        return fetch_item(s, item_id)


def add_item(db: Database, session_id: int, title: str, kind: str = AgendaKind.OPEN_FLOOR,
             planned_minutes: int = 10, position: int | None = None) -> AgendaItem:
    fields = _validate({"title": title, "kind": kind, "planned_minutes": planned_minutes})
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        items = session_items(s, session_id)
        index = len(items) if position is None else max(0, min(position, len(items)))
        row = AgendaItem(session_id=session_id, position=index, **fields)
        items.insert(index, row)
        _renumber(s, items)
        return row


def update_item(db: Database, item_id: int, *, expected_version: int | None = None,
                expected: dict[str, Any] | None = None, **values: Any) -> AgendaItem:
    """Edit an item; ``expected_version`` is the version the screen showed, ``expected`` the
    values of some fields it showed (the live notes: the item's times change all the time, its
    notes only when someone edits them). Either refused with ``ConflictError`` when another
    seat changed it since."""
    fields = _validate(values)
    with db.write() as s:
        row = fetch_item(s, item_id)
        check_version(row, expected_version, Entity.AGENDA_ITEM)
        if expected and any(getattr(row, k) != v for k, v in _validate(expected).items()):
            raise ConflictError(entity=Entity.AGENDA_ITEM, ids=(item_id,))
        started = fields.get("started_at", row.started_at)
        ended = fields.get("ended_at", row.ended_at)
        if started and ended and ended < started:
            raise ValidationError(en="An item cannot end before it started.", zh="议题结束时间不能早于开始时间。")
        apply(row, fields, EDITABLE)
        touch(s, row, Entity.AGENDA_ITEM)
        return row


def move_item(db: Database, item_id: int, new_position: int) -> list[AgendaItem]:
    with db.write() as s:
        row = fetch_item(s, item_id)
        items = [i for i in session_items(s, row.session_id) if i.id != row.id]
        items.insert(max(0, min(new_position, len(items))), row)
        _renumber(s, items)
        return items


def remove_item(db: Database, item_id: int) -> None:
    """Take an agenda item off the agenda (the row is kept, so ``restore_item`` can put it
    back); refused while opinions are attached to it."""
    with db.write() as s:
        row = fetch_item(s, item_id)
        attached = s.exec(select(Opinion.id).where(Opinion.agenda_item_id == item_id)).first()
        if attached is not None:
            raise ValidationError(
                en="Opinions were recorded under this agenda item; move them to another item first.",
                zh="该议题下已有意见记录，请先将其移到其他议题。")
        row.removed_at = utcnow()
        touch(s, row, Entity.AGENDA_ITEM)
        _renumber(s, session_items(s, row.session_id))
        changed(s, Entity.AGENDA_ITEM, item_id)


def restore_item(db: Database, item_id: int, position: int | None = None) -> AgendaItem:
    """Put a removed agenda item back, at ``position`` on the agenda (the end by default)."""
    with db.write() as s:
        row = s.get(AgendaItem, item_id)
        if row is None:
            raise NotFoundError(en=f"Agenda item #{item_id} does not exist.", zh=f"议题 #{item_id} 不存在。")
        items = [i for i in session_items(s, row.session_id) if i.id != row.id]
        row.removed_at = None
        index = len(items) if position is None else max(0, min(position, len(items)))
        items.insert(index, row)
        _renumber(s, items)
        return row


def _renumber(s, items: list[AgendaItem]) -> None:
    for index, item in enumerate(items):
        item.position = index
        touch(s, item, Entity.AGENDA_ITEM)


def planned_starts(session: ListeningSession, items: list[AgendaItem]) -> list[datetime]:
    """Planned start of each item, from the session start and the time boxes before it."""
    starts, cursor = [], session.starts_at
    for item in items:
        starts.append(cursor)
        cursor = cursor + timedelta(minutes=item.planned_minutes)
    return starts
