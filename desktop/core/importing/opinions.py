"""Importing opinions received by other channels (hotline, letters, e-mail, web, box).

``preview_opinions`` reads and checks every row and writes nothing; ``import_opinions`` writes the
valid rows of a preview in one transaction (bulk inserts), or nothing at all.
Duplicate rule: each row's ``import_key`` is a hash of its normalised content (channel, time,
name, group, contact, agenda item, kind, tags, text); a key already stored for the session, or
seen earlier in the same file, is a duplicate and is skipped.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from sqlmodel import col, select

from ..zone import SYSTEM_ZONE
from ..db import Database, changed
from ..errors import TingjianError, ValidationError
from ..models import AgendaItem, ListeningSession, Opinion, OpinionTag, Person, utcnow
from ..services.agenda import session_items
from ..services.common import MAX_TITLE, audit, clean_text, fetch
from ..services.opinions import normalise_tags
from ..services.people import salutation_of
from .bulk import bulk_insert
from ..gcpause import no_gc_pauses
from .preview import DUPLICATE, INVALID, VALID, ImportResult, Preview, Problem, RowVerdict
from .table import Cell, header_problems, ignored_values, notes_as_problems, read_table
from .values import (
    _CONTROL, UNMARKED_EN, UNMARKED_ZH, ValueProblem, map_headers, parse_channel, parse_datetime,
    parse_kind, strip_controls, take_off_mark,
)
from ..changes import Entity

COLUMNS: dict[str, tuple[str, ...]] = {
    "channel": ("渠道", "来源"),
    "received_at": ("收到时间", "received", "date", "日期", "时间", "来电时间", "来信时间",
                    "受理时间", "留言时间"),
    "name": ("姓名", "名字", "来电人", "来信人", "反映人", "留言人"),
    "group": ("分组", "单位", "小区"),
    "contact": ("联系方式", "电话", "联系电话", "手机", "手机号", "邮箱", "电子邮箱"),
    "salutation": ("称呼",),
    "agenda_item": ("议题", "agenda"),
    "kind": ("类型",),
    "tags": ("标签",),
    "text": ("内容", "意见", "意见内容", "opinion", "反映内容", "诉求内容", "来电内容", "来信内容",
             "留言内容"),
    "work_order": ("工单号", "工单编号", "ticket", "work_order_no"),
    "work_order_source": ("工单来源", "ticket_source"),
}
HEADERS_HELP = ("channel/渠道, received_at/收到时间, name/姓名, group/分组, contact/联系方式, "
                "salutation/称呼, agenda_item/议题, kind/类型, tags/标签, text/内容, work_order/工单号, "
                "work_order_source/工单来源")
DEFAULT_WORK_ORDER_SOURCE = "12345"
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def work_order_number(value: str) -> str:
    """A work-order number as stored: full-width characters made ASCII, spaces removed."""
    return "".join(value.translate(_FULL_WIDTH).split())


def stored_work_orders(s, numbers: set[str]) -> dict[tuple[str, str], int]:
    """(source, number) -> session id of work orders already stored, of every session."""
    found: dict[tuple[str, str], int] = {}
    wanted = sorted(numbers)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for source, number, session_id in s.exec(
                select(Opinion.work_order_source, Opinion.work_order_no, Opinion.session_id)
                .where(col(Opinion.work_order_no).in_(chunk))):
            found[(source or "", number)] = session_id
    return found
Progress = Callable[[int, int], None]
FORMULA_START = ("=", "+", "@")


def local_zone() -> tzinfo:
    return SYSTEM_ZONE


def _cell(cells: list[Cell], index: int | None) -> Cell:
    if index is None or index >= len(cells):
        return ""
    return cells[index]


def _key(parts: tuple[str, ...]) -> str:
    """The row's fingerprint: whitespace runs count as one space, leading/trailing ignored."""
    norm = " ".join("\x00".join(parts).split()).replace(" \x00", "\x00").replace("\x00 ", "\x00")
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=20).hexdigest()


