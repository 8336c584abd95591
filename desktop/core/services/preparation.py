"""Preparing a session: from a kind preset or a template, as the next one of a series."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from ..db import Database
from ..errors import ValidationError
from ..models import AgendaItem, ListeningSession, Series, SessionOwner
from ..models.enums import AgendaKind
from ..presets import PRESETS, builtin_for
from .agenda import _validate as validate_item
from .agenda import session_items
from .common import fetch, touch
from .sessions import create_session
from .templates import TemplateItem, find_template
from ..msg import pick
from ..changes import Entity

# What "new session in this series" carries over from the previous one.
COPIED = ("kind", "language", "organisation", "planned_minutes", "venue", "chair", "facilitator",
          "recorder", "deadline_policy")


def replace_agenda(db: Database, session_id: int, items: Sequence[TemplateItem]) -> list[AgendaItem]:
    """Set the agenda of a session that has not started to ``items`` (in one transaction)."""
    clean = [validate_item({"kind": i.kind, "title": i.title, "planned_minutes": i.planned_minutes})
             for i in items]
    with db.write() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        if session.status != "planned":
            raise ValidationError(en="The agenda of a session that has started cannot be replaced.",
                                  zh="会议已开始，不能整体替换议程。")
        old = list(s.exec(select(AgendaItem).where(AgendaItem.session_id == session_id)))
        for row in old:
            if row.started_at is not None and row.removed_at is None:
                raise ValidationError(en="An agenda item has already started.", zh="已有议题开始进行。")
            s.delete(row)
        s.flush()
        rows = [AgendaItem(session_id=session_id, position=n, **fields)
                for n, fields in enumerate(clean)]
        for row in rows:
            touch(s, row, Entity.AGENDA_ITEM)
        touch(s, session, Entity.SESSION)
        return rows


def new_session(db: Database, title: str, starts_at: datetime, kind: str = "listening", *,
                template: str | None = None, use_default_template: bool = True,
                owner_ids: Sequence[int] = (), **values: Any) -> ListeningSession:
    """Create a session with its kind's defaults and agenda (a named template or the built-in)."""
    preset = PRESETS.get(kind)
    if preset is not None:
        values.setdefault("planned_minutes", preset.planned_minutes)
        values.setdefault("deadline_policy", preset.deadline_policy)
    row = create_session(db, title, starts_at, kind=kind, **values)
    items: Sequence[TemplateItem] = ()
    if template:
        items = find_template(db, template).items
    elif use_default_template and preset is not None:
        items = [TemplateItem(*i) for i in builtin_for(kind, row.language).items]
    if items:
        replace_agenda(db, row.id, items)  # type: ignore[arg-type]
    if owner_ids:
        from .sessions import set_session_owners

        set_session_owners(db, row.id, list(owner_ids))  # type: ignore[arg-type]
    return row


def new_in_series(db: Database, previous_id: int, starts_at: datetime,
                  title: str | None = None) -> ListeningSession:
    """The next session of the previous one's series (a series is made when it had none).

    Copies the settings, the agenda (without what happened in it) and the attending leaders and
    departments, and makes sure the agenda opens with a report-back item.
    """
    with db.write() as s:
        prev = fetch(s, ListeningSession, previous_id, "Session", "会议")
        if starts_at <= prev.starts_at:
            raise ValidationError(en="The next session of a series must start after the previous one.",
                                  zh="系列中的下一次会议必须晚于上一次。")
        if prev.series_id is None:
            series = Series(title=prev.title)
            touch(s, series, Entity.SERIES)
            prev.series_id = series.id
            touch(s, prev, Entity.SESSION)
        settings = {key: getattr(prev, key) for key in COPIED}
        series_id = prev.series_id
        items = [TemplateItem(i.kind, i.title, i.planned_minutes)
                 for i in session_items(s, previous_id)]
        owner_ids = list(s.exec(select(SessionOwner.owner_id)
                                .where(SessionOwner.session_id == previous_id)))
    if not any(i.kind == AgendaKind.REPORT_BACK for i in items):
        label = pick(settings["language"], en="Report back on the commitments of earlier sessions",
                     zh="上次会议承诺事项办理情况通报")
        items.insert(0, TemplateItem(AgendaKind.REPORT_BACK.value, label, 15))
    row = create_session(db, title or prev.title, starts_at, series_id=series_id, **settings)
    replace_agenda(db, row.id, items)  # type: ignore[arg-type]
    if owner_ids:
        from .sessions import set_session_owners

        set_session_owners(db, row.id, owner_ids)  # type: ignore[arg-type]
    return row


def previous_in_series(db: Database, session_id: int) -> ListeningSession | None:
    with db.read() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        if session.series_id is None:
            return None
        return s.exec(select(ListeningSession)
                      .where(ListeningSession.series_id == session.series_id,
                             col(ListeningSession.starts_at) < session.starts_at)
                      .order_by(col(ListeningSession.starts_at).desc())).first()
