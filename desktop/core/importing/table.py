"""Reading a table from a CSV or XLSX file, with the encoding found without asking.

CSV: UTF-8 (with or without BOM) is tried strictly first, then GB18030 (a superset of GBK,
what Excel on Chinese Windows writes), then UTF-16 with a BOM ("Unicode text"). The delimiter is
the most frequent of comma, semicolon and tab in the header line.
XLSX: the first visible worksheet with the import's required column (else the first visible
one), read without evaluating anything: a cell holding a formula yields the formula's text
(``=cmd|...``), which is then stored as plain text.
The column names are the first non-empty line, or, when that line lacks the required column and
one of the next few has it, that line: the lines above are a title (a sheet's heading, such as
"2026年11月热线工单"), said and not imported.

Nothing is merged or cut in silence: an unbalanced quote, a row with more or fewer values than the
header, a stray byte-order mark each leave a ``Note`` (line, column, severity) on the table,
which the importers turn into problems of the row. Work is bounded: files beyond ``MAX_*`` are
refused before they are read in full, with a message naming the limit.
"""
from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice, takewhile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from .preview import SHOWN_IGNORED, Problem
from .records import Note, records, simple_quoted, width_of

Cell = str | datetime
MAX_FILE_BYTES = 100 * 1024 * 1024  # a CSV or .xlsx file as stored
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # the parts of an .xlsx once unzipped
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_HEADER_CHARS = 20_000  # the line of column names


@dataclass
class Table:
    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str  # "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16", "" for xlsx
    headers: list[str]
    header_line: int
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (line, cells)
    notes: dict[int, list[Note]] = field(default_factory=dict)  # line -> what the reading did
    sheet: str = ""  # xlsx: the worksheet read
    other_sheets: list[str] = field(default_factory=list)  # xlsx: the worksheets not read

    def column_name(self, index: int | None) -> str:
        if index is None:
            return ""
        if index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return f"#{index + 1}"


def _error(en: str, zh: str) -> ValidationError:
    return ValidationError(en=en, zh=zh)


def read_table(path: str | Path, fits: Callable[[list[str]], bool] | None = None) -> Table:
    """The header row and every data row (blank rows skipped) with its line number. A workbook
    with several worksheets: the first visible one whose header row ``fits`` (the import's
    required column) is read, else the first visible one; the table names the others."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError(en=f"{path} is a folder, not a file.", zh=f"{path} 是文件夹，不是文件。")
        if size > MAX_FILE_BYTES:
            raise _too_large(path, f"it has {size:,} bytes", f"有 {size} 字节",
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
        if data_is_zip(path):
            _check_zip(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(en=f"There is no file {path}.", zh=f"文件 {path} 不存在。") from None
    except PermissionError:
        raise ValidationError(en=f"Cannot read {path}: permission denied.", zh=f"无法读取 {path}：没有权限。") from None
    if not data.strip():
        raise ValidationError(en=f"{path.name} is empty: there is nothing to import.",
                     zh=f"{path.name} 是空文件，没有可导入的内容。")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data, fits)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(en=f"{path.name} is an old Excel (.xls) file. Save it as .xlsx or CSV in Excel "
                     "and import that.", zh=f"{path.name} 是旧版 Excel（.xls）文件。请在 Excel 中另存为 "
                     ".xlsx 或 CSV 后再导入。")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _error(f"{path.name} is not a valid .xlsx file.", f"{path.name} 不是有效的 .xlsx 文件。")
    _check_header_bytes(path, data)
    text, encoding = _decode(path, data)
    del data
    return _read_csv(path, text, encoding, fits)


_FILLED = re.compile(rb"[^\r\n\x00]")


def _check_header_bytes(path: Path, data: bytes) -> None:
    """Refuse an overlong line of column names before the file is decoded."""
    found = _FILLED.search(data, 0, 1024 * 1024)
    start = found.start() if found else 0
    limit = MAX_HEADER_CHARS * 4 + 4  # 4 bytes: the widest character in UTF-8, GB18030, UTF-16
    end = data.find(b"\n", start, start + limit + 1)
    if end == -1 and len(data) - start > limit:
        raise _too_large(path, "its first line (the column names) is longer than the limit",
                         "首行（列名）超出上限", f"{MAX_HEADER_CHARS:,} characters",
                         f"{MAX_HEADER_CHARS} 个字符", FEWER_COLUMNS)


def data_is_zip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


def _check_zip(path: Path) -> None:
    """A zip states the unpacked size of each part (and reading stops there): a workbook whose
    parts add up beyond the limit is refused before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the workbook reader says what is wrong
    if unpacked > MAX_XLSX_UNPACKED:
        raise _too_large(path, f"unpacked it would take {unpacked:,} bytes",
                         f"解压后有 {unpacked} 字节", f"{MAX_XLSX_UNPACKED // (1024 * 1024)} MB "
                         "unpacked", f"解压后 {MAX_XLSX_UNPACKED // (1024 * 1024)} MB")


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
            raise _undecodable(path, data)
    raise ValidationError(en=f"{path.name} is neither a CSV text file nor an .xlsx workbook (or its text "
                 "encoding is not UTF-8 or GB18030/GBK).",
                 zh=f"{path.name} 既不是 CSV 文本文件也不是 .xlsx 工作簿（或其编码不是 UTF-8 或 GB18030/GBK）。")


