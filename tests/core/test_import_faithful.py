"""Imports say everything they do: nothing merges, truncates or fails in silence, and work is
bounded (file size, unpacked size, rows, columns, header length)."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from tests.memprobe import probe
from desktop.core.importing import INVALID, VALID
from desktop.core.importing import table as table_module
from desktop.core.importing.opinions import import_opinions, preview_opinions
from desktop.core.importing.table import read_table
from desktop.core.services import agenda, opinions, preparation

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)


@pytest.fixture
def session(db):
    return preparation.new_session(db, "民情恳谈会", START, "listening", language="zh")


def write(tmp_path: Path, text: str, name: str = "f.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_unbalanced_quote_does_not_swallow_the_next_rows(db, session, tmp_path) -> None:
    path = write(tmp_path, '渠道,议题,内容\n热线,,"引号没关上\n热线,,第二条\n来信,,第三条\n')
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert [(r.line, r.status) for r in preview.rows] == [(2, INVALID), (3, VALID), (4, VALID)]
    bad = [p for p in preview.rows[0].problems if p.severity == "error"]
    assert [(p.line, p.column) for p in bad] == [(2, "内容")]
    assert "quote" in bad[0].en and "引号" in bad[0].zh
    assert [r.payload["text"] for r in preview.rows[1:]] == ["第二条", "第三条"]


def test_quote_closing_later_still_does_not_merge_rows(db, session, tmp_path) -> None:
    path = write(tmp_path, '渠道,议题,内容\n热线,,"开了\n热线,,中间\n来信,,"关了"\n意见箱,,最后\n')
    preview = preview_opinions(db, session.id, path, now=NOW)
    lines = {r.line: r.status for r in preview.rows}
    assert lines[2] == INVALID and lines[3] == VALID and lines[5] == VALID
    assert len(preview.rows) == 4  # four lines, four rows: nothing merged


def test_unquoted_comma_is_an_error_not_a_cut(db, session, tmp_path) -> None:
    path = write(tmp_path, "渠道,议题,内容\n热线,,施工方报价12,800元\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    (row,) = preview.rows
    assert row.status == INVALID and row.payload is None
    (problem,) = [p for p in row.problems if p.severity == "error"]
    assert problem.line == 2 and problem.column == "#4" and "800元" in problem.en


def test_fewer_values_are_read_as_empty_with_a_note(db, session, tmp_path) -> None:
    path = write(tmp_path, "内容,渠道,议题\n只有内容\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    (row,) = preview.rows
    assert row.status == VALID
    assert [(p.line, p.severity) for p in row.problems] == [(2, "warning")]
    assert "1 values for 3" in row.problems[0].en


def test_stray_bom_at_a_line_start_is_removed_with_a_note(db, session, tmp_path) -> None:
    path = write(tmp_path, "\ufeff渠道,内容\n\ufeffhotline,第一条\n热线,第二\ufeff条\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert [r.status for r in preview.rows] == [VALID, VALID]
    assert [r.payload["channel"] for r in preview.rows] == ["hotline", "hotline"]
    assert preview.rows[1].payload["text"] == "第二条"
    notes = [(p.line, p.column) for p in preview.problems() if "U+FEFF" in p.en]
    assert notes == [(2, "渠道"), (3, "内容")]


def test_unknown_agenda_items_are_kept_and_listed(db, session, tmp_path) -> None:
    titles = [i.title for i in agenda.list_items(db, session.id)]
    rows = [f"热线,{'噪音扰民' if n % 2 else '停车难'},第{n}条" for n in range(22)]
    path = write(tmp_path, "渠道,议题,内容\n" + "\n".join(rows) + f"\n热线,{titles[0]},已有议题\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    assert preview.valid == 23 and preview.invalid == 0
    assert preview.missing_items == ["停车难", "噪音扰民"]
    assert sum(1 for p in preview.problems() if p.column == "议题" and p.severity == "warning") == 22
    assert import_opinions(db, preview, now=NOW).added == 23
    stored = opinions.list_opinions(db, session.id)
    assert sum(o.agenda_item_id is None for o in stored) == 22


# --- the property: every cell arrives exactly, or its row is reported -----------------------

CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
               max_size=12) | st.sampled_from(['a"b', '"', '""', "12,800", "x\ny", " lead", "\ufeffz",
                                                "；", "=1+1", "'0012", "a;b", "\t"])


@st.composite
def tables(draw):
    width = draw(st.integers(1, 5))
    header = [f"列{i}" for i in range(width)]
    rows = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=6))
    return header, rows


QUIRKS = st.fixed_dictionaries({
    "delimiter": st.sampled_from([",", ";", "\t"]),
    "quoting": st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    "newline": st.sampled_from(["\n", "\r\n"]),
    "encoding": st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
    "hand_written": st.booleans(),  # no quoting at all, as a person or a careless tool writes
})


def _render(records, quirks) -> str:
    out = io.StringIO()
    if quirks["hand_written"]:
        for record in records:
            out.write(quirks["delimiter"].join(record) + quirks["newline"])
    else:
        csv.writer(out, delimiter=quirks["delimiter"], quoting=quirks["quoting"],
                   lineterminator=quirks["newline"]).writerows(records)
    return out.getvalue()


_WELL_QUOTED = re.compile(r'"((?:[^"]|"")*)"', re.S)


def _as_read(cell: str, quirks) -> str:
    """What a faithful reader must return for a cell: the text as written, except that a
    hand-written value that is itself correctly quoted CSV means its content (RFC 4180)."""
    if quirks["hand_written"]:
        m = _WELL_QUOTED.fullmatch(cell)
        if m:
            cell = m[1].replace('""', '"')
    return cell.replace("\ufeff", "")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=tables(), quirks=QUIRKS)
def test_every_cell_arrives_exactly_or_is_reported(tmp_path, data, quirks) -> None:
    header, rows = data
    if quirks["hand_written"]:  # a line typed by hand cannot hold a line break inside a value
        rows = [[c.replace("\n", " ") for c in row] for row in rows]
    text = _render([header, *rows], quirks)
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode(quirks["encoding"]))
    try:
        table = read_table(path)
    except ValidationError:
        return  # refused as a whole with a message: nothing imported, nothing lost silently
    expected_label = {"utf-8": ("UTF-8",), "utf-8-sig": ("UTF-8 with BOM",), "utf-16": ("UTF-16",),
                      "gb18030": ("GB18030", "UTF-8")}[quirks["encoding"]]
    assert table.encoding in expected_label
    if table.encoding != "GB18030" and quirks["encoding"] == "gb18030" and \
            text.encode("gb18030") != text.encode("utf-8"):
        return  # GB18030 bytes that happen to be valid UTF-8: a question of detection, not here
    got = {line: [str(c) for c in cells] for line, cells in table.rows}
    for first, last, want in _expected(header, rows, text, quirks):
        if not "".join(want).strip():
            continue  # a blank row (or a line of nothing but separators) carries nothing
        cells = got.get(first)
        arrived = cells is not None and (cells + [""] * len(want))[:len(want)] == want and \
            not any(cells[len(want):])
        if not arrived:
            # reported on its own lines, or by the record that took it in (a merge is named)
            covering = max((x for x in got if x <= first), default=table.header_line)
            notes = [n for x in {covering, *range(first, last + 1)} for n in table.notes.get(x, ())]
            assert notes, (f"row {want!r} written at line {first} arrived as {cells!r} "
                           "and nothing says so")


def _expected(header, rows, text, quirks):
    """(first line, last line, cells) of each row a faithful reader must return. Written by the
    csv module: the rows themselves, at the lines their rendering takes. Written by hand: if the
    whole text happens to be valid CSV (the standard module, strict), what that CSV says;
    otherwise the rows as typed."""
    if quirks["hand_written"]:
        try:
            reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""),
                                delimiter=quirks["delimiter"] if len(header) > 1 else "\x00",
                                strict=True)
            out, end = [], 0
            for record in reader:
                out.append((end + 1, reader.line_num, [c.replace("\ufeff", "") for c in record]))
                end = reader.line_num
            return [x for x in out[1:] if
                    not "".join(x[2]).replace(quirks["delimiter"], "").strip() == ""]
        except csv.Error:
            pass
    out, line = [], 1 + _render([header], quirks).count("\n")
    for row in rows:
        span = _render([row], quirks).count("\n")
        rendered = _render([row], quirks)
        want = [_as_read(c, quirks) for c in row]
        if rendered.replace(quirks["delimiter"], "").strip():
            out.append((line, line + span - 1, want))
        line += span
    return out


# --- bounded work -------------------------------------------------------------------------

PROBE = """
import json, sys
from desktop.core.errors import TingjianError
from desktop.core.importing.table import read_table
try:
    read_table(sys.argv[1])
    outcome = "read"
