"""Exports carry every field in the user's words: opinions captured live (with a registered
speaker, a typed description, or nobody) are exported, read back with openpyxl and compared field
by field with what the live screen and the follow-up screens show."""
from __future__ import annotations

import zipfile
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.core import exports
from desktop.core.live.capture import capture_opinion
from desktop.core.services import agenda, attendance, dispositions, people, sessions
from desktop.ui import labels

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def captured(application, qtbot):
    ctx = application.ctx
    db, now = ctx.db, ctx.clock.now()
    s = sessions.create_session(db, "Riverside forum", now)
    item = agenda.add_item(db, s.id, "Open floor")
    wang = people.create_person(db, "王秀英", "Building 7", gender="female")
    attendance.register(db, s.id, wang.id)
    ids = [capture_opinion(db, s.id, "The lift breaks every week", now, person_id=wang.id,
                           kind="complaint", agenda_item_id=item.id, tags=["lift", "safety"],
                           support_count=4),
           capture_opinion(db, s.id, "More benches in the park", now + timedelta(minutes=3),
                           speaker_label="A man from building 9", kind="suggestion"),
           capture_opinion(db, s.id, "=cmd|' /C calc'!A0", now + timedelta(minutes=5),
                           kind="question")]
    dispositions.set_disposition(db, ids[1], "not_adopted", reason="No budget",
                                 decided_by="Director Li", decided_at=now + timedelta(days=1))
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(s.id)
    return s, ids


def test_xlsx_round_trip_matches_the_screens(application, captured, tmp_path) -> None:
    s, ids = captured
    ctx = application.ctx
    path = exports.write_xlsx(tmp_path / "out.xlsx",
                              exports.sheets(ctx.db, s.id, "en", zone=ctx.zone))
    sheet = load_workbook(path)["Opinions"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(rows) == sorted(ids)
    secretary = application.window.live_page.secretary.model
    secretary.refresh()
    screen = {secretary.row_at(i).id: [secretary.data(secretary.index(i, c), DISPLAY)
                                       for c in range(4)] for i in range(secretary.rowCount())}
    for oid, row in rows.items():
        time_shown, speaker, kind, _text = screen[oid]
        assert row["Speaker"] == speaker and speaker  # a speaker for every opinion
        assert row["Kind"] == kind
        assert isinstance(row["Received"], datetime)  # a real date cell
        assert row["Received"].strftime("%H:%M") == time_shown
        assert row["Channel"] == "In the room"
    assert rows[ids[0]]["Speaker"] == "王秀英"
    assert rows[ids[2]]["Speaker"] == "Anonymous"
    assert rows[ids[0]]["Agenda item"] == "Open floor" and rows[ids[0]]["Support"] == 4
    assert set(rows[ids[0]]["Tags"].split("；")) == {"lift", "safety"}
    assert rows[ids[2]]["Opinion"] == "'=cmd|' /C calc'!A0"  # text, never a formula
    decided = rows[ids[1]]
    assert decided["Disposition"] == labels.disposition_kind("not_adopted")
    assert (decided["Reason"], decided["Decided by"]) == ("No budget", "Director Li")
    assert isinstance(decided["Decided at"], datetime)
    assert decided["Decided at"].strftime("%Y-%m-%d") == (
        ctx.clock.now() + timedelta(days=1)).astimezone(ctx.zone).strftime("%Y-%m-%d")
    # the header has an autofilter and the sheet states its dimension
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[sheet.max_column - 1]  # the header's last column
    assert sheet.max_column == len([c for c in next(sheet.iter_rows(values_only=True)) if c])
    assert sheet.auto_filter.ref == f"A1:{last}{len(ids) + 1}"
    with zipfile.ZipFile(path) as book:
        xml = book.read("xl/worksheets/sheet2.xml").decode()
        assert f'<dimension ref="A1:{last}{len(ids) + 1}"/>' in xml
        assert "_xlnm._FilterDatabase" in book.read("xl/workbook.xml").decode()


def test_codes_keep_the_machine_words(application, captured) -> None:
    s, ids = captured
    words = exports.opinions_sheet(application.ctx.db, s.id, "zh")
    codes = exports.opinions_sheet(application.ctx.db, s.id, "zh", codes=True)
    by_id = {r[0]: r for r in words.rows}
    by_id_codes = {r[0]: r for r in codes.rows}
    assert by_id[ids[1]][words.header.index("处理结果")] == "不予采纳"
    assert by_id_codes[ids[1]][codes.header.index("处理结果")] == "not_adopted"
    assert by_id[ids[0]][words.header.index("类型")] == "投诉"
    assert by_id_codes[ids[0]][codes.header.index("渠道")] == "room"
    assert by_id[ids[0]][words.header.index("渠道")] == "现场"
    assert by_id[ids[2]][words.header.index("发言人")] == "匿名"
