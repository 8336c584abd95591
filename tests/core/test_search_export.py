"""Search in both languages (FTS5 trigram and the short-word fallback), exports read back,
and the JSON archive: round trip, and refusals that import nothing."""
from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import archive, exports, search
from desktop.core.errors import ValidationError
from desktop.core.services import commitments, dispositions, followups, opinions, owners, sessions

START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def filled(db):
    s1 = sessions.create_session(db, "枫林社区民情恳谈会", START, deadline_policy="message_board")
    s2 = sessions.create_session(db, "Riverside town hall", START + timedelta(days=7))
    city = owners.create_owner(db, "街道城管办")
    o1 = opinions.create_opinion(db, s1.id, "3号楼电梯经常故障，老人上下楼困难",
                                 reply_text="物业本周内检修", speaker_label="3号楼居民")
    o2 = opinions.create_opinion(db, s1.id, "小区停车位不足，晚上停车难")
    o3 = opinions.create_opinion(db, s2.id, "The parking lot by the river floods after rain")
    o4 = opinions.create_opinion(db, s2.id, "=HYPERLINK(\"http://x\")")
    dispositions.set_disposition(db, o2.id, "not_adopted", reason="场地有限", decided_by="王主任")
    dispositions.set_disposition(db, o1.id, "adopted", decided_by="王主任")
    c1 = commitments.create_commitment(db, s1.id, "协调维修电梯", city.id, START + timedelta(days=20),
                                       opinion_ids=[o1.id])
    c2 = commitments.create_commitment(db, s2.id, "Drain the riverside parking", city.id,
                                       START + timedelta(days=30), detail="+ pumps")
    followups.record_followup(db, commitment_id=c1.id, contacted_in_time=True, resolved=True,
                              satisfaction="satisfied", note="已修好")
    return db, s1, s2, (o1, o2, o3, o4), (c1, c2)


def _found(db, query) -> set[tuple[str, int]]:
    return {(h.kind, h.id) for h in search.search(db, query)}


def test_search_chinese_short_and_long_words(filled) -> None:
    db, s1, _s2, (o1, o2, _o3, _o4), (c1, _c2) = filled
    assert _found(db, "电梯") == {("opinion", o1.id), ("commitment", c1.id)}
    assert _found(db, "停车") == {("opinion", o2.id)}
    assert _found(db, "停车难") == {("opinion", o2.id)}
    assert _found(db, "维修电梯") == {("commitment", c1.id)}
    assert _found(db, "检修") == {("reply", db and search.search(db, "检修")[0].id)}
    assert search.search(db, "检修")[0].opinion_id == o1.id
    assert _found(db, "电梯 困难") == {("opinion", o1.id)}
    assert _found(db, "地铁") == set()
    assert search.search(db, "   ") == []
    assert {h.session_id for h in search.search(db, "电梯")} == {s1.id}


def test_search_english_words_any_case(filled) -> None:
    db, _s1, s2, (_o1, _o2, o3, _o4), (_c1, c2) = filled
    assert _found(db, "parking") == {("opinion", o3.id), ("commitment", c2.id)}
    assert _found(db, "PARKING river") == {("opinion", o3.id), ("commitment", c2.id)}
    assert _found(db, "floods") == {("opinion", o3.id)}
    assert _found(db, "pumps") == {("commitment", c2.id)}
    groups = search.grouped(search.search(db, "parking"))
    assert [(sid, len(hits)) for sid, _title, hits in groups] == [(s2.id, 2)]


def test_search_sees_new_edited_and_removed_rows(filled) -> None:
    db, s1, _s2, (o1, _o2, _o3, _o4), _c = filled
    if db.dialect == "sqlite":
        assert search.backlog(db)
        search.catch_up(db)
        assert not search.backlog(db)
    new = opinions.create_opinion(db, s1.id, "垃圾分类点太远")
    assert _found(db, "垃圾分类") == {("opinion", new.id)}
    opinions.update_opinion(db, new.id, text="垃圾桶不够用")
    assert _found(db, "垃圾分类") == set()
    assert _found(db, "垃圾桶不够") == {("opinion", new.id)}
    opinions.remove_opinion(db, o1.id, "重复")
    assert ("opinion", o1.id) not in _found(db, "电梯经常")


