"""Commitments and opinions with their dispositions to XLSX (streamed, see ``xlsx``) and CSV.

Every field is exported in the export's language: channel, kind, status and disposition as words
(``codes=True`` keeps the machine codes), the speaker as every screen shows it (the description,
the registered person, or the anonymous label). Times are in the display zone (``core.zone``):
real date cells in XLSX, ``2026-12-31 09:30`` in CSV.
Cells that a spreadsheet would run as a formula (starting with = + - @, or a tab/CR) are written
as text with a leading apostrophe (``cells.mark``; an import takes it off again). CSV is UTF-8 with a BOM so Excel shows Chinese correctly.
"""
from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import BinaryIO, TextIO

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from .cells import FORMULA_START, MARK, mark
from .db import Database
from .errors import NotFoundError, StorageError
from .files import replace_file
from .gcpause import no_gc_pauses
from .models import (
    AgendaItem, Commitment, Disposition, ListeningSession, Opinion, OpinionTag, Owner, Person,
)
from desktop.core.msg import is_zh
from .services import holidays
from .services.register import work_orders_of
from .vocabulary import speaker_name, word
from .xlsx import MAX_CELL_CHARS as EXCEL_CELL_CHARS
from .zone import SYSTEM_ZONE, native

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class Sheet:
    name: str
    header: list[str]
    rows: list[list[object]]
    zone: tzinfo = field(default=SYSTEM_ZONE)  # the zone times are shown in
    times: tuple[int, ...] = ()  # the columns holding times
    lang: str = "en"  # the export's language


@dataclass(frozen=True)
class LongCell:
    """A text longer than an Excel cell holds: cut in the workbook (and marked there)."""
    sheet: str
    ident: object  # the row's id (its first column)
    column: str
    length: int


def safe_cell(value: object) -> object:
    return mark(value) if isinstance(value, str) else value


def _words(rows: list[list[object]], columns: dict[int, str], lang: str, codes: bool) -> None:
    """Replace the machine codes at ``columns`` (index -> vocabulary) by the language's words."""
    if codes:
        return
    cache: dict[tuple[str, object], object] = {}
    for row in rows:
        for i, vocabulary in columns.items():
            code = row[i]
            if code is None:
                continue
            got = cache.get((vocabulary, code))
            if got is None:
                got = cache[(vocabulary, code)] = word(vocabulary, str(code), lang)
            row[i] = got


def commitments_sheet(db: Database, session_id: int | None = None, lang: str = "en", *,
                      zone: tzinfo = SYSTEM_ZONE, codes: bool = False) -> Sheet:
    zh = is_zh(lang)
    header = (["编号", "会议", "承诺事项", "说明", "责任单位", "办理时限", "原定时限", "状态",
               "状态说明", "办结时间", "时限为估算", "工单号"] if zh else
              ["ID", "Session", "Commitment", "Detail", "Owner", "Due", "Original due", "Status",
               "Status note", "Completed", "Due approximate", "Work orders"])
    query = (select(Commitment.id, ListeningSession.title, Commitment.title, Commitment.detail,
                    Owner.name, Commitment.due_at, Commitment.original_due_at, Commitment.status,
                    Commitment.status_reason, Commitment.completed_at)
             .join(ListeningSession, col(ListeningSession.id) == Commitment.session_id)
             .join(Owner, col(Owner.id) == Commitment.owner_id)
             .where(col(Commitment.removed_at).is_(None)))
    if session_id is not None:
        query = query.where(Commitment.session_id == session_id)
    with db.read() as s:
        rows = [list(r) for r in s.connection().execute(query.order_by(Commitment.due_at,
                                                                      Commitment.id))]
        approximate = holidays.approximate_in(s, [r[0] for r in rows])
        orders = {}
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), 500):
            orders.update(work_orders_of(s, ids[start:start + 500]))
    mark = "是（仅按周末计算）" if zh else "yes (only weekends skipped)"
    for row in rows:
        row.append(mark if row[0] in approximate else "")
        row.append(orders.get(row[0], ""))
    _words(rows, {7: "commitment_status"}, lang, codes)
    return Sheet("承诺事项" if zh else "Commitments", header, rows, zone, (5, 6, 9), lang)


