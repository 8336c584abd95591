"""Listening sessions: create, edit, list with their counts."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, delete, select

from ..db import Database
from ..errors import ValidationError
from ..models import ListeningSession, Owner, Series, SessionOwner, utcnow
from ..models.enums import SessionKind, SessionStatus
from ..peek import SESSION_ROWS_SQL, SessionRow, session_row
from .common import MAX_TITLE, apply, aware, choice, clean_text, fetch, non_negative, touch
from ..changes import Entity

LANGUAGES = ("zh", "en")
EDITABLE = {"kind", "title", "language", "organisation", "starts_at", "planned_minutes", "venue",
            "chair", "facilitator", "recorder", "series_id", "deadline_policy", "status",
            "anonymous_count", "note", "ended_at", "read_back_at"}


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "title" in out:
        out["title"] = clean_text(out["title"], "Title", "标题", required=True,
                                  max_len=MAX_TITLE).strip()
    if "kind" in out:
        out["kind"] = choice(out["kind"], SessionKind, "Session kind", "会议类型")
    if "status" in out:
        out["status"] = choice(out["status"], SessionStatus, "Status", "状态")
    if "language" in out and out["language"] not in LANGUAGES:
        raise ValidationError(en="The language must be zh or en.", zh="语言只能是 zh 或 en。")
    if "starts_at" in out:
        if out["starts_at"] is None:
            raise ValidationError(en="The date and start time are required.", zh="请填写日期和开始时间。")
        aware(out["starts_at"], "Start time", "开始时间")
    for key in ("ended_at", "read_back_at"):
        if key in out:
            aware(out[key], "Time", "时间")
    if "planned_minutes" in out:
        out["planned_minutes"] = non_negative(out["planned_minutes"], "Time available",
                                              "会议时长", 24 * 60)
    if "anonymous_count" in out:
        out["anonymous_count"] = non_negative(out["anonymous_count"], "Anonymous head count",
                                              "未登记人数", 100_000)
    for key in ("venue", "chair", "facilitator", "recorder", "organisation", "deadline_policy"):
        if key in out:
            out[key] = clean_text(out[key], key.capitalize(), key, max_len=MAX_TITLE)
    return out


def create_session(db: Database, title: str, starts_at: datetime, **values: Any) -> ListeningSession:
    fields = _validate({"title": title, "starts_at": starts_at, **values})
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(en=f"Unknown field {sorted(unknown)[0]!r}.", zh="未知字段。")
    with db.write() as s:
        if fields.get("series_id") is not None:
            fetch(s, Series, fields["series_id"], "Series", "系列")
        row = ListeningSession(**fields)
        touch(s, row, Entity.SESSION)
        return row


def update_session(db: Database, session_id: int, **values: Any) -> ListeningSession:
    fields = _validate(values)
    with db.write() as s:
        row = fetch(s, ListeningSession, session_id, "Session", "会议")
        if fields.get("series_id") is not None:
            fetch(s, Series, fields["series_id"], "Series", "系列")
        if apply(row, fields, EDITABLE):
            row.updated_at = utcnow()
        touch(s, row, Entity.SESSION)
        return row


def set_session_owners(db: Database, session_id: int, owner_ids: list[int]) -> None:
    """The leaders and departments attending, in the order given."""
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        for owner_id in owner_ids:
            fetch(s, Owner, owner_id, "Owner", "责任主体")
        s.exec(delete(SessionOwner).where(col(SessionOwner.session_id) == session_id))
        for owner_id in dict.fromkeys(owner_ids):
            s.add(SessionOwner(session_id=session_id, owner_id=owner_id))
        touch(s, fetch(s, ListeningSession, session_id, "Session", "会议"), Entity.SESSION)


def session_owners(db: Database, session_id: int) -> list[Owner]:
    with db.read() as s:
        query = (select(Owner).join(SessionOwner, col(SessionOwner.owner_id) == Owner.id)
                 .where(SessionOwner.session_id == session_id).order_by(Owner.kind, Owner.name))
        return list(s.exec(query))


def get_session(db: Database, session_id: int) -> ListeningSession:
    with db.read() as s:
        return fetch(s, ListeningSession, session_id, "Session", "会议")


def list_session_rows(db: Database) -> list[SessionRow]:
    """All sessions, newest first, with counts of live opinions and commitments (one query)."""
    with db.read() as s:  # the same SQL the first screen reads before the ORM is loaded
        return [session_row(raw) for raw in s.connection().exec_driver_sql(SESSION_ROWS_SQL)]


def count_sessions(db: Database) -> int:
    with db.read() as s:
        return s.exec(select(func.count()).select_from(ListeningSession)).one()
