"""``Database.statements()``: prepared Core statements on the driver's cursor (the capture
path) keep every promise of ``db.write()``: committed where others see it, one change notice
after the commit (none for a write that failed), joined inside ``transaction()``, and driver
errors as SQLAlchemy's."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from desktop.core.changes import Entity
from desktop.core.db import open_database
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.live.capture import capture_opinion, opinion_detail
from desktop.core.models import Opinion, OpinionTag
from desktop.core.prepared import Prepared
from desktop.core.services import agenda, opinions, people, sessions

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
_TAG = OpinionTag.__table__  # type: ignore[attr-defined]
_OPINION = Opinion.__table__  # type: ignore[attr-defined]


@pytest.fixture
def room(db):
    session = sessions.create_session(db, "Forum", START)
    item = agenda.add_item(db, session.id, "Open floor")
    return db, session.id, item.id


def _heard(db) -> list:  # noqa: ANN001
    heard: list = []
    db.subscribe(heard.append)
    return heard


def test_a_capture_is_committed_where_another_seat_sees_it(room) -> None:
    db, sid, item = room
    oid = capture_opinion(db, sid, "电梯维修", START, agenda_item_id=item, tags=["电梯", "维修"],
                          reply_text="会后核实", reply_by="住建局")
    other = open_database(db.location)  # another process's engine: only committed rows
    try:
        with other.engine.connect() as conn:
            assert conn.execute(select(_OPINION.c.text, _OPINION.c.version, _OPINION.c.received_at)
                                .where(_OPINION.c.id == oid)).one() == ("电梯维修", 1, START)
            assert sorted(conn.execute(select(_TAG.c.tag).where(_TAG.c.opinion_id == oid))
                          .scalars()) == ["电梯", "维修"]
            assert conn.execute(text("SELECT given_by, on_the_spot FROM reply WHERE opinion_id"
                                     " = :o"), {"o": oid}).one() == ("住建局", True)
    finally:
        other.close()


def test_one_notice_after_the_commit_and_none_for_a_refused_capture(room) -> None:
    db, sid, item = room
    heard = _heard(db)
    oid = capture_opinion(db, sid, "一条", START, agenda_item_id=item)
    assert [(c.entity, c.ids, c.seat) for c in heard] == [(Entity.OPINION, (oid,), db.seat.id)]
    other = sessions.create_session(db, "Other", START)
    foreign = agenda.add_item(db, other.id, "Elsewhere")
    heard.clear()
    with pytest.raises(ValidationError):
        capture_opinion(db, sid, "错的议题", START, agenda_item_id=foreign.id)
    with pytest.raises(NotFoundError):
        capture_opinion(db, sid, "没有这个人", START, person_id=10**6)
    with pytest.raises(NotFoundError):
        capture_opinion(db, 10**6, "没有这个会", START)
    assert heard == []
    assert [o.id for o in opinions.list_opinions(db, sid)] == [oid]


def test_the_links_are_checked_each_on_its_own(room) -> None:
    db, sid, item = room
    person = people.create_person(db, "王秀英", "7号楼")
    agenda.remove_item(db, item)
    with pytest.raises(NotFoundError, match="Agenda item"):
        capture_opinion(db, sid, "已删除的议题", START, agenda_item_id=item)
    oid = capture_opinion(db, sid, "有名有姓", START, person_id=person.id)
    assert [(o.id, o.person_id) for o in opinions.list_opinions(db, sid)] == [(oid, person.id)]


def test_inside_a_transaction_it_joins_and_rolls_back_with_it(room) -> None:
    db, sid, item = room
    heard = _heard(db)
    with pytest.raises(RuntimeError), db.transaction():
        capture_opinion(db, sid, "回滚", START, agenda_item_id=item, tags=["x"])
        raise RuntimeError("the caller's own failure")
    assert opinions.list_opinions(db, sid) == [] and heard == []
    with db.transaction():
        first = capture_opinion(db, sid, "一", START, tags=["x"])
        second = capture_opinion(db, sid, "二", START)
        assert heard == []  # nothing is told before the one commit
    assert [(c.entity, c.ids) for c in heard] == [(Entity.OPINION, (first, second))]


def test_driver_errors_come_out_as_sqlalchemys(room) -> None:
    db, sid, _item = room
    tag = Prepared(insert(_TAG), ("opinion_id", "tag"))
    with pytest.raises(IntegrityError), db.statements() as run:  # no such opinion
        run.execute(tag, {"opinion_id": 10**6, "tag": "x"})
    oid = capture_opinion(db, sid, "一", START, tags=["x"])
    with pytest.raises(IntegrityError), db.statements() as run:  # the same tag twice
        run.executemany(tag, [{"opinion_id": oid, "tag": "y"}, {"opinion_id": oid, "tag": "x"}])
    assert opinions.tags_of(db, [oid]) == {oid: ["x"]}  # "y" was rolled back with the rest
    with db.statements() as run:  # the pool's connection is fine afterwards
        run.execute(tag, {"opinion_id": oid, "tag": "z"})
    assert sorted(opinions.tags_of(db, [oid])[oid]) == ["x", "z"]


def test_a_prepared_insert_keeps_the_column_types_and_defaults(room) -> None:
    db, sid, _item = room
    naive = {"session_id": sid, "text": "naive", "received_at": datetime(2026, 1, 1),
             "created_at": START, "updated_at": START}
    statement = Prepared(insert(_OPINION).returning(_OPINION.c.id), naive)
    with pytest.raises(ValueError, match="naive"), db.statements() as run:
        run.execute(statement, naive)
    with db.statements() as run:  # the scalar defaults (version 1, channel room) filled in
        oid = run.execute(statement, {**naive, "received_at": START}).fetchone()[0]
    stored = opinion_detail(db, oid)[0]
    assert (stored.version, stored.channel, stored.kind, stored.received_at) == \
        (1, "room", "suggestion", START)


def test_a_column_whose_default_is_computed_must_be_given() -> None:
    from sqlalchemy.dialects import sqlite

    statement = Prepared(insert(_OPINION), ("session_id", "text"))  # created_at: utcnow()
    with pytest.raises(ValueError, match="created_at"):
        statement.compiled(sqlite.dialect())
