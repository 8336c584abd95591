"""The large dataset generator: realistic shape, deterministic from its seed."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from desktop.core.db import open_database, resolve_location
from desktop.core.large_demo import LargeCounts, create_large_demo
from desktop.core.models import Commitment, FollowUp, ListeningSession, Opinion, OpinionTag
from desktop.core.services import opinions, sessions

SMALL = LargeCounts(sessions=20, opinions=1_000, commitments=100, people=50, owners=6)


def snapshot(db) -> list[tuple]:
    with db.read() as s:
        return [(o.id, o.session_id, o.text, o.kind, o.support_count)
                for o in s.exec(select(Opinion).order_by(Opinion.id))]


def test_shape_and_services_still_work_on_it(db) -> None:
    create_large_demo(db, seed=7, counts=SMALL)
    with db.read() as s:
        count = lambda model: s.exec(select(func.count()).select_from(model)).one()  # noqa: E731
        assert count(ListeningSession) == 20 and count(Opinion) == 1_000
        assert count(Commitment) == 100 and count(OpinionTag) == 1_000
        assert count(FollowUp) > 0
        languages = set(s.exec(select(ListeningSession.language)))
    assert languages == {"zh", "en"}
    rows = sessions.list_session_rows(db)
    assert sum(r.opinions for r in rows) == 1_000
    added = opinions.create_opinion(db, rows[0].id, "after the bulk load")  # sequences moved on
    assert added.id == 1_001


def test_same_seed_same_data(tmp_path: Path) -> None:
    made = []
    for name in ("a.db", "b.db", "c.db"):
        path = tmp_path / name
        db = open_database(resolve_location(path, path))
        create_large_demo(db, seed=3 if name != "c.db" else 4, counts=SMALL)
        made.append(snapshot(db))
        db.close()
    assert made[0] == made[1]
    assert made[0] != made[2]