def opinions_sheet(db: Database, session_id: int | None = None, lang: str = "en", *,
                   zone: tzinfo = SYSTEM_ZONE, codes: bool = False) -> Sheet:
    zh = is_zh(lang)
    header = (["编号", "会议", "收到时间", "渠道", "发言人", "议题", "类型", "意见", "标签", "附议人数",
               "处理结果", "理由", "转办单位", "决定人", "决定时间", "工单号", "工单来源"] if zh else
              ["ID", "Session", "Received", "Channel", "Speaker", "Agenda item", "Kind", "Opinion",
               "Tags", "Support", "Disposition", "Reason", "Referred to", "Decided by",
               "Decided at", "Work order", "Work order source"])
    referred = aliased(Owner)
    tags = (select(OpinionTag.opinion_id, func.group_concat(OpinionTag.tag, "；").label("tags"))
            .group_by(OpinionTag.opinion_id).subquery()) if db.dialect == "sqlite" else \
        (select(OpinionTag.opinion_id, func.string_agg(OpinionTag.tag, "；").label("tags"))
         .group_by(OpinionTag.opinion_id).subquery())
    query = (select(Opinion.id, ListeningSession.title, Opinion.received_at, Opinion.channel,
                    Opinion.speaker_label, Person.name, Person.group_name, AgendaItem.title,
                    Opinion.kind, Opinion.text, tags.c.tags, Opinion.support_count,
                    Disposition.kind, Disposition.reason, referred.name, Disposition.decided_by,
                    Disposition.decided_at, Opinion.work_order_no, Opinion.work_order_source)
             .join(ListeningSession, col(ListeningSession.id) == Opinion.session_id)
             .outerjoin(Person, col(Person.id) == Opinion.person_id)
             .outerjoin(AgendaItem, col(AgendaItem.id) == Opinion.agenda_item_id)
             .outerjoin(tags, tags.c.opinion_id == Opinion.id)
             .outerjoin(Disposition, col(Disposition.opinion_id) == Opinion.id)
             .outerjoin(referred, col(referred.id) == Disposition.referred_to_id)
             .where(col(Opinion.removed_at).is_(None)))
    if session_id is not None:
        query = query.where(Opinion.session_id == session_id)
    with db.read() as s:
        rows = []
        for r in s.connection().execute(query.order_by(Opinion.session_id, Opinion.received_at,
                                                       Opinion.id)):
            (ident, title, received, channel, label, person, group, item, kind, text, tag_text,
             support, disposition, reason, referred_to, decided_by, decided_at, work_order,
             work_order_source) = r
            rows.append([ident, title, received, channel, speaker_name(label, person, group, lang),
                         item, kind, text, tag_text, support, disposition, reason, referred_to,
                         decided_by, decided_at, work_order, work_order_source])
    _words(rows, {3: "channel", 6: "opinion_kind", 10: "disposition"}, lang, codes)
    return Sheet("意见及处理" if zh else "Opinions", header, rows, zone, (2, 14), lang)


@no_gc_pauses
def sheets(db: Database, session_id: int | None = None, lang: str = "en", *,
           zone: tzinfo = SYSTEM_ZONE, codes: bool = False) -> list[Sheet]:
    if session_id is not None:
        with db.read() as s:
            if s.get(ListeningSession, session_id) is None:
                raise NotFoundError(en=f"Session #{session_id} does not exist.",
                                    zh=f"会议 #{session_id} 不存在。")
    return [commitments_sheet(db, session_id, lang, zone=zone, codes=codes),
            opinions_sheet(db, session_id, lang, zone=zone, codes=codes)]