def _undecodable(path: Path, data: bytes) -> ValidationError:
    """Text in neither encoding: where the reading stopped (the encoding that read further),
    by line and column, and which bytes it met there."""
    stops = []
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as exc:
            stops.append((exc.start, exc.end, encoding))
    start, end, encoding = max(stops)
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode(encoding, errors="replace")) + 1
    shown = " ".join(f"{b:02x}" for b in data[start:max(end, start + 1)][:4])
    return ValidationError(
        en=f"{path.name} cannot be read as text: line {line}, column {column} holds bytes ({shown}) "
           "that are neither UTF-8 nor GB18030/GBK, so the file was perhaps saved in another "
           "encoding or damaged. Save it as UTF-8 (in Excel: CSV UTF-8) and import again. Nothing "
           "was imported.",
        zh=f"{path.name} 无法按文本读取：第 {line} 行第 {column} 列的字节（{shown}）既不是 UTF-8 也不是 "
           "GB18030/GBK，文件可能用了其他编码或已损坏。请另存为 UTF-8（Excel 中选“CSV UTF-8”）后再导入。"
           "未导入任何内容。")


TITLE_LINES = 5  # lines above the column names that are taken as a title (a sheet's heading)


def _title_note(text: str) -> Note:
    shown = " ".join(text.split())[:80]
    return Note(None, "warning", f"Above the column names: read as a title, not imported "
                f"(“{shown}”).", f"位于列名之上，视为标题，未导入（“{shown}”）。")


def _split_line(line: str) -> list[str]:
    """A line's values as a header would give them (its own separator)."""
    delimiter = max((",", ";", "\t"), key=line.count)
    cells = simple_quoted(line, delimiter) or line.split(delimiter)
    return [c.strip().lstrip("\ufeff") for c in cells]


def _header_among(first: list[list[str]], fits: Callable[[list[str]], bool] | None
                  ) -> int | None:
    """Which of the first non-empty rows (at most ``TITLE_LINES`` + 1) names the columns: the
    first that has the import's required column (the rows above it are a title); None when
    none has it (then the first row is taken, and the import says what it lacks)."""
    if fits is None:
        return None
    return next((n for n, texts in enumerate(first[:TITLE_LINES + 1]) if fits(texts)), None)