except TingjianError as exc:
    outcome = exc.en + " | " + exc.zh
print(json.dumps(outcome))
"""


def _probe(path: Path) -> dict:
    """Read ``path`` in a fresh interpreter: the outcome and that interpreter's peak memory."""
    return probe(PROBE, str(path))


def _xlsx_bomb(path: Path, rows: int) -> Path:
    """A real workbook whose one sheet holds ``rows`` identical rows (compressed very small)."""
    from desktop.core.xlsx import write_workbook

    small = io.BytesIO()
    write_workbook(small, [("S", ["内容"], [])])
    row = b'<row><c t="inlineStr"><is><t>bomb</t></is></c></row>'
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info.filename, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with out.open(info.filename, "w", force_zip64=True) as sheet:
                sheet.write(head)
                block = row * 10_000
                for _ in range(rows // 10_000):
                    sheet.write(block)
                sheet.write(row * (rows % 10_000))
                sheet.write(b"</sheetData>" + tail)
    return path


def test_zip_bomb_is_refused_by_its_unpacked_size(tmp_path) -> None:
    path = _xlsx_bomb(tmp_path / "bomb.xlsx", 6_000_000)
    assert path.stat().st_size < 2 * 1024 * 1024  # as small as the file of the report
    result = _probe(path)
    assert "unpacked" in result["outcome"] and "200 MB" in result["outcome"]
    assert "解压后" in result["outcome"]
    assert result["peak_mb"] < 500


def test_overlong_header_line_is_refused_before_decoding(tmp_path) -> None:
    path = tmp_path / "header.csv"
    path.write_bytes(b"a," * (25 * 1024 * 1024) + b"\n1,2\n")
    result = _probe(path)
    assert "first line" in result["outcome"] and "20,000 characters" in result["outcome"]
    assert result["peak_mb"] < 500


def test_hundred_thousand_columns_are_refused(tmp_path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n" + "1," * 99_999 + "1\n")
    result = _probe(path)
    assert "limit" in result["outcome"] and "上限" in result["outcome"]
    assert result["peak_mb"] < 500


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_row_and_column_limits_name_the_limit(tmp_path, monkeypatch, fmt) -> None:
    monkeypatch.setattr(table_module, "MAX_ROWS", 50)
    rows = [["x"]] * 51
    if fmt == "csv":
        path = write(tmp_path, "内容\n" + "\n".join(r[0] for r in rows) + "\n")
    else:
        path = _xlsx_bomb(tmp_path / "rows.xlsx", 51)
    with pytest.raises(ValidationError, match="more than 50 rows"):
        read_table(path)
    monkeypatch.setattr(table_module, "MAX_ROWS", 51)
    assert len(read_table(path).rows) == 51  # at the limit: read
    wide = write(tmp_path, ",".join(f"列{i}" for i in range(201)) + "\n" + "1\n", "wide.csv")
    with pytest.raises(ValidationError, match="201 columns; the limit is 200 columns"):
        read_table(wide)


def test_file_size_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(table_module, "MAX_FILE_BYTES", 1024 * 1024)
    path = write(tmp_path, "内容\n" + "意见\n" * 300_000)
    with pytest.raises(ValidationError, match="the limit is 1 MB"):
        read_table(path)


def test_summary_names_at_most_twenty_ignored_columns(db, session, tmp_path) -> None:
    extra = [f"多余{i}" for i in range(30)]
    path = write(tmp_path, ",".join(["内容", *extra]) + "\n意见" + "," * 30 + "\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    for lang in ("en", "zh"):
        text = preview.summary(lang)
        assert sum(name in text for name in extra) == 20
        assert "30" in text
    assert len([p for p in preview.file_problems if p.column.startswith("多余")]) == 20
    assert any("10 more" in p.en for p in preview.file_problems)


def test_xlsx_rows_beyond_the_stated_dimension_are_read(tmp_path) -> None:
    """A workbook may state a smaller dimension than it holds: every row is still read."""
    path = _xlsx_bomb(tmp_path / "lying.xlsx", 30)
    with zipfile.ZipFile(path) as book:
        assert '<dimension ref="A1:A1"/>' in book.read("xl/worksheets/sheet1.xml").decode()
    assert len(read_table(path).rows) == 30


def test_value_in_an_ignored_column_is_named(db, session, tmp_path) -> None:
    path = write(tmp_path, "渠道,内容,备注\n热线,施工方报价12,800元\n热线,正常一行,\n")
    preview = preview_opinions(db, session.id, path, now=NOW)
    first, second = preview.rows
    assert any(p.column == "备注" and "800元" in p.en for p in first.problems)
    assert not any(p.column == "备注" for p in second.problems)
