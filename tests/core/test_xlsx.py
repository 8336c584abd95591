"""The streaming XLSX writer: a workbook other programs read back exactly, with nothing a
spreadsheet could run, and no half file when stopped."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from desktop.core import xlsx
from desktop.core.errors import Cancelled
from desktop.core.exports import save_via_temp


def _book(tables, on_row=None) -> bytes:
    out = io.BytesIO()
    xlsx.write_workbook(out, tables, on_row)
    return out.getvalue()


def test_values_read_back_exactly(tmp_path: Path) -> None:
    rows = [[1, "3号楼电梯经常故障", 2.5, None, True],
            [2, "<b>&amp; \"quoted\" 'single'</b>", -7, "", False],
            [3, "tab\there\nnew line", 10**12, "=SUM(A1:A2)", None]]
    path = tmp_path / "t.xlsx"
    path.write_bytes(_book([("意见", ["编号", "意见", "数", "空", "布尔"], rows),
                            ("Second", ["a"], [])]))
    book = load_workbook(path)
    assert book.sheetnames == ["意见", "Second"]
    values = list(book["意见"].values)
    assert values[0] == ("编号", "意见", "数", "空", "布尔")
    assert values[1] == (1, "3号楼电梯经常故障", 2.5, None, True)
    assert values[2] == (2, "<b>&amp; \"quoted\" 'single'</b>", -7, None, False)
    assert values[3][1] == "tab\there\nnew line" and values[3][2] == 10**12
    cell = book["意见"]["D4"]
    assert cell.value == "=SUM(A1:A2)" and cell.data_type == "s"  # text, never a formula
    assert book["意见"]["A1"].font.b and not book["意见"]["A2"].font.b  # the header is bold
    assert book["意见"].freeze_panes == "A2"
    assert list(book["Second"].values) == [("a",)]


def test_every_part_is_well_formed_xml_and_control_characters_are_dropped() -> None:
    data = _book([("S", ["h"], [["bell\x07 and nul\x00 gone", "ok\ufffe"]])])
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        for name in book.namelist():
            ElementTree.fromstring(book.read(name))  # raises on malformed XML
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "bell and nul gone" in sheet and "\x07" not in sheet


def test_sheet_names_are_made_acceptable_and_unique() -> None:
    taken: set[str] = set()
    assert xlsx.sheet_name("a/b:c*d?[e]", taken) == "a_b_c_d__e_"
    assert xlsx.sheet_name("x" * 40, taken) == "x" * 31
    assert xlsx.sheet_name("X" * 40, taken) == "X" * 29 + "-2"
    assert xlsx.sheet_name("", taken) == "Sheet"
    assert [xlsx.column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_column_widths_follow_the_text_and_count_chinese_double() -> None:
    data = _book([("S", ["ID", "Text"], [[1, "电梯" * 10], [2, "short"]])])
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert '<col min="1" max="1" width="8"' in sheet  # the minimum width of 6, plus 2
    assert '<col min="2" max="2" width="42"' in sheet  # 20 characters × 2, plus 2


def test_a_stop_half_way_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "big.xlsx"
    written = []

    def on_row() -> None:
        written.append(1)
        if len(written) == 500:
            raise Cancelled

    rows = ([n, f"row {n}"] for n in range(10_000))
    with pytest.raises(Cancelled):
        save_via_temp(lambda handle: xlsx.write_workbook(handle, [("S", ["n", "t"], rows)],
                                                         on_row), target)
    assert len(written) == 500
    assert list(target.parent.iterdir()) == []