def _header_line(lines: list[str], fits: Callable[[list[str]], bool] | None) -> int:
    """The index of the line that names the columns (``_header_among``)."""
    filled = list(islice((i for i, ln in enumerate(lines) if ln.strip("\r \t,;")),
                         TITLE_LINES + 1))
    if not filled:
        return 0
    # a line over the limit is not split to look at it: the limit speaks for it
    short = list(takewhile(lambda i: len(lines[i]) <= MAX_HEADER_CHARS, filled))
    at = _header_among([_split_line(lines[i].rstrip("\r")) for i in short], fits)
    return filled[0] if at is None else short[at]


def _read_csv(path: Path, text: str, encoding: str,
              fits: Callable[[list[str]], bool] | None = None) -> Table:
    if text.startswith("\ufeff"):
        text = text[1:]  # a UTF-16 file's own mark
    lines = text.split("\n")
    at = _header_line(lines, fits)
    titles = {}
    for index in range(at):  # a title above the column names: said, and read as empty lines
        if lines[index].strip("\r \t,;"):
            titles[index + 1] = " ".join(c for c in _split_line(lines[index].rstrip("\r")) if c)
        lines[index] = ""
    first = lines[at] if lines else ""
    if len(first) > MAX_HEADER_CHARS:
        raise _too_large(path, f"its first line (the column names) has {len(first):,} characters",
                         f"首行（列名）有 {len(first)} 个字符", f"{MAX_HEADER_CHARS:,} characters",
                         f"{MAX_HEADER_CHARS} 个字符", FEWER_COLUMNS)
    delimiter = max((",", ";", "\t"), key=first.count)
    if not first.count(delimiter):
        delimiter = "\x00"  # one column: no character of the values splits them
    table: Table | None = None

    def width() -> int | None:  # the header's, once it is read
        return len(table.headers) if table is not None else None

    for start, cells, notes in records(lines, delimiter, width):
        if table is None:
            if not any(cell.strip() for cell in cells):
                continue
            _check_columns(path, len(cells))
            table = Table(path, "csv", encoding, [c.strip().lstrip("\ufeff") for c in cells], start)
            table.notes.update({start: notes} if notes else {})
            table.notes.update({line: [_title_note(t)] for line, t in titles.items()})
            continue
        if not any(cell.strip() for cell in cells):
            if notes:
                table.notes[start] = notes
            continue
        if len(table.rows) >= MAX_ROWS:
            raise _too_many_rows(path)
        table.rows.append((start, cells))
        if notes:
            table.notes[start] = notes
    if table is None:
        raise _error(f"{path.name} is empty: there is nothing to import.",
                     f"{path.name} 是空文件，没有可导入的内容。")
    for line, cells in table.rows:
        _check_width(table, line, cells)
    return table


def _check_width(table: Table, line: int, cells: list[str | Cell]) -> None:
    """A row with more values than the header loses them, one with fewer is padded: both said."""
    width = len(table.headers)
    notes = table.notes.setdefault(line, [])
    if any(n.severity == "error" for n in notes):
        return
    used = width_of(cells) if all(isinstance(c, str) for c in cells) else len(cells)
    if used > width:
        extra = [str(c) for c in cells[width:used]]
        shown = "、".join(repr(x)[1:-1][:40] for x in extra[:3])
        notes.append(Note(width, "error",
                          f"This row has {used} values but the header names {width} columns; the "
                          f"extra values ({shown}) would be lost. A value containing the separator "
                          "(e.g. 12,800) must be in quotes.",
                          f"本行有 {used} 个值，但表头只有 {width} 列；多出的值（{shown}）会丢失。"
                          "含分隔符的值（例如 12,800）必须加引号。"))
    elif len(cells) > width and table.format == "csv":
        notes.append(Note(width, "warning",
                          f"This row ends with {len(cells) - width} separator(s) more than the "
                          "header has columns; they are ignored. If a value ends with the "
                          "separator, put it in quotes.",
                          f"本行末尾比表头多 {len(cells) - width} 个分隔符，已忽略。"
                          "如果某个值以分隔符结尾，请给它加引号。"))
    elif len(cells) < width and table.format == "csv":
        notes.append(Note(len(cells), "warning",
                          f"This row has {len(cells)} values for {width} columns; the missing "
                          "ones are read as empty.",
                          f"本行只有 {len(cells)} 个值，表头有 {width} 列；缺少的按空值读取。"))
    if not notes:
        del table.notes[line]