def _safe_rows(sheet: Sheet, as_text: bool = False) -> Iterator[Sequence[object]]:
    """Each row made safe for a spreadsheet; times in the sheet's zone (naive wall time for an
    XLSX date cell, ``2026-12-31 09:30`` for CSV). The work runs column by column over blocks of
    rows, so a column with nothing to change costs one C-level join and search."""
    for start in range(0, len(sheet.rows), BLOCK):
        block = sheet.rows[start:start + BLOCK]
        columns = list(zip(*block))
        for i, column in enumerate(columns):
            if i in sheet.times:
                columns[i] = _times(column, sheet.zone, as_text)
            else:
                columns[i] = _safe_column(column)
                if not as_text:  # a workbook: Excel's limit for one cell
                    columns[i] = _fit_excel(columns[i], sheet.lang)
        yield from zip(*columns)


def _texts_over(column: Sequence[object], limit: int) -> bool:
    texts = [v for v in column if v.__class__ is str]
    return bool(texts) and max(map(len, texts)) > limit


def _fit_excel(column: Sequence[object], lang: str) -> Sequence[object]:
    """Texts longer than an Excel cell holds, cut and marked in the export's language (the CSV
    export and the archive keep them whole)."""
    if not _texts_over(column, EXCEL_CELL_CHARS):
        return column
    out = []
    for v in column:
        if v.__class__ is str and len(v) > EXCEL_CELL_CHARS:
            note = (f"……［全文共 {len(v):,} 字，超过 Excel 单元格 {EXCEL_CELL_CHARS:,} 字的上限，"
                    "CSV 导出保存全文］" if is_zh(lang) else
                    f"… [{len(v):,} characters in all, more than an Excel cell holds "
                    f"({EXCEL_CELL_CHARS:,}); the CSV export has the whole text]")
            v = v[:EXCEL_CELL_CHARS - len(note)] + note
        out.append(v)
    return out


def too_long_for_excel(data: list[Sheet]) -> list[LongCell]:
    """Every text of ``data`` longer than an Excel cell holds, where it is."""
    found = []
    for sheet in data:
        for start in range(0, len(sheet.rows), BLOCK):
            block = sheet.rows[start:start + BLOCK]
            for i, column in enumerate(zip(*block)):
                if _texts_over(column, EXCEL_CELL_CHARS):
                    found += [LongCell(sheet.name, row[0], sheet.header[i], len(v))
                              for row, v in zip(block, column, strict=True)
                              if v.__class__ is str and len(v) > EXCEL_CELL_CHARS]
    return found


def long_cells_text(cells: list[LongCell], lang: str, shown: int = 5) -> str:
    """What the workbook cut, in one paragraph for the user."""
    zh = is_zh(lang)
    where = ("、" if zh else "; ").join(
        (f"{c.sheet} #{c.ident} {c.column}（{c.length:,} 字）" if zh else
         f"{c.sheet} #{c.ident} {c.column} ({c.length:,} characters)") for c in cells[:shown])
    more = len(cells) - shown
    if more > 0:
        where += f" 等 {len(cells)} 处" if zh else f" and {more:,} more"
    if zh:
        return (f"有 {len(cells)} 处文本超过 Excel 单元格 {EXCEL_CELL_CHARS:,} 字的上限，在工作簿中已截断并注明："
                f"{where}。CSV 导出和 JSON 归档保存全文。")
    one = len(cells) == 1
    return (f"{len(cells):,} {'text is' if one else 'texts are'} longer than an Excel cell holds "
            f"({EXCEL_CELL_CHARS:,} characters) and {'was' if one else 'were'} cut in the "
            f"workbook, with a note in the cell: {where}. The CSV export and the JSON archive "
            f"keep {'it' if one else 'them'} whole.")


BLOCK = 5000
_MARKS = tuple("\x00" + c for c in (*FORMULA_START, MARK))


