"""Importing opinions and attendees: encodings, preview verdicts, all-or-nothing, duplicates."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core.errors import ValidationError
from desktop.core.importing import DUPLICATE, INVALID, VALID
from desktop.core.importing.attendees import import_attendees, preview_attendees
from desktop.core.importing.opinions import import_opinions, preview_opinions
from desktop.core.importing.values import ValueProblem, parse_datetime
from desktop.core.models import Opinion, Person
from desktop.core.services import agenda, attendance, opinions, preparation

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)
CSV_ZH = (
    "渠道,收到时间,姓名,分组,联系方式,议题,类型,标签,内容,备注\n"
    "热线,2026年11月3日 14:30,王女士,7号楼,13800138000,3,投诉,停车；噪音,晚上广场舞太吵，希望控制音量\n"
    "来信,2026/11/4,,枫林小学,,议题不存在,建议,,建议增加学校门口的护学岗\n"
    "电子邮件,3 Nov 2026,李先生,,,,咨询,,\"多行\n内容，含逗号\"\n"
    "意见箱,11/03/2026,,,,,表扬,,感谢物业\n"
    "web,not a date,,,,,praise,,x\n"
    "传真,2026-11-05,,,,,,,y\n"
    ",,,,,,,,\n"
    ",2026-11-05,,,,,,,\n"
)


@pytest.fixture
def session(db):
    return preparation.new_session(db, "民情恳谈会", START, "listening", language="zh")


def write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("gb18030", "GB18030"), ("gbk", "GB18030")])
def test_encodings_are_detected_and_verdicts_named(db, session, tmp_path, encoding, label) -> None:
    path = write(tmp_path, "op.csv", CSV_ZH, encoding)
    preview = preview_opinions(db, session.id, path, now=NOW, tz=CST)
    assert preview.encoding == label
    assert preview.ignored_columns == ["备注"]
    verdicts = {r.line: r.status for r in preview.rows}
    assert verdicts == {2: VALID, 3: VALID, 4: VALID, 6: INVALID, 7: INVALID, 8: INVALID,
                        10: INVALID}
    errors = {(p.line, p.column) for p in preview.problems() if p.severity == "error"}
    assert errors == {(6, "收到时间"), (7, "收到时间"), (8, "渠道"), (10, "内容")}
    # an agenda item the session does not have: kept without an item, with a note, and offered
    assert (3, "议题", "warning") in {(p.line, p.column, p.severity) for p in preview.problems()}
    assert preview.missing_items == ["议题不存在"]
    assert opinions.list_opinions(db, session.id) == []  # the preview wrote nothing
    result = import_opinions(db, preview, now=NOW)
    assert (result.added, result.invalid) == (3, 4)
    rows = opinions.list_opinions(db, session.id)
    first = next(o for o in rows if o.channel == "hotline")
    assert (first.kind, first.speaker_label, first.received_at) == (
        "complaint", "王女士", datetime(2026, 11, 3, 6, 30, tzinfo=UTC))
    assert first.agenda_item_id == agenda.list_items(db, session.id)[2].id
    assert opinions.tags_of(db, [first.id])[first.id] == ["停车", "噪音"]
    with db.read() as s:
        person = s.get(Person, first.person_id)
    assert (person.contact, person.contact_consent, person.consent_at) == (
        "13800138000", True, first.received_at)
    multi = next(o for o in rows if o.channel == "email")
    assert multi.text == "多行\n内容，含逗号" and multi.kind == "question"


def test_same_file_twice_adds_nothing_even_in_another_encoding(db, session, tmp_path) -> None:
    first = preview_opinions(db, session.id, write(tmp_path, "a.csv", CSV_ZH, "utf-8"), now=NOW, tz=CST)
    assert import_opinions(db, first).added == 3
    again = preview_opinions(db, session.id, write(tmp_path, "b.csv", CSV_ZH, "gb18030"), now=NOW,
                             tz=CST)
    assert (again.valid, again.duplicates) == (0, 3)
    assert import_opinions(db, again).added == 0
    # A preview made before the first import still adds nothing when imported later.
    assert import_opinions(db, first).added == 0
    assert len(opinions.list_opinions(db, session.id)) == 3


def test_repeated_rows_in_one_file_are_duplicates(db, session, tmp_path) -> None:
    text = "text,channel\nsame  words ,hotline\nsame words,热线\nother,hotline\n"
    preview = preview_opinions(db, session.id, write(tmp_path, "d.csv", text, "utf-8"), now=NOW)
    assert [r.status for r in preview.rows] == [VALID, DUPLICATE, VALID]
    assert "line 2" in preview.rows[1].problems[0].en


def test_formulas_controls_and_a_megabyte_cell(db, session, tmp_path) -> None:
    big = "长" * 1_000_000
    text = ("text,name\n"
            "\"=cmd|' /C calc'!A0\",x\n"
            "bell\x07 and esc\x1b kept as text,y\x00z\n"
            f"{big},big\n"
            f"ok,{'n' * 600}\n")
    preview = preview_opinions(db, session.id, write(tmp_path, "f.csv", text, "utf-8"), now=NOW)
    assert [r.status for r in preview.rows] == [VALID, VALID, VALID, INVALID]
    warnings = [(p.line, p.column) for p in preview.problems() if p.severity == "warning"]
    assert (2, "text") in warnings and (3, "text") in warnings and (3, "name") in warnings
    assert preview.rows[3].problems[0].column == "name"
    import_opinions(db, preview, now=NOW)
    texts = sorted(o.text for o in opinions.list_opinions(db, session.id))
    assert "=cmd|' /C calc'!A0" in texts
    assert "bell and esc kept as text" in texts
    assert big in texts


def test_xlsx_with_formula_dates_and_extra_columns(db, session, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Channel", "Received at", "Text", "Extra"])
    sheet.append(["hotline", datetime(2026, 11, 3, 9, 15), "路灯坏了", 1])
    sheet.append(["letter", "2026年11月4日 下午2:30", "=HYPERLINK(\"http://x\")", None])
    sheet.append([None, None, None, None])
    sheet.append(["box", 45000, 42, None])
    path = tmp_path / "op.xlsx"
    book.save(path)
    preview = preview_opinions(db, session.id, path, now=NOW, tz=CST)
    assert preview.format == "xlsx" and preview.ignored_columns == ["Extra"]
    assert [(r.line, r.status) for r in preview.rows] == [(2, VALID), (3, VALID), (5, INVALID)]
    import_opinions(db, preview)
    got = {o.text: o for o in opinions.list_opinions(db, session.id)}
    assert got["路灯坏了"].received_at == datetime(2026, 11, 3, 1, 15, tzinfo=UTC)
    assert got["=HYPERLINK(\"http://x\")"].received_at == datetime(2026, 11, 4, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"name,group\nx,y\n", "no text"),
    (b"text\n", "no rows"),
    (b"\x00\x01\x02binary\xff\xfe\x00", "neither a CSV"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Excel"),
    (b"PK\x03\x04not really a zip", "not a valid .xlsx"),
])
def test_bad_files_are_refused_clearly(db, session, tmp_path, content, match) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=match):
        preview_opinions(db, session.id, path)
    with pytest.raises(ValidationError, match="no file"):
        preview_opinions(db, session.id, tmp_path / "missing.csv")


@pytest.mark.parametrize("text, expected", [
    ("2026年11月3日 14:30", datetime(2026, 11, 3, 14, 30)),
    ("2026年11月3日", datetime(2026, 11, 3)),
    ("2026年11月3日下午2点30分", datetime(2026, 11, 3, 14, 30)),
    ("2026/11/3", datetime(2026, 11, 3)),
    ("2026.11.03 08:05:09", datetime(2026, 11, 3, 8, 5, 9)),
    ("2026-11-03 14:30", datetime(2026, 11, 3, 14, 30)),
    ("2026-11-03T14:30:00", datetime(2026, 11, 3, 14, 30)),
    ("3 Nov 2026", datetime(2026, 11, 3)),
    ("3 November 2026 2:30 PM", datetime(2026, 11, 3, 14, 30)),
    ("Nov 3, 2026", datetime(2026, 11, 3)),
    ("13/11/2026", datetime(2026, 11, 13)),
    ("11/13/2026", datetime(2026, 11, 13)),
    ("２０２６年１１月３日", datetime(2026, 11, 3)),
])
def test_dates_in_usual_formats(text, expected) -> None:
    assert parse_datetime(text, CST) == expected.replace(tzinfo=CST)


def test_offsets_and_bad_dates() -> None:
    assert parse_datetime("2026-11-03T14:30:00+00:00", CST) == datetime(2026, 11, 3, 14, 30,
                                                                         tzinfo=UTC)
    for bad in ("11/03/2026", "2026-02-30", "2026年13月1日", "yesterday", "3 Foo 2026"):
        with pytest.raises(ValueProblem):
            parse_datetime(bad, CST)


def test_import_is_all_or_nothing(db, session, tmp_path, monkeypatch) -> None:
    from desktop.core.importing import opinions as module

    preview = preview_opinions(db, session.id, write(tmp_path, "a.csv", CSV_ZH, "utf-8"), now=NOW)

    def broken_audit(*_a, **_k):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(module, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        import_opinions(db, preview)
    with db.read() as s:
        assert list(s.exec(select(Opinion))) == []
        assert list(s.exec(select(Person))) == []


ATTENDEES = ("姓名,分组,联系方式,同意,出席情况,备注,座位\n"
             "王芳,7号楼,13800138000,是,出席,,A1\n"
             "李明,7号楼,13900000000,,出席,,A2\n"
             "张校长,实验小学,,,列席,,A3\n"
             ",8号楼,,,,,A4\n"
             "赵六,8号楼,,也许,,,A5\n"
             "王芳,7号楼,,,,,A6\n"
             "钱七,9号楼,,,迟到,,A7\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_attendee_import(db, session, tmp_path, encoding) -> None:
    path = write(tmp_path, "att.csv", ATTENDEES, encoding)
    preview = preview_attendees(db, session.id, path)
    assert preview.ignored_columns == ["座位"]
    assert [r.status for r in preview.rows] == [VALID, VALID, VALID, INVALID, INVALID, DUPLICATE,
                                                INVALID]
    no_consent = [p for p in preview.rows[1].problems if p.column == "联系方式"]
    assert no_consent and no_consent[0].severity == "warning"
    assert import_attendees(db, preview, now=NOW).added == 3
    people = {p.name: (p.contact, p.consent_at) for _a, p in attendance.attendees(db, session.id)}
    assert people == {"王芳": ("13800138000", NOW), "李明": (None, None), "张校长": (None, None)}
    totals = {(t.group_name, t.role): t.count for t in attendance.totals_by_group(db, session.id)}
    assert totals == {("7号楼", "present"): 2, ("实验小学", "attending"): 1}
    again = preview_attendees(db, session.id, path)
    assert again.valid == 0 and import_attendees(db, again).added == 0


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_exported_opinion_sheet_imports_into_another_session(db, session, tmp_path, lang,
                                                                fmt) -> None:
    """What the export writes (its headers and words in either language, its times in the
    display zone) reads back: every opinion's text, channel, kind, tags and minute of arrival;
    the columns the import does not take are named, never dropped in silence."""
    from desktop.core import exports

    given = [("晚上广场舞太吵，含逗号,和\"引号\"", "hotline", "complaint", ["噪音", "广场舞"]),
             ("建议增加护学岗\n第二行", "letter", "suggestion", []),
             ("=1+2 看起来像公式", "box", "question", ["公式"]),
             ("感谢物业", "web", "praise", []),
             ("当场提出", "room", "suggestion", ["现场"])]
    for n, (text, channel, kind, tags) in enumerate(given):
        opinions.create_opinion(db, session.id, text, channel=channel, kind=kind, tags=tags,
                                received_at=START + timedelta(hours=n, minutes=7 * n))
    sheets = exports.sheets(db, session.id, lang)
    if fmt == "csv":
        path = exports.write_csv(tmp_path / "out.csv", sheets)[1]
    else:
        path = exports.write_xlsx(tmp_path / "out.xlsx", sheets)  # commitments come first
    other = preparation.new_session(db, "第二次恳谈会", START + timedelta(days=30), "listening",
                                    language="zh")
    preview = preview_opinions(db, other.id, path, now=NOW)
    assert [r.status for r in preview.rows] == [VALID] * len(given), preview.problems()
    assert {"ID", "编号"} & set(preview.ignored_columns)
    if fmt == "xlsx":  # the sheet with the opinions was read, and the other one is named
        said = " ".join(p.en for p in preview.file_problems)
        assert f"'{sheets[1].name}' was read" in said and f"'{sheets[0].name}'" in said
    import_opinions(db, preview, now=NOW)
    got = opinions.list_opinions(db, other.id)
    tags = opinions.tags_of(db, [o.id for o in got])
    assert sorted((o.text, o.channel, o.kind, sorted(tags.get(o.id, [])),
                   o.received_at.replace(second=0, microsecond=0)) for o in got) == sorted(
        (text, channel, kind, sorted(t), START + timedelta(hours=n, minutes=7 * n))
        for n, (text, channel, kind, t) in enumerate(given))


def test_the_exports_mark_comes_off_attendee_cells_too(db, session, tmp_path) -> None:
    path = write(tmp_path, "marked.csv", "姓名,分组,备注\n'=王芳,'@7号楼,'引号开头\n", "utf-8")
    preview = preview_attendees(db, session.id, path)
    assert [r.status for r in preview.rows] == [VALID]
    noted = {p.column for p in preview.rows[0].problems if p.severity == "warning"}
    assert noted == {"姓名", "分组"}
    import_attendees(db, preview, now=NOW)
    ((attendee, person),) = attendance.attendees(db, session.id)
    assert (person.name, person.group_name, person.note) == ("=王芳", "@7号楼", "'引号开头")


@pytest.mark.parametrize("bad", [b"\xff", b"\xe5\x9d", b"\x80\x80"])
def test_a_byte_in_no_encoding_is_named_by_line_and_column(db, session, tmp_path, bad) -> None:
    lines = ["渠道,内容", "热线,第一条意见", "来信,第二条意见"]
    data = ("\n".join(lines) + "\n").encode("utf-8") + "热线,楼道灯".encode("utf-8") + bad + \
        "坏了\n".encode("utf-8")
    path = tmp_path / "broken.csv"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as caught:
        preview_opinions(db, session.id, path, now=NOW)
    # the fourth line; "热线,楼道灯" is six characters, so the bad byte is the seventh
    assert "line 4, column 7" in caught.value.en and "第 4 行第 7 列" in caught.value.zh
    assert bad[:1].hex() in caught.value.en
    assert opinions.list_opinions(db, session.id) == []


def test_a_hidden_first_sheet_is_not_what_is_read(db, session, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    hidden = book.active
    hidden.title = "旧数据"
    hidden.append(["内容"])
    hidden.append(["隐藏表里的旧意见"])
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("本次")
    shown.append(["内容", "渠道"])
    shown.append(["看得见的意见", "热线"])
    book.active = 1
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert [r.summary for r in preview.rows] == ["看得见的意见"]
    assert any("'旧数据'" in p.en and "“旧数据”" in p.zh for p in preview.file_problems)


def test_the_usual_names_of_a_hotline_log_are_understood(db, session, tmp_path) -> None:
    text = "来电人,联系电话,来电时间,诉求内容,渠道\n王女士,13800138000,2026-11-03 14:30,楼道灯坏了,热线\n"
    path = write(tmp_path, "log.csv", text, "utf-8")
    preview = preview_opinions(db, session.id, path, now=NOW, tz=CST)
    assert preview.ignored_columns == [] and [r.status for r in preview.rows] == [VALID]
    import_opinions(db, preview, now=NOW)
    (got,) = opinions.list_opinions(db, session.id)
    person = db_person(db, got.person_id)
    assert (got.text, person.name, person.contact) == ("楼道灯坏了", "王女士", "13800138000")
    assert got.received_at == datetime(2026, 11, 3, 6, 30, tzinfo=UTC)  # 14:30 in UTC+8


def db_person(db, person_id):
    with db.read() as s:
        return s.get(Person, person_id)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_title_above_the_column_names_is_said_and_not_imported(db, session, tmp_path,
                                                                 fmt) -> None:
    """Government sheets often start with a heading row (merged across the columns) and a
    date line; the column names come after. They are found, and the heading is named."""
    rows = [["2026年11月12345热线工单汇总"], ["制表：街道办", "", "日期：2026-12-01"], [],
            ["来电人", "诉求内容", "渠道"], ["王女士", "楼道灯坏了", "热线"],
            ["李先生", "垃圾桶满了", "热线"]]
    if fmt == "csv":
        path = write(tmp_path, "titled.csv", "\n".join(",".join(r + [""] * (3 - len(r)))
                                                      for r in rows) + "\n", "utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row or [None])
        path = tmp_path / "titled.xlsx"
        book.save(path)
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert [(r.line, r.status) for r in preview.rows] == [(5, VALID), (6, VALID)]
    said = {(p.line, p.en) for p in preview.file_problems}
    assert any(line == 1 and "12345热线工单汇总" in en and "title" in en for line, en in said)
    assert any(line == 2 and "制表" in en for line, en in said)
    import_opinions(db, preview, now=NOW)
    assert sorted(o.text for o in opinions.list_opinions(db, session.id)) == ["垃圾桶满了", "楼道灯坏了"]


def test_without_a_fitting_line_the_first_line_stays_the_header(db, session, tmp_path) -> None:
    path = write(tmp_path, "plain.csv", "标题行\n第二行\n", "utf-8")
    with pytest.raises(ValidationError) as caught:
        preview_opinions(db, session.id, path, now=NOW)
    assert "标题行" in caught.value.en  # named as the header that lacks the text column


def test_a_titled_data_sheet_behind_a_cover_sheet_is_the_one_read(db, session, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "封面"
    book.active.append(["填表说明"])
    data = book.create_sheet("数据")
    for row in (["2026年11月汇总"], ["诉求内容", "渠道"], ["灯坏了", "热线"]):
        data.append(row)
    path = tmp_path / "cover.xlsx"
    book.save(path)
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert [(r.line, r.summary) for r in preview.rows] == [(3, "灯坏了")]
    said = " ".join(p.en for p in preview.file_problems)
    assert "'数据' was read" in said and "2026年11月汇总" in said
