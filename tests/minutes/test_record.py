"""The minutes read from the record: by topic, true figures, attendance, the report-back item,
the report back, one batched read, approval and recorded files."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import docx
import pytest
from sqlalchemy import event

from desktop.core.errors import ValidationError
from desktop.core.queries.minutes import read_minutes
from desktop.core.services import minutes_versions, opinions
from desktop.minutes.generate import (
    approve_minutes, collect_report_back, describe_changes, generate_minutes, write_report_back,
)

from .records import NOW, bulk_session, known_session


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def body_of(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.fixture
def known(db):
    return known_session(db)


@pytest.fixture
def official(db, known, tmp_path):
    made = generate_minutes(db, known.session_id, style="official", public=False, out=tmp_path / "纪要.docx", now=NOW)
    return made.result.path


def test_every_figure_matches_the_known_session(official):
    body = "\n".join(body_of(official))
    # 5 named speakers (王秀英, 赵磊, 沿河商户, 刘强 still speaking, 吴刚 without a turn) + 1 anonymous;
    # 5 started turns (one running) + 1 for 吴刚
    assert "现场共有6人发言6人次" in body
    assert "发言人中匿名1人" in body
    # 3 + 2 + 4 + 1 finished minutes and 2 minutes of the running turn at NOW
    assert "发言总时长12分钟" in body
    assert "本次会议参会7人" in body  # 6 residents and 赵志刚 present
    assert "会前通过其他渠道收到意见建议4条（热线2条，来信1条，意见箱1条），未计入现场发言" in body
    assert "共有0人发言" not in body


def test_body_is_written_by_topic(official):
    texts = body_of(official)
    body = "\n".join(texts)
    assert "（二）关于停车、电梯和路灯问题" in texts  # a generic item is headed by its topics
    parking = next(t for t in texts if t.startswith("关于停车，"))
    assert parking.startswith("关于停车，3号楼、5号楼居民等2人反映：")
    assert "现场另有10人附议" in parking
    assert "张伟民副主任现场答复：城管执法中队本周起夜间巡查" in parking
    assert "会议议定：在3号楼东侧施划停车位，由城管执法中队负责，2026年12月15日前完成。" in parking
    assert "13800138000" not in body and "王秀英" not in body.split("一、会议议程")[1].split("附件")[0]
    assert "提出表扬：感谢社区上个月修好了楼道灯" in body
    # opinions by other channels are reported before the session's discussion, not as speeches
    assert "二、会前收集意见" in texts
    assert any(t.startswith("会前，通过热线、来信、意见箱等渠道共收到群众意见建议4条（热线2条，来信1条，意见箱1条）")
               for t in texts)
    assert "居民自由发言" in body and "（自由发言" not in body  # agenda lines do not repeat their kind
    assert "本议题未收到意见建议" not in body and "意见第" not in body
    assert "（三）关于总结" not in texts  # an item that discussed nothing has no heading


def test_attendance_leaders_first_then_departments_then_residents(official):
    texts = body_of(official)
    assert "出席：街道办事处副主任张伟民；城管执法中队；区住建委 赵志刚；居民代表 6人（3号楼3人、5号楼2人）" in texts
    assert "列席：居民代表 1人（物业公司1人）" in texts
    assert "请假：区交警大队 冯涛" in texts
    assert "主持：张伟民（街道办事处副主任）" in texts and "记录：李娜" in texts
    assert not any("引导员" in t for t in texts)


def test_report_back_item_lists_the_earlier_commitments(official):
    texts = body_of(official)
    assert "（一）关于上次会议承诺事项办理情况通报" in texts
    line = next(t for t in texts if t.startswith("（1）修复东门路灯"))
    assert line == ("（1）修复东门路灯（责任单位：城管执法中队；完成时限：2026年12月15日；办理状态：办理中）。"
                    "城管执法中队在会上说明：已更换灯杆，本周内通电。")


def test_layout_dates_and_mark(official):
    texts = body_of(official)
    assert texts[0] == "青石街道办事处民情恳谈会纪要"
    dates = {t for t in texts[:3] if "年" in t}
    assert dates == {"青石街道办事处\t2026年11月18日"}  # one date, the session's, in the 版头
    assert not any(t.startswith("审定") for t in texts)  # no signature block


def test_report_back_by_topic_with_counts_in_order(db, known, tmp_path):
    content = collect_report_back(db, known.session_id, issued=NOW)
    assert [(c.label, c.count) for c in content.summary] == [
        ("采纳", 1), ("部分采纳", 1), ("解释说明", 1), ("转办", 1), ("不予采纳", 1), ("尚未答复", 3)]
    assert content.praise_count == 1
    result = write_report_back(db, known.session_id, tmp_path / "通报.docx", now=NOW)
    text = text_of(result.path)
    assert "采纳1条，部分采纳1条，解释说明1条，转办1条，不予采纳1条，尚未答复3条" in text
    assert "另收到表扬1条" in text
    parking = next(row for row in docx.Document(str(result.path)).tables[0].rows if "停车" in row.cells[1].text)
    cells = [c.text for c in parking.cells]
    assert cells[1].startswith("停车：3号楼、5号楼居民（2人）反映")
    assert "采纳" in cells[2] and "张伟民副主任答复" in cells[2]
    assert "在3号楼东侧施划停车位（城管执法中队，时限：2026年12月15日，待办）" in cells[3]
    assert "#" not in text and "replies" not in text and "13800138000" not in text


def _count_queries(db, fn) -> int:
    count = 0

    def on_execute(*_args):
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", on_execute)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
    return count


def test_one_read_with_the_same_number_of_queries_for_10_and_1000_opinions(db):
    small = bulk_session(db, 10, 2, title="小")
    large = bulk_session(db, 1000, 200, title="大")
    n_small = _count_queries(db, lambda: read_minutes(db, small, NOW))
    n_large = _count_queries(db, lambda: read_minutes(db, large, NOW))
    assert n_small == n_large and n_large <= 25
    record = read_minutes(db, large, NOW)
    assert len(record.opinions) == 1000 and len(record.commitments) == 200
    assert sum(len(v) for v in record.replies.values()) == 1000 and len(record.dispositions) == 1000


def test_the_read_is_one_snapshot(db, known):
    """A write another seat commits between the queries of the read is not half-seen."""
    from desktop.core.db import open_database

    other = open_database(db.location)  # another laptop on the same database
    seen = []

    def writer(conn, cursor, statement, *_args):
        if "FROM opinion_tag" in statement and not seen:
            seen.append(statement)
            opinions.create_opinion(other, known.session_id, "读取过程中新增的意见", tags=["停车"])

    event.listen(db.engine, "before_cursor_execute", writer)
    try:
        record = read_minutes(db, known.session_id, NOW)
    finally:
        event.remove(db.engine, "before_cursor_execute", writer)
        other.close()
    assert seen  # the other seat did write in the middle of the read
    texts = [o.text for o in record.opinions]
    tagged = {oid for oid in record.tags}
    assert "读取过程中新增的意见" not in texts and tagged <= {o.id for o in record.opinions}
    again = read_minutes(db, known.session_id, NOW)  # the oracle: the write did land
    assert "读取过程中新增的意见" in [o.text for o in again.opinions]
    assert set(again.tags) - {o.id for o in record.opinions}


def test_approval_writes_the_final_file_read_only(db, known, tmp_path):
    draft = generate_minutes(db, known.session_id, style="official", public=False, out=tmp_path / "m.docx", now=NOW)
    assert "本纪要尚未审定" in text_of(draft.result.path)
    row = approve_minutes(db, draft.version.id, "张伟民", now=NOW)
    final = Path(row.file_path)
    text = text_of(final)
    assert "尚未审定" not in text and "仅供内部核对" not in text
    props = docx.Document(str(final)).core_properties
    assert props.content_status == "已审定" and props.comments == "审定：张伟民，2026年11月18日（第1版）"
    assert minutes_versions.file_sha256(final) == row.sha256 != draft.result.sha256
    assert not os.stat(final).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    with pytest.raises(ValidationError, match="already approved"):
        approve_minutes(db, draft.version.id, "张伟民", now=NOW)


def test_approval_refuses_a_draft_the_record_has_moved_past(db, known, tmp_path):
    draft = generate_minutes(db, known.session_id, style="plain", public=False, out=tmp_path / "m.docx", now=NOW)
    opinions.create_opinion(db, known.session_id, "会后补充意见")
    with pytest.raises(ValidationError, match="changed since this draft"):
        approve_minutes(db, draft.version.id, "张伟民", now=NOW)
    assert minutes_versions.list_versions(db, known.session_id)[0].status == "draft"


def test_no_document_writes_over_a_recorded_file_of_any_session(db, known, tmp_path):
    draft = generate_minutes(db, known.session_id, style="official", public=False, out=tmp_path / "a.docx", now=NOW)
    approve_minutes(db, draft.version.id, "张伟民", now=NOW)
    before = (tmp_path / "a.docx").read_bytes()
    with pytest.raises(ValidationError, match=r"a \(2\)\.docx"):
        write_report_back(db, known.session_id, tmp_path / "a.docx", now=NOW)
    with pytest.raises(ValidationError, match="never written over"):
        generate_minutes(db, known.previous_id, style="plain", public=True, out=tmp_path / "a.docx", now=NOW)
    assert (tmp_path / "a.docx").read_bytes() == before


def test_changes_use_the_documents_numbering_and_words(db, known, tmp_path):
    first = generate_minutes(db, known.session_id, style="official", public=False, out=tmp_path / "1.docx", now=NOW)
    approve_minutes(db, first.version.id, "张伟民", now=NOW)
    opinions.add_reply(db, known.opinion_ids["lift"], "街道将组织征求意见。", "张伟民", on_the_spot=True)
    second = generate_minutes(db, known.session_id, style="official", public=False, out=tmp_path / "2.docx", now=NOW)
    number = 1 + [o.id for o in read_minutes(db, known.session_id, NOW).opinions].index(known.opinion_ids["lift"])
    assert second.changes == (f"第{number}条意见：答复已修改",)
    old = json.loads(minutes_versions.list_versions(db, known.session_id)[0].content_json)
    assert describe_changes(old, old, "en") == ()
