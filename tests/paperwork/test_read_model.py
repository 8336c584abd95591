"""The paperwork's read model: one read, a fixed number of queries whatever the size."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import event

from desktop.core.queries.paperwork import read_paperwork, working_days_between
from desktop.core.services import attendance, commitments, opinions, owners, sessions

CST = timezone(timedelta(hours=8))


def _session(db, n: int) -> int:
    starts = datetime(2026, 12, 18, 14, 30, tzinfo=CST)
    sid = sessions.create_session(db, f"第{n}场", starts, language="zh").id
    owner = owners.create_owner(db, f"部门{n}")
    ids = [opinions.create_opinion(db, sid, f"意见{i}", reply_text="现场答复", tags=["停车"]).id
           for i in range(n)]
    for i in range(n):
        attendance.register_attendee(db, sid, f"居民{i}", f"{i % 3}号楼")
    for i in range(0, n, 2):
        commitments.create_commitment(db, sid, f"事项{i}", owner.id, starts + timedelta(days=9),
                                      opinion_ids=ids[i:i + 2])
    return sid


def _queries(db, session_id: int) -> int:
    count = 0

    def seen(*_args) -> None:
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        content = read_paperwork(db, session_id, tz=CST)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert content.opinions and content.commitments
    return count


def test_the_same_number_of_queries_for_10_and_100_opinions(sqlite_database) -> None:
    small, large = _session(sqlite_database, 10), _session(sqlite_database, 100)
    assert _queries(sqlite_database, small) == _queries(sqlite_database, large)


def test_working_days_skip_weekends_and_holidays() -> None:
    d = datetime(2026, 12, 18).date()  # a Friday
    assert working_days_between(d, d) == 0
    assert working_days_between(d, d + timedelta(days=3)) == 1  # Monday 21 December
    assert working_days_between(d, datetime(2026, 12, 31).date()) == 9


def test_write_all_writes_every_kind(sqlite_database, tmp_path) -> None:
    import docx

    from desktop.paperwork.generate import KINDS, write_all

    sid = _session(sqlite_database, 4)
    made = write_all(sqlite_database, sid, tmp_path, tz=CST)
    assert [w.version.style for w in made] == list(KINDS)
    for w in made:
        assert docx.Document(str(w.path)).paragraphs