def _check_columns(path: Path, columns: int) -> None:
    if columns > MAX_COLUMNS:
        raise _too_large(path, f"it has {columns:,} columns", f"有 {columns} 列",
                         f"{MAX_COLUMNS:,} columns", f"{MAX_COLUMNS} 列", FEWER_COLUMNS)


SPLIT = ("Split the file and import the parts.", "请拆分文件后分别导入。")
FEWER_COLUMNS = ("Keep only the columns the import reads (see the list of columns) and import "
                 "again.", "请只保留导入需要的列（见列名说明）后再导入。")


def _too_large(path: Path, what_en: str, what_zh: str, limit_en: str, limit_zh: str,
               advice: tuple[str, str] = SPLIT) -> ValidationError:
    return _error(f"{path.name} is beyond what an import reads: {what_en}; the limit is "
                  f"{limit_en}. {advice[0]}",
                  f"{path.name} 超出导入的限制：{what_zh}；上限为 {limit_zh}。{advice[1]}")


def _too_many_rows(path: Path) -> ValidationError:
    return _too_large(path, f"it has more than {MAX_ROWS:,} rows", f"超过 {MAX_ROWS} 行",
                      f"{MAX_ROWS:,} rows", f"{MAX_ROWS} 行")


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


def _filled(cells: list[Cell]) -> bool:
    return any(c.strip() if isinstance(c, str) else True for c in cells)


def _first_rows(sheet: Any, count: int) -> list[tuple[int, list[str]]]:
    """The first ``count`` non-empty rows of ``sheet`` as (row number, texts): looked at, not
    kept."""
    found = []
    for line, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS),
                                  start=1):
        cells = [_xlsx_cell(v) for v in values]
        if _filled(cells):
            found.append((line, [str(c).strip() for c in cells]))
            if len(found) == count:
                break
    return found


def _chosen_sheet(book: Any, fits: Callable[[list[str]], bool] | None
                  ) -> tuple[Any, int | None]:
    """The worksheet to read and the row that names its columns (None: its first non-empty
    row): the first visible worksheet (a hidden one is not what the user sees) whose first
    rows have the import's required column, else the first visible one."""
    sheets = sorted(book.worksheets, key=lambda w: getattr(w, "sheet_state", "visible") != "visible")
    if not sheets:
        return None, None
    if fits is not None:
        for sheet in sheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()
            first = _first_rows(sheet, TITLE_LINES + 1)
            at = _header_among([texts for _line, texts in first], fits)
            if at is not None:
                return sheet, first[at][0]
    return sheets[0], None