@no_gc_pauses
def preview_opinions(db: Database, session_id: int, path: str | Path, *,
                     default_channel: str = "letter", now: datetime | None = None,
                     tz: tzinfo | None = None, progress: Progress | None = None) -> Preview:
    """Every row's verdict (line, column, reason) and what would be written; writes nothing."""
    now = now or utcnow()
    tz = tz or local_zone()
    default_channel = parse_channel(default_channel) if default_channel else "letter"
    with db.read() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        items = session_items(s, session_id)
        stored = set(s.exec(select(Opinion.import_key).where(
            Opinion.session_id == session_id, col(Opinion.import_key).is_not(None))))
    table = read_table(path, fits=lambda headers: "text" in map_headers(headers, COLUMNS)[0])
    found, ignored, repeated = map_headers(table.headers, COLUMNS)
    preview = Preview("opinions", session_id, table.path.name, table.format, table.encoding,
                      [table.headers[i] for i in sorted(found.values())], ignored)
    preview.file_problems.extend(header_problems(table, ignored))
    for name in repeated:
        preview.file_problems.append(Problem(
            table.header_line, name, "Repeated column; only the first one is read.",
            "重复的列，只读取第一列。", "warning"))
    if "text" not in found:
        raise ValidationError(
            en=f"{table.path.name} has no text/内容 column (found: {', '.join(table.headers) or 'none'}). "
            f"The first row must name the columns: {HEADERS_HELP}.",
            zh=f"{table.path.name} 缺少“内容”(text) 列（现有：{'、'.join(table.headers) or '无'}）。"
            f"第一行必须是列名：{HEADERS_HELP}。")
    if not table.rows:
        raise ValidationError(en=f"{table.path.name} has column names but no rows to import.",
                              zh=f"{table.path.name} 只有列名，没有可导入的行。")
    header_of = {f: table.headers[i] for f, i in found.items()}
    checker = _RowChecker(found, header_of, items, default_channel, now, tz)
    check, notes = checker.check, table.notes
    used = set(found.values())
    seen: dict[str, int] = {}
    seen_orders: dict[tuple[str, str], int] = {}
    total = len(table.rows)
    verdicts = []
    for n, (line, cells) in enumerate(table.rows):
        verdict = check(line, cells)
        if line in notes:
            _add_reading_notes(verdict, notes_as_problems(table, line))
        if ignored and len(cells) > 0:
            verdict.problems.extend(ignored_values(table, line, cells, used))
        verdicts.append(verdict)
        if progress is not None and n % 2000 == 0:
            progress(n, total)
    numbers = {v.payload["work_order_no"] for v in verdicts
               if v.payload is not None and v.payload["work_order_no"]}
    if numbers:
        with db.read() as s:
            stored_orders = stored_work_orders(s, numbers)
    else:
        stored_orders = {}
    for verdict in verdicts:
        line = verdict.line
        if verdict.payload is not None:
            key = verdict.payload["import_key"]
            order = (verdict.payload["work_order_source"] or "", verdict.payload["work_order_no"])
            label = " · ".join(p for p in order if p)
            if order[1] and order in stored_orders:
                verdict.status = DUPLICATE
                where = stored_orders[order]
                verdict.problems.append(Problem(
                    line, header_of["work_order"],
                    f"Work order {label} was imported before (session #{where}); not imported "
                    "again.", f"工单 {label} 已导入过（会议 #{where}），不再重复导入。", "warning"))
                verdict.payload = None
            elif order[1] and order in seen_orders:
                verdict.status = DUPLICATE
                verdict.problems.append(Problem(
                    line, header_of["work_order"], f"Work order {label} is also on line "
                    f"{seen_orders[order]}.", f"工单 {label} 与第 {seen_orders[order]} 行重复。",
                    "warning"))
                verdict.payload = None
            elif key in stored:
                verdict.status = DUPLICATE
                verdict.problems.append(Problem(line, "", "Already imported into this session.",
                                                "已导入过本会议。", "warning"))
                verdict.payload = None
            elif key in seen:
                verdict.status = DUPLICATE
                verdict.problems.append(Problem(
                    line, "", f"Same as line {seen[key]}.", f"与第 {seen[key]} 行相同。", "warning"))
                verdict.payload = None
            else:
                seen[key] = line
                if order[1]:
                    seen_orders[order] = line
        preview.rows.append(verdict)
    if progress is not None:
        progress(total, total)
    preview.missing_items = list(checker.missing)
    return preview


def _add_reading_notes(verdict: RowVerdict, problems: list[Problem]) -> None:
    """What the reading did to the row goes first; an error there keeps the row out."""
    verdict.problems[:0] = problems
    if any(p.severity == "error" for p in problems) and verdict.status == VALID:
        verdict.status, verdict.payload = INVALID, None


