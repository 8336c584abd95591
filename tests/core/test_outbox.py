"""A client id per opinion (saved exactly once) and the laptop's outbox for a server that
cannot be reached: queued in order, replayed in order, nothing twice, nothing lost."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core import archive
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import ServerUnreachableError, StorageError, ValidationError
from desktop.core.live import outbox as outbox_mod
from desktop.core.live.capture import capture_opinion
from desktop.core.live.outbox import Outbox, capture_or_queue, outbox_for, queued_rows
from desktop.core.models import Opinion, OpinionTag, Reply
from desktop.core.services import agenda, opinions, sessions

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


@pytest.fixture
def room(db):
    session = sessions.create_session(db, "Forum", START)
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=30)
    return db, session.id, item.id


def _rows(db, model, **where) -> int:  # noqa: ANN001
    with db.read() as s:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return s.execute(query).scalar_one()


def test_the_same_client_id_is_saved_once(room) -> None:
    db, sid, item = room
    cid = str(uuid.uuid4())
    first = capture_opinion(db, sid, "路灯坏了", START, agenda_item_id=item, tags=["路灯"],
                            reply_text="本周修好", reply_by="街道", client_id=cid)
    again = capture_opinion(db, sid, "路灯坏了", START, agenda_item_id=item, tags=["路灯"],
                            reply_text="本周修好", reply_by="街道", client_id=cid.upper())
    other = capture_opinion(db, sid, "路灯坏了", START, client_id=str(uuid.uuid4()))
    assert again == first != other
    assert _rows(db, Opinion, client_id=cid) == 1
    assert _rows(db, Opinion) == 2
    assert _rows(db, OpinionTag, opinion_id=first) == 1
    assert _rows(db, Reply, opinion_id=first) == 1
    plain = [capture_opinion(db, sid, "no id", START) for _ in range(2)]  # old rows: no id
    assert len(set(plain)) == 2


def test_a_client_id_must_be_a_uuid(room) -> None:
    db, sid, _ = room
    with pytest.raises(ValidationError):
        capture_opinion(db, sid, "text", START, client_id="not-a-uuid")
    assert _rows(db, Opinion) == 0


def test_sqlite_never_queues(room, tmp_path: Path) -> None:
    db, sid, _ = room
    if not db.location.is_sqlite:
        pytest.skip("SQLite only")
    assert outbox_for(db, tmp_path) is None
    done = capture_or_queue(db, None, sid, "直接保存", START)
    assert not done.queued and done.opinion_id is not None


class _Away:
    """The server refuses the first ``n`` captures (as psycopg does while it is down)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.real = outbox_mod.capture_opinion

    def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204
        if self.n > 0:
            self.n -= 1
            raise ServerUnreachableError(en="away", zh="不在")
        return self.real(*args, **kwargs)


def test_queued_while_away_then_replayed_in_order_exactly_once(room, tmp_path: Path,
                                                               monkeypatch) -> None:
    db, sid, item = room
    box = Outbox(tmp_path / "outbox.sqlite")
    away = _Away(1)
    monkeypatch.setattr(outbox_mod, "capture_opinion", away)
    texts = [f"第{i}条" for i in range(5)]
    results = [capture_or_queue(db, box, sid, t, START + timedelta(seconds=i),
                                agenda_item_id=item) for i, t in enumerate(texts)]
    # the first was refused, so it and every later one wait: the server gets them in order
    assert [r.queued for r in results] == [True] * 5
    assert [row.preview for row in queued_rows(box, sid)] == texts[::-1]
    assert all(row.queued and row.id < 0 for row in queued_rows(box, sid))
    again = Outbox(box.path)  # a restart: a new process finds the same entries
    assert [e.fields["text"] for e in again.entries()] == texts
    # the server answered the third one before it went away again: a lost answer
    capture_opinion(db, sid, texts[2], START, client_id=results[2].client_id)
    away.n = 0
    replayed = again.replay(db)
    assert replayed.remaining == 0 and replayed.error is None
    assert [cid for cid, _ in replayed.saved] == [r.client_id for r in results]
    assert again.replay(db).saved == []
    with db.read() as s:
        stored = s.execute(select(Opinion.text, Opinion.client_id).order_by(Opinion.id)).all()
    assert sorted(stored) == sorted(zip(texts, (r.client_id for r in results), strict=True))
    assert [t for t, _ in stored if t != texts[2]] == [t for t in texts if t != texts[2]]
    assert not again.waiting() and capture_or_queue(db, again, sid, "back", START).opinion_id