def _read_xlsx(path: Path, data: bytes, fits: Callable[[list[str]], bool] | None = None
               ) -> Table:
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
        sheet, header_at = _chosen_sheet(book, fits)
        table: Table | None = None
        titles: dict[int, list[Note]] = {}
        if sheet is not None:
            if hasattr(sheet, "reset_dimensions"):  # read every row, whatever the file claims
                sheet.reset_dimensions()
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if len(values) > MAX_COLUMNS and any(v not in (None, "") for v in values[MAX_COLUMNS:]):
                    _check_columns(path, len(values))
                cells = [_xlsx_cell(v) for v in values[:MAX_COLUMNS]]
                if not _filled(cells):
                    continue
                if table is None and header_at is not None and line < header_at:
                    titles[line] = [_title_note(" ".join(str(c) for c in cells if c != ""))]
                    continue
                if table is None:
                    headers = [str(c).strip() for c in cells]
                    if sum(len(h) for h in headers) > MAX_HEADER_CHARS:
                        raise _too_large(path, "its column names are too long",
                                         "列名过长", f"{MAX_HEADER_CHARS:,} characters",
                                         f"{MAX_HEADER_CHARS} 个字符", FEWER_COLUMNS)
                    table = Table(path, "xlsx", "", headers, line, sheet=sheet.title,
                                  other_sheets=[w.title for w in book.worksheets if w is not sheet])
                    table.notes.update(titles)
                else:
                    if len(table.rows) >= MAX_ROWS:
                        raise _too_many_rows(path)
                    table.rows.append((line, cells))
    finally:
        book.close()
    if table is None:
        raise ValidationError(en=f"{path.name} is empty: there is nothing to import.",
                     zh=f"{path.name} 是空文件，没有可导入的内容。")
    while table.headers and not table.headers[-1]:
        table.headers.pop()
    for line, cells in table.rows:
        _check_width(table, line, [c for c in cells[:_last_filled(cells)]])
    return table


def _last_filled(cells: list[Cell]) -> int:
    end = len(cells)
    while end and (cells[end - 1] == "" or cells[end - 1] is None):
        end -= 1
    return end


def iter_cells(table: Table) -> Iterator[tuple[int, list[Cell]]]:
    yield from table.rows


def notes_as_problems(table: Table, line: int) -> list[Problem]:
    """What the reading did to the row at ``line``, as problems of that row."""
    return [Problem(line, table.column_name(n.column), n.en, n.zh, n.severity)
            for n in table.notes.get(line, ())]


def header_problems(table: Table, ignored: list[str]) -> list[Problem]:
    """Ignored columns (at most ``SHOWN_IGNORED`` named, then a count) and the header's notes."""
    out = [Problem(table.header_line, name, "Unknown column; it is ignored.", "未知的列，已忽略。",
                   "warning", summarised=True) for name in ignored[:SHOWN_IGNORED]]
    if len(ignored) > SHOWN_IGNORED:
        more = len(ignored) - SHOWN_IGNORED
        out.append(Problem(table.header_line, "", f"{more:,} more unknown columns are ignored.",
                           f"另有 {more} 个未知的列已忽略。", "warning", summarised=True))
    if table.other_sheets:
        others = ", ".join(f"'{name}'" for name in table.other_sheets[:SHOWN_IGNORED])
        others_zh = "、".join(f"“{name}”" for name in table.other_sheets[:SHOWN_IGNORED])
        more = len(table.other_sheets) - SHOWN_IGNORED
        if more > 0:
            others, others_zh = f"{others} and {more:,} more", f"{others_zh}等 {len(table.other_sheets)} 个"
        out.append(Problem(0, "", f"The worksheet '{table.sheet}' was read; the workbook's other "
                           f"worksheets ({others}) were not.",
                           f"已读取工作表“{table.sheet}”；工作簿中的其他工作表（{others_zh}）未读取。",
                           "warning"))
    out += notes_as_problems(table, table.header_line)
    rows = {line for line, _cells in table.rows}
    for line in sorted(table.notes):  # lines read as empty and skipped: said, not dropped
        if line not in rows and line != table.header_line:
            out += notes_as_problems(table, line)
    return out


def ignored_values(table: Table, line: int, cells: list[Cell], used: set[int]) -> list[Problem]:
    """A value in a column the import does not read is said, not dropped in silence (a value
    split at an unquoted comma often lands there)."""
    out = []
    for index, value in enumerate(cells):
        if index in used or index >= len(table.headers) or value is None or \
                (isinstance(value, str) and not value.strip()):
            continue
        text = str(value)
        shown = text if len(text) <= 40 else text[:40] + "…"
        out.append(Problem(line, table.column_name(index),
                           f"This column is not imported; its value {shown!r} is left out.",
                           f"此列不导入；其中的值“{shown}”未导入。", "warning"))
    return out