def test_capture_does_not_index(filled) -> None:
    db, s1, *_ = filled
    if db.dialect != "sqlite":  # PostgreSQL has no index to keep: search reads the tables
        assert not search.has_index(db)
        opinions.create_opinion(db, s1.id, "新的意见内容")
        assert ("opinion", opinions.list_opinions(db, s1.id)[-1].id) in _found(db, "新的意见")
        return
    search.catch_up(db)
    opinions.create_opinion(db, s1.id, "新的意见内容")
    with db.engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM search_fts").scalar()
    assert search.backlog(db)  # indexed later, not in the capture transaction
    search.catch_up(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_fts").scalar() == count + 1


def test_xlsx_export_reads_back_with_text_not_formulas(filled, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db, s1, *_ = filled
    path = exports.write_xlsx(tmp_path / "out.xlsx", exports.sheets(db, lang="zh"))
    book = load_workbook(path)
    assert book.sheetnames == ["承诺事项", "意见及处理"]
    commitments_ws = list(book["承诺事项"].values)
    assert commitments_ws[0][:3] == ("编号", "会议", "承诺事项")
    assert {r[2] for r in commitments_ws[1:]} == {"协调维修电梯", "Drain the riverside parking"}
    assert "'+ pumps" in {r[3] for r in commitments_ws[1:]}
    opinion_rows = list(book["意见及处理"].values)[1:]
    by_text = {r[7]: r for r in opinion_rows}
    assert by_text["小区停车位不足，晚上停车难"][10:12] == ("不予采纳", "场地有限")
    assert "'=HYPERLINK(\"http://x\")" in by_text
    only = exports.sheets(db, s1.id)
    assert all(r[1] == "枫林社区民情恳谈会" for r in only[0].rows + only[1].rows)


def test_csv_export_has_bom_and_reads_back(filled, tmp_path: Path) -> None:
    db, *_ = filled
    paths = exports.write_csv(tmp_path / "out.csv", exports.sheets(db))
    assert [p.name for p in paths] == ["out-commitments.csv", "out-opinions.csv"]
    raw = paths[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with paths[1].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "ID"
    assert any(r[7] == "3号楼电梯经常故障，老人上下楼困难" and r[10] == "Adopted" for r in rows[1:])
    assert any(r[7].startswith("'=") for r in rows[1:])


def _tables(db, tmp_path: Path, name: str) -> dict:
    path = tmp_path / name
    archive.export_archive(db, path)
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


@pytest.fixture
def empty(tmp_path: Path):
    from desktop.core.db import open_database, resolve_location

    path = tmp_path / "empty.db"
    db = open_database(resolve_location(path, path))
    yield db
    db.close()


def test_archive_round_trip_equals_the_original(filled, tmp_path: Path, empty) -> None:
    db, *_ = filled
    original = _tables(db, tmp_path, "a.json")
    assert len(original["opinion"]["rows"]) == 4
    archive.import_archive(empty, tmp_path / "a.json")
    assert _tables(empty, tmp_path, "b.json") == original
    assert _found(empty, "电梯") and _found(empty, "parking")  # searchable after import
    new = opinions.create_opinion(empty, original["listening_session"]["rows"][0][0], "ok")
    assert new.id == 5  # sequences continue after the imported ids


def test_archive_refusals_import_nothing(filled, tmp_path: Path, empty) -> None:
    db, *_ = filled
    path = tmp_path / "a.json"
    archive.export_archive(db, path)
    with pytest.raises(ValidationError, match="not empty"):
        archive.import_archive(db, path)
    target = empty
    document = json.loads(path.read_text(encoding="utf-8"))
    newer = dict(document, format_version=archive.FORMAT_VERSION + 1)
    (tmp_path / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    with pytest.raises(ValidationError, match="newer version"):
        archive.import_archive(target, tmp_path / "newer.json")
    (tmp_path / "cut.json").write_text(path.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    with pytest.raises(ValidationError, match="damaged"):
        archive.import_archive(target, tmp_path / "cut.json")
    tampered = json.loads(path.read_text(encoding="utf-8"))
    tampered["tables"]["opinion"]["rows"][0][0] = "x"
    (tmp_path / "tampered.json").write_text(json.dumps(tampered), encoding="utf-8")
    with pytest.raises(ValidationError, match="checksum"):
        archive.import_archive(target, tmp_path / "tampered.json")
    # a valid checksum over bad content: fails half-way, and the transaction leaves nothing
    broken = json.loads(path.read_text(encoding="utf-8"))
    owner_col = broken["tables"]["commitment"]["columns"].index("owner_id")
    broken["tables"]["commitment"]["rows"][0][owner_col] = 999  # an owner that does not exist
    broken["sha256"] = archive._digest(broken["tables"])
    (tmp_path / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ValidationError, match="table commitment, row 1.*owner #999"):
        archive.import_archive(target, tmp_path / "broken.json")
    assert not any(n for t, n in archive.row_counts(target).items() if t not in archive.SEEDED)
    archive.import_archive(target, path)  # the good one still goes in afterwards
    assert archive.row_counts(target)["opinion"] == 4


def test_archive_imports_into_either_backend_and_ids_continue(db, empty, tmp_path: Path) -> None:
    source = empty
    s = sessions.create_session(source, "来源会议", START)
    for text in ("电梯", "停车", "路灯"):
        opinions.create_opinion(source, s.id, text + "问题")
    archive.export_archive(source, tmp_path / "src.json")
    counts = archive.import_archive(db, tmp_path / "src.json")
    assert counts["opinion"] == 3
    new = opinions.create_opinion(db, s.id, "导入后新增")
    assert new.id == 4
    assert _found(db, "停车") == {("opinion", 2)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_text_longer_than_an_excel_cell_is_cut_with_a_note_and_said(filled, tmp_path: Path,
                                                                      lang) -> None:
    """Excel opens no workbook with a cell over 32,767 characters (its documented limit). The
    workbook holds the beginning of the text and says in the cell that it is cut; the export
    names every such text; the CSV keeps the whole."""
    from openpyxl import load_workbook

    db, s1, *_ = filled
    excel_limit = 32_767
    long_text = "长" * 40_000 + "结尾"
    edge = "边" * excel_limit  # exactly the limit: whole
    made = opinions.create_opinion(db, s1.id, long_text)
    opinions.create_opinion(db, s1.id, edge)
    data = exports.sheets(db, s1.id, lang)
    book = load_workbook(exports.write_xlsx(tmp_path / "long.xlsx", data))
    texts = [r[7] for r in list(book.worksheets[1].values)[1:]]
    assert max(len(t) for t in texts) <= excel_limit
    assert edge in texts and long_text not in texts
    (cut,) = [t for t in texts if t.startswith("长" * 1000) and t != long_text]
    assert "40,002" in cut and ("CSV" in cut)
    assert cut.startswith("长" * 30_000)
    said = exports.too_long_for_excel(data)
    assert [(c.ident, c.length) for c in said] == [(made.id, 40_002)]
    text = exports.long_cells_text(said, lang)
    assert f"#{made.id}" in text and "40,002" in text
    csv_path = exports.write_csv(tmp_path / "long.csv", data)[1]
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        assert long_text in {r[7] for r in csv.reader(fh)}
