"""A small streaming XLSX writer for the exports.

The exports are plain tables: text, numbers, dates (real date cells, so a spreadsheet sorts and
filters them), a bold header row that stays in view with an autofilter, and the sheet's dimension. Writing
them cell object by cell object through a general spreadsheet library took 37 s for the large
dataset (110,000 rows); writing the sheet XML directly takes a few seconds, with no more memory
than one row. Strings are inline (no shared-string table), which Excel, WPS and LibreOffice all
read. Reading XLSX (the import) is left to openpyxl.
"""
from __future__ import annotations

import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from typing import BinaryIO
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from .alphabet import letters as column_letter

MAX_CELL_CHARS = 32_767  # Excel's limit for the text of one cell
WIDTH_SAMPLE_ROWS = 50
# characters XML 1.0 cannot carry at all (control characters other than tab, LF and CR)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "{sheets}</Types>")
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    "<sheets>{sheets}</sheets>{names}</workbook>")
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    "{sheets}"
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>')
_SHEET_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
              '2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
_STYLES = (  # style 0: plain; style 1: bold (the header row); style 2: date and time
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '{dimension}<sheetViews><sheetView workbookViewId="0"{selected}><pane ySplit="1" topLeftCell="A2" '
    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    "<cols>{cols}</cols><sheetData>")
_SHEET_END = '</sheetData><autoFilter ref="{dimension}"/></worksheet>'
EPOCH = datetime(1899, 12, 30)  # day 0 of spreadsheet dates (with the 1900 leap-year quirk)


def sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = _SHEET_NAME_FORBIDDEN.sub("_", name).strip("'") or "Sheet"
    candidate, n = base[:31], 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{base[:31 - len(str(n)) - 1]}-{n}"
    taken.add(candidate.lower())
    return candidate


def clean_text(value: str) -> str:
    """Text a cell can hold: no characters XML forbids, at most Excel's limit."""
    return _ILLEGAL.sub("", value)[:MAX_CELL_CHARS]


def _width(text: str) -> float:
    """Display width in characters of the default font; CJK characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(ref: str, value: object, style: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)) and math.isfinite(value):
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    if isinstance(value, datetime):  # a wall time (the export's zone): a date cell
        delta = value.replace(tzinfo=None) - EPOCH
        serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
        return f'<c r="{ref}" s="2"><v>{round(serial, 8)!r}</v></c>'
    text = escape(clean_text(str(value)))
    return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


# name, header, rows, and optionally the number of rows (for the dimension, else len(rows))
Table = tuple


def write_workbook(handle: BinaryIO, sheets: Sequence[Table],
                   on_row: Callable[[], None] | None = None) -> None:
    """Write one worksheet per (name, header, rows) to ``handle``; the rows may be any iterable
    (read once, in order). ``on_row`` is called after each data row (it may raise to stop, e.g.
    when the user cancels)."""
    names: set[str] = set()
    titles = [sheet_name(sheet[0], names) for sheet in sheets]
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        numbers = range(1, len(sheets) + 1)
        book.writestr("[Content_Types].xml", _CONTENT_TYPES.format(
            sheets="".join(_SHEET_TYPE.format(n=n) for n in numbers)))
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(
            sheets="".join(_SHEET_REL.format(n=n) for n in numbers)))
        book.writestr("xl/styles.xml", _STYLES)
        areas = []
        for n, sheet in zip(numbers, sheets, strict=True):
            with book.open(f"xl/worksheets/sheet{n}.xml", "w", force_zip64=True) as out:
                areas.append(_write_sheet(out, sheet, selected=n == 1, on_row=on_row))
        filters = "".join(  # the autofilter's range, as spreadsheets name it
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n - 1}" hidden="1">'
            f"{escape(quote_sheet(title))}!{absolute(area)}</definedName>"
            for n, title, area in zip(numbers, titles, areas, strict=True))
        book.writestr("xl/workbook.xml", _WORKBOOK.format(sheets="".join(
            f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
            for n, title in zip(numbers, titles, strict=True)),
            names=f"<definedNames>{filters}</definedNames>" if filters else ""))


def quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def absolute(area: str) -> str:
    """A1:K9 -> $A$1:$K$9"""
    return ":".join("$" + re.sub(r"(\d+)", r"$\1", ref) for ref in area.split(":"))


def _write_sheet(out: BinaryIO, sheet: Table, *, selected: bool,
                 on_row: Callable[[], None] | None) -> str:
    """Write one worksheet; return the area it covers (A1:K9)."""
    header, all_rows = sheet[1], sheet[2]
    count = sheet[3] if len(sheet) > 3 else len(all_rows) if hasattr(all_rows, "__len__") else None
    last = column_letter(max(len(header), 1) - 1)
    dimension = f"A1:{last}{count + 1}" if count is not None else ""
    letters = [column_letter(i) for i in range(len(header))]
    rows = iter(all_rows)
    sample = []  # the first rows decide the column widths, then go out with the rest
    for row in rows:
        sample.append(row)
        if len(sample) == WIDTH_SAMPLE_ROWS:
            break
    widths = [_width(str(title)) for title in header]
    for row in sample:
        for i, value in enumerate(row[:len(widths)]):
            if value is not None:
                widths[i] = max(widths[i], _width(str(value)))
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{min(max(w, 6), 60) + 2}" '
                   'customWidth="1"/>' for i, w in enumerate(widths))
    out.write(_SHEET_START.format(cols=cols, selected=' tabSelected="1"' if selected else "",
                                  dimension=f'<dimension ref="{dimension}"/>' if dimension else "")
              .encode("utf-8"))
    out.write(_row(1, letters, header, ' s="1"').encode("utf-8"))
    number = 1
    for chunk in (sample, rows):
        for row in chunk:
            number += 1
            out.write(_row(number, letters, row, "").encode("utf-8"))
            if on_row is not None:
                on_row()
    dimension = f"A1:{last}{number}"  # the rows written (a stated count is only a promise)
    out.write(_SHEET_END.format(dimension=dimension).encode("utf-8"))
    return dimension


def _row(number: int, letters: list[str], values: Sequence[object], style: str) -> str:
    cells = "".join(_cell(f"{letter}{number}", value, style)
                    for letter, value in zip(letters, values, strict=False))
    return f'<row r="{number}">{cells}</row>'
