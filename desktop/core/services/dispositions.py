"""Dispositions: how each opinion was finally handled, with who decided and when."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from ..db import Database
from ..errors import ValidationError
from ..models import Disposition, Opinion, Owner, utcnow
from ..models.enums import DispositionKind
from .common import MAX_TITLE, audit, aware, choice, clean_text, fetch, touch


def set_disposition(db: Database, opinion_id: int, kind: str, *, reason: str = "",
                    decided_by: str = "", referred_to_id: int | None = None,
                    decided_at: datetime | None = None) -> Disposition:
    kind = choice(kind, DispositionKind, "Disposition", "处理结果")
    reason = clean_text(reason, "Reason", "理由")
    decided_by = clean_text(decided_by, "Decided by", "决定人", max_len=MAX_TITLE)
    if kind == DispositionKind.NOT_ADOPTED and not reason.strip():
        raise ValidationError("An opinion that is not adopted needs a reason the citizen can read.",
                              "不予采纳必须写明理由。")
    if kind == DispositionKind.REFERRED and referred_to_id is None:
        raise ValidationError("Say which owner the opinion is referred to.", "请选择转办的责任单位。")
    with db.write() as s:
        opinion = fetch(s, Opinion, opinion_id, "Opinion", "意见")
        if opinion.removed_at is not None:
            raise ValidationError("This opinion was removed.", "该意见已删除。")
        if referred_to_id is not None:
            fetch(s, Owner, referred_to_id, "Owner", "责任单位")
        row = s.exec(select(Disposition).where(Disposition.opinion_id == opinion_id)).first()
        previous = row.kind if row else None
        row = row or Disposition(opinion_id=opinion_id, kind=kind)
        row.kind, row.reason, row.decided_by = kind, reason, decided_by
        row.referred_to_id = referred_to_id
        row.decided_at = aware(decided_at, "Decision time", "决定时间") or utcnow()
        touch(s, row, "disposition")
        audit(s, "opinion", opinion_id, "disposition", reason, old=previous, new=kind)
        touch(s, opinion, "opinion")
        return row


def get_disposition(db: Database, opinion_id: int) -> Disposition | None:
    with db.read() as s:
        return s.exec(select(Disposition).where(Disposition.opinion_id == opinion_id)).first()
