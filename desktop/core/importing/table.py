"""Reading a table from a CSV or XLSX file, with the encoding found without asking.

CSV: UTF-8 (with or without BOM) is tried strictly first, then GB18030 (a superset of GBK,
what Excel on Chinese Windows writes), then UTF-16 with a BOM ("Unicode text"). The delimiter is
the most frequent of comma, semicolon and tab in the header line.
XLSX: the first worksheet, read without evaluating anything: a cell holding a formula yields the
formula's text (``=cmd|...``), which is then stored as plain text.
"""
from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..errors import ValidationError

Cell = str | datetime
MAX_FILE_BYTES = 512 * 1024 * 1024
csv.field_size_limit(16 * 1024 * 1024)  # 1 MB cells are legal; longer text is refused per row


@dataclass
class Table:
    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str  # "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16", "" for xlsx
    headers: list[str]
    header_line: int
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (line, cells)


def read_table(path: str | Path) -> Table:
    """The header row and every data row (blank rows skipped) with its line number."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError(en=f"{path} is a folder, not a file.", zh=f"{path} 是文件夹，不是文件。")
        if size > MAX_FILE_BYTES:
            raise ValidationError(en=f"{path.name} is too large to import ({size:,} bytes).",
                         zh=f"{path.name} 过大，无法导入（{size} 字节）。")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(en=f"There is no file {path}.", zh=f"文件 {path} 不存在。") from None
    except PermissionError:
        raise ValidationError(en=f"Cannot read {path}: permission denied.", zh=f"无法读取 {path}：没有权限。") from None
    if not data.strip():
        raise ValidationError(en=f"{path.name} is empty: there is nothing to import.",
                     zh=f"{path.name} 是空文件，没有可导入的内容。")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(en=f"{path.name} is an old Excel (.xls) file. Save it as .xlsx or CSV in Excel "
                     "and import that.", zh=f"{path.name} 是旧版 Excel（.xls）文件。请在 Excel 中另存为 "
                     ".xlsx 或 CSV 后再导入。")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ValidationError(en=f"{path.name} is not a valid .xlsx file.", zh=f"{path.name} 不是有效的 .xlsx 文件。")
    text, encoding = _decode(path, data)
    return _read_csv(path, text, encoding)


def _strict(data: bytes, encoding: str) -> str:
    """Decode in pieces: one long C call would hold the interpreter lock (and the GUI) for a
    large file; between pieces other threads run."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    step = 256 * 1024
    parts = [decoder.decode(data[i:i + step]) for i in range(0, len(data), step)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    else:
        head = data[:65536]
        controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 13))
        if controls <= len(head) // 20:  # a few stray control characters are a row's problem
            try:
                return _strict(data, "utf-8-sig"), ("UTF-8 with BOM"
                                                  if data.startswith(b"\xef\xbb\xbf") else "UTF-8")
            except UnicodeDecodeError:
                pass
            try:
                return _strict(data, "gb18030"), "GB18030"
            except UnicodeDecodeError:
                pass
    raise ValidationError(en=f"{path.name} is neither a CSV text file nor an .xlsx workbook (or its text "
                 "encoding is not UTF-8 or GB18030/GBK).",
                 zh=f"{path.name} 既不是 CSV 文本文件也不是 .xlsx 工作簿（或其编码不是 UTF-8 或 GB18030/GBK）。")


def _read_csv(path: Path, text: str, encoding: str) -> Table:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: Table | None = None
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if table is None:
                table = Table(path, "csv", encoding, [c.strip() for c in record], start)
            else:
                table.rows.append((start, list(record)))
    except csv.Error as exc:
        raise ValidationError(en=f"{path.name}, line {line}: the file is not valid CSV ({exc}).",
                     zh=f"{path.name} 第 {line} 行：不是有效的 CSV（{exc}）。") from None
    if table is None:
        raise ValidationError(en=f"{path.name} is empty: there is nothing to import.",
                     zh=f"{path.name} 是空文件，没有可导入的内容。")
    return table


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ValidationError(en=f"{path.name} is not a valid .xlsx workbook ({exc.__class__.__name__}).",
                     zh=f"{path.name} 不是有效的 .xlsx 工作簿。") from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and others
        raise ValidationError(en=f"{path.name} is not a valid .xlsx workbook ({exc}).",
                     zh=f"{path.name} 不是有效的 .xlsx 工作簿。") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        table: Table | None = None
        if sheet is not None:
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_xlsx_cell(v) for v in values]
                if not any(c.strip() if isinstance(c, str) else True for c in cells):
                    continue
                if table is None:
                    table = Table(path, "xlsx", "", [str(c).strip() for c in cells], line)
                else:
                    table.rows.append((line, cells))
    finally:
        book.close()
    if table is None:
        raise ValidationError(en=f"{path.name} is empty: there is nothing to import.",
                     zh=f"{path.name} 是空文件，没有可导入的内容。")
    while table.headers and not table.headers[-1]:
        table.headers.pop()
    return table


def iter_cells(table: Table) -> Iterator[tuple[int, list[Cell]]]:
    yield from table.rows
