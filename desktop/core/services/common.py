"""Validation and bookkeeping shared by the services."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from ..changes import Entity
from ..db import changed
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import AuditEntry

T = TypeVar("T", bound=SQLModel)

MAX_TITLE = 500
MAX_TEXT = 2_000_000  # an opinion may be long (1 MB of text is accepted), but not unbounded


def fetch(session: Session, model: type[T], ident: int | None, what_en: str, what_zh: str) -> T:
    row = session.get(model, ident) if ident is not None else None
    if row is None:
        raise NotFoundError(en=f"{what_en} #{ident} does not exist.", zh=f"{what_zh} #{ident} 不存在。")
    return row


def locked(session: Session, model: type[T], ident: int | None, what_en: str,
           what_zh: str) -> T:
    """``fetch`` for a read-then-write decision, made on the row as it is now and kept so until
    the transaction ends: PostgreSQL locks the row (``SELECT ... FOR UPDATE``); SQLite takes the
    database's write lock first (``BEGIN IMMEDIATE``), so everything read after it is current.
    A second seat deciding on the same row waits, then sees the first one's result."""
    _write_lock_sqlite(session)
    row = session.get(model, ident, with_for_update=True) if ident is not None else None
    if row is None:
        raise NotFoundError(en=f"{what_en} #{ident} does not exist.", zh=f"{what_zh} #{ident} 不存在。")
    return row


def _write_lock_sqlite(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.driver_connection
    if driver is not None and not driver.in_transaction:  # nothing written yet: no snapshot
        driver.execute("BEGIN IMMEDIATE")


def check_version(row: Any, expected: int | None, entity: Entity) -> None:
    """Refuse an edit made on a screen that showed an older version of ``row``: ``expected`` is
    the version the user saw (``None``: not known, not checked; 0: the user saw no row)."""
    if expected is not None and (row.version if row is not None else 0) != expected:
        raise ConflictError(entity=entity, ids=(row.id,) if row is not None else ())


def clean_text(value: str | None, label_en: str, label_zh: str, *, required: bool = False,
               max_len: int = MAX_TEXT) -> str:
    """Text is stored exactly as given (no HTML interpretation); only NUL is refused."""
    text = "" if value is None else str(value)
    if required and not text.strip():
        raise ValidationError(en=f"{label_en} is required.", zh=f"请填写{label_zh}。")
    if len(text) > max_len:
        raise ValidationError(en=f"{label_en} is too long ({len(text):,} characters; at most "
                              f"{max_len:,}).", zh=f"{label_zh}过长（{len(text)} 字，最多 {max_len} 字）。")
    if "\x00" in text:
        raise ValidationError(en=f"{label_en} contains a NUL character.", zh=f"{label_zh}含有空字符。")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(en=f"{label_en} contains broken characters (a lone surrogate); "
                              "paste it again from the original.",
                              zh=f"{label_zh}含有无法保存的残缺字符，请从原文重新粘贴。") from None
    return text


def choice(value: str, enum: type[StrEnum], label_en: str, label_zh: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(en=f"{label_en} must be one of: {allowed} (got {value!r}).",
                              zh=f"{label_zh}必须是以下之一：{allowed}（收到 {value!r}）。") from None


def aware(value: datetime | None, label_en: str, label_zh: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValidationError(en=f"{label_en} needs a time zone.", zh=f"{label_zh}缺少时区。")
    return value


def non_negative(value: int, label_en: str, label_zh: str, maximum: int = 10**6) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise ValidationError(en=f"{label_en} must be a whole number from 0 to {maximum}.",
                              zh=f"{label_zh}必须是 0 到 {maximum} 之间的整数。")
    return value


def audit(session: Session, entity: str, entity_id: int | None, action: str, reason: str = "",
          **detail: Any) -> None:
    assert entity_id is not None
    session.add(AuditEntry(entity=entity, entity_id=entity_id, action=action, reason=reason,
                           detail_json=json.dumps(detail, ensure_ascii=False, default=str)
                           if detail else ""))


def apply(row: SQLModel, values: dict[str, Any], allowed: Iterable[str]) -> dict[str, Any]:
    """Set the allowed fields that changed; return {field: (old, new)} for the audit trail."""
    diff: dict[str, Any] = {}
    allowed = set(allowed)
    for key, value in values.items():
        if key not in allowed:
            raise ValidationError(en=f"Unknown field {key!r}.", zh=f"未知字段 {key!r}。")
        old = getattr(row, key)
        if old != value:
            diff[key] = (old, value)
            setattr(row, key, value)
    return diff


def touch(session: Session, row: SQLModel, entity: Entity) -> None:
    session.add(row)
    ident = row.__dict__.get("id")  # read before the flush: a failed flush expires the row
    try:
        session.flush()
    except StaleDataError as exc:  # a versioned row changed since it was read: nothing written
        raise ConflictError(entity=entity, ids=(ident,)) from exc
    changed(session, entity, row.id)  # type: ignore[attr-defined]


def set_removed(session: Session, row: Any, entity: Entity, removed: bool, reason: str = "") -> None:
    """Remove a record from (or restore it to) the public record, keeping the row and an audit
    entry with the reason: nothing in the record disappears silently."""
    from ..models import utcnow

    if removed and row.removed_at is None:
        row.removed_at = utcnow()
        row.removed_reason = reason
        audit(session, entity.value, row.id, "removed", reason)
    elif not removed and row.removed_at is not None:
        row.removed_at = None
        audit(session, entity.value, row.id, "restored", row.removed_reason)
        row.removed_reason = ""
    touch(session, row, entity)


def stamp(s: Session, entity: str, entity_id: int | None, action: str, at: datetime,
          reason: str = "", **detail: object) -> None:
    """An audit entry dated by the caller's clock (the runs are scheduled by it)."""
    assert entity_id is not None
    s.add(AuditEntry(at=at, entity=entity, entity_id=entity_id, action=action, reason=reason,
                     detail_json=json.dumps(detail, ensure_ascii=False, default=str)
                     if detail else ""))
