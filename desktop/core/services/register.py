"""Read side of the commitment register: rows joined with owner and session, in SQL."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from ..db import Database
from ..models import Commitment, ListeningSession, Owner


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    title: str
    owner: str
    status: str
    due_at: datetime
    session_id: int
    session_title: str


def commitment_rows(db: Database) -> list[CommitmentRow]:
    query = (select(Commitment.id, Commitment.title, Owner.name, Commitment.status,
                    Commitment.due_at, ListeningSession.id, ListeningSession.title)
             .join(Owner, col(Owner.id) == Commitment.owner_id)
             .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
             .where(col(Commitment.removed_at).is_(None))
             .order_by(Commitment.due_at, Commitment.id))
    with db.read() as s:
        return [CommitmentRow(*row) for row in s.exec(query)]