class _RowChecker:
    """Checks rows of one file: the column positions and the lookups are worked out once."""

    def __init__(self, found: dict[str, int], header_of: dict[str, str],
                 items: list[AgendaItem], default_channel: str, now: datetime, tz: tzinfo) -> None:
        self.found, self.header_of, self.items = found, header_of, items
        self.by_title = {" ".join(i.title.split()).casefold(): i.id for i in items}
        self.default_channel, self.now, self.tz = default_channel, now, tz
        self.width = max(found.values()) + 1
        self.words: dict[tuple[str, str], str | ValueProblem] = {}
        self.missing: dict[str, None] = {}  # agenda titles not in the agenda, in file order

    def word(self, field: str, value: str) -> str | ValueProblem:
        """Channel and kind words repeat: each distinct one is parsed once."""
        key = (field, value)
        got = self.words.get(key)
        if got is None:
            try:
                got = (parse_channel if field == "channel" else parse_kind)(value)
            except ValueProblem as exc:
                got = exc
            self.words[key] = got
        return got

    def check(self, line: int, cells: list[Cell]) -> RowVerdict:
        found, header_of = self.found, self.header_of
        problems: list[Problem] = []
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        raw = {f: cells[i] for f, i in found.items()}
        strings = {f: (v.isoformat(sep=" ") if isinstance(v, datetime) else v)
                   for f, v in raw.items()}
        if _CONTROL.search("".join(strings.values())):
            for f, v in strings.items():
                cleaned, had = strip_controls(v)
                if had:
                    strings[f] = cleaned
                    problems.append(Problem(line, header_of[f], "Control characters were removed.",
                                            "已删除控制字符。", "warning"))
        for f, v in strings.items():
            strings[f], had = take_off_mark(v)
            if had:
                problems.append(Problem(line, header_of[f], UNMARKED_EN, UNMARKED_ZH, "warning"))
        get = strings.get
        text = get("text", "")
        name = get("name", "").strip()
        group = get("group", "").strip()
        contact = get("contact", "").strip()
        try:
            salutation = salutation_of(get("salutation", ""))
        except ValidationError as error:
            problems.append(Problem(line, header_of["salutation"], error.en, error.zh, "warning"))
            salutation = ""
        for field, value, limit in (("name", name, MAX_TITLE), ("group", group, MAX_TITLE),
                                    ("contact", contact, 200)):
            if len(value) > limit:
                problems.append(Problem(
                    line, header_of[field], f"Too long ({len(value):,} characters; at most "
                    f"{limit:,}).", f"过长（{len(value)} 字，最多 {limit} 字）。"))
        channel, kind, received = self.default_channel, "suggestion", None
        for field in ("channel", "kind"):
            value = get(field, "").strip()
            if value:
                got = self.word(field, value)
                if isinstance(got, ValueProblem):
                    problems.append(Problem(line, header_of[field], got.en, got.zh))
                elif field == "channel":
                    channel = got
                else:
                    kind = got
        value = raw.get("received_at", "")
        if isinstance(value, datetime) or value.strip():
            try:
                received = parse_datetime(value, self.tz)
            except ValueProblem as exc:
                problems.append(Problem(line, header_of["received_at"], exc.en, exc.zh))
        agenda_item_id = None
        value = get("agenda_item", "").strip()
        if value:
            items = self.items
            number = value.rstrip(".、").removeprefix("第").removesuffix("项")
            if number.isdigit() and 1 <= int(number) <= len(items):
                agenda_item_id = items[int(number) - 1].id
            else:
                agenda_item_id = self.by_title.get(" ".join(value.split()).casefold())
                if agenda_item_id is None:
                    if not number.isdigit():
                        self.missing.setdefault(" ".join(value.split()), None)
                    problems.append(Problem(
                        line, header_of["agenda_item"], f"No agenda item {value!r} in this "
                        "session: the opinion is kept without an agenda item (add the item to "
                        "the agenda and preview again to attach it).",
                        f"本会议没有议题“{value}”：该意见照常导入，暂不归入议题（在议程中添加该议题后"
                        "重新预览即可归入）。", "warning"))
        ticket = work_order_number(get("work_order", ""))
        source = " ".join(get("work_order_source", "").split())
        if len(ticket) > 64 or len(source) > 100:
            problems.append(Problem(line, header_of["work_order" if len(ticket) > 64 else
                                                    "work_order_source"],
                                    "Too long for a work-order number or source.",
                                    "工单号或工单来源过长。"))
        if source and not ticket:
            problems.append(Problem(line, header_of["work_order_source"],
                                    "A work-order source without a number is ignored.",
                                    "有工单来源但没有工单号，已忽略来源。", "warning"))
        if ticket and not source:
            source = DEFAULT_WORK_ORDER_SOURCE
        tags: list[str] = []
        value = get("tags", "")
        if value.strip():
            try:
                tags = normalise_tags([value])
            except TingjianError as exc:
                problems.append(Problem(line, header_of["tags"], exc.en, exc.zh))
        if text[:1] in FORMULA_START or text.lstrip()[:1] in FORMULA_START:
            problems.append(Problem(
                line, header_of["text"], "Looks like a spreadsheet formula; it is kept as plain "
                "text, never run.", "看起来像电子表格公式；按纯文本保存，不会执行。", "warning"))
        # The opinion service's rules for the text (channel and kind are already enum values).
        try:
            text = clean_text(text, "The opinion", "意见内容", required=True)
        except TingjianError as exc:
            problems.append(Problem(line, header_of["text"], exc.en, exc.zh))
        summary = " ".join(text[:400].split())[:120]
        if problems and any(p.severity == "error" for p in problems):
            return RowVerdict(line, INVALID, problems, summary)
        parts = (channel, received.isoformat() if received else "", name, group, contact,
                 str(agenda_item_id or ""), kind, ";".join(sorted(tags)), text)
        key = _key(parts + (source, ticket) if ticket else parts)
        payload = {"text": text, "channel": channel, "kind": kind,
                   "speaker_label": name or group, "received_at": received or self.now,
                   "agenda_item_id": agenda_item_id, "name": name, "group": group,
                   "contact": contact or None, "salutation": salutation, "tags": tags,
                   "import_key": key, "work_order_no": ticket or None,
                   "work_order_source": source if ticket else None}
        return RowVerdict(line, VALID, problems, summary, payload)


