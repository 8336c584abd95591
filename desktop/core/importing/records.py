"""The records of a CSV text, as the rules of the import read them (``table.read_table`` uses
them): a quote opens a quoted value only at the start of a value; a quoted value may run over
several lines; whatever the reading does to a record (a quote closed too late, text after a
closing quote, a quote in an unquoted value) is a ``Note`` on it, never done in silence.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    """Something the reading did to a row: ``column`` is the value's index (None: the row)."""
    column: int | None
    severity: str  # "error" or "warning", as ``Problem``
    en: str
    zh: str


def records(lines: list[str], delimiter: str, header_width: Callable[[], int | None]
            ) -> Iterator[tuple[int, list[str], list[Note]]]:
    """(first line, cells, notes) for each record. A quote opens a quoted value only at the start
    of a value; a quoted value may run over several lines. When a quoted value spanning lines
    leaves its record with a number of values other than the header's, the quote was unbalanced:
    the record's first line is reported and every line after it is read again on its own."""
    n, count = 0, len(lines)
    while n < count:
        line = lines[n]
        if line.endswith("\r"):
            line = line[:-1]
        if '"' not in line:  # the common case: no quoting at all
            cells, notes, nxt = line.split(delimiter), [], n + 1
        elif (simple := simple_quoted(line, delimiter)) is not None:
            cells, notes, nxt = simple, [], n + 1
        else:
            cells, notes, nxt = _quoted(lines, n, delimiter, multiline=True)
            known = header_width()  # None while the header itself is being read
            width = known or 0
            rowlike = nxt > n + 1 and any(extra.count(delimiter) >= max(width - 1, 1)
                                          for extra in lines[n + 1:nxt])
            if nxt > n + 1 and known is not None and (
                    (rowlike and (width_of(cells) != width or notes))
                    or any(x.severity == "error" for x in notes)):
                notes = []
                cells, more, nxt = _quoted(lines, n, delimiter, multiline=False)
                column = _opening_quote_column(lines[n], delimiter)
                notes += [x for x in more if x.column != column]
                notes.append(Note(column, "error",
                                  "Unbalanced quote: the quote opening this value is never closed "
                                  "where it should be, so the following lines would have been "
                                  "merged into this row. Close the quote (or double it, \"\") and "
                                  "import again; the following lines are read on their own.",
                                  "引号不成对：此值开头的引号没有在应有的位置结束，后面的行会被并入本行。"
                                  "请补全引号（或写成两个引号 \"\"）后重新导入；后面的行已单独读取。"))
            elif rowlike and known is not None:
                notes.append(Note(None, "warning",
                                  f"A quoted value runs over lines {n + 1}–{nxt}, and one of them "
                                  "looks like a row of its own: check the quotes.",
                                  f"一个带引号的值跨越第 {n + 1}–{nxt} 行，其中一行像是单独的一行："
                                  "请检查引号。"))
            elif nxt > n + 1 and known is not None:
                notes.append(Note(None, "warning",
                                  f"A quoted value runs over lines {n + 1}–{nxt}: its line breaks "
                                  "are kept in the value. If these were meant as separate rows, "
                                  "check the quotes.",
                                  f"一个带引号的值跨越第 {n + 1}–{nxt} 行，换行保留在该值中。"
                                  "如果这些本应是单独的行，请检查引号。"))
        if not any(c.strip() for c in cells) and any('"' in raw for raw in lines[n:nxt]):
            # quoted values of nothing but spaces or line breaks: an empty row, said on each line
            where = f"Line {n + 1} holds" if nxt == n + 1 else f"Lines {n + 1}–{nxt} hold"
            where_zh = f"第 {n + 1} 行" if nxt == n + 1 else f"第 {n + 1}–{nxt} 行"
            skipped = Note(0, "warning",
                           f"{where} quoted values of nothing but spaces or line breaks; "
                           "read as an empty row and skipped.",
                           f"{where_zh}只有带引号的空格或换行，已按空行跳过。")
            for line_no in range(n + 1, nxt + 1):
                yield line_no, [""], [*notes, skipped] if line_no == n + 1 else [skipped]
            n = nxt
            continue
        if any("\ufeff" in c for c in cells):
            for i, c in enumerate(cells):
                if "\ufeff" in c:
                    cells[i] = c.replace("\ufeff", "")
                    notes.append(Note(i, "warning",
                                      "A stray byte-order mark (U+FEFF, invisible) was removed.",
                                      "已删除一个多余的字节顺序标记（U+FEFF，不可见字符）。"))
        yield n + 1, cells, notes
        n = nxt