def test_replay_stops_while_the_server_is_still_away(room, tmp_path: Path,
                                                     monkeypatch) -> None:
    db, sid, _ = room
    box = Outbox(tmp_path / "outbox.sqlite")
    monkeypatch.setattr(outbox_mod, "capture_opinion", _Away(2))
    for i in range(3):
        capture_or_queue(db, box, sid, f"t{i}", START)
    result = box.replay(db)  # refused again at the first entry: nothing sent, nothing lost
    assert result.saved == [] and result.remaining == 3 and result.error is not None
    result = box.replay(db)
    assert len(result.saved) == 3 and result.remaining == 0
    assert _rows(db, Opinion) == 3


def test_bad_input_is_never_queued(room, tmp_path: Path, monkeypatch) -> None:
    db, sid, _ = room
    box = Outbox(tmp_path / "outbox.sqlite")
    monkeypatch.setattr(outbox_mod, "capture_opinion", _Away(10))
    capture_or_queue(db, box, sid, "first", START)
    with pytest.raises(ValidationError):
        capture_or_queue(db, box, sid, "   ", START)
    assert len(box.entries()) == 1


def test_an_entry_whose_session_is_gone_stays_with_its_reason(room, tmp_path: Path,
                                                              monkeypatch) -> None:
    db, sid, item = room
    box = Outbox(tmp_path / "outbox.sqlite")
    monkeypatch.setattr(outbox_mod, "capture_opinion", _Away(1))
    capture_or_queue(db, box, 999_999, "lost session", START)
    capture_or_queue(db, box, sid, "kept", START, agenda_item_id=item)
    agenda.remove_item(db, item)  # meanwhile, on another laptop
    result = box.replay(db)
    assert result.refused == 1 and len(result.saved) == 1
    [left] = box.entries()
    assert left.problem is not None and "999999" in left.problem.zh
    assert _rows(db, Opinion, text="kept") == 1


def test_unreachable_server_message_speaks_the_users_language() -> None:
    with pytest.raises(ServerUnreachableError) as caught:
        open_database(resolve_location("postgresql://nobody@127.0.0.1:1/none", Path("x")))
    error = caught.value
    assert isinstance(error, StorageError)
    assert error.zh.startswith("无法连接数据库服务器")
    for text in (error.en, error.zh):
        assert "Connection refused" not in text and "connection failed" not in text
        assert "psycopg" not in text and "FATAL" not in text


def test_archive_round_trips_the_client_id(room, tmp_path: Path) -> None:
    db, sid, _ = room
    cid = str(uuid.uuid4())
    capture_opinion(db, sid, "with id", START, client_id=cid)
    capture_opinion(db, sid, "old row", START)
    path = tmp_path / "a.json"
    archive.export_archive(db, path)
    target_path = tmp_path / "restored.db"
    target = open_database(resolve_location(target_path, target_path))
    try:
        archive.import_archive(target, path)
        with target.read() as s:
            stored = dict(s.execute(select(Opinion.text, Opinion.client_id)).all())
        assert stored == {"with id": cid, "old row": None}
        assert opinions.opinion_by_client_id(target, cid).text == "with id"
        assert capture_opinion(target, sid, "again", START, client_id=cid) == \
            opinions.opinion_by_client_id(target, cid).id
    finally:
        target.close()