@no_gc_pauses
def import_opinions(db: Database, preview: Preview, *, now: datetime | None = None) -> ImportResult:
    """Write the valid rows of ``preview`` in one transaction; rows stored meanwhile are skipped.

    A contact given in a letter or call was given to be answered: it is kept on a Person with
    consent recorded at the time the opinion was received.
    """
    if preview.what != "opinions":
        raise ValidationError(en="This preview is not of opinions.", zh="该预览不是意见导入。")
    now = now or utcnow()
    rows = [r.payload for r in preview.rows if r.status == VALID and r.payload is not None]
    with db.write() as s:
        fetch(s, ListeningSession, preview.session_id, "Session", "会议")
        stored = set(s.exec(select(Opinion.import_key).where(
            Opinion.session_id == preview.session_id, col(Opinion.import_key).is_not(None))))
        orders = stored_work_orders(s, {r["work_order_no"] for r in rows if r["work_order_no"]})
        fresh = [r for r in rows if r["import_key"] not in stored
                 and (not r["work_order_no"]
                      or (r["work_order_source"] or "", r["work_order_no"]) not in orders)]
        person_of: dict[tuple[str, str, str | None], int] = {}
        wanted = list(dict.fromkeys((r["name"], r["group"], r["contact"]) for r in fresh
                                    if r["name"] or r["contact"]))
        if wanted:
            consent, salutations = {}, {}
            for r in fresh:
                consent.setdefault((r["name"], r["group"], r["contact"]), r["received_at"])
                salutations.setdefault((r["name"], r["group"], r["contact"]), r.get("salutation", ""))
            person_rows = [{"name": n, "group_name": g, "contact": c, "contact_consent": c is not None,
                            "consent_at": consent[(n, g, c)] if c else None, "is_official": False,
                            "note": "", "salutation": salutations[(n, g, c)] or "",
                            "created_at": now} for n, g, c in wanted]
            returned = bulk_insert(s, Person.__table__, person_rows,  # type: ignore[attr-defined]
                                   ("name", "group_name", "contact"))
            person_of = {(n, g, c): pid for pid, n, g, c in returned}
            changed(s, Entity.PERSON, *person_of.values())
        opinion_rows = [{
            "session_id": preview.session_id, "agenda_item_id": r["agenda_item_id"],
            "person_id": person_of.get((r["name"], r["group"], r["contact"])),
            "speaker_label": r["speaker_label"], "channel": r["channel"],
            "received_at": r["received_at"], "kind": r["kind"], "text": r["text"],
            "support_count": 0, "import_key": r["import_key"], "created_at": now,
            "work_order_no": r["work_order_no"], "work_order_source": r["work_order_source"],
            "updated_at": now, "removed_reason": ""} for r in fresh]
        ids = []
        if opinion_rows:
            id_of = {key: oid for oid, key in bulk_insert(
                s, Opinion.__table__, opinion_rows, ("import_key",))}  # type: ignore[attr-defined]
            ids = sorted(id_of.values())
            tag_rows = [{"opinion_id": id_of[r["import_key"]], "tag": tag}
                        for r in fresh for tag in r["tags"]]
            if tag_rows:
                bulk_insert(s, OpinionTag.__table__, tag_rows, None)  # type: ignore[attr-defined]
            changed(s, Entity.OPINION, *ids)
            audit(s, "session", preview.session_id, "opinions_imported", file=preview.file_name,
                  added=len(ids))
            changed(s, Entity.SESSION, preview.session_id)
    return ImportResult(len(ids), preview.duplicates + len(rows) - len(fresh), preview.invalid,
                        tuple(ids))
