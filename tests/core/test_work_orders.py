"""12345 work orders: imported once only, shown in the register and exports; on-time and reopen
rates with their counts; an unsatisfied follow-up reopens a commitment."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import exports
from desktop.core.errors import ValidationError
from desktop.core.importing.opinions import import_opinions, preview_opinions
from desktop.core.models import Opinion
from desktop.core.services import (
    commitments, followups, handling_rates, owners, paperwork, register, sessions,
)
from sqlmodel import select

NOW = datetime(2026, 12, 20, 2, 0, tzinfo=UTC)


def _session(db, title: str = "青石社区12月民情恳谈会") -> int:
    return sessions.create_session(db, title, datetime(2026, 12, 1, 6, 30, tzinfo=UTC)).id


def _import(db, session_id: int, path: Path):
    preview = preview_opinions(db, session_id, path, now=NOW)
    return preview, import_opinions(db, preview, now=NOW)


def test_a_work_order_in_two_files_is_imported_once_and_reported_once(sqlite_database,
                                                                     tmp_path) -> None:
    db = sqlite_database
    first, second = _session(db), _session(db, "青石社区1月民情恳谈会")
    a = tmp_path / "a.csv"
    a.write_text("渠道,工单号,内容\n热线,2026112000123,路灯不亮\n热线,2026112100456,垃圾清运不及时\n",
                 encoding="utf-8")
    b = tmp_path / "b.csv"  # the same work order again, with other wording, spaced, full-width
    b.write_text("ticket,text,channel\n２０２６ １１２０ ００１２３,路灯还是不亮（催办）,hotline\n"
                 "2026112200789,噪音扰民,hotline\n", encoding="utf-8")
    _p, added = _import(db, first, a)
    assert added.added == 2
    preview, added = _import(db, second, b)
    assert added.added == 1
    about = [p for p in preview.problems() if "2026112000123" in p.en]
    assert len(about) == 1 and about[0].line == 2 and "工单" in about[0].zh
    with db.read() as s:
        numbers = sorted(s.exec(select(Opinion.work_order_no)).all())
        sources = set(s.exec(select(Opinion.work_order_source)).all())
    assert numbers == ["2026112000123", "2026112100456", "2026112200789"]
    assert sources == {"12345"}


def test_a_work_order_repeated_inside_one_file_is_imported_once(sqlite_database, tmp_path) -> None:
    db = sqlite_database
    sid = _session(db)
    f = tmp_path / "x.csv"
    f.write_text("工单号,工单来源,内容\nA-1,区热线,第一次\nA-1,区热线,第二次\nA-1,12345,另一系统同号\n",
                 encoding="utf-8")
    preview, added = _import(db, sid, f)
    assert added.added == 2  # same number from another source is another work order
    assert [p.line for p in preview.problems() if "A-1" in p.en] == [3]


def _commitment(db, sid: int, owner_id: int, title: str, due: datetime, opinion_ids=()) -> int:
    return commitments.create_commitment(db, sid, title, owner_id, due, opinion_ids=opinion_ids).id


def test_register_and_exports_show_the_work_order(sqlite_database, tmp_path) -> None:
    db = sqlite_database
    sid = _session(db)
    f = tmp_path / "a.csv"
    f.write_text("工单号,内容\nGD-778,楼道灯坏了\n", encoding="utf-8")
    _import(db, sid, f)
    with db.read() as s:
        opinion_id = s.exec(select(Opinion.id)).one()
    owner = owners.create_owner(db, "物业办")
    cid = _commitment(db, sid, owner.id, "修楼道灯", NOW + timedelta(days=5), [opinion_id])
    assert register.rows_for(db, [cid])[cid].work_orders == "12345 · GD-778"
    com, ops = exports.sheets(db, sid, "zh")
    assert com.rows[0][com.header.index("工单号")] == "12345 · GD-778"
    assert ops.header[-2:] == ["工单号", "工单来源"] and ops.rows[0][-2:] == ["GD-778", "12345"]


def test_on_time_and_reopen_rates_with_their_counts(sqlite_database) -> None:
    db = sqlite_database
    sid = _session(db)
    owner = owners.create_owner(db, "城管科")
    past, future = NOW - timedelta(days=3), NOW + timedelta(days=10)
    on_time = _commitment(db, sid, owner.id, "按时", past)
    early = _commitment(db, sid, owner.id, "提前", past)
    late = _commitment(db, sid, owner.id, "超时", past)
    overdue = _commitment(db, sid, owner.id, "逾期未办", past)
    _commitment(db, sid, owner.id, "未到期", future)
    reopened = _commitment(db, sid, owner.id, "重办", future)
    commitments.set_status(db, on_time, "done", now=past - timedelta(days=1))
    commitments.set_status(db, early, "done", now=past - timedelta(days=2))
    commitments.set_status(db, late, "done", now=past + timedelta(days=1))
    commitments.set_status(db, reopened, "done", now=NOW - timedelta(days=1))
    call = followups.record_followup(db, commitment_id=reopened, satisfaction="unsatisfied")
    paperwork.reopen_commitment(db, reopened, follow_up_id=call.id, now=NOW)
    del overdue
    rows = handling_rates.handling_by(db, "owner", NOW)
    assert len(rows) == 1
    r = rows[0].rates
    # worked by hand: due = on-time, early, late, overdue (4); on time 2; ever completed =
    # on-time, early, late, reopened (4); reopened 1
    assert (r.due, r.on_time, r.completed, r.reopened) == (4, 2, 4, 1)
    assert r.on_time_rate == pytest.approx(0.5) and r.reopen_rate == pytest.approx(0.25)
    assert handling_rates.total_handling(rows) == r


def test_reopening_needs_a_completed_commitment_and_an_unsatisfied_call(sqlite_database) -> None:
    db = sqlite_database
    sid = _session(db)
    owner = owners.create_owner(db, "城管科")
    cid = _commitment(db, sid, owner.id, "事项", NOW + timedelta(days=3))
    happy = followups.record_followup(db, commitment_id=cid, satisfaction="satisfied")
    with pytest.raises(ValidationError) as exc:
        paperwork.reopen_commitment(db, cid, follow_up_id=happy.id)
    assert "completed" in exc.value.en and "已办结" in exc.value.zh
    commitments.set_status(db, cid, "done")
    with pytest.raises(ValidationError) as exc:
        paperwork.reopen_commitment(db, cid, follow_up_id=happy.id)
    assert "unsatisfied" in exc.value.en
    with pytest.raises(ValidationError):
        paperwork.reopen_commitment(db, cid)  # neither a call nor a reason
    row = paperwork.reopen_commitment(db, cid, reason="群众反映仍未解决")
    assert row.completed_before is not None
    assert register.rows_for(db, [cid])[cid].status == "in_progress"


@pytest.mark.parametrize("bad", ["青石交〔{year}〕号", "青石交{nn}号", "{n}{", "", "{year}{x}{n}"])
def test_a_slip_format_without_its_number_is_refused(sqlite_database, bad) -> None:
    if not bad:
        assert paperwork.set_setting(sqlite_database, "slip_number_format", bad) \
            .slip_number_format == paperwork.DEFAULT_SLIP_FORMAT
        return
    with pytest.raises(ValidationError) as exc:
        paperwork.set_setting(sqlite_database, "slip_number_format", bad)
    assert "{n}" in exc.value.en and "{n}" in exc.value.zh
    assert paperwork.get_settings(sqlite_database).slip_number_format == \
        paperwork.DEFAULT_SLIP_FORMAT


def test_unknown_settings_and_bad_numbers_are_refused(sqlite_database) -> None:
    with pytest.raises(ValidationError):
        paperwork.set_setting(sqlite_database, "colour", "red")
    with pytest.raises(ValidationError):
        paperwork.set_setting(sqlite_database, "blank_rows", "many")
    with pytest.raises(ValidationError):
        paperwork.set_setting(sqlite_database, "notice_period_days", "0")
    assert paperwork.set_setting(sqlite_database, "blank_rows", "25").blank_rows == 25


def test_slip_numbers_of_the_year_in_the_session_language(sqlite_database) -> None:
    db = sqlite_database
    en = sessions.create_session(db, "Riverside forum", NOW - timedelta(days=30), language="en").id
    zh = _session(db)
    owner = owners.create_owner(db, "Highways")
    for sid in (en, zh, zh):
        _commitment(db, sid, owner.id, "Fix it", NOW + timedelta(days=9))
    assert list(paperwork.assign_slip_numbers(db, en, now=NOW).values()) == ["No. 2026/1"]
    paperwork.set_setting(db, "slip_number_format", "青石交〔{year}〕{n}号")
    assert list(paperwork.assign_slip_numbers(db, zh, now=NOW).values()) == [
        "青石交〔2026〕2号", "青石交〔2026〕3号"]
    assert list(paperwork.assign_slip_numbers(db, en, now=NOW).values()) == ["No. 2026/1"]
    next_year = NOW.replace(year=2027)
    _commitment(db, zh, owner.id, "Next year", next_year + timedelta(days=9))
    assert list(paperwork.assign_slip_numbers(db, zh, now=next_year).values())[-1] == \
        "青石交〔2027〕1号"
