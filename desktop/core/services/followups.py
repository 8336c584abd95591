"""Follow-up calls (回访): was the person contacted, is it resolved, are they satisfied."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from ..db import Database
from ..errors import ValidationError
from ..models import Commitment, FollowUp, Opinion, utcnow
from ..models.enums import Satisfaction
from .common import MAX_TITLE, aware, choice, clean_text, fetch, touch
from ..changes import Entity


def record_followup(db: Database, *, opinion_id: int | None = None,
                    commitment_id: int | None = None, valid: bool = True,
                    contacted_in_time: bool | None = None, resolved: bool | None = None,
                    satisfaction: str | None = None, note: str = "", caller: str = "",
                    called_at: datetime | None = None) -> FollowUp:
    if opinion_id is None and commitment_id is None:
        raise ValidationError(en="A follow-up call is about an opinion or a commitment.",
                              zh="回访必须针对一条意见或一项承诺事项。")
    if satisfaction is not None:
        satisfaction = choice(satisfaction, Satisfaction, "Satisfaction", "满意度")
    with db.write() as s:
        if opinion_id is not None:
            fetch(s, Opinion, opinion_id, "Opinion", "意见")
        if commitment_id is not None:
            fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        row = FollowUp(opinion_id=opinion_id, commitment_id=commitment_id, valid=valid,
                       contacted_in_time=contacted_in_time, resolved=resolved,
                       satisfaction=satisfaction, note=clean_text(note, "Note", "备注"),
                       caller=clean_text(caller, "Caller", "回访人", max_len=MAX_TITLE),
                       called_at=aware(called_at, "Call time", "回访时间") or utcnow())
        touch(s, row, Entity.FOLLOW_UP)
        return row


def list_followups(db: Database, *, opinion_id: int | None = None,
                   commitment_id: int | None = None) -> list[FollowUp]:
    with db.read() as s:
        query = select(FollowUp)
        if opinion_id is not None:
            query = query.where(FollowUp.opinion_id == opinion_id)
        if commitment_id is not None:
            query = query.where(FollowUp.commitment_id == commitment_id)
        return list(s.exec(query.order_by(FollowUp.called_at, FollowUp.id)))