def simple_quoted(line: str, delimiter: str) -> list[str] | None:
    """A line whose quotes are all well formed (each quoted value closed on the line, nothing
    after a closing quote, no quote left in any value): the C reader splits it exactly as the
    rules above would. Anything else returns None and takes the careful path."""
    if line.count('"') % 2 or len(delimiter) != 1 or delimiter == "\x00":
        return None
    try:
        cells = next(csv.reader((line,), delimiter=delimiter, strict=True))
    except (csv.Error, StopIteration):
        return None
    if any('"' in c for c in cells):
        return None
    return cells


def width_of(cells: list[str]) -> int:
    """The number of values, trailing empty ones not counted (they carry nothing)."""
    width = len(cells)
    while width and not cells[width - 1]:
        width -= 1
    return width


def _opening_quote_column(line: str, delimiter: str) -> int | None:
    index = 0
    for i, value in enumerate(line.split(delimiter)):
        if value.lstrip(" ").startswith('"'):
            index = i
    return index


def _quoted(lines: list[str], n: int, delimiter: str, *, multiline: bool
            ) -> tuple[list[str], list[Note], int]:
    """Split the record starting at ``lines[n]`` that holds quotes (RFC 4180: a value in quotes,
    a doubled quote inside it). A quote inside an unquoted value is kept as written; text after a
    closing quote is kept too, each with a note. Without ``multiline`` a quote that does not close
    on its line is a literal character."""
    line = lines[n][:-1] if lines[n].endswith("\r") else lines[n]
    cells: list[str] = []
    notes: list[Note] = []
    pos, nxt = 0, n + 1
    while True:
        # at the start of a value
        if line.startswith('"', pos):
            parts, q = [], pos + 1
            while True:
                close = line.find('"', q)
                if close == -1:
                    if not multiline or nxt >= len(lines):
                        break
                    # a line break inside the value is kept as written (LF or CR LF)
                    parts.append(line[q:] + ("\r\n" if lines[nxt - 1].endswith("\r") else "\n"))
                    line = lines[nxt][:-1] if lines[nxt].endswith("\r") else lines[nxt]
                    nxt, q = nxt + 1, 0
                    continue
                if line.startswith('"', close + 1):  # a doubled quote
                    parts.append(line[q:close + 1])
                    q = close + 2
                    continue
                parts.append(line[q:close])
                break
            if close == -1:  # never closed: the quote is an ordinary character
                if multiline:
                    notes.append(Note(len(cells), "error",
                                      "Unbalanced quote: the quote opening this value is never "
                                      "closed.", "引号不成对：此值开头的引号没有结束。"))
                    parts = [line[q:]] if not parts else parts + [line[q:]]
                    cells.append('"' + "".join(parts))
                    return cells, notes, nxt
                end = line.find(delimiter, pos)
                end = len(line) if end == -1 else end
                cells.append(line[pos:end])
                notes.append(Note(len(cells) - 1, "warning",
                                  "A quote that is never closed is kept as an ordinary character.",
                                  "未结束的引号按普通字符保留。"))
                pos = end
            else:
                value = "".join(parts)
                end = line.find(delimiter, close + 1)
                end = len(line) if end == -1 else end
                if end > close + 1:
                    value += line[close + 1:end]
                    notes.append(Note(len(cells), "warning",
                                      "Text after the closing quote was kept as part of the value.",
                                      "结束引号后的文字已作为该值的一部分保留。"))
                cells.append(value)
                pos = end
        else:
            end = line.find(delimiter, pos)
            end = len(line) if end == -1 else end
            value = line[pos:end]
            if '"' in value:
                notes.append(Note(len(cells), "warning",
                                  "A quote inside a value without quotes is kept as written.",
                                  "未加引号的值中的引号已按原样保留。"))
            cells.append(value)
            pos = end
        if pos >= len(line):
            return cells, notes, nxt
        pos += len(delimiter)
        if pos == len(line):
            cells.append("")
            return cells, notes, nxt