def _safe_column(column: tuple) -> tuple | list:
    """Text that a spreadsheet would run gets a leading apostrophe. Stored text has no NUL
    (the services refuse it), so one join tells whether any value of the column needs it."""
    texts = [v for v in column if v.__class__ is str]
    if not texts:
        return column
    joined = "\x00" + "\x00".join(texts)
    if not any(start in joined for start in _MARKS):
        return column
    return [mark(v) if v.__class__ is str else v for v in column]


def _times(column: tuple, zone: tzinfo, as_text: bool) -> list:
    """UTC times as wall times in ``zone`` (C conversions: ``astimezone()`` for the system's)."""
    target = native(zone)
    if as_text:
        return [None if v is None else v.astimezone(target).isoformat(" ", "minutes")[:16]
                for v in column]
    return [None if v is None else v.astimezone(target).replace(tzinfo=None) for v in column]


def _cells(sheet: Sheet) -> Iterator[list[object]]:
    """The header, then the safe rows (CSV has no separate header)."""
    yield sheet.header
    yield from _safe_rows(sheet, as_text=True)


@no_gc_pauses
def write_xlsx(path: Path, data: list[Sheet], progress: Progress | None = None) -> Path:
    """One worksheet per sheet, written as a stream (see ``xlsx``); a cancel (raised by
    ``progress``) or a failure leaves no file behind."""
    from .xlsx import write_workbook

    total, done = sum(len(s.rows) for s in data), 0

    def row_written() -> None:
        nonlocal done
        done += 1
        if progress and done % 1000 == 0:
            progress(done, total)

    tables = [(sheet.name, sheet.header, _safe_rows(sheet), len(sheet.rows)) for sheet in data]

    def write(handle: BinaryIO) -> None:
        write_workbook(handle, tables, row_written)
        if progress:
            progress(total, total)  # the last chance to cancel: the file is not in place yet

    save_via_temp(write, path)
    return path


def csv_paths(path: Path) -> tuple[Path, Path]:
    """One CSV file per table: FILE.csv → FILE-commitments.csv and FILE-opinions.csv."""
    stem = path.with_suffix("")
    return (stem.parent / f"{stem.name}-commitments.csv", stem.parent / f"{stem.name}-opinions.csv")


@no_gc_pauses
def write_csv(path: Path, data: list[Sheet], progress: Progress | None = None) -> list[Path]:
    paths = list(csv_paths(path))
    total, done = sum(len(s.rows) for s in data), 0

    def write(handle: BinaryIO, sheet: Sheet) -> None:
        nonlocal done
        with text_over(handle, "utf-8-sig") as fh:
            writer = csv.writer(fh)
            rows = _cells(sheet)
            writer.writerow(next(rows))
            while True:  # in blocks: one C call per block, a progress report between them
                block = [row for _, row in zip(range(1000), rows)]
                if not block:
                    break
                writer.writerows(block)
                done += len(block)
                if progress:
                    progress(done, total)

    written: list[Path] = []
    try:
        for target, sheet in zip(paths, data, strict=True):
            save_via_temp(lambda handle, sheet=sheet: write(handle, sheet), target)
            written.append(target)
        if progress:
            progress(total, total)
    except BaseException:  # cancelled or failed half-way: no file of a partial export stays
        for done_path in written:
            done_path.unlink(missing_ok=True)
        raise
    return paths


def save_via_temp(write: Callable[[BinaryIO], None], path: Path) -> None:
    """``replace_file`` with a readable error: no half file is left, whatever happens."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, write)
    except OSError as exc:
        raise StorageError(en=f"Cannot write {path}: {exc.strerror or exc}.",
                           zh=f"无法写入 {path}：{exc.strerror or exc}。") from exc


@contextlib.contextmanager
def text_over(handle: BinaryIO, encoding: str) -> Iterator[TextIO]:
    """A text view of a binary handle that leaves the handle open for ``replace_file``."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    try:
        yield text
    finally:
        text.flush()
        text.detach()
